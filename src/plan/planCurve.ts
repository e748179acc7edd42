/**
 * The emotion curve under each journey: one point per phase at the height of its mean score
 * (−2…+2 around a labelled 0 line), joined by connectors, labelled with phase names and scores.
 * A phase where no feeling is stated gets no point and breaks the line, so it never reads as 0.
 */
import type { JourneyReport } from '../report/types';
import type { Rect } from '../snapshot';
import { stringsFor } from '../i18n';
import type { Lang } from '../domain';
import {
  CURVE_BASELINE,
  CURVE_LINE,
  CURVE_NEGATIVE,
  CURVE_NEUTRAL,
  CURVE_POSITIVE,
  SECTION_CURVE,
  TEXT_CHARCOAL,
  TEXT_MUTED,
} from './palette';
import type { NodeLookup } from './nodeLookup';
import { estimateTextHeight, shorten } from './textBox';
import type { PlanItem } from './types';

/** Text on the curve is at least this share of the curve's width: legible at "zoom to fit" of the journey. */
const TEXT_SHARE = 0.012;
const BASE_FONT = 16;

/**
 * The curve's items with its section at `top`, directly under the journey and exactly as wide:
 * each point stands in its own phase's column (buildWritePlan moves the whole curve further down
 * when something lies there, never sideways). Everything scales with the journey's width, so labels
 * stay ≥ 1.2 % of it. A phase without a stated feeling has no point: the line breaks there and the
 * phase's label says "no feeling stated". `legend`: a line saying what the sticky colours mean.
 */
export function planCurve(journey: JourneyReport, journeyBox: Rect, index: NodeLookup, lang: Lang, top: number, legend: string | null = null): PlanItem[] {
  const strings = stringsFor(lang).plugin.curve;
  const j = journey.id;
  const sectionKey = `curve:${j}`;
  const width = Math.max(480, Math.round(journeyBox.width));
  const k = Math.max(1, (width * TEXT_SHARE) / BASE_FONT);
  const font = Math.round(BASE_FONT * k);
  const unit = Math.round(50 * k);
  const point = Math.round(48 * k);
  const box: Rect = { x: Math.round(journeyBox.x), y: Math.round(top), width, height: 0 };
  const y2 = box.y + Math.round(72 * k); // the +2 line
  const baseY = y2 + 2 * unit;
  const plotLeft = box.x + Math.round(96 * k);
  const plotRight = box.x + width - Math.round(24 * k);
  const inSection = { item: sectionKey };
  const items: PlanItem[] = [];
  const text = (key: string, body: string, b: Rect, align: 'LEFT' | 'CENTER', colour: string, size = font): PlanItem => ({
    kind: 'text', role: 'curve-label', key, journeyId: j, parent: inSection, text: body, fontSize: size, box: b, align, colour,
  });

  // Scale: +2, 0 and −2 beside the plot.
  const axis = (key: string, body: string, y: number) =>
    text(`curve:${j}:${key}`, body, { x: box.x + Math.round(16 * k), y: Math.round(y - font * 0.8), width: Math.round(72 * k), height: Math.round(font * 1.6) }, 'LEFT', TEXT_MUTED);
  items.push(axis('top', strings.top, y2), axis('zero', strings.zero, baseY), axis('bottom', strings.bottom, y2 + 4 * unit));

  // Points, each in its own phase column; labels under them, one per column.
  const columns = curveColumns(journey, box, index);
  const labelTop = y2 + 4 * unit + Math.round(point / 2 + 16 * k);
  const labelHeight = Math.round(2 * font * 1.4 + 8 * k);
  const blocked: [number, number][] = [];
  const thickness = Math.max(2, Math.round(3 * k)); // of the 0 line
  const connectors: PlanItem[] = [];
  let previous: string | null = null;
  journey.emotionCurve.forEach((p, i) => {
    const column = columns[i]!;
    const score = p.score;
    items.push(
      text(`curve:${j}:label:${p.phaseId}`, score === null ? `${shorten(p.phaseName, 40)}\n(${strings.noFeeling})` : shorten(p.phaseName, 40), {
        x: column.x, y: labelTop, width: column.width, height: labelHeight,
      }, 'CENTER', score === null ? TEXT_MUTED : TEXT_CHARCOAL),
    );
    if (score === null) {
      previous = null; // the line breaks: no value is invented for this phase
      return;
    }
    const cx = Math.round(clamp(column.x + column.width / 2, plotLeft + point / 2 + 8, plotRight - point / 2 - 8));
    const cy = Math.round(baseY - clamp(score, -2, 2) * unit);
    const pointKey = `curve:${j}:point:${p.phaseId}`;
    items.push({
      kind: 'shape', role: 'curve-point', key: pointKey, journeyId: j, parent: inSection, shapeType: 'ELLIPSE',
      text: boardScoreText(score), fontSize: Math.round(15 * k),
      box: { x: cx - point / 2, y: cy - point / 2, width: point, height: point },
      fill: score > 0.25 ? CURVE_POSITIVE : score < -0.25 ? CURVE_NEGATIVE : CURVE_NEUTRAL,
      stroke: CURVE_LINE, severity: null, source: null,
    });
    // A point on or near the 0 line cuts it (the line is `thickness` thick: at a large scale a point
    // just above it would otherwise touch it).
    const line = Math.round(thickness / 2) + 4;
    if (cy - point / 2 - 4 < baseY + line && cy + point / 2 + 4 > baseY - line) blocked.push([cx - point / 2 - 4, cx + point / 2 + 4]);
    if (previous) {
      connectors.push({
        kind: 'connector', role: 'curve-line', key: `curve:${j}:line:${previous}>${pointKey}`, journeyId: j, parent: inSection,
        start: { item: previous }, end: { item: pointKey }, stroke: CURVE_LINE,
      });
    }
    previous = pointKey;
  });

  // The 0 line, in pieces around the points that sit on it (nothing generated covers anything).
  let from = plotLeft;
  let piece = 0;
  for (const [a, b] of [...blocked.sort((p, q) => p[0] - q[0]), [plotRight, plotRight] as [number, number]]) {
    if (a - from >= 8) {
      items.push({
        kind: 'shape', role: 'curve-baseline', key: piece === 0 ? `curve:${j}:baseline` : `curve:${j}:baseline:${piece}`, journeyId: j, parent: inSection,
        shapeType: 'SQUARE', text: '', fontSize: 12, box: { x: Math.round(from), y: baseY - Math.round(thickness / 2), width: Math.round(a - from), height: thickness },
        fill: CURVE_BASELINE, stroke: null, severity: null, source: null,
      });
      piece++;
    }
    from = Math.max(from, b);
  }

  // What the scale and the colours mean.
  let y = labelTop + labelHeight + Math.round(16 * k);
  const noteWidth = width - Math.round(32 * k);
  for (const [key, body] of [['scale', strings.scale], ['legend', legend]] as const) {
    if (!body) continue;
    const height = estimateTextHeight(body, noteWidth, font, 0);
    items.push(text(`curve:${j}:${key}`, body, { x: box.x + Math.round(16 * k), y, width: noteWidth, height }, 'LEFT', TEXT_MUTED));
    y += height + Math.round(8 * k);
  }
  box.height = y - box.y + Math.round(16 * k);
  const section: PlanItem = { kind: 'section', role: 'curve', key: sectionKey, journeyId: j, parent: null, name: strings.title(shorten(journey.name, 80)), box, fill: SECTION_CURVE };
  return [section, ...items, ...connectors];
}

/** One column per phase, under the phase's section; spread evenly where phases have no box. Never overlapping. */
function curveColumns(journey: JourneyReport, box: Rect, index: NodeLookup): { x: number; width: number }[] {
  const n = Math.max(1, journey.emotionCurve.length);
  const columns = journey.emotionCurve.map((p, i) => {
    const b = index.bounds(p.phaseId);
    const left = b ? Math.max(box.x, b.x) : box.x + (box.width * i) / n;
    const right = b ? Math.min(box.x + box.width, b.x + b.width) : box.x + (box.width * (i + 1)) / n;
    return { x: Math.round(left + 8), width: Math.max(40, Math.round(right - left - 16)) };
  });
  for (let i = 1; i < columns.length; i++) {
    const prev = columns[i - 1]!;
    const c = columns[i]!;
    if (c.x < prev.x + prev.width + 8) {
      const end = c.x + c.width;
      c.x = prev.x + prev.width + 8;
      c.width = Math.max(40, end - c.x);
    }
  }
  return columns;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * A score as a board label reads it: "+1.5", "−0.7", "+2", "0" (one decimal only when needed, a
 * real minus sign). Shorter than the reports' formatScore ("+2.0"): it fits a 28 px curve point.
 */
export function boardScoreText(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  if (rounded === 0) return '0';
  const text = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1);
  return rounded > 0 ? `+${text}` : `−${text}`;
}
