/** createEmulator: the `figma` global and the test-side handle around one emulated document. */
import { createBuilders, DEFAULT_STICKY_FILL, DEFAULT_STICKY_FONT_SIZE, testNode } from './builders';
import { resetCounters, bump } from './counters';
import { EmulatedDocument } from './document';
import { fontKey } from './fonts';
import { createGate, type MemberTable } from './gate';
import { DEFAULT_STICKY_FONT, DEFAULT_TEXT_FONT, INVALID_FONT, isScene, NodeImpl, pageOf, TextModel } from './model';
import { asFontName, groupNodes } from './node-members';
import { parseColor, solidPaintOf } from './paints';
import { EmulatorError, fail, failType, hostRealm } from './realm';
import { figmaMessageClone, structuredCloneInto } from './structured-clone';
import type { Emulator, EmulatorOptions, EmulatorUi, ManifestLike, ManifestMenuItem, ManifestParameter, ParameterInputResult } from './types';

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

/** Every quick-action parameter the manifest declares (root and menu items, submenus included). */
function manifestParameters(manifest: ManifestLike): ManifestParameter[] {
  const out: ManifestParameter[] = [...(manifest.parameters ?? [])];
  const walk = (items: readonly ManifestMenuItem[] | undefined) => {
    for (const item of items ?? []) {
      out.push(...(item.parameters ?? []));
      walk(item.menu);
    }
  };
  walk(manifest.menu);
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer/atob (neither exists in a QuickJS host). */
function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += BASE64.charAt((n >> 18) & 63) + BASE64.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? BASE64.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? BASE64.charAt(n & 63) : '=';
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s=]/g, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) failType('base64Decode: invalid base64 text');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    value = (value << 6) | BASE64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}

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

  const parameterListeners: { fn: Callback; once: boolean }[] = [];
  // A new session has none of the previous session's handlers (README: sessions).
  doc.sessionHooks.push(() => {
    ui.onmessage = undefined;
    ui.listeners = [];
    parameterListeners.length = 0;
  });

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
        // Figma's documented message types only (structured-clone.ts, figmaMessageClone).
        const copy = figmaMessageClone(message, hostRealm, (v) => doc.isFacade(v));
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

  // typings, ParametersAPI: on/once/off('input', callback) for quick-action suggestions.
  const parametersMembers: MemberTable<object> = {
    on: { call: (_p, event, fn) => addParameterListener(event, fn, false) },
    once: { call: (_p, event, fn) => addParameterListener(event, fn, true) },
    off: {
      call: (_p, event, fn) => {
        if (event !== 'input') fail(`figma.parameters.off: unknown event "${String(event)}"`);
        const wrapped = typeof fn === 'function' ? originals.get(fn) : undefined;
        const index = parameterListeners.findIndex((l) => l.fn === wrapped);
        if (index >= 0) parameterListeners.splice(index, 1);
      },
    },
  };

  function addParameterListener(event: unknown, fn: unknown, once: boolean): void {
    if (event !== 'input') fail(`figma.parameters.on: unknown event "${String(event)}" (only "input")`);
    const wrapped = callback(fn, 'figma.parameters.on("input")');
    if (typeof fn === 'function') originals.set(fn, wrapped);
    parameterListeners.push({ fn: wrapped, once });
  }

  const uiGate = gateOf(ui, 'figma.ui', uiMembers);
  const parametersGate = gateOf({}, 'figma.parameters', parametersMembers);
  const viewportGate = gateOf(viewport, 'figma.viewport', viewportMembers);
  const storageGate = gateOf(storage, 'figma.clientStorage', clientStorageMembers);
  const utilGate = gateOf({}, 'figma.util', utilMembers);

  const figmaMembers: MemberTable<EmulatedDocument> = {
    editorType: { get: () => 'figjam' },
    mode: { get: () => 'default' },
    apiVersion: { get: () => '1.0.0' },
    pluginId: { get: (d) => d.pluginId },
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
        const page = d.nodeOf(value);
        if (!page || page.type !== 'PAGE' || !d.pages.includes(page)) fail('figma.currentPage: expected a page of this document');
        // typings, figma.on: currentpagechange fires "when the plugin changes the value of figma.currentPage".
        d.setCurrentPage(page);
      },
    },
    setCurrentPageAsync: {
      call: (d, value) => {
        const page = d.nodeOf(value);
        if (!page || page.type !== 'PAGE' || !d.pages.includes(page)) fail('setCurrentPageAsync: expected a page of this document');
        // typings: "Switch the active page to the specified PageNode" (the page is loaded). The plugin's own
        // switch changes figma.currentPage, so currentpagechange (then selectionchange) fires, after the promise.
        return d.later(() => d.setCurrentPage(page));
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
    parameters: { get: () => parametersGate },
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
    // typings, commitUndo: "By default, plugin actions are not committed to undo history. Call
    // commitUndo() so that triggered undos can revert a subset of plugin actions." The open step
    // (plugin writes since the last commit) becomes one undo step; an empty one adds nothing.
    commitUndo: {
      call: (d) => {
        d.counters.undoCommits++;
        d.closeUndoStep();
      },
    },
    triggerUndo: {
      call: () => fail('figma.triggerUndo is not modelled by the emulator: undo steps are recorded (emu.undoHistory()) but never reverted'),
    },
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
        return toBase64(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      },
    },
    base64Decode: {
      call: (_d, text) => {
        if (typeof text !== 'string') failType('base64Decode: expected a string');
        return fromBase64(text);
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
      // The panel → plugin direction carries the same documented types (creating-ui guide).
      const copy = figmaMessageClone(message, doc.realm);
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

  const parameterInput = async (input: { key: string; query: string; parameters?: ParameterValues }): Promise<ParameterInputResult> => {
    if (doc.closed) throw new EmulatorError('parameterInput: the plugin has been closed');
    if (typeof input.key !== 'string' || typeof input.query !== 'string') throw new EmulatorError('parameterInput: key and query must be strings');
    const declared = manifestParameters(doc.manifest).find((p) => p.key === input.key);
    if (!declared) throw new EmulatorError(`parameterInput: the manifest declares no parameter "${input.key}"`);
    if (parameterListeners.length === 0) throw new EmulatorError('parameterInput: the plugin registered no figma.parameters.on("input") handler');
    const answer: ParameterInputResult = { suggestions: [] };
    let answered: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (answered = resolve));
    const resultMembers: MemberTable<object> = {
      setSuggestions: {
        call: (_r, list) => {
          if (!Array.isArray(list)) failType('setSuggestions: expected an array');
          list.forEach((item: unknown, i) => {
            if (typeof item === 'string') return;
            if (!isRecord(item) || typeof item.name !== 'string') failType(`setSuggestions: item ${i} must be a string or { name: string, data?, icon?, iconUrl? }`);
            for (const key of Object.keys(item)) {
              if (!['name', 'data', 'icon', 'iconUrl'].includes(key)) failType(`setSuggestions: item ${i} has an unknown key "${key}"`);
            }
          });
          answer.suggestions = structuredCloneInto(list, hostRealm) as unknown[];
          delete answer.error;
          answered();
        },
      },
      setError: {
        call: (_r, message) => {
          if (typeof message !== 'string') failType('setError: expected a string');
          // typings, SuggestionResults.setError: "This function is *not* available on parameters with allowFreeform set."
          if (declared.allowFreeform) fail(`setError is not available on parameter "${declared.key}" (allowFreeform)`);
          answer.error = message;
          answer.suggestions = [];
          answered();
        },
      },
      setLoadingMessage: {
        call: (_r, message) => {
          if (typeof message !== 'string') failType('setLoadingMessage: expected a string');
          answer.loading = message;
        },
      },
    };
    const result = gateOf({}, 'SuggestionResults', resultMembers);
    const event = { key: input.key, query: input.query, parameters: structuredCloneInto(input.parameters ?? {}, hostRealm), result };
    for (const entry of [...parameterListeners]) {
      if (entry.once) parameterListeners.splice(parameterListeners.indexOf(entry), 1);
      await doc.invoke(entry.fn, [event]);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new EmulatorError(`parameterInput: no input handler called setSuggestions or setError for "${input.key}" within 2 s`)), 2000);
    });
    try {
      await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return answer;
  };

  const emulator: Emulator = {
    figma,
    page: testNode<PageNode>(doc, doc.firstPage),
    get currentPage() {
      return testNode<PageNode>(doc, doc.page);
    },
    async switchPage(page) {
      const impl = doc.nodeOf(page);
      if (!impl || impl.type !== 'PAGE' || !doc.pages.includes(impl)) throw new EmulatorError('switchPage: expected a page of this emulator');
      if (impl === doc.page) return;
      await doc.flushEvents();
      doc.setCurrentPage(impl, true);
      if (doc.closed) return;
      // typings, figma.on: currentpagechange "will trigger when the user navigates to a different page";
      // "a currentpagechange event always triggers a selectionchange event".
      await doc.emit('currentpagechange', []);
      await doc.emit('selectionchange', []);
    },
    asRunner: (fn) => doc.editAs('runner', fn),
    asOtherUser: (fn) => doc.editAs('other', fn),
    undoHistory() {
      const copy = (step: { pluginWrites: number; runnerEdits: number; ops: string[] }) => ({ ...step, ops: [...step.ops] });
      return { steps: doc.undoSteps.map(copy), pending: doc.undoPending ? copy(doc.undoPending) : null };
    },
    get relaunchProblems() {
      return doc.relaunchProblems;
    },
    parameterInput,
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
        doc.recordEdit('set locked');
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
        doc.recordEdit('set pluginData');
        doc.change('PROPERTY_CHANGE', impl, ['pluginData']);
      });
    },
    corruptSharedPluginData(id, namespace, key, value) {
      const impl = doc.index.get(id);
      if (!impl) throw new EmulatorError(`corruptSharedPluginData: no node "${id}"`);
      doc.actAs('test', () => {
        const table = impl.sharedPluginData.get(namespace) ?? new Map<string, string>();
        table.set(key, value);
        impl.sharedPluginData.set(namespace, table);
        doc.recordEdit('set pluginData');
        doc.change('PROPERTY_CHANGE', impl, ['pluginData']);
      });
    },
    select(nodes) {
      doc.page.selection = nodes.map((n) => {
        const impl = doc.nodeOf(n);
        if (!impl || impl.removed) throw new EmulatorError('select: every item must be a live node of this emulator');
        if (pageOf(impl) !== doc.page) throw new EmulatorError('select: every item must be on the current page (switchPage first)');
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
