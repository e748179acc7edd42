/**
 * Each check of the whole board leaves a compact record on the document (shared plugin data), and
 * the notification says how complete the journey is and what changed since the previous check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { lastMessage, NAMESPACE, run } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

const HISTORY = 'journeyCheck.history';

function history(emu: Emulator): { t: number; j: [string, number][]; f: string }[] {
  const raw = emu.node('0:0')?.getSharedPluginData(NAMESPACE, HISTORY) ?? '';
  return raw === '' ? [] : (JSON.parse(raw) as { checks: { t: number; j: [string, number][]; f: string }[] }).checks;
}

describe('history of checks and what changed', () => {
  it('the first check says how complete the journey is; the next one what changed since', async () => {
    const { emu, phases, idea } = bakeryBoard();
    const first = lastMessage(await run(emu, 'check'));
    expect(first).toMatch(/^\d+ % compleet · \d+ gaten/);
    expect(history(emu)).toHaveLength(1);

    // The team states a feeling in the silent phase and links its idea to another pain.
    emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140, text: 'Krijgt een bedankje, blij 😀' });
    const second = lastMessage(await run(emu, 'check'));
    expect(second).toMatch(/^\d+ % compleet \(\d+ → \d+\) · (\d+ gat(en)?|geen gat) gedicht, (\d+|geen) nieuw · /);
    const checks = history(emu);
    expect(checks).toHaveLength(2);
    expect(checks[1]?.j[0]?.[1]).toBeGreaterThan(checks[0]?.j[0]?.[1] ?? 100);
    void idea;

    const third = lastMessage(await run(emu, 'check'));
    expect(third).toMatch(/^\d+ % compleet · geen gat gedicht, geen nieuw · /);
    expect(history(emu)).toHaveLength(2); // nothing changed: the history gains nothing (a rerun writes nothing)
  });

  it('a corrupt history is reported and started again; the check itself goes through', async () => {
    const { emu } = bakeryBoard();
    emu.corruptSharedPluginData('0:0', NAMESPACE, HISTORY, '{"v":1,"checks":[{"t":"gisteren"}]');
    const result = await run(emu, 'check');
    expect(lastMessage(result)).toMatch(/gerangschikt/);
    expect(result.notifications.some((n) => /geschiedenis .* onleesbaar/.test(n.message))).toBe(true);
    expect(history(emu)).toHaveLength(1);
  });

  it('an oversized history (over Figma\'s 100 kB entry limit) is ignored the same way', async () => {
    const { emu } = bakeryBoard();
    emu.corruptSharedPluginData('0:0', NAMESPACE, HISTORY, JSON.stringify({ v: 1, checks: [], pad: 'x'.repeat(120_000) }));
    const result = await run(emu, 'check');
    expect(result.notifications.some((n) => /geschiedenis .* onleesbaar/.test(n.message))).toBe(true);
    expect(history(emu)).toHaveLength(1);
  });

  it('a check of one journey (selection) leaves the history of the whole board alone', async () => {
    const { emu, journey } = bakeryBoard();
    await run(emu, 'check');
    emu.select([journey]);
    await run(emu, 'check');
    expect(history(emu)).toHaveLength(1);
  });
});
