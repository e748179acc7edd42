/**
 * What each node type exposes to the plugin, and the rules Figma enforces on it (fonts, paints,
 * plugin-data limits, relaunch data, read-only sizes). Members absent here read as `undefined`
 * and cannot be assigned (non-extensible nodes).
 */
import type { EmulatedDocument } from './document';
import type { Member, MemberTable } from './gate';
import {
  absoluteBox,
  containerOffset,
  descendants,
  isAncestor,
  isScene,
  NodeImpl,
  pageOf,
  sizeOf,
  TextModel,
  type ConnectorEnd,
} from './model';
import { validatePaints } from './paints';
import { fail, failType, Immutable } from './realm';

const ENTRY_LIMIT_BYTES = 100 * 1024;
const RELAUNCH_LIMIT = 1000;

// ---- small validators -----------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown, what: string): string {
  if (typeof value !== 'string') failType(`${what}: expected a string, got ${typeof value}`);
  return value;
}

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) failType(`${what}: expected a finite number, got ${String(value)}`);
  return value;
}

function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') failType(`${what}: expected a boolean, got ${typeof value}`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) fail(`${what}: expected one of ${allowed.join(', ')}, got ${String(value)}`);
  return found;
}

export function asFontName(value: unknown, what: string): FontName {
  if (!isRecord(value) || typeof value.family !== 'string' || typeof value.style !== 'string') {
    failType(`${what}: expected a FontName {family, style}`);
  }
  return { family: value.family, style: value.style };
}

/** UTF-8 length without Buffer/TextEncoder (neither exists in a QuickJS host). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function sameFont(a: FontName, b: FontName): boolean {
  return a.family === b.family && a.style === b.style;
}

const WEIGHTS: Record<string, number> = {
  Thin: 100,
  'Extra Light': 200,
  Light: 300,
  Regular: 400,
  Medium: 500,
  'Semi Bold': 600,
  Bold: 700,
  'Extra Bold': 800,
  Black: 900,
};

// ---- plugin data, relaunch data, identity (every node) --------------------------------------

function baseMembers(doc: EmulatedDocument): MemberTable<NodeImpl> {
  return {
    id: { get: (n) => n.id },
    type: { get: (n) => n.type },
    removed: { get: (n) => n.removed },
    name: {
      get: (n) => n.name,
      set: (n, v) => {
        n.name = str(v, 'name');
        doc.change('PROPERTY_CHANGE', n, ['name']);
      },
    },
    parent: { get: (n) => n.parent },
    toString: { call: (n: NodeImpl) => `[object ${n.type}Node ${n.id}]` },
    remove: {
      call: (n) => {
        if (!isScene(n)) fail(`Cannot remove a ${n.type} node`);
        doc.removeNode(n);
      },
    },
    getPluginData: { call: (n, key) => n.pluginData.get(str(key, 'getPluginData key')) ?? '' },
    setPluginData: {
      write: true,
      call: (n, key, value) => {
        const k = str(key, 'setPluginData key');
        const v = str(value, 'setPluginData value');
        const size = utf8Bytes(doc.pluginId) + utf8Bytes(k) + utf8Bytes(v);
        if (size > ENTRY_LIMIT_BYTES) {
          fail(`in setPluginData: the entry for key "${k}" is ${size} bytes; the limit is 100 kB`);
        }
        if (v === '') n.pluginData.delete(k);
        else n.pluginData.set(k, v);
        doc.change('PROPERTY_CHANGE', n, ['pluginData']);
      },
    },
    getPluginDataKeys: { call: (n) => [...n.pluginData.keys()] },
    getSharedPluginData: {
      call: (n, namespace, key) => n.sharedPluginData.get(checkNamespace(namespace))?.get(str(key, 'key')) ?? '',
    },
    setSharedPluginData: {
      write: true,
      call: (n, namespace, key, value) => {
        const ns = checkNamespace(namespace);
        const k = str(key, 'setSharedPluginData key');
        const v = str(value, 'setSharedPluginData value');
        const size = utf8Bytes(ns) + utf8Bytes(k) + utf8Bytes(v);
        if (size > ENTRY_LIMIT_BYTES) fail(`in setSharedPluginData: the entry for key "${k}" is ${size} bytes; the limit is 100 kB`);
        const table = n.sharedPluginData.get(ns) ?? new Map<string, string>();
        if (v === '') table.delete(k);
        else table.set(k, v);
        if (table.size > 0) n.sharedPluginData.set(ns, table);
        else n.sharedPluginData.delete(ns);
        doc.change('PROPERTY_CHANGE', n, ['pluginData']);
      },
    },
    getSharedPluginDataKeys: { call: (n, namespace) => [...(n.sharedPluginData.get(checkNamespace(namespace))?.keys() ?? [])] },
    setRelaunchData: {
      write: true,
      call: (n, data) => {
        if (n.type === 'PAGE' || n.type === 'DOCUMENT') fail('setRelaunchData on a page or the document is not supported in FigJam');
        if (!isRecord(data)) failType('setRelaunchData: expected an object { [command]: description }');
        const copy: Record<string, string> = {};
        for (const [command, description] of Object.entries(data)) {
          const text = str(description, `setRelaunchData description of "${command}"`);
          if (text.length > RELAUNCH_LIMIT) {
            fail(`setRelaunchData: the description of "${command}" is ${text.length} characters; the limit is ${RELAUNCH_LIMIT}`);
          }
          copy[command] = text;
        }
        // typings, setRelaunchData: the command "must be present in the manifest under one of the
        // relaunchButtons" and "if the command passed to this method does not match a command in the
        // manifest, nothing will be displayed" — Figma does not throw; the button silently never
        // appears. Recorded in emu.relaunchProblems (README: relaunch rule).
        if (doc.actingSide === 'plugin') {
          const buttons = doc.manifest.relaunchButtons;
          for (const command of Object.keys(copy)) {
            if (!buttons) {
              doc.relaunchProblems.push({ nodeId: n.id, command, reason: 'the manifest has no relaunchButtons section' });
            } else if (!buttons.some((b) => b.command === command)) {
              doc.relaunchProblems.push({ nodeId: n.id, command, reason: `"${command}" is not a relaunchButtons command of the manifest: no button is shown` });
            }
          }
        }
        n.relaunchData = copy;
      },
    },
    getRelaunchData: { call: (n) => ({ ...n.relaunchData }) },
  };
}

function checkNamespace(value: unknown): string {
  const ns = str(value, 'namespace');
  if (!/^[A-Za-z0-9_]{3,}$/.test(ns)) fail(`Invalid namespace "${ns}": it must be at least 3 alphanumeric characters`);
  return ns;
}

// ---- children and search (document, page, section) ------------------------------------------

function childrenMembers(doc: EmulatedDocument): MemberTable<NodeImpl> {
  const searchable = (n: NodeImpl, method: string) => {
    if (n.type === 'DOCUMENT' && doc.options.documentAccess === 'dynamic-page' && !doc.allPagesLoaded) {
      fail(`in ${method}: Cannot call ${method} on the document before figma.loadAllPagesAsync() (documentAccess: dynamic-page)`);
    }
    loaded(n, method);
  };
  // typings, ChildrenMixin.children/appendChild/insertChild/findChildren/findChild/findAll/findOne/
  // findAllWithCriteria: "If the manifest contains "documentAccess": "dynamic-page", and the node is a
  // PageNode, you must first call PageNode.loadAsync to access this". The message is Figma's as quoted
  // from its API errors (developers.figma.com/docs/plugins/api/api-errors, via public reports).
  const loaded = (n: NodeImpl, method: string) => {
    if (n.type !== 'PAGE' || doc.actingSide !== 'plugin' || doc.isPageLoaded(n)) return;
    fail(
      `in ${method}: Cannot access children on a page that has not been explicitly loaded. Remember to call await page.loadAsync() or await figma.loadAllPagesAsync() first`,
    );
  };
  const callback = (cb: unknown, method: string): ((node: NodeImpl) => boolean) => {
    if (cb === undefined) return () => true;
    if (typeof cb !== 'function') failType(`${method}: expected a callback function`);
    const side = doc.actingSide;
    return (node) => Boolean(cb(doc.facade(node, side)));
  };
  const adopt = (parent: NodeImpl, child: unknown, index: number) => {
    const node = doc.nodeOf(child);
    if (!node) failType('Expected a node object');
    if (node.removed) fail(`The node with id "${node.id}" does not exist`);
    if (!isScene(node)) fail(`Cannot move a ${node.type} node into another node`);
    if (isAncestor(node, parent)) fail('Cannot move a node into itself or one of its descendants');
    doc.attach(node, parent, index);
  };
  return {
    // The document's children (pages) are listed without loading them.
    children: {
      get: (n) => {
        loaded(n, 'children');
        return [...(n.children ?? [])];
      },
    },
    appendChild: {
      write: true,
      call: (n, child) => {
        loaded(n, 'appendChild');
        adopt(n, child, n.children?.length ?? 0);
      },
    },
    insertChild: {
      write: true,
      call: (n, index, child) => {
        loaded(n, 'insertChild');
        const i = num(index, 'insertChild index');
        if (!Number.isInteger(i) || i < 0 || i > (n.children?.length ?? 0)) fail(`insertChild: index ${i} out of range`);
        adopt(n, child, i);
      },
    },
    findAll: {
      call: (n, cb) => {
        searchable(n, 'findAll');
        return descendants(n).filter(callback(cb, 'findAll'));
      },
    },
    findOne: {
      call: (n, cb) => {
        searchable(n, 'findOne');
        return descendants(n).find(callback(cb, 'findOne')) ?? null;
      },
    },
    findChildren: {
      call: (n, cb) => {
        loaded(n, 'findChildren');
        return (n.children ?? []).filter(callback(cb, 'findChildren'));
      },
    },
    findChild: {
      call: (n, cb) => {
        loaded(n, 'findChild');
        return (n.children ?? []).find(callback(cb, 'findChild')) ?? null;
      },
    },
    findAllWithCriteria: {
      call: (n, criteria) => {
        searchable(n, 'findAllWithCriteria');
        if (!isRecord(criteria)) failType('findAllWithCriteria: expected a criteria object');
        return descendants(n).filter(matcher(criteria));
      },
    },
  };
}

function matcher(criteria: Record<string, unknown>): (node: NodeImpl) => boolean {
  const types = criteria.types;
  if (types !== undefined && (!Array.isArray(types) || !types.every((t) => typeof t === 'string'))) {
    failType('findAllWithCriteria: types must be an array of node type strings');
  }
  const typeSet = types ? new Set<unknown>(types) : null;
  const pluginData = criteria.pluginData;
  if (pluginData !== undefined && !isRecord(pluginData)) failType('findAllWithCriteria: pluginData must be an object');
  const keys = pluginData?.keys;
  if (keys !== undefined && (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string'))) {
    failType('findAllWithCriteria: pluginData.keys must be an array of strings');
  }
  const shared = criteria.sharedPluginData;
  if (shared !== undefined && (!isRecord(shared) || typeof shared.namespace !== 'string')) {
    failType('findAllWithCriteria: sharedPluginData needs a namespace');
  }
  for (const key of Object.keys(criteria)) {
    if (!['types', 'pluginData', 'sharedPluginData'].includes(key)) fail(`findAllWithCriteria: unknown criterion "${key}"`);
  }
  return (node) => {
    if (typeSet && !typeSet.has(node.type)) return false;
    if (pluginData) {
      const wanted: unknown[] | undefined = Array.isArray(keys) ? keys : undefined;
      if (wanted && wanted.length > 0 ? !wanted.some((k) => typeof k === 'string' && node.pluginData.has(k)) : node.pluginData.size === 0) {
        return false;
      }
    }
    if (shared) {
      const table = node.sharedPluginData.get(String(shared.namespace));
      const sharedKeys = shared.keys;
      if (!table) return false;
      if (Array.isArray(sharedKeys) && sharedKeys.length > 0 && !sharedKeys.some((k) => typeof k === 'string' && table.has(k))) {
        return false;
      }
    }
    return true;
  };
}

// ---- geometry and common scene members ------------------------------------------------------

function sceneMembers(doc: EmulatedDocument): MemberTable<NodeImpl> {
  const position = (axis: 'x' | 'y'): Member<NodeImpl> => ({
    get: (n) => {
      if (n.type === 'CONNECTOR' || n.type === 'GROUP') return absoluteBox(n)[axis] - containerOffset(n)[axis];
      return n[axis];
    },
    set: (n, v) => {
      const value = num(v, axis);
      const current = n.type === 'CONNECTOR' || n.type === 'GROUP' ? absoluteBox(n)[axis] - containerOffset(n)[axis] : n[axis];
      shift(n, axis, value - current);
      doc.change('PROPERTY_CHANGE', n, [axis]);
    },
  });
  return {
    visible: {
      get: (n) => n.visible,
      set: (n, v) => {
        n.visible = bool(v, 'visible');
        doc.change('PROPERTY_CHANGE', n, ['visible']);
      },
    },
    locked: {
      get: (n) => n.locked,
      set: (n, v) => {
        n.locked = bool(v, 'locked');
        doc.change('PROPERTY_CHANGE', n, ['locked']);
      },
    },
    x: position('x'),
    y: position('y'),
    width: { get: (n) => sizeOf(n).width },
    height: { get: (n) => sizeOf(n).height },
    rotation: { get: () => 0 },
    absoluteBoundingBox: { get: (n) => absoluteBox(n) },
    absoluteRenderBounds: { get: (n) => (n.visible ? absoluteBox(n) : null) },
    absoluteTransform: {
      get: (n) => {
        const box = absoluteBox(n);
        return [
          [1, 0, box.x],
          [0, 1, box.y],
        ];
      },
    },
    relativeTransform: {
      get: (n) => {
        const box = absoluteBox(n);
        const offset = containerOffset(n);
        return [
          [1, 0, box.x - offset.x],
          [0, 1, box.y - offset.y],
        ];
      },
    },
    stuckNodes: { get: (n) => [...doc.index.values()].filter((other) => other.stuckTo === n) },
    attachedConnectors: {
      get: (n) =>
        [...doc.index.values()].filter(
          (c) =>
            c.type === 'CONNECTOR' &&
            [c.connectorStart, c.connectorEnd].some((end) => 'endpointNodeId' in end && end.endpointNodeId === n.id),
        ),
    },
    clone: { call: (n) => cloneNode(doc, n, doc.page) },
  };
}

/** Moves a node by `delta`: groups move their children, connectors their free ends. */
export function shift(n: NodeImpl, axis: 'x' | 'y', delta: number): void {
  if (n.type === 'GROUP') {
    for (const child of n.children ?? []) shift(child, axis, delta);
  } else if (n.type === 'CONNECTOR') {
    for (const key of ['connectorStart', 'connectorEnd'] as const) {
      const end = n[key];
      if ('position' in end && !('endpointNodeId' in end)) n[key] = { position: { ...end.position, [axis]: end.position[axis] + delta } };
    }
  } else {
    n[axis] += delta;
  }
}

function paintMember(doc: EmulatedDocument, key: 'fills' | 'strokes'): Member<NodeImpl> {
  return {
    get: (n) => new Immutable(n[key]),
    set: (n, v) => {
      n[key] = validatePaints(v, key);
      doc.change('PROPERTY_CHANGE', n, [key]);
    },
  };
}

function opacityMember(doc: EmulatedDocument): Member<NodeImpl> {
  return {
    get: (n) => n.opacity,
    set: (n, v) => {
      const value = num(v, 'opacity');
      if (value < 0 || value > 1) fail('opacity must be between 0 and 1');
      n.opacity = value;
      doc.change('PROPERTY_CHANGE', n, ['opacity']);
    },
  };
}

function resizeMember(doc: EmulatedDocument, name: string): Member<NodeImpl> {
  return {
    write: true,
    call: (n, w, h) => {
      const width = num(w, `${name} width`);
      const height = num(h, `${name} height`);
      if (width < 0.01 || height < 0.01) fail(`in ${name}: width and height must be at least 0.01`);
      if (n.type === 'TEXT' && n.textAutoResize === 'WIDTH_AND_HEIGHT') n.textAutoResize = 'NONE';
      n.width = width;
      n.height = height;
      doc.change('PROPERTY_CHANGE', n, ['width', 'height']);
    },
  };
}

/** Deep copy under `parent` (clones land on the current page per the typings); plugin data is copied. */
export function cloneNode(doc: EmulatedDocument, source: NodeImpl, parent: NodeImpl): NodeImpl {
  if (!isScene(source)) fail(`Cannot clone a ${source.type} node`);
  const copy = doc.createNode(source.type, parent);
  const fields = [
    'name', 'visible', 'locked', 'x', 'y', 'width', 'height', 'opacity', 'fills', 'strokes', 'authorName',
    'authorVisible', 'isWideWidth', 'sectionContentsHidden', 'shapeType', 'textAutoResize', 'textAlignHorizontal',
    'textAlignVertical', 'autoRename', 'connectorStart', 'connectorEnd', 'connectorLineType',
    'connectorStartStrokeCap', 'connectorEndStrokeCap',
  ] as const;
  for (const field of fields) Object.assign(copy, { [field]: source[field] });
  copy.pluginData = new Map(source.pluginData);
  copy.sharedPluginData = new Map([...source.sharedPluginData].map(([ns, t]) => [ns, new Map(t)]));
  copy.relaunchData = { ...source.relaunchData };
  if (source.text) {
    const text = new TextModel(copy, source.text.baseFont, source.text.baseSize);
    Object.assign(text, { chars: source.text.chars, fonts: [...source.text.fonts], sizes: [...source.text.sizes], fills: source.text.fills });
    copy.text = text;
  }
  for (const child of source.children ?? []) cloneNode(doc, child, copy);
  return copy;
}

// ---- text -----------------------------------------------------------------------------------

/** Throws Figma's error unless every font is loaded (plugin writes only; users need no loading). */
function requireLoaded(doc: EmulatedDocument, fonts: readonly FontName[]): void {
  if (doc.actingSide !== 'plugin') return;
  for (const font of fonts) {
    if (!doc.fonts.isLoaded(font)) fail(`Cannot write to node with unloaded font "${font.family} ${font.style}"`);
  }
}

function textChanged(doc: EmulatedDocument, model: TextModel, properties: string[]): void {
  const owner = model.owner;
  doc.change('PROPERTY_CHANGE', owner, owner.type === 'TEXT' ? properties : ['text']);
}

function makeTextMembers<T>(doc: EmulatedDocument, modelOf: (self: T) => TextModel): MemberTable<T> {
  const mixedOr = <V>(values: V[], same: (a: V, b: V) => boolean): V | symbol => {
    const [first] = values;
    if (first === undefined) return doc.mixed;
    return values.every((v) => same(v, first)) ? first : doc.mixed;
  };
  const range = (m: TextModel, start: unknown, end: unknown): [number, number] => {
    const s = num(start, 'start');
    const e = num(end, 'end');
    m.checkRange(s, e);
    if (s === e) fail('Expected a non-empty range');
    return [s, e];
  };
  const layout = <V>(name: string, read: (m: TextModel) => V, write: (m: TextModel, v: unknown) => void): Member<T> => ({
    get: (self) => read(modelOf(self)),
    set: (self, v) => {
      const m = modelOf(self);
      requireLoaded(doc, m.fontsIn());
      write(m, v);
      textChanged(doc, m, [name]);
    },
  });
  return {
    characters: {
      get: (self) => modelOf(self).chars,
      set: (self, v) => {
        const m = modelOf(self);
        const text = str(v, 'characters');
        requireLoaded(doc, m.fontsIn());
        m.setPlain(text, m.fonts[0] ?? m.baseFont, m.sizes[0] ?? m.baseSize);
        textChanged(doc, m, ['characters']);
      },
    },
    fontName: {
      get: (self) => {
        const m = modelOf(self);
        return m.chars.length === 0 ? m.baseFont : mixedOr(m.fontsIn(), sameFont);
      },
      set: (self, v) => {
        const m = modelOf(self);
        const font = asFontName(v, 'fontName');
        requireLoaded(doc, [font]);
        m.fonts = m.fonts.map(() => font);
        m.baseFont = font;
        textChanged(doc, m, ['fontName']);
      },
    },
    fontSize: layout(
      'fontSize',
      (m) => {
        const size = m.sizeIn();
        return size === 'mixed' ? doc.mixed : size;
      },
      (m, v) => {
        const size = num(v, 'fontSize');
        if (size < 1) fail('fontSize must be at least 1');
        m.sizes = m.sizes.map(() => size);
        m.baseSize = size;
      },
    ),
    fontWeight: {
      get: (self) => {
        const weights = modelOf(self).fontsIn().map((f) => WEIGHTS[f.style.replace(/ Italic$/, '')] ?? 400);
        return mixedOr(weights, (a, b) => a === b);
      },
    },
    hasMissingFont: { get: (self) => modelOf(self).fontsIn().some((f) => doc.fonts.isMissing(f)) },
    fills: {
      get: (self) => new Immutable(modelOf(self).fills),
      set: (self, v) => {
        const m = modelOf(self);
        m.fills = validatePaints(v, 'fills');
        textChanged(doc, m, ['fills']);
      },
    },
    textCase: layout('textCase', (m) => m.textCase, (m, v) => {
      m.textCase = oneOf(v, ['ORIGINAL', 'UPPER', 'LOWER', 'TITLE', 'SMALL_CAPS', 'SMALL_CAPS_FORCED'] as const, 'textCase');
    }),
    letterSpacing: layout('letterSpacing', (m) => ({ ...m.letterSpacing }), (m, v) => {
      if (!isRecord(v)) failType('letterSpacing: expected { value, unit }');
      m.letterSpacing = { value: num(v.value, 'letterSpacing.value'), unit: oneOf(v.unit, ['PIXELS', 'PERCENT'] as const, 'unit') };
    }),
    lineHeight: layout('lineHeight', (m) => ({ ...m.lineHeight }), (m, v) => {
      if (!isRecord(v)) failType('lineHeight: expected { unit, value? }');
      const unit = oneOf(v.unit, ['AUTO', 'PIXELS', 'PERCENT'] as const, 'unit');
      m.lineHeight = unit === 'AUTO' ? { unit } : { unit, value: num(v.value, 'lineHeight.value') };
    }),
    insertCharacters: {
      write: true,
      call: (self, start, characters, useStyle) => {
        const m = modelOf(self);
        const at = num(start, 'start');
        const text = str(characters, 'characters');
        m.checkRange(at, at);
        requireLoaded(doc, m.fontsIn());
        const styleFrom = useStyle === 'AFTER' ? at : at - 1;
        const index = Math.max(0, Math.min(m.chars.length - 1, styleFrom));
        const font = m.fonts[index] ?? m.baseFont;
        const size = m.sizes[index] ?? m.baseSize;
        m.chars = m.chars.slice(0, at) + text + m.chars.slice(at);
        m.fonts.splice(at, 0, ...Array.from({ length: text.length }, () => font));
        m.sizes.splice(at, 0, ...Array.from({ length: text.length }, () => size));
        textChanged(doc, m, ['characters']);
      },
    },
    deleteCharacters: {
      write: true,
      call: (self, start, end) => {
        const m = modelOf(self);
        const [s, e] = range(m, start, end);
        requireLoaded(doc, m.fontsIn());
        m.chars = m.chars.slice(0, s) + m.chars.slice(e);
        m.fonts.splice(s, e - s);
        m.sizes.splice(s, e - s);
        textChanged(doc, m, ['characters']);
      },
    },
    getRangeFontName: {
      call: (self, start, end) => {
        const m = modelOf(self);
        const [s, e] = range(m, start, end);
        return mixedOr(m.fontsIn(s, e), sameFont);
      },
    },
    getRangeAllFontNames: {
      call: (self, start, end) => {
        const m = modelOf(self);
        const s = num(start, 'start');
        const e = num(end, 'end');
        m.checkRange(s, e);
        return m.chars.length === 0 ? [m.baseFont] : m.fontsIn(s, e);
      },
    },
    setRangeFontName: {
      write: true,
      call: (self, start, end, font) => {
        const m = modelOf(self);
        const [s, e] = range(m, start, end);
        const value = asFontName(font, 'setRangeFontName');
        requireLoaded(doc, [value]);
        for (let i = s; i < e; i++) m.fonts[i] = value;
        textChanged(doc, m, ['fontName']);
      },
    },
    getRangeFontSize: {
      call: (self, start, end) => {
        const m = modelOf(self);
        const [s, e] = range(m, start, end);
        const size = m.sizeIn(s, e);
        return size === 'mixed' ? doc.mixed : size;
      },
    },
    setRangeFontSize: {
      write: true,
      call: (self, start, end, size) => {
        const m = modelOf(self);
        const [s, e] = range(m, start, end);
        const value = num(size, 'fontSize');
        requireLoaded(doc, m.fontsIn(s, e));
        for (let i = s; i < e; i++) m.sizes[i] = value;
        textChanged(doc, m, ['fontSize']);
      },
    },
    getStyledTextSegments: {
      call: (self, fields, start, end) => {
        const m = modelOf(self);
        if (!Array.isArray(fields)) failType('getStyledTextSegments: expected an array of field names');
        const wanted = fields.map((f) => oneOf(f, ['fontName', 'fontSize'] as const, 'getStyledTextSegments field (emulated: fontName, fontSize)'));
        const s = start === undefined ? 0 : num(start, 'start');
        const e = end === undefined ? m.chars.length : num(end, 'end');
        m.checkRange(s, e);
        const segments: Record<string, unknown>[] = [];
        const keyAt = (i: number) =>
          wanted.map((f) => (f === 'fontName' ? `${m.fonts[i]?.family}\u0000${m.fonts[i]?.style}` : String(m.sizes[i]))).join('\u0001');
        let from = s;
        for (let i = s + 1; i <= e; i++) {
          if (i === e || keyAt(i) !== keyAt(from)) {
            const segment: Record<string, unknown> = { characters: m.chars.slice(from, i), start: from, end: i };
            if (wanted.includes('fontName')) segment.fontName = m.fonts[from] ?? m.baseFont;
            if (wanted.includes('fontSize')) segment.fontSize = m.sizes[from] ?? m.baseSize;
            segments.push(segment);
            from = i;
          }
        }
        return segments;
      },
    },
  };
}

export function textMembers(doc: EmulatedDocument): MemberTable<TextModel> {
  return makeTextMembers<TextModel>(doc, (m) => m);
}

function modelOfNode(n: NodeImpl): TextModel {
  if (!n.text) fail(`Node "${n.id}" has no text`);
  return n.text;
}

/** Groups `nodes` under a new GROUP in `parent`, keeping every node where it is on the page. */
export function groupNodes(doc: EmulatedDocument, nodes: NodeImpl[], parent: NodeImpl, index?: number, id?: string): NodeImpl {
  if (nodes.length === 0) fail('group: expected at least one node');
  if (!parent.children || parent.type === 'DOCUMENT') fail('group: the parent must be a page, section or group');
  for (const node of nodes) {
    if (node.removed || !isScene(node)) fail('group: every item must be a node on the page');
    if (isAncestor(node, parent)) fail('group: cannot group a node into itself');
  }
  const group = doc.createNode('GROUP', parent, id);
  if (index !== undefined) doc.attach(group, parent, index, false);
  group.name = 'Group';
  for (const node of nodes) {
    const before = absoluteBox(node);
    doc.attach(node, group, group.children?.length ?? 0);
    const after = absoluteBox(node);
    shift(node, 'x', before.x - after.x);
    shift(node, 'y', before.y - after.y);
  }
  return group;
}

// ---- per-type tables ------------------------------------------------------------------------

function connectorEnd(doc: EmulatedDocument, self: NodeImpl, value: unknown, what: string): ConnectorEnd {
  if (!isRecord(value)) failType(`${what}: expected a ConnectorEndpoint`);
  const point = (v: unknown): Vector => {
    if (!isRecord(v)) failType(`${what}.position: expected {x, y}`);
    return { x: num(v.x, `${what}.position.x`), y: num(v.y, `${what}.position.y`) };
  };
  if (value.endpointNodeId === undefined) return { position: point(value.position) };
  const id = str(value.endpointNodeId, `${what}.endpointNodeId`);
  const target = doc.index.get(id);
  if (!target || target.removed || !isScene(target) || target === self) fail(`${what}: endpoint node "${id}" does not exist or cannot be connected`);
  if (value.magnet !== undefined) {
    return { endpointNodeId: id, magnet: oneOf(value.magnet, ['NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT', 'CENTER'] as const, `${what}.magnet`) };
  }
  return { endpointNodeId: id, position: point(value.position) };
}

const STROKE_CAPS = [
  'NONE', 'ARROW_EQUILATERAL', 'ARROW_LINES', 'TRIANGLE_FILLED', 'DIAMOND_FILLED', 'CIRCLE_FILLED',
  'ERD_ZERO_OR_ONE', 'ERD_EXACTLY_ONE', 'ERD_ZERO_OR_MORE', 'ERD_ONE_OR_MORE', 'ERD_ONE', 'ERD_MANY',
] as const;

const tables = new WeakMap<EmulatedDocument, Map<string, MemberTable<NodeImpl>>>();

export function nodeMembers(doc: EmulatedDocument, type: NodeType): MemberTable<NodeImpl> {
  const perDoc = tables.get(doc) ?? new Map<string, MemberTable<NodeImpl>>();
  tables.set(doc, perDoc);
  const known = perDoc.get(type);
  if (known) return known;
  const made = buildMembers(doc, type);
  perDoc.set(type, made);
  return made;
}

function buildMembers(doc: EmulatedDocument, type: NodeType): MemberTable<NodeImpl> {
  const base = baseMembers(doc);
  const scene = sceneMembers(doc);
  const text: Member<NodeImpl> = { get: (n) => n.text };
  switch (type) {
    case 'DOCUMENT':
      return { ...base, ...childrenMembers(doc) };
    case 'PAGE':
      return { ...base, ...childrenMembers(doc), ...pageMembers(doc) };
    case 'SECTION':
      return {
        ...base,
        ...scene,
        ...childrenMembers(doc),
        fills: paintMember(doc, 'fills'),
        strokes: paintMember(doc, 'strokes'),
        sectionContentsHidden: {
          get: (n) => n.sectionContentsHidden,
          set: (n, v) => {
            n.sectionContentsHidden = bool(v, 'sectionContentsHidden');
            doc.change('PROPERTY_CHANGE', n, ['sectionContentsHidden']);
          },
        },
        resizeWithoutConstraints: resizeMember(doc, 'resizeWithoutConstraints'),
        resize: resizeMember(doc, 'resize'),
        clone: { call: (n) => cloneNode(doc, n, doc.page) },
      };
    case 'STICKY':
      return {
        ...base,
        ...scene,
        text,
        fills: paintMember(doc, 'fills'),
        opacity: opacityMember(doc),
        authorName: {
          get: (n) => n.authorName,
          set: (n, v) => {
            n.authorName = str(v, 'authorName');
            doc.change('PROPERTY_CHANGE', n, ['authorName']);
          },
        },
        authorVisible: {
          get: (n) => n.authorVisible,
          set: (n, v) => {
            n.authorVisible = bool(v, 'authorVisible');
            doc.change('PROPERTY_CHANGE', n, ['authorVisible']);
          },
        },
        isWideWidth: {
          get: (n) => n.isWideWidth,
          set: (n, v) => {
            n.isWideWidth = bool(v, 'isWideWidth');
            doc.change('PROPERTY_CHANGE', n, ['width']);
          },
        },
      };
    case 'SHAPE_WITH_TEXT':
      return {
        ...base,
        ...scene,
        text,
        fills: paintMember(doc, 'fills'),
        strokes: paintMember(doc, 'strokes'),
        opacity: opacityMember(doc),
        cornerRadius: { get: () => 0 },
        shapeType: {
          get: (n) => n.shapeType,
          set: (n, v) => {
            n.shapeType = oneOf(v, SHAPE_TYPES, 'shapeType');
            doc.change('PROPERTY_CHANGE', n, ['shapeType']);
          },
        },
        resize: resizeMember(doc, 'resize'),
      };
    case 'TEXT':
      return {
        ...base,
        ...scene,
        ...makeTextMembers<NodeImpl>(doc, modelOfNode),
        opacity: opacityMember(doc),
        resize: resizeMember(doc, 'resize'),
        textAutoResize: {
          get: (n) => n.textAutoResize,
          set: (n, v) => {
            requireLoaded(doc, modelOfNode(n).fontsIn());
            n.textAutoResize = oneOf(v, ['NONE', 'WIDTH_AND_HEIGHT', 'HEIGHT', 'TRUNCATE'] as const, 'textAutoResize');
            doc.change('PROPERTY_CHANGE', n, ['textAutoResize']);
          },
        },
        textAlignHorizontal: {
          get: (n) => n.textAlignHorizontal,
          set: (n, v) => {
            n.textAlignHorizontal = oneOf(v, ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED'] as const, 'textAlignHorizontal');
            doc.change('PROPERTY_CHANGE', n, ['textAlignHorizontal']);
          },
        },
        textAlignVertical: {
          get: (n) => n.textAlignVertical,
          set: (n, v) => {
            n.textAlignVertical = oneOf(v, ['TOP', 'CENTER', 'BOTTOM'] as const, 'textAlignVertical');
            doc.change('PROPERTY_CHANGE', n, ['textAlignVertical']);
          },
        },
        autoRename: {
          get: (n) => n.autoRename,
          set: (n, v) => {
            n.autoRename = bool(v, 'autoRename');
          },
        },
      };
    case 'CONNECTOR':
      return {
        ...base,
        ...scene,
        text,
        strokes: paintMember(doc, 'strokes'),
        opacity: opacityMember(doc),
        connectorStart: {
          get: (n) => ({ ...n.connectorStart }),
          set: (n, v) => {
            n.connectorStart = connectorEnd(doc, n, v, 'connectorStart');
            doc.change('PROPERTY_CHANGE', n, ['connectorStart']);
          },
        },
        connectorEnd: {
          get: (n) => ({ ...n.connectorEnd }),
          set: (n, v) => {
            n.connectorEnd = connectorEnd(doc, n, v, 'connectorEnd');
            doc.change('PROPERTY_CHANGE', n, ['connectorEnd']);
          },
        },
        connectorLineType: {
          get: (n) => n.connectorLineType,
          set: (n, v) => {
            n.connectorLineType = oneOf(v, ['ELBOWED', 'STRAIGHT', 'CURVED'] as const, 'connectorLineType');
            doc.change('PROPERTY_CHANGE', n, ['connectorLineType']);
          },
        },
        connectorStartStrokeCap: {
          get: (n) => n.connectorStartStrokeCap,
          set: (n, v) => {
            n.connectorStartStrokeCap = oneOf(v, STROKE_CAPS, 'connectorStartStrokeCap');
            doc.change('PROPERTY_CHANGE', n, ['connectorStartStrokeCap']);
          },
        },
        connectorEndStrokeCap: {
          get: (n) => n.connectorEndStrokeCap,
          set: (n, v) => {
            n.connectorEndStrokeCap = oneOf(v, STROKE_CAPS, 'connectorEndStrokeCap');
            doc.change('PROPERTY_CHANGE', n, ['connectorEndStrokeCap']);
          },
        },
      };
    case 'STAMP':
      return {
        ...base,
        ...scene,
        fills: paintMember(doc, 'fills'),
        opacity: opacityMember(doc),
        resize: resizeMember(doc, 'resize'),
        stuckTo: {
          get: (n) => n.stuckTo,
          set: (n, v) => {
            if (v === null) n.stuckTo = null;
            else {
              const host = doc.nodeOf(v);
              if (!host || host.removed || !isScene(host) || host === n) fail('stuckTo: expected a node on the page or null');
              n.stuckTo = host;
            }
            doc.change('PROPERTY_CHANGE', n, ['stuckTo']);
          },
        },
      };
    case 'GROUP':
      return { ...base, ...scene, ...childrenMembers(doc), opacity: opacityMember(doc), clone: { call: () => fail('GroupNode.clone is not emulated') } };
    default:
      return { ...base, ...scene };
  }
}

function pageMembers(doc: EmulatedDocument): MemberTable<NodeImpl> {
  const eventName = (v: unknown) => oneOf(v, ['nodechange'] as const, 'PageNode.on event (emulated: nodechange)');
  const registered = new WeakMap<object, (...args: unknown[]) => unknown>();
  // Listeners belong to the page they were registered on (typings, PageNode.on: "when an event occurs on the page").
  const add = (page: NodeImpl, fn: unknown, once: boolean) => {
    if (typeof fn !== 'function') failType('Expected a callback function');
    const wrapped = registered.get(fn) ?? ((...args: unknown[]): unknown => fn(...args));
    registered.set(fn, wrapped);
    const list = doc.nodechangeListeners.get(page) ?? [];
    list.push({ fn: wrapped, once });
    doc.nodechangeListeners.set(page, list);
  };
  return {
    selection: {
      get: (n) => {
        const chosen = new Set(n.selection);
        return n.selection.filter((node) => {
          for (let p = node.parent; p; p = p.parent) if (chosen.has(p)) return false;
          return true;
        });
      },
      set: (n, v) => {
        if (!Array.isArray(v)) failType('selection: expected an array of nodes');
        const nodes = v.map((item: unknown) => {
          const node = doc.nodeOf(item);
          if (!node || node.removed || !isScene(node)) fail('selection: every item must be a node on this page');
          // Figma's message for a node of another page (reported from live Figma in public bug trackers).
          if (pageOf(node) !== n) fail('in set_selection: The selection of a page can only include nodes in that page');
          return node;
        });
        n.selection = [...new Set(nodes)];
        doc.selectionDidChange();
      },
    },
    on: {
      call: (n, event, fn) => {
        eventName(event);
        add(n, fn, false);
      },
    },
    once: {
      call: (n, event, fn) => {
        eventName(event);
        add(n, fn, true);
      },
    },
    off: {
      call: (n, event, fn) => {
        eventName(event);
        const wrapped = typeof fn === 'function' ? registered.get(fn) : undefined;
        const list = doc.nodechangeListeners.get(n) ?? [];
        const index = list.findIndex((l) => l.fn === wrapped);
        if (index >= 0) list.splice(index, 1);
      },
    },
    // typings, PageNode.loadAsync: "Loads the contents of the page node."
    loadAsync: {
      call: (n) =>
        doc.later(() => {
          doc.loadedPages.add(n);
        }),
    },
    isPageDivider: { get: () => false },
  };
}

export const SHAPE_TYPES = [
  'SQUARE', 'ELLIPSE', 'ROUNDED_RECTANGLE', 'DIAMOND', 'TRIANGLE_UP', 'TRIANGLE_DOWN', 'PARALLELOGRAM_RIGHT',
  'PARALLELOGRAM_LEFT', 'ENG_DATABASE', 'ENG_QUEUE', 'ENG_FILE', 'ENG_FOLDER', 'TRAPEZOID', 'PREDEFINED_PROCESS',
  'SHIELD', 'DOCUMENT_SINGLE', 'DOCUMENT_MULTIPLE', 'MANUAL_INPUT', 'HEXAGON', 'CHEVRON', 'PENTAGON', 'OCTAGON',
  'STAR', 'PLUS', 'ARROW_LEFT', 'ARROW_RIGHT', 'SUMMING_JUNCTION', 'OR', 'SPEECH_BUBBLE', 'INTERNAL_STORAGE',
] as const;
