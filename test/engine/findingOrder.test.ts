// The report order of findings (journey, phase with journey-wide first, rule, as found): the
// packed numeric sort the engine uses must agree with a plain comparison sort.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PlacedFinding } from '../../src/checks/finding';
import { RULES } from '../../src/checks/rules';
import { inReportOrder, placedInOrderBySort } from '../../src/checks/runChecks';

const placedArb: fc.Arbitrary<PlacedFinding> = fc
  .record({
    journey: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    phase: fc.integer({ min: -1, max: 8 }),
    rule: fc.constantFrom(...RULES.map((r) => r.id)),
    id: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ journey, phase, rule, id }) => ({
    finding: { rule, severity: 'info', message: `m${id}`, journey: null, phase: null, channel: null, stage: null, nodeIds: [String(id)] },
    journeyOrder: journey ?? Infinity,
    phaseOrder: phase,
  }));

describe('finding order', () => {
  test('packed numeric sort equals the comparison sort, ties kept as found', () => {
    fc.assert(
      fc.property(fc.array(placedArb, { maxLength: 200 }), (placed) => {
        expect(inReportOrder(placed)).toEqual(placedInOrderBySort(placed));
      }),
      { numRuns: 300 },
    );
  });

  test('board-wide findings come after every journey, journey-wide before its phases', () => {
    const [a, b, c] = fc.sample(placedArb, { numRuns: 3, seed: 1 });
    if (!a || !b || !c) throw new Error('no sample');
    const board = { ...a, journeyOrder: Infinity, phaseOrder: -1 };
    const phase = { ...b, journeyOrder: 0, phaseOrder: 2 };
    const journeyWide = { ...c, journeyOrder: 0, phaseOrder: -1 };
    expect(inReportOrder([board, phase, journeyWide])).toEqual([journeyWide.finding, phase.finding, board.finding]);
  });
});
