/** createEmulator: the `figma` global and the test-side handle around one emulated document. */
import { createBuilders, DEFAULT_STICKY_FILL, DEFAULT_STICKY_FONT_SIZE, testNode } from './builders';
import { resetCounters, bump } from './counters';
import { EmulatedDocument } from './document';
import { fontKey } from './fonts';
import { createGate, type MemberTable } from './gate';
import { DEFAULT_STICKY_FONT, DEFAULT_TEXT_FONT, INVALID_FONT, isScene, NodeImpl, TextModel } from './model';
import { asFontName, groupNodes } from './node-members';
import { parseColor, solidPaintOf } from './paints';
import { EmulatorError, fail, failType, hostRealm } from './realm';
import { structuredCloneInto } from './structured-clone';
import type { Emulator, EmulatorOptions, EmulatorUi } from './types';

type Callback = (...args: unknown[]) => unknown;

const FIGJAM_BASE = {
  black: '#1E1E1E', gray: '#B3B3B3', red: '#F24822', orange: '#FFA629', yellow: '#FFCD29',
  green: '#14AE5C', blue: '#0D99FF', violet: '#9747FF', white: '#FFFFFF',
};
const FIGJAM_BASE_LIGHT = {
  darkGray: '#757575', lightGray: '#E6E6E6', lightRed: '#FFC7C2', lightOrange: '#FCD19C',
  lightYellow: '#FFE8A3', lightGreen: '#AFF4C6', lightBlue: '#BDE3FF', lightViolet: '#E4CCFF',
};
const FIGMA_EVENTS = [
  'run', 'close', 'selectionchange', 'currentpagechange', 'documentchange', 'drop', 'stylechange',
  'timerstart', 'timerstop', 'timerpause', 'timerresume', 'timeradjust', 'timerdone',
] as const;

interface UiState {
  shown: { html: string; options: ShowUIOptions } | null;
  visible: boolean;
  size: { width: number; height: number };
  position: { x: number; y: number };
  onmessage: Callback | undefined;
  listeners: { fn: Callback; once: boolean }[];
  sent: unknown[];
  subscribers: Set<(message: unknown) => void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function callback(value: unknown, what: string): Callback {
  if (typeof value !== 'function') failType(`${what}: expected a function`);
  return (...args: unknown[]): unknown => value(...args);
}

const documents = new WeakMap<Emulator, EmulatedDocument>();

/** The internal document behind an emulator (for snapshotState, loadRestBoard). */
export function documentOf(emulator: Emulator): EmulatedDocument {
  const doc = documents.get(emulator);
  if (!doc) throw new EmulatorError('Not an emulator made by createEmulator');
  return doc;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const doc = new EmulatedDocument(options);
  const ui: UiState = {
    shown: null,
    visible: false,
    size: { width: 300, height: 200 },
    position: { x: 0, y: 0 },
    onmessage: undefined,
    listeners: [],
    sent: [],
    subscribers: new Set(),
  };
  const notifications: { message: string; error: boolean }[] = [];
  const zoomRequests: string[][] = [];
  const storage = new Map<string, unknown>();
  const viewport = { center: { x: 0, y: 0 }, zoom: 1 };
  const originals = new WeakMap<object, Callback>();
  let skipInvisible = false;

  const gateOf = <T extends object>(self: T, label: string, members: MemberTable<T>): object => {
    const gate = createGate(doc, self, { side: 'plugin', label, opPrefix: `${label}.`, members, countReads: false, unknown: 'throw' });
    doc.passThrough.add(gate);
    return gate;
  };

  const requireUi = (what: string) => {
    if (!ui.shown) fail(`${what}: no UI is open (call figma.showUI first)`);
  };

  const closeUi = () => {
    ui.shown = null;
    ui.visible = false;
  };
  doc.closeHooks.push(closeUi);

  const create = (type: NodeType, setup: (node: NodeImpl) => void): NodeImpl => {
    const node = doc.createNode(type, doc.page);
    setup(node);
    return node;
  };

  const listen = (event: unknown, fn: unknown, once: boolean) => {
    const name = FIGMA_EVENTS.find((e) => e === event);
    if (!name) fail(`figma.on: unknown event "${String(event)}"`);
    if (name === 'documentchange' && doc.options.documentAccess === 'dynamic-page' && !doc.allPagesLoaded) {
      fail('figma.on("documentchange") requires figma.loadAllPagesAsync() first (documentAccess: dynamic-page)');
    }
    const wrapped = callback(fn, `figma.on("${name}")`);
    if (typeof fn === 'function') originals.set(fn, wrapped);
    const list = doc.listeners.get(name) ?? [];
    list.push({ fn: wrapped, once });
    doc.listeners.set(name, list);
  };

  const uiMembers: MemberTable<UiState> = {
    postMessage: {
      call: (state, message) => {
        requireUi('figma.ui.postMessage');
        const copy = structuredCloneInto(message, hostRealm, (v) => doc.isFacade(v));
        state.sent.push(copy);
        setTimeout(() => {
          for (const subscriber of state.subscribers) subscriber(copy);
        }, 0);
      },
    },
    onmessage: {
      get: (state) => state.onmessage,
      set: (state, fn) => {
        state.onmessage = fn === undefined || fn === null ? undefined : callback(fn, 'figma.ui.onmessage');
      },
    },
    on: { call: (state, event, fn) => addUiListener(state, event, fn, false) },
    once: { call: (state, event, fn) => addUiListener(state, event, fn, true) },
    off: {
      call: (state, event, fn) => {
        if (event !== 'message') fail(`figma.ui.off: unknown event "${String(event)}"`);
        const wrapped = typeof fn === 'function' ? originals.get(fn) : undefined;
        state.listeners = state.listeners.filter((l) => l.fn !== wrapped);
      },
    },
    show: {
      call: (state) => {
        requireUi('figma.ui.show');
        state.visible = true;
      },
    },
    hide: {
      call: (state) => {
        requireUi('figma.ui.hide');
        state.visible = false;
      },
    },
    resize: {
      call: (state, w, h) => {
        requireUi('figma.ui.resize');
        if (typeof w !== 'number' || typeof h !== 'number') failType('figma.ui.resize: expected numbers');
        state.size = { width: Math.max(70, w), height: Math.max(0, h) };
      },
    },
    reposition: {
      call: (state, x, y) => {
        requireUi('figma.ui.reposition');
        if (typeof x !== 'number' || typeof y !== 'number') failType('figma.ui.reposition: expected numbers');
        state.position = { x, y };
      },
    },
    getPosition: {
      call: (state) => {
        requireUi('figma.ui.getPosition');
        return { windowSpace: { ...state.position }, canvasSpace: { ...state.position } };
      },
    },
    close: { call: () => closeUi() },
  };

  function addUiListener(state: UiState, event: unknown, fn: unknown, once: boolean): void {
    if (event !== 'message') fail(`figma.ui.on: unknown event "${String(event)}"`);
    const wrapped = callback(fn, 'figma.ui.on("message")');
    if (typeof fn === 'function') originals.set(fn, wrapped);
    state.listeners.push({ fn: wrapped, once });
  }

  const viewportMembers: MemberTable<typeof viewport> = {
    center: {
      get: (v) => ({ ...v.center }),
      set: (v, value) => {
        if (!isRecord(value) || typeof value.x !== 'number' || typeof value.y !== 'number') failType('viewport.center: expected {x, y}');
        v.center = { x: value.x, y: value.y };
      },
    },
    zoom: {
      get: (v) => v.zoom,
      set: (v, value) => {
        if (typeof value !== 'number' || !(value > 0)) failType('viewport.zoom: expected a positive number');
        v.zoom = value;
      },
    },
    bounds: { get: (v) => ({ x: v.center.x - 500 / v.zoom, y: v.center.y - 400 / v.zoom, width: 1000 / v.zoom, height: 800 / v.zoom }) },
    scrollAndZoomIntoView: {
      call: (v, nodes) => {
        if (!Array.isArray(nodes)) failType('scrollAndZoomIntoView: expected an array of nodes');
        const ids = nodes.map((item: unknown) => {
          const node = doc.nodeOf(item);
          if (!node) failType('scrollAndZoomIntoView: every item must be a node');
          if (node.removed) fail(`The node with id "${node.id}" does not exist`);
          return node.id;
        });
        zoomRequests.push(ids);
      },
    },
  };

  const clientStorageMembers: MemberTable<Map<string, unknown>> = {
    getAsync: {
      call: (s, key) => {
        if (typeof key !== 'string') failType('clientStorage.getAsync: key must be a string');
        // Cloned into the plugin's realm so a stored Date or Uint8Array comes back as the plugin's own.
        return doc.later(() => structuredCloneInto(s.get(key), doc.realm));
      },
    },
    setAsync: {
      call: (s, key, value) => {
        if (typeof key !== 'string') failType('clientStorage.setAsync: key must be a string');
        const copy = structuredCloneInto(value, hostRealm, (v) => doc.isFacade(v));
        return doc.later(() => {
          s.set(key, copy);
        });
      },
    },
    deleteAsync: {
      call: (s, key) => {
        if (typeof key !== 'string') failType('clientStorage.deleteAsync: key must be a string');
        return doc.later(() => {
          s.delete(key);
        });
      },
    },
    keysAsync: { call: (s) => doc.later(() => [...s.keys()]) },
  };

  const utilMembers: MemberTable<object> = {
    solidPaint: {
      call: (_u, color, overrides) => {
        const paint = solidPaintOf(color);
        return isRecord(overrides) ? { ...paint, ...overrides } : paint;
      },
    },
    rgb: {
      call: (_u, color) => {
        const { r, g, b } = parseColor(color);
        return { r, g, b };
      },
    },
    rgba: { call: (_u, color) => parseColor(color) },
  };

  const uiGate = gateOf(ui, 'figma.ui', uiMembers);
  const viewportGate = gateOf(viewport, 'figma.viewport', viewportMembers);
  const storageGate = gateOf(storage, 'figma.clientStorage', clientStorageMembers);
  const utilGate = gateOf({}, 'figma.util', utilMembers);

  const figmaMembers: MemberTable<EmulatedDocument> = {
    editorType: { get: () => 'figjam' },
    mode: { get: () => 'default' },
    apiVersion: { get: () => '1.0.0' },
    pluginId: { get: () => 'journey-check-test' },
    fileKey: { get: () => undefined },
    command: { get: (d) => d.command },
    mixed: { get: (d) => d.mixed },
    root: { get: (d) => d.root },
    currentPage: {
      get: (d) => d.page,
      set: (d, value) => {
        if (d.options.documentAccess === 'dynamic-page') {
          fail('Cannot set figma.currentPage with documentAccess: dynamic-page. Use figma.setCurrentPageAsync instead.');
        }
        if (d.nodeOf(value) !== d.page) fail('figma.currentPage: expected a page of this document');
      },
    },
    setCurrentPageAsync: {
      call: (d, page) => {
        if (d.nodeOf(page) !== d.page) fail('setCurrentPageAsync: expected a page of this document');
        return d.later(() => undefined);
      },
    },
    loadAllPagesAsync: {
      call: (d) =>
        d.later(() => {
          d.allPagesLoaded = true;
        }),
    },
    getNodeById: {
      call: (d, id) => {
        if (d.options.documentAccess === 'dynamic-page') {
          fail('Cannot call figma.getNodeById with documentAccess: dynamic-page. Use figma.getNodeByIdAsync instead.');
        }
        if (typeof id !== 'string') failType('getNodeById: id must be a string');
        return d.index.get(id) ?? null;
      },
    },
    getNodeByIdAsync: {
      call: (d, id) => {
        if (typeof id !== 'string') failType('getNodeByIdAsync: id must be a string');
        return d.later(() => d.index.get(id) ?? null);
      },
    },
    closePlugin: {
      call: (d, message) => {
        if (message !== undefined && typeof message !== 'string') failType('closePlugin: message must be a string');
        if (message !== undefined) notifications.push({ message: message.slice(0, 100), error: false });
        d.close(message);
      },
    },
    notify: {
      call: (_d, message, opts) => {
        if (typeof message !== 'string') failType('figma.notify: message must be a string');
        if (opts !== undefined && !isRecord(opts)) failType('figma.notify: options must be an object');
        notifications.push({ message: message.slice(0, 100), error: opts?.error === true });
        return { cancel: () => undefined };
      },
    },
    showUI: {
      call: (_d, html, opts) => {
        if (typeof html !== 'string') failType('figma.showUI: html must be a string');
        if (opts !== undefined && !isRecord(opts)) failType('figma.showUI: options must be an object');
        const o = opts ?? {};
        const width = typeof o.width === 'number' ? Math.max(70, o.width) : 300;
        const height = typeof o.height === 'number' ? Math.max(0, o.height) : 200;
        const options: ShowUIOptions = { width, height };
        if (typeof o.visible === 'boolean') options.visible = o.visible;
        if (typeof o.title === 'string') options.title = o.title;
        if (typeof o.themeColors === 'boolean') options.themeColors = o.themeColors;
        ui.shown = { html, options };
        ui.visible = options.visible ?? true;
        ui.size = { width, height };
      },
    },
    ui: { get: () => uiGate },
    viewport: { get: () => viewportGate },
    clientStorage: { get: () => storageGate },
    util: { get: () => utilGate },
    constants: { get: () => ({ colors: { figJamBase: { ...FIGJAM_BASE }, figJamBaseLight: { ...FIGJAM_BASE_LIGHT } } }) },
    loadFontAsync: {
      call: (d, font) => {
        const value = asFontName(font, 'loadFontAsync');
        d.counters.fontLoads.total++;
        bump(d.counters.fontLoads.byFont, fontKey(value));
        return d.later(() => {
          if (!d.fonts.isAvailable(value)) fail(`The font "${fontKey(value)}" could not be loaded`);
          d.fonts.markLoaded(value);
        });
      },
    },
    listAvailableFontsAsync: {
      call: (d) => d.later(() => d.fonts.list().map((fontName) => ({ fontName }))),
    },
    hasMissingFont: {
      get: (d) => [...d.index.values()].some((n) => n.text?.fontsIn().some((f) => d.fonts.isMissing(f) && f !== INVALID_FONT)),
    },
    createSticky: {
      call: () =>
        create('STICKY', (n) => {
          n.text = new TextModel(n, DEFAULT_STICKY_FONT, DEFAULT_STICKY_FONT_SIZE);
          n.fills = [solidPaintOf(DEFAULT_STICKY_FILL)];
          n.authorName = doc.options.userName;
        }),
    },
    createSection: {
      call: () =>
        create('SECTION', (n) => {
          n.width = 100;
          n.height = 100;
          n.fills = [solidPaintOf('#FFFFFF')];
        }),
    },
    createShapeWithText: {
      call: () =>
        create('SHAPE_WITH_TEXT', (n) => {
          n.width = 208;
          n.height = 208;
          n.text = new TextModel(n, DEFAULT_STICKY_FONT, 16);
          n.fills = [solidPaintOf('#FFFFFF')];
          n.strokes = [solidPaintOf('#1E1E1E')];
        }),
    },
    createConnector: {
      call: () =>
        create('CONNECTOR', (n) => {
          n.text = new TextModel(n, INVALID_FONT, 16);
          n.strokes = [solidPaintOf('#1E1E1E')];
        }),
    },
    createText: {
      call: () =>
        create('TEXT', (n) => {
          n.text = new TextModel(n, DEFAULT_TEXT_FONT, 12);
        }),
    },
    group: {
      call: (d, nodes, parent, index) => {
        if (!Array.isArray(nodes)) failType('figma.group: expected an array of nodes');
        const items = nodes.map((item: unknown) => {
          const node = d.nodeOf(item);
          if (!node) failType('figma.group: every item must be a node');
          return node;
        });
        const container = d.nodeOf(parent);
        if (!container) failType('figma.group: parent must be a node');
        if (index !== undefined && (typeof index !== 'number' || !Number.isInteger(index))) failType('figma.group: index must be an integer');
        return groupNodes(d, items, container, index);
      },
    },
    commitUndo: {
      call: (d) => {
        d.counters.undoCommits++;
      },
    },
    triggerUndo: { call: () => fail('figma.triggerUndo is not emulated (a plugin should not need it)') },
    on: { call: (_d, event, fn) => listen(event, fn, false) },
    once: { call: (_d, event, fn) => listen(event, fn, true) },
    off: {
      call: (d, event, fn) => {
        const wrapped = typeof fn === 'function' ? originals.get(fn) : undefined;
        const list = d.listeners.get(String(event)) ?? [];
        d.listeners.set(String(event), list.filter((l) => l.fn !== wrapped));
      },
    },
    currentUser: {
      get: (d) =>
        d.options.permissions.includes('currentuser')
          ? { id: 'user-1', name: d.options.userName, photoUrl: null, color: '#0D99FF', sessionId: 1 }
          : null,
    },
    activeUsers: {
      get: (d) => {
        if (!d.options.permissions.includes('activeusers')) fail('figma.activeUsers needs the "activeusers" permission');
        return [];
      },
    },
    base64Encode: {
      call: (_d, bytes) => {
        if (!ArrayBuffer.isView(bytes)) failType('base64Encode: expected a Uint8Array');
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
      },
    },
    base64Decode: {
      call: (_d, text) => {
        if (typeof text !== 'string') failType('base64Decode: expected a string');
        return new Uint8Array(Buffer.from(text, 'base64'));
      },
    },
    skipInvisibleInstanceChildren: {
      get: () => skipInvisible,
      set: (_d, value) => {
        if (typeof value !== 'boolean') failType('skipInvisibleInstanceChildren: expected a boolean');
        skipInvisible = value;
      },
    },
  };

  // The proxy answers every member of PluginAPI the emulator implements and throws a clear error
  // for the rest, so this single declaration types it as the real API for the tests.
  const figma = createGate(doc, doc, {
    side: 'plugin',
    label: 'figma',
    opPrefix: 'figma.',
    members: figmaMembers,
    countReads: false,
    unknown: 'throw',
  }) as PluginAPI;

  const emulatorUi: EmulatorUi = {
    get sent() {
      return ui.sent;
    },
    get shown() {
      return ui.shown;
    },
    get visible() {
      return ui.visible;
    },
    get size() {
      return { ...ui.size };
    },
    async sendToPlugin(message) {
      if (doc.closed) throw new EmulatorError('sendToPlugin: the plugin has been closed');
      if (!ui.shown) throw new EmulatorError('sendToPlugin: the plugin has no UI open (figma.showUI was not called)');
      const copy = structuredCloneInto(message, doc.realm);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const props = structuredCloneInto({ origin: 'null' }, doc.realm);
      const calls: Promise<void>[] = [];
      if (ui.onmessage) calls.push(doc.invoke(ui.onmessage, [copy, props]));
      for (const entry of [...ui.listeners]) {
        if (entry.once) ui.listeners.splice(ui.listeners.indexOf(entry), 1);
        calls.push(doc.invoke(entry.fn, [copy, props]));
      }
      await Promise.all(calls);
    },
    subscribe(listener) {
      ui.subscribers.add(listener);
      return () => ui.subscribers.delete(listener);
    },
    waitFor(predicate, timeoutMs = 5000) {
      const already = ui.sent.find(predicate);
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`ui.waitFor: no matching plugin message within ${timeoutMs} ms`));
        }, timeoutMs);
        const unsubscribe = emulatorUi.subscribe((message) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          unsubscribe();
          resolve(message);
        });
      });
    },
  };

  const emulator: Emulator = {
    figma,
    page: testNode<PageNode>(doc, doc.page),
    ui: emulatorUi,
    counters: doc.counters,
    resetCounters: () => resetCounters(doc.counters),
    add: createBuilders(doc),
    notifications,
    get uncaught() {
      return doc.uncaught;
    },
    get closed() {
      return doc.closed;
    },
    get closeMessage() {
      return doc.closeMessage;
    },
    zoomRequests,
    node(id) {
      const impl = doc.index.get(id);
      return impl ? testNode<BaseNode>(doc, impl) : null;
    },
    deleteNodeAsOtherUser(id) {
      const impl = doc.index.get(id);
      if (!impl || !isScene(impl)) throw new EmulatorError(`deleteNodeAsOtherUser: no scene node "${id}"`);
      doc.actAs('test', () => doc.removeNode(impl));
    },
    lockNode(id, locked = true) {
      const impl = doc.index.get(id);
      if (!impl) throw new EmulatorError(`lockNode: no node "${id}"`);
      doc.actAs('test', () => {
        impl.locked = locked;
        doc.change('PROPERTY_CHANGE', impl, ['locked']);
      });
    },
    setMissingFont(font) {
      doc.fonts.setMissing(font);
    },
    corruptPluginData(id, key, value) {
      const impl = doc.index.get(id);
      if (!impl) throw new EmulatorError(`corruptPluginData: no node "${id}"`);
      doc.actAs('test', () => {
        impl.pluginData.set(key, value);
        doc.change('PROPERTY_CHANGE', impl, ['pluginData']);
      });
    },
    select(nodes) {
      doc.page.selection = nodes.map((n) => {
        const impl = doc.nodeOf(n);
        if (!impl || impl.removed) throw new EmulatorError('select: every item must be a live node of this emulator');
        return impl;
      });
      doc.selectionDidChange();
    },
    injectFault: (trigger, fault) => doc.injectFault(trigger, fault),
    flushEvents: () => doc.flushEvents(),
    get pendingAsync() {
      return doc.pendingAsync;
    },
    attachRealm(realm) {
      doc.realm = realm;
    },
    clientStorage: storage,
    onClose(listener) {
      doc.closeHooks.push(listener);
    },
    setCommand(command) {
      doc.command = command;
    },
    fireRun(parameters) {
      return doc.emit('run', [{ command: doc.command, parameters }]);
    },
    reportUncaught(error) {
      doc.uncaught.push(error);
    },
  };
  documents.set(emulator, doc);
  return emulator;
}
