/**
 * The findings strip of a journey: a generated section directly under the journey, its rows lined
 * up with the phase columns, holding the full question of every finding that found no room where
 * it belongs (a crowded cell, a phase without free space). A sticky's row quotes the sticky and,
 * when a numbered badge sits next to it, starts with that number; so the team always sees which
 * sticky a finding is about. Journey-level findings without room take the first column.
 */
import type { JourneyReport } from '../report/types';
import type { Rect } from '../snapshot';
import type { Lang } from '../domain';
import { stringsFor } from '../i18n';
import { SECTION_FINDINGS, SEVERITY_FILL, SEVERITY_STROKE } from './palette';
import type { StripRow } from './planMarkers';
import type { NodeLookup } from './nodeLookup';
import { estimateTextHeight, journeyFontSize, shorten } from './textBox';
import type { PlanItem } from './types';

const PADDING = 24;
const TITLE_SPACE = 56;
const ROW_GAP = 16;
const FONT_SIZE = 16;
const MAX_COLUMN = 420;

/** Items of the strip with its section at `top`, spanning the journey (empty when nothing overflowed). */
export function planFindingsStrip(journey: JourneyReport, journeyBox: Rect, rows: readonly StripRow[], index: NodeLookup, lang: Lang, top: number): PlanItem[] {
  if (rows.length === 0) return [];
  const strings = stringsFor(lang).plugin;
  const sectionKey = `findings:${journey.id}`;
  // Scaled with the journey, as the curve is: legible when the journey fills the screen.
  const fontSize = journeyFontSize(journeyBox.width, FONT_SIZE);
  const k = fontSize / FONT_SIZE;
  const padding = Math.round(PADDING * k);
  const rowGap = Math.round(ROW_GAP * k);
  const box: Rect = { x: Math.round(journeyBox.x), y: Math.round(top), width: Math.max(480, Math.round(journeyBox.width)), height: 0 };
  const columns = phaseColumns(journey, box, index, padding, Math.round(MAX_COLUMN * k), rowGap);
  const columnOf = new Map(columns.map((c) => [c.phaseId, c]));
  const first = columns[0]!;
  const bottoms = new Map(columns.map((c) => [c.phaseId, box.y + Math.round(TITLE_SPACE * k)]));
  const items: PlanItem[] = [];
  for (const row of rows) {
    const column = (row.phaseId !== null ? columnOf.get(row.phaseId) : undefined) ?? first;
    const y = bottoms.get(column.phaseId)!;
    const height = estimateTextHeight(row.text, column.width, fontSize, Math.round(20 * k)) + Math.round(16 * k);
    items.push({
      kind: 'shape', role: 'marker', key: row.key, journeyId: journey.id, parent: { item: sectionKey }, shapeType: 'SPEECH_BUBBLE',
      text: row.text, fontSize, box: { x: column.x, y, width: column.width, height },
      fill: SEVERITY_FILL[row.severity], stroke: SEVERITY_STROKE[row.severity], severity: row.severity, source: row.source,
    });
    bottoms.set(column.phaseId, y + height + rowGap);
  }
  box.height = Math.max(...bottoms.values()) - box.y - rowGap + padding;
  const section: PlanItem = { kind: 'section', role: 'findings', key: sectionKey, journeyId: journey.id, parent: null, name: strings.findings.title(shorten(journey.name, 80)), box, fill: SECTION_FINDINGS };
  return [section, ...items];
}

interface Column {
  phaseId: string;
  x: number;
  width: number;
}

/** One column per phase, under the phase's section (spread evenly where a phase has no box). */
export function phaseColumns(journey: JourneyReport, box: Rect, index: NodeLookup, padding = PADDING, maxColumn = MAX_COLUMN, gap = ROW_GAP): Column[] {
  const n = Math.max(1, journey.phases.length);
  const even = (i: number): Rect => ({ x: box.x + (box.width * i) / n, y: box.y, width: box.width / n, height: 0 });
  const columns = journey.phases.map((phase, i) => {
    const b = index.bounds(phase.id) ?? even(i);
    const width = Math.min(maxColumn, Math.max(120, b.width - 2 * padding));
    const x = Math.max(box.x + padding, Math.min(b.x + padding, box.x + box.width - padding - width));
    return { phaseId: phase.id, x: Math.round(x), width: Math.round(width) };
  });
  // Columns never overlap, even where phase boxes do.
  for (let i = 1; i < columns.length; i++) {
    const prev = columns[i - 1]!;
    const c = columns[i]!;
    if (c.x < prev.x + prev.width + gap) c.x = prev.x + prev.width + gap;
  }
  return columns.length > 0 ? columns : [{ phaseId: '', x: box.x + padding, width: Math.min(maxColumn, box.width - 2 * padding) }];
}
