import { describe, expect, it } from 'vitest';
import { createEmulator, snapshotState } from '../emulator';

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' };
const INTER_BOLD = { family: 'Inter', style: 'Bold' };

function board() {
  const emu = createEmulator();
  const section = emu.add.section({ name: 'Awareness / Email', x: 1000, y: 500, width: 900, height: 600 });
  const sticky = emu.add.sticky({ parent: section, x: 1040, y: 580, text: 'Slow checkout', fill: '#FFB8A8' });
  return { emu, figma: emu.figma, section, sticky };
}

function pluginSticky(figma: PluginAPI): StickyNode {
  const [sticky] = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] });
  if (!sticky) throw new Error('no sticky');
  return sticky;
}

describe('fonts', () => {
  it('refuses text writes until the font is loaded, with Figma’s message', async () => {
    const { figma } = board();
    const sticky = pluginSticky(figma);
    const unloaded = 'Cannot write to node with unloaded font "Inter Medium"';
    expect(() => (sticky.text.characters = 'x')).toThrow(unloaded);
    expect(() => sticky.text.insertCharacters(0, 'x')).toThrow(unloaded);
    expect(() => sticky.text.deleteCharacters(0, 1)).toThrow(unloaded);
    expect(() => (sticky.text.fontSize = 30)).toThrow(unloaded);
    expect(() => (sticky.text.fontName = INTER_BOLD)).toThrow('Cannot write to node with unloaded font "Inter Bold"');
    // colour needs no font
    sticky.fills = [figma.util.solidPaint('#B3EFBD')];
    await figma.loadFontAsync(INTER_MEDIUM);
    sticky.text.characters = 'Fast checkout';
    expect(sticky.text.characters).toBe('Fast checkout');
  });

  it('needs every font of a mixed-font text and reports the ranges', async () => {
    const emu = createEmulator();
    emu.add.sticky({ text: 'Bold start', fontRanges: [{ start: 0, end: 4, font: INTER_BOLD }] });
    const sticky = pluginSticky(emu.figma);
    expect(sticky.text.fontName).toBe(emu.figma.mixed);
    expect(sticky.text.getRangeAllFontNames(0, sticky.text.characters.length)).toEqual([INTER_BOLD, INTER_MEDIUM]);
    expect(sticky.text.getStyledTextSegments(['fontName'])).toEqual([
      { characters: 'Bold', start: 0, end: 4, fontName: INTER_BOLD },
      { characters: ' start', start: 4, end: 10, fontName: INTER_MEDIUM },
    ]);
    await emu.figma.loadFontAsync(INTER_MEDIUM);
    expect(() => sticky.text.insertCharacters(10, '!')).toThrow('unloaded font "Inter Bold"');
    await emu.figma.loadFontAsync(INTER_BOLD);
    sticky.text.insertCharacters(10, '!');
    expect(sticky.text.characters).toBe('Bold start!');
  });

  it('rejects loading a missing font and flags the text', async () => {
    const { emu, figma } = board();
    emu.setMissingFont(INTER_MEDIUM);
    await expect(figma.loadFontAsync(INTER_MEDIUM)).rejects.toThrow('could not be loaded');
    expect(pluginSticky(figma).text.hasMissingFont).toBe(true);
    await expect(figma.loadFontAsync({ family: 'No Such Font', style: 'Regular' })).rejects.toThrow();
  });

  it('gives a new connector an invalid label font until one is set', async () => {
    const { figma } = board();
    const connector = figma.createConnector();
    await figma.loadFontAsync(INTER_MEDIUM);
    expect(() => (connector.text.characters = 'next')).toThrow('Cannot write to node with unloaded font');
    connector.text.fontName = INTER_MEDIUM;
    connector.text.characters = 'next';
    expect(connector.text.characters).toBe('next');
  });

  it('guards text nodes including textAutoResize', async () => {
    const { figma } = board();
    const text = figma.createText();
    expect(() => (text.textAutoResize = 'HEIGHT')).toThrow('unloaded font "Inter Regular"');
    await figma.loadFontAsync({ family: 'Inter', style: 'Regular' });
    text.characters = 'Summary';
    text.textAutoResize = 'HEIGHT';
    expect(text.textAutoResize).toBe('HEIGHT');
  });
});

describe('paints', () => {
  it('freezes paint arrays and paints, and accepts a new array', () => {
    const { figma } = board();
    const sticky = pluginSticky(figma);
    const fills = sticky.fills;
    if (fills === figma.mixed) throw new Error('mixed');
    const first = fills[0];
    if (first?.type !== 'SOLID') throw new Error('expected a solid paint');
    expect(() => {
      Object.assign(first.color, { r: 0 });
    }).toThrow(TypeError);
    expect(() => (fills as Paint[]).push(first)).toThrow(TypeError);
    expect(() => Object.assign(first, { opacity: 0.5 })).toThrow(TypeError);
    sticky.fills = [{ ...first, color: { r: 0, g: 0, b: 0 } }];
    expect(JSON.parse(JSON.stringify(sticky.fills))).toEqual([{ type: 'SOLID', color: { r: 0, g: 0, b: 0 }, opacity: 1 }]);
  });

  it('throws for an alpha inside color', () => {
    const { figma } = board();
    const sticky = pluginSticky(figma);
    const withAlpha = { type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 1 } } as unknown as SolidPaint;
    expect(() => (sticky.fills = [withAlpha])).toThrow("'a'");
  });
});

describe('document access', () => {
  it('throws for sync getNodeById under dynamic-page; the async twin works and returns null for deleted ids', async () => {
    const { emu, figma, sticky } = board();
    expect(() => figma.getNodeById(sticky.id)).toThrow('getNodeByIdAsync');
    const found = await figma.getNodeByIdAsync(sticky.id);
    expect(found?.type).toBe('STICKY');
    emu.deleteNodeAsOtherUser(sticky.id);
    expect(await figma.getNodeByIdAsync(sticky.id)).toBeNull();
  });

  it('allows getNodeById with full document access', () => {
    const emu = createEmulator({ documentAccess: 'full' });
    const sticky = emu.add.sticky({ text: 'a' });
    expect(emu.figma.getNodeById(sticky.id)?.id).toBe(sticky.id);
  });

  it('keeps currentPage read-only and root searches behind loadAllPagesAsync', async () => {
    const { figma } = board();
    const page = figma.currentPage;
    expect(() => (figma.currentPage = page)).toThrow('setCurrentPageAsync');
    expect(() => figma.root.findAllWithCriteria({ types: ['STICKY'] })).toThrow('loadAllPagesAsync');
    expect(() => figma.on('documentchange', () => undefined)).toThrow('loadAllPagesAsync');
    await figma.loadAllPagesAsync();
    expect(figma.root.findAllWithCriteria({ types: ['STICKY'] })).toHaveLength(1);
  });
});

describe('closePlugin', () => {
  it('ends the API: every later figma or node access throws', () => {
    const { emu, figma } = board();
    const sticky = pluginSticky(figma);
    const notify = figma.notify;
    figma.closePlugin('Done: 3 markers');
    expect(() => notify('held method')).toThrow('closed');
    expect(emu.closed).toBe(true);
    expect(emu.closeMessage).toBe('Done: 3 markers');
    expect(() => figma.notify('late')).toThrow('closed');
    expect(() => figma.currentPage).toThrow('closed');
    expect(() => sticky.name).toThrow('closed');
  });
});

describe('geometry and tree', () => {
  it('keeps x/y relative to the section and absoluteBoundingBox in page space (nested too)', () => {
    const emu = createEmulator();
    const outer = emu.add.section({ x: 1000, y: 500, width: 2000, height: 1000 });
    const inner = emu.add.section({ parent: outer, x: 1100, y: 600, width: 800, height: 600 });
    emu.add.sticky({ parent: inner, x: 1140, y: 680, text: 'a' });
    const sticky = pluginSticky(emu.figma);
    expect([sticky.x, sticky.y]).toEqual([40, 80]);
    expect(sticky.absoluteBoundingBox).toEqual({ x: 1140, y: 680, width: 240, height: 240 });
    expect(sticky.absoluteTransform).toEqual([
      [1, 0, 1140],
      [0, 1, 680],
    ]);
    // appendChild keeps relative x/y: the sticky moves visually
    emu.figma.currentPage.appendChild(sticky);
    expect(sticky.absoluteBoundingBox?.x).toBe(40);
  });

  it('grows a sticky with long text and keeps sizes read-only', async () => {
    const { figma } = board();
    const sticky = pluginSticky(figma);
    expect([sticky.width, sticky.height]).toEqual([240, 240]);
    await figma.loadFontAsync(INTER_MEDIUM);
    sticky.text.characters = 'word '.repeat(80);
    expect(sticky.height).toBeGreaterThan(240);
    sticky.isWideWidth = true;
    expect(sticky.width).toBe(416);
    expect(() => Object.assign(sticky, { width: 10 })).toThrow('read only');
  });

  it('removes children with their section, and stamps stuck to a removed sticky', async () => {
    const { emu, figma, section, sticky } = board();
    const stamp = emu.add.stamp({ parent: section, name: 'Thumbs up', stuckTo: sticky, x: 1200, y: 600 });
    const seen: NodeChangeEvent[] = [];
    figma.currentPage.on('nodechange', (e) => seen.push(e));
    const pluginSection = figma.currentPage.findOne((n) => n.type === 'SECTION');
    if (!pluginSection) throw new Error('no section');
    const held = pluginSticky(figma);
    pluginSection.remove();
    expect(held.removed).toBe(true);
    expect(() => held.name).toThrow(`The node with id "${sticky.id}" does not exist`);
    expect(emu.node(stamp.id)).toBeNull();
    await emu.flushEvents();
    const deletes = seen.flatMap((e) => e.nodeChanges).filter((c) => c.type === 'DELETE');
    expect(deletes.map((c) => c.id)).toEqual([section.id]);
    expect(deletes[0]?.origin).toBe('LOCAL');
  });

  it('keeps stamps out of the sticky: parent is the section, listed in stuckNodes', () => {
    const { emu, figma, section, sticky } = board();
    const stamp = emu.add.stamp({ parent: section, name: 'Star', stuckTo: sticky, x: 1200, y: 600 });
    const held = pluginSticky(figma);
    expect('children' in held).toBe(false);
    expect(held.stuckNodes.map((n) => n.id)).toEqual([stamp.id]);
    const [pluginStamp] = figma.currentPage.findAllWithCriteria({ types: ['STAMP'] });
    expect(pluginStamp?.parent?.id).toBe(section.id);
    expect(pluginStamp?.stuckTo?.id).toBe(sticky.id);
  });

  it('lets the plugin build a section: resize, append, place in section space, clone to the page', () => {
    const { figma } = board();
    const section = figma.createSection();
    expect([section.x, section.y, section.parent?.type]).toEqual([0, 0, 'PAGE']);
    section.x = 3000;
    section.resizeWithoutConstraints(500, 300);
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    sticky.x = 20;
    sticky.y = 30;
    expect(sticky.absoluteBoundingBox).toEqual({ x: 3020, y: 30, width: 240, height: 240 });
    expect(section.children.map((c) => c.id)).toEqual([sticky.id]);
    expect(() => section.resizeWithoutConstraints(0, 10)).toThrow('0.01');
    expect('appendChild' in sticky).toBe(false);
    expect(() => section.appendChild(section)).toThrow('itself');
    sticky.setPluginData('generatedBy', 'journey-check');
    const copy = sticky.clone();
    expect([copy.parent?.type, copy.getPluginData('generatedBy'), copy.id === sticky.id]).toEqual(['PAGE', 'journey-check', false]);
    expect(figma.currentPage.findAll((n) => n.type === 'STICKY').length).toBe(3);
  });

  it('makes nodes non-extensible', () => {
    const { figma } = board();
    const sticky = pluginSticky(figma);
    expect(() => Object.assign(sticky, { journeyStage: 'use' })).toThrow('object is not extensible');
    expect(Object.keys(sticky)).toEqual([]);
  });
});

describe('plugin data and relaunch data', () => {
  it('enforces the 100 kB entry limit, deletes on empty string and finds by keys', () => {
    const { figma } = board();
    const sticky = pluginSticky(figma);
    expect(() => sticky.setPluginData('big', 'x'.repeat(101 * 1024))).toThrow('100 kB');
    sticky.setPluginData('generatedBy', 'journey-check');
    expect(figma.currentPage.findAllWithCriteria({ pluginData: { keys: ['generatedBy'] } }).map((n) => n.id)).toEqual([sticky.id]);
    expect(figma.currentPage.findAllWithCriteria({ pluginData: { keys: ['other'] } })).toEqual([]);
    sticky.setPluginData('generatedBy', '');
    expect(sticky.getPluginDataKeys()).toEqual([]);
    expect(sticky.getPluginData('missing')).toBe('');
    figma.root.setPluginData('settings', '{"lang":"nl"}');
    expect(figma.root.getPluginData('settings')).toBe('{"lang":"nl"}');
  });

  it('limits relaunch descriptions and refuses them on the page', () => {
    const { figma } = board();
    const sticky = pluginSticky(figma);
    expect(() => sticky.setRelaunchData({ check: 'x'.repeat(1001) })).toThrow('1000');
    sticky.setRelaunchData({ check: 'Re-run the check' });
    expect(sticky.getRelaunchData()).toEqual({ check: 'Re-run the check' });
    expect(() => figma.currentPage.setRelaunchData({ check: 'x' })).toThrow('FigJam');
  });
});

describe('instrumentation', () => {
  it('counts reads, writes, creations, removals, font loads and undo steps; resetCounters zeroes them', async () => {
    const { emu, figma } = board();
    const sticky = pluginSticky(figma);
    void sticky.name;
    void sticky.name;
    sticky.name = 'renamed';
    sticky.setPluginData('k', 'v');
    await figma.loadFontAsync(INTER_MEDIUM);
    await figma.loadFontAsync(INTER_MEDIUM);
    const created = figma.createSticky();
    created.remove();
    figma.commitUndo();
    const c = emu.counters;
    expect(c.reads.byProperty.name).toBe(2);
    expect(c.writes.sets).toMatchObject({ name: 1, setPluginData: 1 });
    expect(c.writes.creates).toEqual({ STICKY: 1 });
    expect(c.writes.removes).toEqual({ STICKY: 1 });
    expect(c.writes.total).toBe(4);
    expect(c.fontLoads).toEqual({ total: 2, byFont: { 'Inter Medium': 2 } });
    expect(c.undoCommits).toBe(1);
    emu.resetCounters();
    expect(emu.counters.reads.total).toBe(0);
    expect(emu.counters.writes.total).toBe(0);
  });

  it('does not count the test’s builders and snapshots', () => {
    const { emu } = board();
    snapshotState(emu);
    expect(emu.counters.reads.total).toBe(0);
    expect(emu.counters.writes.total).toBe(0);
  });
});

describe('faults, events and other API', () => {
  it('runs a fault on the N-th named call (concurrent deletion during a run)', async () => {
    const { emu, figma, sticky } = board();
    await figma.loadFontAsync(INTER_MEDIUM);
    emu.injectFault({ name: 'fills', nth: 2 }, () => emu.deleteNodeAsOtherUser(sticky.id));
    const held = pluginSticky(figma);
    void held.fills;
    expect(() => held.fills).toThrow('does not exist');
  });

  it('reports user edits as REMOTE and plugin edits as LOCAL, batched per node', async () => {
    const { emu, figma } = board();
    await emu.flushEvents();
    const changes: NodeChange[] = [];
    figma.currentPage.on('nodechange', (e) => changes.push(...e.nodeChanges));
    const held = pluginSticky(figma);
    held.name = 'a';
    held.x = 10;
    emu.add.sticky({ text: 'new' });
    expect(changes).toEqual([]);
    await emu.flushEvents();
    const summary = changes.map((c) => [c.type, c.origin, c.type === 'PROPERTY_CHANGE' ? c.properties : []]);
    expect(summary).toEqual([
      ['PROPERTY_CHANGE', 'LOCAL', ['name', 'x']],
      ['CREATE', 'REMOTE', []],
    ]);
  });

  it('shares selection both ways with selectionchange, and the lock/corrupt helpers act as a user', async () => {
    const { emu, figma, sticky, section } = board();
    let fired = 0;
    figma.on('selectionchange', () => fired++);
    emu.select([sticky]);
    expect(figma.currentPage.selection.map((n) => n.id)).toEqual([sticky.id]);
    figma.currentPage.selection = [pluginSticky(figma)];
    await emu.flushEvents();
    expect(fired).toBe(1);
    emu.select([section, sticky]);
    expect(figma.currentPage.selection.map((n) => n.id)).toEqual([section.id]);
    emu.lockNode(sticky.id);
    expect(pluginSticky(figma).locked).toBe(true);
    pluginSticky(figma).fills = [figma.util.solidPaint('#B3EFBD')];
    emu.corruptPluginData(sticky.id, 'originalFill', '{not json');
    expect(pluginSticky(figma).getPluginData('originalFill')).toBe('{not json');
    expect(emu.counters.writes.sets).toEqual({ selection: 1, fills: 1 });
  });

  it('truncates notifications, keeps client storage async, and creates FigJam nodes with defaults', async () => {
    const { emu, figma } = board();
    figma.notify('x'.repeat(150), { error: true });
    expect(emu.notifications[0]).toEqual({ message: 'x'.repeat(100), error: true });
    await figma.clientStorage.setAsync('prefs', { live: true });
    expect(await figma.clientStorage.getAsync('prefs')).toEqual({ live: true });
    expect(await figma.clientStorage.keysAsync()).toEqual(['prefs']);
    const sticky = figma.createSticky();
    expect([sticky.parent?.id, sticky.x, sticky.y, sticky.width, sticky.height]).toEqual([figma.currentPage.id, 0, 0, 240, 240]);
    expect(sticky.authorName).toBe('Test User');
    const shape = figma.createShapeWithText();
    expect([shape.width, shape.height]).toEqual([208, 208]);
    expect(figma.editorType).toBe('figjam');
    expect(typeof figma.mixed).toBe('symbol');
    expect(figma.currentUser).toBeNull();
    expect(createEmulator({ permissions: ['currentuser'] }).figma.currentUser?.name).toBe('Test User');
    figma.viewport.scrollAndZoomIntoView([sticky]);
    expect(emu.zoomRequests).toEqual([[sticky.id]]);
    expect(() => (figma as unknown as Record<string, unknown>).createPage).toThrow('not available');
  });

  it('structured-clones UI messages: no functions, symbols or nodes', async () => {
    const { emu, figma } = board();
    expect(() => figma.ui.postMessage({ type: 'x' })).toThrow('showUI');
    figma.showUI('<p>panel</p>', { width: 360, height: 520 });
    figma.ui.postMessage({ type: 'report', when: new Date(0), list: [1, 2] });
    expect(emu.ui.sent).toEqual([{ type: 'report', when: new Date(0), list: [1, 2] }]);
    expect(() => figma.ui.postMessage({ fn: () => 1 })).toThrow('could not be cloned');
    expect(() => figma.ui.postMessage({ node: pluginSticky(figma) })).toThrow('Figma node');
    expect(() => figma.ui.postMessage(Symbol('s'))).toThrow('could not be cloned');
    const received: unknown[] = [];
    figma.ui.onmessage = (msg) => {
      received.push(msg);
      figma.ui.postMessage({ type: 'pong' });
    };
    await emu.ui.sendToPlugin({ type: 'ping' });
    expect(received).toEqual([{ type: 'ping' }]);
    expect(await emu.ui.waitFor((m) => JSON.stringify(m) === '{"type":"pong"}', 500)).toEqual({ type: 'pong' });
  });
});

describe('snapshotState', () => {
  it('is deterministic and returns to the same state after a create/remove round trip', async () => {
    const a = board();
    const b = board();
    expect(snapshotState(a.emu)).toEqual(snapshotState(b.emu));
    const before = snapshotState(a.emu);
    const created = a.figma.createSection();
    created.setPluginData('generatedBy', 'journey-check');
    expect(snapshotState(a.emu)).not.toEqual(before);
    created.remove();
    expect(snapshotState(a.emu)).toEqual(before);
    a.figma.closePlugin();
    expect(snapshotState(a.emu)).toEqual(before);
  });

  it('sees a recolour and a plugin-data write', () => {
    const { emu, figma } = board();
    const before = snapshotState(emu);
    pluginSticky(figma).setPluginData('k', 'v');
    const after = snapshotState(emu);
    const changed = after.nodes.filter((n, i) => JSON.stringify(n) !== JSON.stringify(before.nodes[i]));
    expect(changed.map((n) => n.pluginData)).toEqual([{ k: 'v' }]);
  });
});
