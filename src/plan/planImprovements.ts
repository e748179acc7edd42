/**
 * The prioritised improvements beside each journey: a section with one row per improvement in
 * rank order (rank, score, quick-win mark, the idea, why). Each row keeps the id of the sticky it
 * comes from (the idea, or the pain that still needs one), so "show source" can zoom to it.
 */
import type { ImprovementReport, JourneyReport } from '../report/types';
import type { Rect } from '../snapshot';
import { stringsFor } from '../i18n';
import type { Lang } from '../domain';
import { OUTLINE_MUTED, ROW_DEFAULT, ROW_NEEDS_IDEA, ROW_QUICK_WIN, SECTION_IMPROVEMENTS } from './palette';
import { boardScoreText } from './planCurve';
import { estimateTextHeight, journeyFontSize, shorten } from './textBox';
import type { PlanItem, ShapeItem } from './types';

const GAP_BESIDE_JOURNEY = 200;
const WIDTH = 560;
const PADDING = 24;
const TITLE_SPACE = 56;
const ROW_GAP = 12;
const FONT_SIZE = 14;
/** Rows on the board; the rest is summed up in one row (the panel and the report list them all). */
export const MAX_ROWS = 25;

export function planImprovements(journey: JourneyReport, journeyBox: Rect, improvements: ImprovementReport[], lang: Lang): PlanItem[] {
  const strings = stringsFor(lang).plugin.improvements;
  const j = journey.id;
  const sectionKey = `improvements:${j}`;
  // Everything scales with the journey, as the curve does: rows legible when the journey fills the screen.
  const fontSize = journeyFontSize(journeyBox.width, FONT_SIZE);
  const k = fontSize / FONT_SIZE;
  const width = Math.round(WIDTH * k);
  const padding = Math.round(PADDING * k);
  const rowGap = Math.round(ROW_GAP * k);
  const textPadding = Math.round(16 * k);
  const x = Math.round(journeyBox.x + journeyBox.width + GAP_BESIDE_JOURNEY);
  const top = Math.round(journeyBox.y);
  const rowWidth = width - 2 * padding;
  const rows: ShapeItem[] = [];
  let y = top + Math.round(TITLE_SPACE * k);
  // Ranked 1…n within this journey (the board-wide ranks stay in the panel and the exports).
  const all = [...improvements].sort((a, b) => a.rank - b.rank).map((improvement, i) => ({ ...improvement, rank: i + 1 }));
  const ranked = all.slice(0, MAX_ROWS);
  const used = new Set<string>();
  for (const improvement of ranked) {
    const text = rowText(improvement, strings, stringsFor(lang).engine.why.needsIdea);
    const height = estimateTextHeight(text, rowWidth, fontSize, textPadding);
    let key = `improvements:${j}:row:${improvement.nodeId ?? `pain:${improvement.painNodeId ?? improvement.rank}`}`;
    for (let n = 2; used.has(key); n++) key = `improvements:${j}:row:${improvement.nodeId ?? improvement.painNodeId ?? ''}:${n}`;
    used.add(key);
    rows.push({
      kind: 'shape', role: 'improvement-row', key, journeyId: j, parent: { item: sectionKey }, shapeType: 'ROUNDED_RECTANGLE',
      text, fontSize, box: { x: x + padding, y, width: rowWidth, height },
      fill: improvement.quickWin ? ROW_QUICK_WIN : improvement.kind === 'needs-idea' ? ROW_NEEDS_IDEA : ROW_DEFAULT,
      stroke: null, severity: null, source: improvement.nodeId ?? improvement.painNodeId,
    });
    y += height + rowGap;
  }
  if (all.length > ranked.length) {
    const text = strings.more(all.length - ranked.length);
    const height = estimateTextHeight(text, rowWidth, fontSize, textPadding);
    rows.push({
      kind: 'shape', role: 'improvement-row', key: `improvements:${j}:more`, journeyId: j, parent: { item: sectionKey },
      shapeType: 'ROUNDED_RECTANGLE', text, fontSize, box: { x: x + padding, y, width: rowWidth, height },
      fill: ROW_DEFAULT, stroke: OUTLINE_MUTED, severity: null, source: null,
    });
    y += height + rowGap;
  }
  if (rows.length === 0) {
    const height = estimateTextHeight(strings.empty, rowWidth, fontSize, textPadding);
    rows.push({
      kind: 'shape', role: 'improvement-row', key: `improvements:${j}:empty`, journeyId: j, parent: { item: sectionKey },
      shapeType: 'ROUNDED_RECTANGLE', text: strings.empty, fontSize, box: { x: x + padding, y, width: rowWidth, height },
      fill: ROW_DEFAULT, stroke: OUTLINE_MUTED, severity: null, source: null,
    });
    y += height + rowGap;
  }
  const section: PlanItem = {
    kind: 'section', role: 'improvements', key: sectionKey, journeyId: j, parent: null,
    // The header says how complete the journey is (docs/workshop-progress.md).
    name: `${strings.titleFor(shorten(journey.name, 80))} · ${stringsFor(lang).progress.completeness(journey.completeness.percent)}`,
    box: { x, y: top, width, height: Math.max(Math.round(200 * k), y - top + padding - rowGap) }, fill: SECTION_IMPROVEMENTS,
  };
  return [section, ...rows];
}

type ImprovementStrings = ReturnType<typeof stringsFor>['plugin']['improvements'];

/** "#1 · score 12 · ★ quick win" / the idea / why. */
function rowText(improvement: ImprovementReport, strings: ImprovementStrings, needsIdeaWhy: string): string {
  const head = [`#${improvement.rank}`, strings.score(boardScoreText(improvement.score).replace(/^\+/, ''))];
  if (improvement.quickWin) head.push(strings.quickWin);
  if (improvement.kind === 'needs-idea') head.push(strings.needsIdea);
  const lines = [head.join(' · '), shorten(withoutTags(improvement.text), 160)];
  // The head already says "needs an idea": the why line does not open with it again.
  const why = shorten(improvement.kind === 'needs-idea' ? withoutLead(improvement.why, needsIdeaWhy) : improvement.why, 200);
  if (why) lines.push(strings.why(why));
  return lines.join('\n');
}

/** The idea without its effort tag ("— effort: M", "inspanning: laag"): the row's why says the effort once. */
function withoutTags(text: string): string {
  const stripped = text.replace(/\s*[—–-]?\s*\b(?:effort|inspanning)\s*:\s*[^,;\n]*[,;]?/giu, '').trim();
  return stripped === '' ? text : stripped;
}

/** `text` without `lead` and the comma after it where it opens with them ("still needs an idea, 1 pain…" → "1 pain…"). */
function withoutLead(text: string, lead: string): string {
  if (!text.startsWith(lead)) return text;
  const rest = text.slice(lead.length).replace(/^[,;]\s*/u, '');
  return rest === '' ? text : rest;
}
