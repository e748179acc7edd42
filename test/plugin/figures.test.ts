/**
 * Figures for the report (printed, not timed): property reads per sticky and writes per run on a
 * generated board of 1,000 stickies, and the size of dist/code.js. Counts are asserted only where
 * they are a contract (a rerun writes nothing).
 */
import { statSync } from 'node:fs';
import { assertBuiltCodeIsFresh } from './builtCode';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../emulator';
import { runBuiltPlugin } from '../sandbox';
import { reopen, run } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

const FEELINGS = ['blij', 'boos', 'tevreden', 'geïrriteerd', '', 'onzeker', '+2', '-1'];
const STAGES = ['Oriëntatie', 'Vergelijking', 'Kopen', 'Gebruik', 'Nazorg'];

/** Four journeys × five phases × 50 stickies = 1,000 stickies, a few with stamps. */
function bigBoard(): Emulator {
  const emu = createEmulator();
  let n = 0;
  for (let j = 0; j < 4; j++) {
    const top = j * 4000;
    const journey = emu.add.section({ name: `Klantreis ${j + 1}`, x: 0, y: top, width: 5 * 1400 + 80, height: 3000 });
    STAGES.forEach((stage, p) => {
      const phase = emu.add.section({ parent: journey, name: stage, x: 40 + p * 1400, y: top + 80, width: 1360, height: 2880 });
      for (let s = 0; s < 50; s++) {
        const sticky = emu.add.sticky({
          parent: phase,
          x: 60 + p * 1400 + (s % 5) * 260,
          y: top + 140 + Math.floor(s / 5) * 270,
          text: `Contactmoment ${n} ${FEELINGS[n % FEELINGS.length]}`,
          authorName: `Deelnemer ${n % 7}`,
        });
        if (n % 40 === 0) emu.add.stamp({ name: 'Thumbs up', stuckTo: sticky, x: 60 + p * 1400 + (s % 5) * 260 + 200, y: top + 140 + Math.floor(s / 5) * 270 });
        n++;
      }
    });
  }
  return emu;
}

function stickyReads(emu: Emulator): Record<string, number> {
  const by = emu.counters.reads.byProperty;
  const keys = ['id', 'parent', 'absoluteBoundingBox', 'text', 'characters', 'fills', 'authorName', 'visible', 'name', 'type', 'locked', 'removed', 'getPluginData'];
  return Object.fromEntries(keys.filter((k) => by[k] !== undefined).map((k) => [k, by[k] ?? 0]));
}

describe('figures on a 1,000-sticky board', () => {
  it('reads per sticky (panel open = read + analyse), writes on the first check and on a rerun', async () => {
    const emu = bigBoard();
    reopen(emu);
    const panel = await runBuiltPlugin({ emulator: emu, command: 'panel' });
    expect(panel.uncaught).toEqual([]);
    panel.dispose();
    const readOnly = emu.counters.reads.total;
    console.log(`[figures] panel open: ${readOnly} reads = ${(readOnly / 1000).toFixed(2)} per sticky`, JSON.stringify(stickyReads(emu)));

    emu.resetCounters();
    await run(emu, 'check');
    const first = { reads: emu.counters.reads.total, writes: emu.counters.writes.total, creates: emu.counters.writes.creates };
    console.log(`[figures] first check: ${first.reads} reads (${(first.reads / 1000).toFixed(2)} per sticky), ${first.writes} writes`, JSON.stringify(first.creates));

    emu.resetCounters();
    await run(emu, 'check');
    const rerun = { reads: emu.counters.reads.total, writes: emu.counters.writes.total };
    console.log(`[figures] rerun: ${rerun.reads} reads (${(rerun.reads / 1000).toFixed(2)} per sticky), ${rerun.writes} writes`, JSON.stringify(emu.counters.reads.byProperty));
    expect(rerun.writes).toBe(0);
    expect(first.writes).toBeGreaterThan(0);

    const size = statSync('dist/code.js').size;
    console.log(`[figures] dist/code.js: ${size} bytes (${(size / 1024).toFixed(1)} KiB)`);
  });
});
