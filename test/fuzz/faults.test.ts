// Faults at a random moment of a built-plugin check run: a collaborator deletes a sticky or a
// section, moves a section, the label font goes missing, or old plugin data turns unreadable.
// The run completes and says what it did; every other user node is left as the collaborator
// left it; a fault-free rerun settles (the run after it writes nothing); clear then gives exactly
// the board the collaborator would see had Journey Check never run.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { createEmulator, snapshotState, type Emulator, type StateSnapshot } from '../emulator';
import { assertBuiltCodeIsFresh } from '../plugin/builtCode';
import { lastMessage, run } from '../plugin/helpers';
import { boardSpec, buildInEmulator, layoutBoard, type BoardSpec } from './randomBoard';
import { missingOrChanged, userContent } from './userContent';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

const FAULTS = ['delete-sticky', 'delete-section', 'move-section', 'missing-font', 'corrupt-data'] as const;
type Fault = (typeof FAULTS)[number];

interface Case {
  spec: BoardSpec;
  fault: Fault;
  /** Which sticky or section (modulo how many there are). */
  victim: number;
  /** When, as a fraction of the API calls a clean run makes. */
  at: number;
}

const cases: fc.Arbitrary<Case> = fc.record({
  spec: boardSpec,
  fault: fc.constantFrom(...FAULTS),
  victim: fc.nat(),
  // Unbiased: fast-check otherwise favours the bounds (before the run, after it), not the middle.
  at: fc.noBias(fc.integer({ min: 1, max: 999 })).map((n) => n / 1000),
});

function build(spec: BoardSpec): Emulator {
  const emu = createEmulator();
  buildInEmulator(emu, layoutBoard(spec, 20));
  return emu;
}

/** The user node the fault hits, chosen on the board as built (plugin-made nodes never count). */
function victimOf(emu: Emulator, c: Case): string | null {
  const type = c.fault === 'delete-section' || c.fault === 'move-section' ? 'SECTION' : 'STICKY';
  const list = snapshotState(emu).nodes.filter((n) => n.type === type);
  return list.length > 0 ? (list[c.victim % list.length]?.id ?? null) : null;
}

/** The fault as a collaborator (or the machine) causes it. */
function applyFault(emu: Emulator, c: Case, victim: string | null): void {
  switch (c.fault) {
    case 'delete-sticky':
    case 'delete-section':
      if (victim) emu.deleteNodeAsOtherUser(victim);
      return;
    case 'move-section': {
      const node = victim ? emu.node(victim) : null;
      if (node && node.type === 'SECTION') node.x += 333;
      return;
    }
    case 'missing-font':
      emu.setMissingFont({ family: 'Inter', style: 'Medium' });
      return;
    case 'corrupt-data':
      if (victim) emu.node(victim)?.setSharedPluginData('journeycheck', 'journeyCheck.colour', '{"v":0,"original":');
      return;
  }
}

/** State without the one sticky whose saved colour the fault destroyed (its fill cannot come back). */
function comparable(state: StateSnapshot, corrupted: string | null): StateSnapshot {
  if (corrupted === null) return state;
  return { ...state, nodes: state.nodes.map((n) => (n.id === corrupted ? { ...n, props: { ...n.props, fills: null }, pluginData: {}, sharedPluginData: {} } : n)) };
}

describe('faults at a random moment of a check run', () => {
  test('the run completes and reports; other user nodes untouched; a clean rerun settles; clear restores the collaborator’s board', async () => {
    const seen = new Set<Fault>();
    let reportedSkips = 0;
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        // The clock: how many API operations a clean run makes on this board.
        const clean = build(c.spec);
        clean.resetCounters();
        await run(clean, 'check');
        const calls = clean.counters.apiCalls;

        // What the board looks like when only the collaborator acted.
        const twin = build(c.spec);
        const victim = victimOf(twin, c);
        applyFault(twin, c, victim);
        const expected = snapshotState(twin);
        const corrupted = c.fault === 'corrupt-data' ? victim : null;

        const emu = build(c.spec);
        emu.resetCounters();
        emu.injectFault({ atCall: Math.max(1, Math.floor(c.at * calls)) }, () => applyFault(emu, c, victim));
        const faulty = await run(emu, 'check');
        seen.add(c.fault);
        expect(lastMessage(faulty)).not.toBe('');
        if (/overgeslagen|skipped|onleesbare|unreadable|ontbreekt|missing/.test(lastMessage(faulty))) reportedSkips += 1;
        expect(missingOrChanged(userContent(expected), emu)).toEqual([]);

        await run(emu, 'check');
        emu.resetCounters();
        await run(emu, 'check');
        expect(emu.counters.writes).toMatchObject({ total: 0 });

        await run(emu, 'clear');
        expect(comparable(snapshotState(emu), corrupted)).toEqual(comparable(expected, corrupted));
      }),
      { seed: 20261125, numRuns: 40, endOnFailure: true },
    );
    expect([...seen].sort()).toEqual([...FAULTS].sort());
    // Not vacuous: faults land mid-run often enough that some runs have something to report.
    expect(reportedSkips).toBeGreaterThan(3);
  });

  test('stickies deleted right before their recolour are skipped, and the close message says so', async () => {
    const board = (emu: Emulator): StickyNode[] => {
      const phases = ['Oriëntatie', 'Kopen', 'Gebruik'].map((name, i) => emu.add.section({ name, x: i * 600, y: 0, width: 560, height: 800 }));
      return phases.flatMap((phase, i) => [
        emu.add.sticky({ parent: phase, x: i * 600 + 40, y: 60, text: 'Lange rij bij de kassa, boos 😡 -2' }),
        emu.add.sticky({ parent: phase, x: i * 600 + 40, y: 360, text: 'Heel blij met de bezorging +2' }),
      ]);
    };
    // A clean run tells how many `fills` operations there are; the last one is the last recolour.
    const probe = createEmulator();
    board(probe);
    probe.resetCounters();
    await run(probe, 'check');
    const fillsOps = (probe.counters.reads.byProperty['fills'] ?? 0) + (probe.counters.writes.sets['fills'] ?? 0);

    const emu = createEmulator();
    const stickies = board(emu);
    const before = userContent(snapshotState(emu));
    const deleted = new Set<string>();
    emu.injectFault({ name: 'fills', nth: fillsOps }, () => {
      // A collaborator clears away every sticky that still has its original yellow.
      for (const sticky of stickies) {
        const fill = snapshotState(emu).nodes.find((n) => n.id === sticky.id)?.props['fills'];
        if (JSON.stringify(fill).includes('"b":0.6')) {
          deleted.add(sticky.id);
          emu.deleteNodeAsOtherUser(sticky.id);
        }
      }
    });
    const result = await run(emu, 'check');
    expect(deleted.size).toBeGreaterThan(0);
    expect(missingOrChanged(before, emu, deleted)).toEqual([]);
    expect(lastMessage(result)).toMatch(/overgeslagen|skipped/);
  });
});
