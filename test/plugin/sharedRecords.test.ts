/**
 * Records that survive publishing. Private plugin data is keyed to the plugin id and Figma gives a
 * plugin a new id when it is published ("data will become inaccessible if your plugin ID changes"),
 * so tags, colour records and board settings live in shared plugin data ('journeycheck'), and the
 * private records of earlier versions are still read and migrated.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotState, type Emulator } from '../emulator';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { fillOf, generated, NAMESPACE, openPanel, reportsSent, run } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

const KEYS = ['journeyCheck', 'journeyCheck.colour', 'journeyCheck.settings'];

/**
 * Rewrites the board as an earlier version left it: each record in private data, and on generated
 * nodes only a '1' marker in shared data. With `otherPluginId`, the private part is invisible (the
 * board was checked by the development build, the plugin now runs under its published id).
 */
function asEarlierVersion(emu: Emulator, otherPluginId: boolean): void {
  for (const state of snapshotState(emu).nodes) {
    const node = emu.node(state.id);
    if (!node) continue;
    for (const key of KEYS) {
      const value = node.getSharedPluginData(NAMESPACE, key);
      if (value === '') continue;
      node.setSharedPluginData(NAMESPACE, key, key === 'journeyCheck' ? '1' : '');
      if (!otherPluginId) node.setPluginData(key, value);
    }
  }
}

function privateRecords(emu: Emulator): number {
  return snapshotState(emu).nodes.filter((n) => KEYS.some((key) => n.pluginData[key] !== undefined)).length;
}

describe('records in shared plugin data', () => {
  it('a board an earlier version checked (private records, same plugin id) reruns without duplicates and migrates its records', async () => {
    const { emu, stickies } = bakeryBoard();
    const settings = { lang: 'en', extraStageNames: {}, extraChannelNames: {}, writeBack: { markers: true, colours: true, curve: true, improvements: true } };
    emu.node('0:0')?.setSharedPluginData(NAMESPACE, 'journeyCheck.settings', JSON.stringify({ v: 1, settings }));
    await run(emu, 'check');
    const fresh = snapshotState(emu);
    asEarlierVersion(emu, false);
    expect(privateRecords(emu)).toBeGreaterThan(10);

    emu.resetCounters();
    await run(emu, 'check');
    // Same nodes as before (no duplicate, nothing rewritten but the records' place), English kept.
    expect(snapshotState(emu).nodes.map((n) => n.id)).toEqual(fresh.nodes.map((n) => n.id));
    expect(emu.counters.writes.creates).toEqual({});
    expect(privateRecords(emu)).toBe(0);
    expect(snapshotState(emu)).toEqual(fresh);

    await run(emu, 'clear');
    expect(generated(emu)).toEqual([]);
    expect(fillOf(emu, stickies[4]?.id ?? '').hex).toBe('#FFE299');
  });

  it('clear and restore of an earlier version\'s board work without a check first', async () => {
    const { emu, stickies } = bakeryBoard();
    const before = snapshotState(emu);
    await run(emu, 'check');
    asEarlierVersion(emu, false);
    await run(emu, 'restore');
    expect(fillOf(emu, stickies[4]?.id ?? '').hex).toBe('#FFE299');
    await run(emu, 'clear');
    expect(snapshotState(emu)).toEqual(before);
  });

  it("after publishing, a run under the new plugin id reads, reruns and clears what the earlier build wrote", async () => {
    const { emu, stickies } = bakeryBoard();
    const before = snapshotState(emu);
    await run(emu, 'check');
    const count = generated(emu).length;
    const published = { pluginId: '1234567890123456789' };
    emu.resetCounters();
    await run(emu, 'check', undefined, published);
    expect(emu.counters.writes.total).toBe(0); // an unchanged rerun, as under the old id
    await run(emu, 'restore', undefined, published);
    expect(fillOf(emu, stickies[4]?.id ?? '').hex).toBe('#FFE299');
    await run(emu, 'check', undefined, published);
    expect(generated(emu).length).toBe(count);
    await run(emu, 'clear', undefined, published);
    expect(snapshotState(emu)).toEqual(before);
  });

  it("after publishing, an earlier version's nodes (private tags now invisible) are replaced by a rerun, not duplicated, and removed by clear", async () => {
    const { emu } = bakeryBoard();
    await run(emu, 'check');
    const count = generated(emu).length;
    asEarlierVersion(emu, false);
    const published = { pluginId: '1234567890123456789' };
    await run(emu, 'check', undefined, published);
    expect(generated(emu).length).toBe(count);
    expect(generated(emu).every((g) => g.tag.v === 1)).toBe(true); // all readable tags again
    asEarlierVersion(emu, true);
    await run(emu, 'clear', undefined, published);
    expect(generated(emu)).toEqual([]);
  });

  it("the panel reads an earlier version's board as before and writes nothing (migration waits for a run that writes)", async () => {
    const { emu } = bakeryBoard();
    const settings = { lang: 'en', extraStageNames: {}, extraChannelNames: {}, writeBack: { markers: true, colours: true, curve: true, improvements: true } };
    emu.node('0:0')?.setSharedPluginData(NAMESPACE, 'journeyCheck.settings', JSON.stringify({ v: 1, settings }));
    const clean = await openPanel(emu);
    const report = reportsSent(emu).at(-1)?.report;
    clean.dispose();
    await run(emu, 'check');
    asEarlierVersion(emu, false);
    const records = privateRecords(emu);
    emu.resetCounters();
    const panel = await openPanel(emu);
    const reread = reportsSent(emu).at(-1)?.report;
    expect(reread?.lang).toBe('en'); // the board's settings, read from the earlier version's private record
    expect(reread?.summary).toEqual(report?.summary);
    expect(reread?.journeys.map((j) => j.phases.map((p) => p.name))).toEqual(report?.journeys.map((j) => j.phases.map((p) => p.name)));
    expect(emu.counters.writes.creates).toEqual({});
    expect(emu.counters.writes.removes).toEqual({});
    expect(privateRecords(emu)).toBe(records);
    panel.dispose();
  });
});
