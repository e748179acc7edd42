import { readFileSync, readdirSync } from 'node:fs';
import { assertBuiltCodeIsFresh } from './builtCode';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadRestBoard, snapshotState } from '../emulator';
import { bakeryBoard } from './boards';
import { corruptRecord, fillOf, generated, lastMessage, NAMESPACE, nodeCount, recordOf, reopen, run, stateOf } from './helpers';
import { runBuiltPlugin } from '../sandbox';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

const GREEN = '#B3EFBD';
const RED = '#FFB8A8';

describe('check writes back', () => {
  it('writes markers, colours, a curve and the improvements, and says what it found', async () => {
    const { emu, stickies, journey } = bakeryBoard();
    const result = await run(emu, 'check');
    expect(lastMessage(result)).toMatch(/\d+ gaten, \d+ pijnpunt-hotspots?, \d+ verbetering(en)? gerangschikt/);

    const items = generated(emu);
    const roles = (prefix: string) => items.filter((i) => i.tag.key.startsWith(prefix));
    expect(roles('marker:phase-empty:').length).toBe(1); // "Nazorg" has no sticky
    const emptyPhaseMarker = roles('marker:phase-empty:')[0];
    expect(emptyPhaseMarker?.node.type).toBe('SHAPE_WITH_TEXT');
    expect(emptyPhaseMarker?.node.props['text']).toMatchObject({ characters: expect.stringMatching(/\?$/) });
    expect(roles('curve:').some((i) => i.node.type === 'SECTION')).toBe(true);
    expect(roles('curve:').filter((i) => i.node.type === 'CONNECTOR').length).toBeGreaterThan(0);
    const section = roles('improvements:').find((i) => i.node.type === 'SECTION');
    expect(section?.node.name).toMatch(/^Geprioriteerde verbeteringen/);
    expect(roles('improvements:').filter((i) => i.node.type === 'SHAPE_WITH_TEXT').length).toBeGreaterThan(0);

    // Emotions: happy sticky green, angry sticky red, action-only sticky untouched; exact swatches.
    expect(fillOf(emu, stickies[0]?.id ?? '')).toEqual({ hex: GREEN, exact: true });
    expect(fillOf(emu, stickies[4]?.id ?? '')).toEqual({ hex: RED, exact: true });
    expect(fillOf(emu, stickies[1]?.id ?? '').hex).toBe('#FFE299');
    // The journey section offers "check" as a relaunch button.
    expect(stateOf(emu, journey.id)?.relaunchData).toHaveProperty('check');
    // User stickies keep their text.
    expect(stateOf(emu, stickies[4]?.id ?? '')?.props['text']).toMatchObject({ characters: 'Lange rij bij de kassa, boos 😡' });
    // One run is one undo step.
    expect(emu.counters.undoCommits).toBe(0);
    // Tags live in shared plugin data only (readable whatever the plugin id; REST plugin_data=shared).
    for (const item of items) {
      expect(Object.keys(item.node.sharedPluginData)).toEqual([NAMESPACE]);
      expect(item.node.pluginData).toEqual({});
    }
  });

  it('is idempotent: a rerun on an unchanged board writes nothing and leaves the same nodes', async () => {
    const { emu } = bakeryBoard();
    await run(emu, 'check');
    const afterFirst = snapshotState(emu);
    for (let i = 0; i < 3; i++) {
      emu.resetCounters();
      await run(emu, 'check');
      expect(emu.counters.writes.total).toBe(0);
      expect(snapshotState(emu)).toEqual(afterFirst);
    }
  });

  it('updates in place after a change: no duplicates, no orphans', async () => {
    const { emu, phases } = bakeryBoard();
    await run(emu, 'check');
    const before = generated(emu);
    const nazorg = phases[4];
    if (!nazorg) throw new Error('phase');
    emu.add.sticky({ parent: nazorg, x: 1980, y: 140, text: 'Klachten worden snel opgelost, blij' });
    emu.resetCounters();
    await run(emu, 'check');
    const after = generated(emu);
    expect(after.some((i) => i.tag.key.startsWith('marker:phase-empty:'))).toBe(false);
    const keys = after.map((i) => i.tag.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Unchanged items keep their node (same id); the phase that now states a feeling gets its point
    // (a phase without one has none: the curve breaks there).
    const pointKey = `curve:${phases[4]?.parent?.id}:point:${nazorg.id}`;
    expect(before.some((i) => i.tag.key === pointKey)).toBe(false);
    expect(after.some((i) => i.tag.key === pointKey)).toBe(true);
    const kept = before.find((i) => i.tag.key.startsWith('curve:') && i.node.type === 'SECTION');
    expect(after.find((i) => i.tag.key === kept?.tag.key)?.node.id).toBe(kept?.node.id);
    expect(emu.counters.writes.removes['SHAPE_WITH_TEXT']).toBeGreaterThan(0);
  });

  it('clear puts the board back exactly as it was before the first run', async () => {
    const { emu } = bakeryBoard();
    const before = snapshotState(emu);
    await run(emu, 'check');
    await run(emu, 'check');
    const result = await run(emu, 'clear');
    expect(lastMessage(result)).toMatch(/verwijderd/);
    expect(snapshotState(emu)).toEqual(before);
  });

  it('restore puts back the exact original paint, also after the plugin data went through the file', async () => {
    const { emu, stickies } = bakeryBoard();
    // A sticky with an off-palette colour and opacity, as old boards have.
    const odd = emu.add.sticky({ parent: stickies[4]?.parent as SectionNode, x: 1100, y: 700, text: 'Wachten duurt lang, boos', fill: { type: 'SOLID', color: { r: 0.91, g: 0.333, b: 0.7 }, opacity: 0.8 } });
    const before = snapshotState(emu);
    await run(emu, 'check');
    expect(fillOf(emu, odd.id).hex).toBe(RED);
    // Close and reopen the file: plugin data survives only as the strings it was stored as.
    for (const node of snapshotState(emu).nodes) {
      const raw = recordOf(node, 'journeyCheck.colour');
      if (raw !== undefined) corruptRecord(emu, node.id, 'journeyCheck.colour', JSON.stringify(JSON.parse(raw)));
    }
    await run(emu, 'restore');
    const after = snapshotState(emu);
    for (const id of [odd.id, ...stickies.map((s) => s.id)]) {
      expect(after.nodes.find((n) => n.id === id)).toEqual(before.nodes.find((n) => n.id === id));
    }
  });

  it('leaves a sticky the user recoloured by hand as they made it, then and later', async () => {
    const { emu, stickies } = bakeryBoard();
    await run(emu, 'check');
    const angry = emu.node(stickies[4]?.id ?? '') as StickyNode;
    angry.fills = [{ type: 'SOLID', color: { r: 0.66, g: 0.85, b: 1 } }]; // the team's blue
    await run(emu, 'check');
    expect(fillOf(emu, angry.id).hex).toBe('#A8D9FF');
    await run(emu, 'restore');
    expect(fillOf(emu, angry.id).hex).toBe('#A8D9FF');
    expect(stateOf(emu, angry.id)?.pluginData).toEqual({});
    expect(stateOf(emu, angry.id)?.sharedPluginData).toEqual({});
  });

  it('ignores corrupt plugin data with a notice and never trusts it', async () => {
    const { emu, stickies } = bakeryBoard();
    const id = stickies[4]?.id ?? '';
    corruptRecord(emu, id, 'journeyCheck.colour', '{"v":7,"original":"evil"');
    const foreign = emu.add.shape({ x: 5000, y: 5000, text: 'not ours really' });
    corruptRecord(emu, foreign.id, 'journeyCheck', 'garbage');
    const result = await run(emu, 'check');
    expect(lastMessage(result)).toMatch(/onleesbare plugindata/);
    // The sticky is recoloured with a fresh record of its real paint; restore brings that back.
    expect(fillOf(emu, id).hex).toBe(RED);
    await run(emu, 'clear');
    expect(fillOf(emu, id).hex).toBe('#FFE299');
    expect(emu.node(foreign.id)).not.toBeNull(); // never removed: we cannot tell it is ours
  });

  it('skips locked stickies and stickies in locked sections, and says so', async () => {
    const { emu, stickies, phases } = bakeryBoard();
    emu.lockNode(stickies[0]?.id ?? '');
    emu.lockNode(phases[2]?.id ?? '');
    const result = await run(emu, 'check');
    expect(lastMessage(result)).toMatch(/overgeslagen/);
    expect(fillOf(emu, stickies[0]?.id ?? '').hex).toBe('#FFE299');
    expect(fillOf(emu, stickies[4]?.id ?? '').hex).toBe('#FFE299'); // inside the locked "Kopen"
    expect(fillOf(emu, stickies[3]?.id ?? '').hex).toBe(RED);
    // Markers do not go into the locked section; they land on the page instead.
    const kopenMarkers = generated(emu).filter((i) => i.tag.key.includes(`:${phases[2]?.id}:`));
    for (const m of kopenMarkers) expect(m.node.parentId).not.toBe(phases[2]?.id);
  });

  it('survives a collaborator deleting a sticky and a section in the middle of the run', async () => {
    const { emu, stickies, phases } = bakeryBoard();
    const victim = stickies[3]?.id ?? '';
    emu.injectFault({ name: 'fills', nth: 2 }, () => emu.deleteNodeAsOtherUser(victim));
    emu.injectFault({ name: 'appendChild', nth: 1 }, () => emu.deleteNodeAsOtherUser(phases[4]?.id ?? ''));
    const result = await run(emu, 'check');
    expect(lastMessage(result)).toMatch(/gerangschikt/);
    expect(emu.node(victim)).toBeNull();
    // Nothing untagged was left behind by the interrupted writes, and a rerun settles.
    const untaggedShapes = snapshotState(emu).nodes.filter((n) => n.type === 'SHAPE_WITH_TEXT' && recordOf(n, 'journeyCheck') === undefined);
    expect(untaggedShapes).toEqual([]);
    await run(emu, 'check');
    emu.resetCounters();
    await run(emu, 'check');
    expect(emu.counters.writes.total).toBe(0);
  });

  it('reads stickies with mixed fonts and never writes their text', async () => {
    const { emu, phases } = bakeryBoard();
    const mixed = emu.add.sticky({
      parent: phases[3] as SectionNode,
      x: 1520,
      y: 400,
      text: 'Vers brood, echt blij mee',
      fontRanges: [{ start: 0, end: 4, font: { family: 'Inter', style: 'Bold' } }],
    });
    const textBefore = stateOf(emu, mixed.id)?.props['text'];
    await run(emu, 'check');
    expect(stateOf(emu, mixed.id)?.props['text']).toEqual(textBefore);
    expect(fillOf(emu, mixed.id).hex).toBe(GREEN);
    expect(emu.counters.fontLoads.byFont).toEqual({ 'Inter Medium': 1 });
  });

  it('with the label font missing, skips the texts, still colours, and says so', async () => {
    const { emu, stickies } = bakeryBoard();
    emu.setMissingFont({ family: 'Inter', style: 'Medium' });
    const result = await run(emu, 'check');
    expect(lastMessage(result)).toMatch(/Inter Medium ontbreekt/);
    expect(fillOf(emu, stickies[4]?.id ?? '').hex).toBe(RED);
    expect(generated(emu).filter((i) => i.node.type === 'TEXT')).toEqual([]);
  });
});

describe('copies and locks of what we wrote', () => {
  it('a marker the user duplicated (plugin data and all) is removed as a duplicate, and reruns settle', async () => {
    const { emu } = bakeryBoard();
    await run(emu, 'check');
    const afterFirst = snapshotState(emu);
    const marker = generated(emu).find((i) => i.tag.key.startsWith('marker:phase-empty:'));
    const copy = (emu.node(marker?.node.id ?? '') as ShapeWithTextNode).clone();
    await run(emu, 'check');
    expect(emu.node(copy.id)).toBeNull();
    expect(snapshotState(emu)).toEqual(afterFirst);
    emu.resetCounters();
    await run(emu, 'check');
    expect(emu.counters.writes.total).toBe(0);
  });

  it('clear leaves a generated node the team locked, and says so', async () => {
    const { emu } = bakeryBoard();
    await run(emu, 'check');
    const marker = generated(emu).find((i) => i.tag.key.startsWith('marker:phase-empty:'));
    emu.lockNode(marker?.node.id ?? '');
    const result = await run(emu, 'clear');
    expect(lastMessage(result)).toMatch(/1 overgeslagen/);
    expect(generated(emu).map((i) => i.node.id)).toEqual([marker?.node.id]);
  });
});

describe('boards without a journey', () => {
  it('an empty board gets one no-journey marker saying how to lay one out; clear removes it', async () => {
    const emu = createEmulator();
    const loose = emu.add.sticky({ x: 100, y: 100, text: 'A note on its own' });
    const before = snapshotState(emu);
    const result = await run(emu, 'check');
    expect(lastMessage(result)).toMatch(/ranked|gerangschikt/);
    const markers = generated(emu).filter((i) => i.tag.key.startsWith('marker:no-journey:'));
    expect(markers).toHaveLength(1);
    const box = markers[0]?.node.props['absoluteBoundingBox'] as { y: number; height: number };
    expect(box.y + box.height).toBeLessThanOrEqual(100); // above the board, not over the sticky
    expect(stateOf(emu, loose.id)).toEqual(before.nodes.find((n) => n.id === loose.id));
    await run(emu, 'clear');
    expect(snapshotState(emu)).toEqual(before);
  });
});

describe('improvement rows link to their sticky', () => {
  it('a row offers a "show-source" relaunch button that selects and zooms to its sticky', async () => {
    const { emu, idea } = bakeryBoard();
    await run(emu, 'check');
    const row = generated(emu).find((i) => i.tag.source === idea.id && i.tag.key.startsWith('improvements:'));
    expect(row?.node.relaunchData).toHaveProperty('show-source');
    emu.select([emu.node(row?.node.id ?? '') as SceneNode]);
    const result = await run(emu, 'show-source');
    expect(result.closeMessage).toBeUndefined();
    expect(emu.page.selection.map((n) => n.id)).toEqual([idea.id]);
    expect(emu.zoomRequests).toContainEqual([idea.id]);
    // The sticky is gone: say so instead of failing.
    emu.deleteNodeAsOtherUser(idea.id);
    emu.select([emu.node(row?.node.id ?? '') as SceneNode]);
    expect(lastMessage(await run(emu, 'show-source'))).toMatch(/bestaat niet meer/);
  });
});

describe('selection scoping', () => {
  function twoJourneys() {
    const emu = createEmulator();
    const make = (name: string, y: number, texts: string[]) => {
      const journey = emu.add.section({ name, x: 0, y, width: 1500, height: 700 });
      const phases = ['Awareness', 'Purchase', 'Use'].map((p, i) => emu.add.section({ parent: journey, name: p, x: 40 + i * 480, y: y + 80, width: 440, height: 580 }));
      const stickies = texts.map((t, i) => emu.add.sticky({ parent: phases[i % 3] as SectionNode, x: 100 + (i % 3) * 480, y: y + 140, text: t }));
      return { journey, phases, stickies };
    };
    const a = make('Journey students', 0, ['Sees an ad, happy', 'Checkout fails, angry', 'Works fine, satisfied']);
    const b = make('Journey seniors', 2000, ['Hears from a friend, pleased', 'Phone queue is terrible, annoyed', 'Cannot read the manual, frustrated']);
    return { emu, a, b };
  }

  it('checks only the journey the selection is in, and leaves the other journey alone', async () => {
    const { emu, a, b } = twoJourneys();
    await run(emu, 'check'); // whole board
    const aItems = generated(emu).filter((i) => i.tag.journey === a.journey.id);
    expect(aItems.length).toBeGreaterThan(0);
    // Now something in journey B changes and the user checks B with one of its stickies selected.
    emu.add.sticky({ parent: b.phases[2] as SectionNode, x: 1100, y: 2400, text: 'Great support, delighted' });
    emu.select([b.stickies[1] as StickyNode]);
    emu.resetCounters();
    const result = await run(emu, 'check');
    expect(lastMessage(result)).toMatch(/^Journey seniors: /);
    const aAfter = generated(emu).filter((i) => i.tag.journey === a.journey.id);
    expect(aAfter).toEqual(aItems);
    expect(emu.counters.writes.total).toBeGreaterThan(0);
  });

  it('with nothing relevant selected, checks the whole board', async () => {
    const { emu, a, b } = twoJourneys();
    const loose = emu.add.sticky({ x: 5000, y: 5000, text: 'stray note' });
    emu.select([loose]);
    await run(emu, 'check');
    const journeys = new Set(generated(emu).map((i) => i.tag.journey));
    expect(journeys.has(a.journey.id) && journeys.has(b.journey.id)).toBe(true);
  });
});

describe('template', () => {
  it('inserts the Dutch template at the viewport centre; a check reports the empty phases and nothing absurd', async () => {
    const emu = createEmulator();
    (emu.figma.viewport as { center: Vector }).center = { x: 5000, y: 3000 };
    const result = await run(emu, 'template', { lang: 'nl' });
    expect(lastMessage(result)).toMatch(/Klantreissjabloon/);
    const state = snapshotState(emu);
    const names = state.nodes.filter((n) => n.type === 'SECTION').map((n) => n.name);
    for (const phase of ['Oriëntatie', 'Vergelijking', 'Kopen', 'Gebruik', 'After Sales']) expect(names).toContain(phase);
    for (const channel of ['Face-to-face', 'Telefoon', 'Website', 'E-mail', 'Nieuwsbrief', 'Sociale media', 'Televisie', 'Radio', 'Krant']) {
      expect(names.filter((n) => n === channel).length).toBe(5);
    }
    expect(state.nodes.filter((n) => recordOf(n, 'journeyCheck') !== undefined).length).toBe(0); // the board is the team's

    const check = await run(emu, 'check');
    const report = await reportOf(emu);
    const rules = new Set(report.findings.map((f: { rule: string }) => f.rule));
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'phase-empty').length).toBe(5);
    // Only the empty phases: the template has a persona, and unused channels stay quiet on an empty journey.
    expect([...rules]).toEqual(['phase-empty']);
    expect(report.improvements).toEqual([]);
    expect(lastMessage(check)).toMatch(/gerangschikt/);
  });

  it('without the label font, still lays out the sections and says which font is missing', async () => {
    const emu = createEmulator();
    emu.setMissingFont({ family: 'Inter', style: 'Medium' });
    const result = await run(emu, 'template', { lang: 'en' });
    expect(lastMessage(result)).toMatch(/font Inter Medium missing/);
    const state = snapshotState(emu);
    expect(state.nodes.filter((n) => n.type === 'SECTION').length).toBe(1 + 5 + 45 + 3);
    expect(state.nodes.filter((n) => n.type === 'TEXT' || n.type === 'STICKY')).toEqual([]);
  });

  it('follows the board language without a parameter (English board → English template)', async () => {
    const emu = createEmulator();
    emu.add.sticky({ x: -3000, y: 0, text: 'The customer is happy with the quick delivery and the friendly staff' });
    await run(emu, 'template');
    const names = snapshotState(emu).nodes.map((n) => n.name);
    expect(names).toContain('Consideration');
  });
});

describe('example boards', () => {
  const files = readdirSync('examples').filter((f) => f.endsWith('.json'));
  it('has examples to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`${file}: check, rerun without writes, clear back to the original`, async () => {
      const emu = createEmulator();
      loadRestBoard(emu, JSON.parse(readFileSync(`examples/${file}`, 'utf8')));
      const before = snapshotState(emu);
      await run(emu, 'check');
      const count = nodeCount(emu);
      expect(count).toBeGreaterThan(before.nodes.length);
      emu.resetCounters();
      await run(emu, 'check');
      expect(emu.counters.writes.total).toBe(0);
      expect(nodeCount(emu)).toBe(count);
      await run(emu, 'clear');
      expect(snapshotState(emu)).toEqual(before);
    });
  }
});

/** The report as the panel gets it (panel command, first report message). */
async function reportOf(emu: ReturnType<typeof createEmulator>) {
  reopen(emu);
  const result = await runBuiltPlugin({ emulator: emu, command: 'panel' });
  const message = (await emu.ui.waitFor((m) => (m as { type?: string }).type === 'report')) as {
    report: { findings: { rule: string }[]; improvements: unknown[] };
  };
  result.dispose();
  return message.report;
}
