/**
 * The layout rules at scale: the write plan of the generated bench boards (10 journeys stacked
 * 400 apart, 1,000 stickies each, cells of 50, stamps, connectors across the board) has no layout
 * problem (test/plan/planGeometry.ts). At this size the curve's text and lines scale up about
 * sevenfold, and the strips and curves of nine journeys are displaced below the stack.
 */
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { buildWritePlan } from '../../src/plan/buildWritePlan';
import { readRestBoard } from '../../src/rest/readRestFile';
import { DEFAULT_WRITE_BACK } from '../../src/settings';
import { generateRestBoard } from '../../bench/generateBoard';
import { planProblems } from './planGeometry';

describe('layout rules on the bench boards', () => {
  for (const texts of ['repeated', 'realistic'] as const) {
    it(`10,000 stickies, ${texts} texts: nothing planned over a team node, across a team section or over each other`, () => {
      const snapshot = readRestBoard(generateRestBoard({ stickies: 10_000, seed: 20261125, texts }));
      const report = analyseBoard(snapshot);
      const plan = buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
      expect(plan.items.length).toBeGreaterThan(500);
      expect(planProblems(plan, snapshot, report)).toEqual([]);
    }, 60_000);
  }
});
