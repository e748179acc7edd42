// The BUILT plugin (dist/code.js) in the sandbox over the emulator, on random boards with hostile
// texts and shapes: check, check again, clear, then the panel's report. Never throws; no user node
// removed or its text changed; the rerun writes nothing; clear restores the board exactly; the
// report accounts for every sticky once and names only nodes that exist; same board, same result.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/report/types';
import { PAGE_JOURNEY_ID } from '../../src/journey/classifySections';
import { createEmulator, snapshotState, type Emulator } from '../emulator';
import { assertBuiltCodeIsFresh } from '../plugin/builtCode';
import { reopen, run, withoutCheckTimes } from '../plugin/helpers';
import { runBuiltPlugin } from '../sandbox';
import { boardSpec, buildInEmulator, layoutBoard, type BoardSpec } from './randomBoard';
import { missingOrChanged, userContent } from './userContent';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

const RUNS = { seed: 20261125, numRuns: 30, endOnFailure: true };

function build(spec: BoardSpec): Emulator {
  const emu = createEmulator();
  buildInEmulator(emu, layoutBoard(spec, 24));
  return emu;
}

/** Opens the panel (it stays open: no closePlugin) and returns the report it was sent. */
async function panelReport(emu: Emulator): Promise<Report> {
  reopen(emu);
  const result = await runBuiltPlugin({ emulator: emu, command: 'panel' });
  result.dispose();
  expect(result.uncaught).toEqual([]);
  expect(result.errors).toEqual([]);
  return lastReport(emu);
}

function lastReport(emu: Emulator): Report {
  const reports = emu.ui.sent.filter((m): m is { type: 'report'; report: Report } => typeof m === 'object' && m !== null && 'type' in m && m.type === 'report');
  const report = reports.at(-1)?.report;
  if (!report) throw new Error('the panel received no report');
  return report;
}

describe('built plugin on random boards', () => {
  test('check, check, clear: user content untouched, rerun writes nothing, clear restores exactly; the report is sound', async () => {
    // Not vacuous: most random boards must make the plugin write something.
    let boardsWritten = 0;
    await fc.assert(
      fc.asyncProperty(boardSpec, async (spec) => {
        const emu = build(spec);
        const before = snapshotState(emu);
        const user = userContent(before);

        emu.resetCounters();
        const first = await run(emu, 'check');
        expect(first.errors).toEqual([]);
        if (emu.counters.writes.total > 0) boardsWritten += 1;
        expect(missingOrChanged(user, emu)).toEqual([]);

        emu.resetCounters();
        await run(emu, 'check');
        expect(emu.counters.writes).toMatchObject({ total: 0 });
        expect(missingOrChanged(user, emu)).toEqual([]);

        await run(emu, 'clear');
        expect(snapshotState(emu)).toEqual(before);

        const report = await panelReport(emu);
        const ids = new Set(before.nodes.map((n) => n.id));
        const stickyIds = before.nodes.filter((n) => n.type === 'STICKY').map((n) => n.id);
        expect(report.stickies.map((s) => s.nodeId).sort()).toEqual([...stickyIds].sort());
        for (const f of report.findings) for (const id of f.nodeIds) expect(ids.has(id)).toBe(true);
        for (const j of report.journeys) expect(ids.has(j.id) || j.id === PAGE_JOURNEY_ID).toBe(true);
        for (const item of report.improvements) for (const id of [item.nodeId, item.painNodeId, ...item.addresses]) if (id !== null) expect(ids.has(id)).toBe(true);
        expect(missingOrChanged(user, emu)).toEqual([]);
      }),
      RUNS,
    );
    expect(boardsWritten).toBeGreaterThan(RUNS.numRuns / 2);
  });

  test('same board, same result: two runs on two copies leave identical boards and send identical reports', async () => {
    await fc.assert(
      fc.asyncProperty(boardSpec, async (spec) => {
        const a = build(spec);
        const b = build(spec);
        await run(a, 'check');
        await run(b, 'check');
        expect(withoutCheckTimes(snapshotState(b))).toEqual(withoutCheckTimes(snapshotState(a)));
        expect(await panelReport(b)).toEqual(await panelReport(a));
      }),
      { ...RUNS, numRuns: 6 },
    );
  });
});
