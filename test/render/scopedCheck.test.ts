/**
 * A check of one journey (something of it selected) writes only that journey's nodes, and must
 * keep clear of what an earlier full check left for the other journeys: on the bike example,
 * Priya's journey grows after a full check, then only her journey is checked again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reopenSession } from '../emulator';
import { emulatorToRest } from '../helpers/emulatorToRest';
import { runBuiltPlugin } from '../sandbox';
import { checkAndDownload } from './afterCheck';
import { layoutProblems } from './layoutProblems';

describe('a scoped check', () => {
  it('keeps clear of the nodes an earlier run left for the other journeys', async () => {
    const board: unknown = JSON.parse(readFileSync('examples/bike-subscription-en.json', 'utf8'));
    const { emulator: emu } = await checkAndDownload(board);
    const priya = emu.page.findAllWithCriteria({ types: ['SECTION'] }).find((s) => s.name === 'Priya, the student');
    const compare = priya?.findAllWithCriteria({ types: ['SECTION'] }).find((s) => s.name === 'Compare');
    if (!priya || !compare) throw new Error('no Priya journey');
    // The team adds pains to Priya's Compare phase: her markers and list grow.
    const box = compare.absoluteBoundingBox;
    for (let i = 0; i < 4; i++) {
      emu.add.sticky({ parent: compare, x: (box?.x ?? 0) + 20 + (i % 2) * 260, y: (box?.y ?? 0) + 420 + Math.floor(i / 2) * 260, text: `Price page ${i} is a mess, annoyed 😠` });
    }
    emu.select([priya]);
    reopenSession(emu);
    const result = await runBuiltPlugin({ emulator: emu, command: 'check' });
    result.dispose();
    expect(result.uncaught).toEqual([]);
    expect(result.closeMessage).toMatch(/^Priya, the student: /);
    const problems = layoutProblems(emulatorToRest(emu, { pluginData: 'shared' }));
    expect(problems).toEqual([]);
  });
});
