/**
 * The rules added for issue #9: pages, plugin sessions, who edits (LOCAL/REMOTE), undo steps,
 * Figma's message types, quick-action parameters and the manifest. Each rule cites its source in
 * test/emulator (code comment) and in test/emulator/README.md.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, reopenSession, snapshotState, type Emulator, type ManifestLike } from '../emulator';
import { loadManifest } from '../helpers/loadManifest';

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' };
const UNLOADED_PAGE = 'Cannot access children on a page that has not been explicitly loaded';

type Change = { id: string; origin: string; type: string; properties?: string[] };

/** Collects the plugin's page nodechange events on `page` (plugin side). */
function watch(page: PageNode): Change[] {
  const seen: Change[] = [];
  page.on('nodechange', (event) => {
    for (const change of event.nodeChanges) {
      seen.push({ id: change.id, origin: change.origin, type: change.type, ...(change.type === 'PROPERTY_CHANGE' ? { properties: [...change.properties] } : {}) });
    }
  });
  return seen;
}

function pluginPage(emu: Emulator, page: PageNode): PageNode {
  const found = emu.figma.root.children.find((p) => p.id === page.id);
  if (!found) throw new Error('no such page');
  return found;
}

describe('pages', () => {
  it('adds pages; builders place top-level nodes on a given page; emu.page stays the first page', () => {
    const emu = createEmulator();
    const second = emu.add.page('Workshop 2');
    const sticky = emu.add.sticky({ parent: second, x: 10, y: 20, text: 'Elsewhere' });
    const here = emu.add.sticky({ text: 'Here' });
    expect(emu.page.name).toBe('Page 1');
    expect(emu.currentPage.id).toBe(emu.page.id);
    expect(sticky.parent?.id).toBe(second.id);
    expect(here.parent?.id).toBe(emu.page.id);
    expect(emu.figma.root.children.map((p) => p.name)).toEqual(['Page 1', 'Workshop 2']);
    const ids = snapshotState(emu).nodes.map((n) => n.id);
    expect(ids).toContain(sticky.id);
    expect(ids).toContain(here.id);
  });

  it('under dynamic-page another page is not loaded until page.loadAsync (Figma’s message)', async () => {
    const emu = createEmulator();
    const second = emu.add.page();
    emu.add.sticky({ parent: second, text: 'x' });
    const page = pluginPage(emu, second);
    expect(() => page.children).toThrow(UNLOADED_PAGE);
    expect(() => page.findAll()).toThrow(UNLOADED_PAGE);
    expect(() => page.findAllWithCriteria({ types: ['STICKY'] })).toThrow(UNLOADED_PAGE);
    expect(() => page.findChildren()).toThrow(UNLOADED_PAGE);
    expect(() => page.appendChild(emu.figma.createSticky())).toThrow(UNLOADED_PAGE);
    expect(emu.figma.currentPage.children).toHaveLength(1); // the current page is loaded
    await page.loadAsync();
    expect(page.findAllWithCriteria({ types: ['STICKY'] })).toHaveLength(1);
  });

  it('loadAllPagesAsync loads every page; full document access needs no loading', async () => {
    const emu = createEmulator();
    const second = emu.add.page();
    await emu.figma.loadAllPagesAsync();
    expect(pluginPage(emu, second).children).toEqual([]);
    const full = createEmulator({ documentAccess: 'full' });
    const other = full.add.page();
    expect(pluginPage(full, other).children).toEqual([]);
  });

  it('getNodeByIdAsync finds nodes on any page', async () => {
    const emu = createEmulator();
    const sticky = emu.add.sticky({ parent: emu.add.page(), text: 'far away' });
    expect((await emu.figma.getNodeByIdAsync(sticky.id))?.type).toBe('STICKY');
  });

  it('switchPage: the user navigates; currentPage follows, currentpagechange then selectionchange fire before it resolves', async () => {
    const emu = createEmulator();
    const second = emu.add.page('Two');
    const events: string[] = [];
    emu.figma.on('currentpagechange', () => void events.push(`page:${emu.figma.currentPage.name}`));
    emu.figma.on('selectionchange', () => void events.push('selection'));
    await emu.switchPage(second);
    expect(events).toEqual(['page:Two', 'selection']);
    expect(emu.currentPage.id).toBe(second.id);
    expect(emu.figma.currentPage.children).toEqual([]); // loaded by navigating there
    expect(emu.add.sticky({ text: 'new' }).parent?.id).toBe(second.id); // builders default to the current page
  });

  it('setCurrentPageAsync switches and loads the page and fires currentpagechange for the plugin’s own switch', async () => {
    const emu = createEmulator();
    const second = emu.add.page('Two');
    const events: string[] = [];
    emu.figma.on('currentpagechange', () => void events.push('page'));
    const page = pluginPage(emu, second);
    expect(() => (emu.figma.currentPage = page)).toThrow('setCurrentPageAsync');
    await emu.figma.setCurrentPageAsync(page);
    expect(emu.figma.currentPage.id).toBe(second.id);
    expect(page.children).toEqual([]);
    await emu.flushEvents();
    expect(events).toEqual(['page']);
  });

  it('PageNode.on("nodechange") is bound to its page: changes on another page never reach it', async () => {
    const emu = createEmulator();
    const second = emu.add.page();
    const first = watch(emu.figma.currentPage);
    const onSecond = watch(pluginPage(emu, second));
    const here = emu.add.sticky({ text: 'first page' });
    const there = emu.add.sticky({ parent: second, text: 'second page' });
    await emu.flushEvents();
    expect(first.map((c) => c.id)).toEqual([here.id]);
    expect(onSecond.map((c) => c.id)).toEqual([there.id]);
    there.remove();
    await emu.flushEvents();
    expect(first.map((c) => c.id)).toEqual([here.id]);
    expect(onSecond.map((c) => c.type)).toEqual(['CREATE', 'DELETE']);
  });

  it('selection only takes nodes of its own page (Figma’s set_selection message)', () => {
    const emu = createEmulator();
    const there = emu.add.sticky({ parent: emu.add.page(), text: 'x' });
    const node = emu.figma.getNodeByIdAsync(there.id);
    return node.then((found) => {
      if (!found || found.type !== 'STICKY') throw new Error('not found');
      expect(() => (emu.figma.currentPage.selection = [found])).toThrow('The selection of a page can only include nodes in that page');
    });
  });
});

describe('plugin sessions', () => {
  it('a new session has no fonts loaded (they stay available), only the current page loaded, no listeners', async () => {
    const emu = createEmulator();
    const second = emu.add.page();
    emu.add.sticky({ text: 'Slow checkout' });
    await emu.figma.loadFontAsync(INTER_MEDIUM);
    await emu.figma.loadAllPagesAsync();
    const events: string[] = [];
    emu.figma.on('selectionchange', () => void events.push('selection'));
    emu.figma.closePlugin();

    reopenSession(emu);
    const [sticky] = emu.figma.currentPage.findAllWithCriteria({ types: ['STICKY'] });
    if (!sticky) throw new Error('no sticky');
    expect(() => (sticky.text.characters = 'x')).toThrow('Cannot write to node with unloaded font "Inter Medium"');
    expect(() => pluginPage(emu, second).children).toThrow(UNLOADED_PAGE);
    expect(() => emu.figma.root.findAll()).toThrow('loadAllPagesAsync');
    await emu.figma.loadFontAsync(INTER_MEDIUM); // still available on the machine
    sticky.text.characters = 'x';
    emu.select([emu.add.sticky({ text: 'y' })]);
    await emu.flushEvents();
    expect(events).toEqual([]);
  });

  it('a session under another plugin id (published) sees no private data of the old id, but all shared data; switching back shows it again', () => {
    const emu = createEmulator();
    const sticky = emu.add.sticky({ text: 'Slow checkout' });
    const plugin = () => emu.figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })[0] as StickyNode;
    plugin().setPluginData('k', 'dev');
    plugin().setSharedPluginData('journeycheck', 'k', 'shared');
    expect(emu.figma.pluginId).toBe('journey-check-dev');

    reopenSession(emu, { pluginId: 'published-1' });
    expect(emu.figma.pluginId).toBe('published-1');
    expect(plugin().getPluginData('k')).toBe('');
    expect(emu.figma.currentPage.findAllWithCriteria({ pluginData: { keys: ['k'] } })).toEqual([]);
    expect(plugin().getSharedPluginData('journeycheck', 'k')).toBe('shared');
    plugin().setPluginData('k', 'published');
    expect(snapshotState(emu).nodes.find((n) => n.id === sticky.id)?.pluginData).toEqual({ k: 'published' });

    reopenSession(emu, { pluginId: 'journey-check-dev' });
    expect(plugin().getPluginData('k')).toBe('dev');
  });

  it('closes the previous session’s undo step', () => {
    const emu = createEmulator();
    emu.figma.createSticky();
    reopenSession(emu);
    expect(emu.undoHistory()).toEqual({ steps: [{ pluginWrites: 1, runnerEdits: 0, ops: ['create STICKY'] }], pending: null });
  });
});

describe('who edits: asRunner (LOCAL) and other users (REMOTE)', () => {
  it('test-side edits inside asRunner reach nodechange as LOCAL with the changed properties, without fonts, uncounted', async () => {
    const emu = createEmulator();
    const section = emu.add.section({ name: 'Phase', width: 900, height: 600 });
    const sticky = emu.add.sticky({ text: 'Before' });
    await emu.flushEvents();
    const seen = watch(emu.figma.currentPage);
    emu.resetCounters();
    emu.asRunner(() => {
      sticky.text.characters = 'After';
      sticky.fills = [emu.figma.util.solidPaint('#FFB8A8')];
      sticky.x = 40;
      sticky.name = 'renamed';
      section.appendChild(sticky);
    });
    await emu.flushEvents();
    expect(seen).toEqual([{ id: sticky.id, origin: 'LOCAL', type: 'PROPERTY_CHANGE', properties: ['text', 'fills', 'x', 'name', 'parent'] }]);
    expect(emu.counters.writes.total).toBe(0);
    expect(emu.counters.reads.total).toBe(0);
    emu.asRunner(() => sticky.remove());
    const created = emu.asRunner(() => emu.add.sticky({ text: 'mine' }));
    await emu.flushEvents();
    expect(seen.slice(1).map((c) => [c.type, c.origin])).toEqual([
      ['DELETE', 'LOCAL'],
      ['CREATE', 'LOCAL'],
    ]);
    expect(created.text.characters).toBe('mine');
  });

  it('edits are REMOTE by default and inside asOtherUser, also nested in asRunner', async () => {
    const emu = createEmulator();
    const sticky = emu.add.sticky({ text: 'a' });
    await emu.flushEvents();
    const seen = watch(emu.figma.currentPage);
    sticky.x = 1;
    emu.asRunner(() => emu.asOtherUser(() => (sticky.y = 2)));
    emu.asRunner(() => emu.deleteNodeAsOtherUser(emu.add.sticky({ text: 'gone' }).id));
    await emu.flushEvents();
    expect(seen.map((c) => [c.type, c.origin])).toEqual([
      ['PROPERTY_CHANGE', 'REMOTE'],
      ['CREATE', 'LOCAL'],
      ['DELETE', 'LOCAL'],
    ]);
  });

  it('asRunner refuses an async function', async () => {
    const emu = createEmulator();
    expect(() => emu.asRunner(() => Promise.resolve())).toThrow('must be synchronous');
    await Promise.resolve();
  });
});

describe('undo history', () => {
  it('plugin writes accumulate in the open step; commitUndo closes it (an empty one adds nothing); closePlugin closes it too', () => {
    const emu = createEmulator();
    const figma = emu.figma;
    const shape = figma.createShapeWithText();
    shape.fills = [figma.util.solidPaint('#FFFFFF')];
    expect(emu.undoHistory().pending).toEqual({ pluginWrites: 2, runnerEdits: 0, ops: ['create SHAPE_WITH_TEXT', 'set fills'] });
    figma.commitUndo();
    figma.commitUndo();
    const section = figma.createSection();
    section.setPluginData('k', 'v');
    section.remove();
    figma.closePlugin();
    expect(emu.counters.undoCommits).toBe(2);
    expect(emu.undoHistory()).toEqual({
      steps: [
        { pluginWrites: 2, runnerEdits: 0, ops: ['create SHAPE_WITH_TEXT', 'set fills'] },
        { pluginWrites: 3, runnerEdits: 0, ops: ['create SECTION', 'setPluginData', 'remove SECTION'] },
      ],
      pending: null,
    });
  });

  it('a runner edit merges into an open plugin step, is its own step otherwise; other users never enter the history', () => {
    const emu = createEmulator();
    const sticky = emu.add.sticky({ text: 'a' });
    emu.figma.createSticky();
    emu.asRunner(() => (sticky.x = 5));
    emu.figma.commitUndo();
    emu.asRunner(() => {
      sticky.x = 6;
      sticky.y = 7;
    });
    sticky.x = 8; // another user
    emu.figma.currentPage.selection = []; // selecting is no edit
    expect(emu.undoHistory()).toEqual({
      steps: [
        { pluginWrites: 1, runnerEdits: 1, ops: ['create STICKY', 'runner: set x'] },
        { pluginWrites: 0, runnerEdits: 2, ops: ['runner: set x', 'runner: set y'] },
      ],
      pending: null,
    });
  });

  it('triggerUndo says it is not modelled', () => {
    expect(() => createEmulator().figma.triggerUndo()).toThrow('not modelled');
  });
});

describe('postMessage carries only Figma’s documented types', () => {
  const allowed = { n: 1, s: 'x', b: true, nil: null, u: undefined, list: [1, [2]], when: new Date(0), bytes: new Uint8Array([1, 2]) };

  it('sends objects, arrays, numbers, strings, booleans, null, undefined, Date and Uint8Array', () => {
    const emu = createEmulator();
    emu.figma.showUI('<p></p>');
    emu.figma.ui.postMessage(allowed);
    expect(emu.ui.sent).toEqual([allowed]);
  });

  class Point {
    constructor(readonly x: number) {}
  }
  const refused: [string, unknown][] = [
    ['Map', new Map([[1, 2]])],
    ['Set', new Set([1])],
    ['class instance', new Point(1)],
    ['bigint', 1n],
    ['RegExp', /x/],
    ['ArrayBuffer', new ArrayBuffer(2)],
    ['Int16Array', new Int16Array(2)],
    ['Error', new Error('x')],
    ['function', () => 1],
    ['symbol', Symbol('s')],
  ];
  it.each(refused)('refuses a %s, also nested, in both directions', async (_name, value) => {
    const emu = createEmulator();
    emu.figma.showUI('<p></p>');
    expect(() => emu.figma.ui.postMessage({ payload: [value] })).toThrow(/could not be cloned|cannot be sent in a Figma message/);
    await expect(emu.ui.sendToPlugin({ payload: value })).rejects.toThrow(/could not be cloned|cannot be sent in a Figma message/);
  });

  it('refuses a node', () => {
    const emu = createEmulator();
    emu.figma.showUI('<p></p>');
    expect(() => emu.figma.ui.postMessage({ node: emu.figma.currentPage })).toThrow('a Figma node could not be cloned');
  });
});

describe('figma.parameters', () => {
  it('parameterInput calls the input handler with key, query and parameters and returns its suggestions', async () => {
    const emu = createEmulator();
    const calls: unknown[] = [];
    emu.figma.parameters.on('input', ({ key, query, parameters, result }) => {
      calls.push({ key, query, parameters });
      result.setLoadingMessage('Thinking');
      result.setSuggestions(['Nederlands', 'English', { name: 'Deutsch', data: 'de' }].filter((s) => JSON.stringify(s).toLowerCase().includes(query)));
    });
    expect(await emu.parameterInput({ key: 'lang', query: 'e' })).toEqual({
      suggestions: ['Nederlands', 'English', { name: 'Deutsch', data: 'de' }],
      loading: 'Thinking',
    });
    expect(calls).toEqual([{ key: 'lang', query: 'e', parameters: {} }]);
  });

  it('reports setError, refuses bad suggestions, unknown keys and a missing handler; off removes it', async () => {
    const emu = createEmulator();
    await expect(emu.parameterInput({ key: 'lang', query: '' })).rejects.toThrow('no figma.parameters.on("input") handler');
    const handler = ({ result }: ParameterInputEvent) => result.setError('Pick a language');
    emu.figma.parameters.on('input', handler);
    expect(await emu.parameterInput({ key: 'lang', query: 'x' })).toEqual({ suggestions: [], error: 'Pick a language' });
    await expect(emu.parameterInput({ key: 'nope', query: '' })).rejects.toThrow('declares no parameter "nope"');
    emu.figma.parameters.off('input', handler);
    emu.figma.parameters.on('input', ({ result }) => result.setSuggestions([{ title: 'x' } as unknown as string]));
    await emu.parameterInput({ key: 'lang', query: '' }).catch(() => undefined);
    expect(emu.uncaught.map(String).join()).toContain('setSuggestions: item 0');
  });

  it('setError is not available on an allowFreeform parameter (from the manifest)', async () => {
    const manifest: ManifestLike = { ...loadManifest(), parameters: [{ name: 'Free', key: 'free', allowFreeform: true }] };
    const emu = createEmulator({ manifest });
    emu.figma.parameters.on('input', ({ result }) => result.setError('no'));
    await emu.parameterInput({ key: 'free', query: '' }).catch(() => undefined);
    expect(emu.uncaught.map(String).join()).toContain('setError is not available');
  });
});

describe('manifest', () => {
  it('defaults to the repo manifest: documentAccess and plugin id come from it; an explicit option overrides', () => {
    const manifest = loadManifest();
    const emu = createEmulator();
    expect(emu.figma.pluginId).toBe(manifest.id);
    expect(() => emu.figma.getNodeById('0:1')).toThrow('dynamic-page');
    const full = createEmulator({ manifest: { ...manifest, documentAccess: undefined } });
    expect(full.figma.getNodeById('0:1')?.type).toBe('PAGE');
    expect(createEmulator({ manifest, documentAccess: 'full' }).figma.getNodeById('0:1')?.type).toBe('PAGE');
  });

  it('records a relaunch command the manifest does not declare (Figma shows no button, it does not throw)', () => {
    const emu = createEmulator();
    const shape = emu.figma.createShapeWithText();
    shape.setRelaunchData({ check: 'Check this journey', 'no-such-command': '' });
    expect(emu.relaunchProblems).toEqual([
      { nodeId: shape.id, command: 'no-such-command', reason: '"no-such-command" is not a relaunchButtons command of the manifest: no button is shown' },
    ]);
    const bare = createEmulator({ manifest: { ...loadManifest(), relaunchButtons: undefined } });
    bare.figma.createSticky().setRelaunchData({ check: '' });
    expect(bare.relaunchProblems.map((p) => p.reason)).toEqual(['the manifest has no relaunchButtons section']);
  });
});
