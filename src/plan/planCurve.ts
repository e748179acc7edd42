/**
 * The emotion curve under each journey: one point per phase at the height of its mean score
 * (−2…+2 around a neutral baseline), joined by connectors, labelled with phase names and scores.
 * A phase where no feeling is stated is drawn hollow on the baseline and not joined: the line
 * jumps from scored phase to scored phase, so it never invents a value.
 */
import type { JourneyReport } from '../report/types';
import type { Rect } from '../snapshot';
import { stringsFor } from '../i18n';
import type { Lang } from '../domain';
import {
  CURVE_BASELINE,
  CURVE_HOLLOW,
  CURVE_LINE,
  CURVE_NEGATIVE,
  CURVE_NEUTRAL,
  CURVE_POSITIVE,
  SECTION_CURVE,
  TEXT_CHARCOAL,
  TEXT_MUTED,
} from './palette';
import type { NodeLookup } from './nodeLookup';
import { shorten } from './textBox';
import type { PlanItem } from './types';

const GAP_BELOW_JOURNEY = 160;
const HEIGHT = 420;
const PLOT_TOP = 80; // +2 line, from the section top
const UNIT = 60; // pixels per score point
const POINT = 56;
const LABEL_FONT = 16;

/**
 * `avoid`: boxes the curve must not cover (other journeys, the improvements section). Under the
 * journey is the natural place; when another journey lies there, the curve goes to the right of
 * everything beside this journey instead, keeping the phases' horizontal spacing.
 */
export function planCurve(journey: JourneyReport, journeyBox: Rect, index: NodeLookup, lang: Lang, avoid: Rect[] = []): PlanItem[] {
  const strings = stringsFor(lang).plugin.curve;
  const j = journey.id;
  const sectionKey = `curve:${j}`;
  const width = Math.max(480, Math.round(journeyBox.width));
  let box: Rect = { x: Math.round(journeyBox.x), y: Math.round(journeyBox.y + journeyBox.height + GAP_BELOW_JOURNEY), width, height: HEIGHT };
  if (avoid.some((other) => overlaps(box, other))) {
    const right = Math.max(journeyBox.x + journeyBox.width, ...avoid.filter((a) => a.y < journeyBox.y + journeyBox.height && a.y + a.height > journeyBox.y).map((a) => a.x + a.width));
    box = { x: Math.round(right + GAP_BELOW_JOURNEY), y: Math.round(journeyBox.y), width, height: HEIGHT };
  }
  const shiftX = box.x - Math.round(journeyBox.x);
  const baseY = box.y + PLOT_TOP + 2 * UNIT;
  const inSection = { item: sectionKey };
  const items: PlanItem[] = [
    { kind: 'section', role: 'curve', key: sectionKey, journeyId: j, parent: null, name: strings.title(shorten(journey.name, 80)), box, fill: SECTION_CURVE },
    {
      kind: 'shape', role: 'curve-baseline', key: `curve:${j}:baseline`, journeyId: j, parent: inSection, shapeType: 'SQUARE', text: '', fontSize: 12,
      box: { x: box.x + 120, y: baseY - 2, width: box.width - 160, height: 4 }, fill: CURVE_BASELINE, stroke: null, severity: null, source: null,
    },
    scaleLabel(`curve:${j}:top`, j, sectionKey, strings.top, box.x + 24, box.y + PLOT_TOP - 12),
    scaleLabel(`curve:${j}:bottom`, j, sectionKey, strings.bottom, box.x + 24, box.y + PLOT_TOP + 4 * UNIT - 12),
  ];

  const centres = phaseCentres(journey, box, index, shiftX);
  const connectors: PlanItem[] = [];
  let previous: string | null = null;
  journey.emotionCurve.forEach((point, i) => {
    const cx = centres[i] ?? box.x + box.width / 2;
    const score = point.score;
    const pointKey = `curve:${j}:point:${point.phaseId}`;
    const cy = score === null ? baseY : baseY - clamp(score, -2, 2) * UNIT;
    items.push({
      kind: 'shape', role: 'curve-point', key: pointKey, journeyId: j, parent: inSection, shapeType: 'ELLIPSE',
      text: score === null ? '?' : boardScoreText(score), fontSize: 14,
      box: { x: Math.round(cx - POINT / 2), y: Math.round(cy - POINT / 2), width: POINT, height: POINT },
      fill: score === null ? CURVE_HOLLOW : score > 0.25 ? CURVE_POSITIVE : score < -0.25 ? CURVE_NEGATIVE : CURVE_NEUTRAL,
      stroke: score === null ? CURVE_BASELINE : CURVE_LINE, severity: null, source: null,
    });
    items.push({
      kind: 'text', role: 'curve-label', key: `curve:${j}:label:${point.phaseId}`, journeyId: j, parent: inSection,
      text: score === null ? `${shorten(point.phaseName, 40)}\n(${strings.noFeeling})` : shorten(point.phaseName, 40), fontSize: LABEL_FONT,
      box: { x: Math.round(cx - 100), y: box.y + PLOT_TOP + 4 * UNIT + 40, width: 200, height: 48 }, align: 'CENTER',
      colour: score === null ? TEXT_MUTED : TEXT_CHARCOAL,
    });
    if (score === null) return;
    if (previous) {
      connectors.push({
        kind: 'connector', role: 'curve-line', key: `curve:${j}:line:${previous}>${pointKey}`, journeyId: j, parent: inSection,
        start: { item: previous }, end: { item: pointKey }, stroke: CURVE_LINE,
      });
    }
    previous = pointKey;
  });
  return [...items, ...connectors];
}

function scaleLabel(key: string, journeyId: string, sectionKey: string, text: string, x: number, y: number): PlanItem {
  return {
    kind: 'text', role: 'curve-label', key, journeyId, parent: { item: sectionKey }, text, fontSize: 14,
    box: { x, y, width: 80, height: 24 }, align: 'LEFT', colour: TEXT_MUTED,
  };
}

/** Page x of each phase's centre: from its section, else spread evenly over the curve. */
function phaseCentres(journey: JourneyReport, box: Rect, index: NodeLookup, shiftX: number): number[] {
  const n = journey.emotionCurve.length;
  const left = box.x + 160;
  const span = box.width - 200;
  return journey.emotionCurve.map((point, i) => {
    const b = index.bounds(point.phaseId);
    if (b) return Math.round(clamp(b.x + b.width / 2 + shiftX, left, left + span));
    return Math.round(left + (n <= 1 ? span / 2 : (span * i) / (n - 1)));
  });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
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
