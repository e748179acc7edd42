/**
 * Text the plugin writes is readable (issue #12, WCAG 1.4.3: ≥ 4.5:1): the text of every shape
 * (markers, badges, findings rows, curve points, improvement rows; applyWritePlan sets SHAPE_TEXT)
 * on every fill the palette gives a shape and on every FigJam sticky colour; the curve's TEXT
 * nodes on the curve section; and, on every example and crowded board, each text against the
 * fill it is actually drawn on in the plan.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { buildWritePlan } from '../../src/plan/buildWritePlan';
import {
  contrastRatio,
  CURVE_HOLLOW,
  CURVE_NEGATIVE,
  CURVE_NEUTRAL,
  CURVE_POSITIVE,
  MIN_TEXT_CONTRAST,
  ROW_DEFAULT,
  ROW_NEEDS_IDEA,
  ROW_QUICK_WIN,
  SECTION_CURVE,
  SEVERITY_FILL,
  SHAPE_TEXT,
  STICKY_SWATCHES,
  TEXT_CHARCOAL,
  TEXT_MUTED,
} from '../../src/plan/palette';
import type { Hex, PlanItem } from '../../src/plan/types';
import { readRestBoard } from '../../src/rest/readRestFile';
import { DEFAULT_WRITE_BACK } from '../../src/settings';
import { crowdedBoard, CROWDED } from '../render/crowdedBoards';

const SHAPE_FILLS: Record<string, Hex> = {
  ...Object.fromEntries(Object.entries(SEVERITY_FILL).map(([k, v]) => [`marker ${k}`, v])),
  'curve positive': CURVE_POSITIVE,
  'curve negative': CURVE_NEGATIVE,
  'curve neutral': CURVE_NEUTRAL,
  'curve hollow': CURVE_HOLLOW,
  'row': ROW_DEFAULT,
  'row quick win': ROW_QUICK_WIN,
  'row needs an idea': ROW_NEEDS_IDEA,
  ...Object.fromEntries(Object.entries(STICKY_SWATCHES).map(([k, v]) => [`FigJam sticky ${k}`, v])),
};

describe('text contrast ≥ 4.5:1', () => {
  it('contrastRatio is WCAG’s: black on white 21, a colour on itself 1, #757575 on white 4.6', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFB8A8', '#FFB8A8')).toBe(1);
    expect(contrastRatio('#757575', '#FFFFFF')).toBeCloseTo(4.61, 2);
  });

  for (const [name, fill] of Object.entries(SHAPE_FILLS)) {
    it(`shape text on ${name} (${fill})`, () => {
      expect(contrastRatio(SHAPE_TEXT, fill)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    });
  }

  for (const colour of [TEXT_CHARCOAL, TEXT_MUTED]) {
    it(`curve text ${colour} on the curve section (${SECTION_CURVE})`, () => {
      expect(contrastRatio(colour, SECTION_CURVE)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    });
  }

  const boards: [string, () => unknown][] = [
    ...readdirSync('examples').filter((f) => f.endsWith('.json')).sort().map((f): [string, () => unknown] => [f, () => JSON.parse(readFileSync(`examples/${f}`, 'utf8'))]),
    ...Object.entries(CROWDED).map(([name, o]): [string, () => unknown] => [name, () => crowdedBoard(o)]),
  ];
  for (const [name, load] of boards) {
    it(`${name}: every planned text against the fill under it`, () => {
      const snapshot = readRestBoard(load());
      const report = analyseBoard(snapshot);
      const plan = buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
      const byKey = new Map(plan.items.map((i) => [i.key, i]));
      const low: string[] = [];
      let texts = 0;
      for (const item of plan.items) {
        const pair = textOn(item, byKey);
        if (!pair) continue;
        texts++;
        const ratio = contrastRatio(pair[0], pair[1]);
        if (ratio < MIN_TEXT_CONTRAST) low.push(`${item.key}: ${pair[0]} on ${pair[1]} = ${ratio.toFixed(2)}`);
      }
      expect(texts).toBeGreaterThan(0);
      expect(low).toEqual([]);
    });
  }
});

/** The text colour of an item and the fill it is drawn on (a shape's own fill, a text's section), or null. */
function textOn(item: PlanItem, byKey: Map<string, PlanItem>): [Hex, Hex] | null {
  if (item.kind === 'shape') return item.text === '' ? null : [SHAPE_TEXT, item.fill];
  if (item.kind !== 'text') return null;
  const parent = item.parent && 'item' in item.parent ? byKey.get(item.parent.item) : undefined;
  if (parent?.kind !== 'section') throw new Error(`${item.key}: a text outside a generated section`);
  return [item.colour, parent.fill];
}
