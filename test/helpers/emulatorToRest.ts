/**
 * emulatorToRest: the emulated document as Figma's REST API would return it from
 * `GET /v1/files/:key` (reference sheet §8; the reader is src/rest/readRestFile.ts), so a test
 * can "download" a board after the plugin wrote to it.
 *
 * `pluginData` mirrors the `plugin_data` query option of that endpoint
 * (https://www.figma.com/developers/api#get-files-endpoint: "A comma separated list of plugin IDs
 * and/or the string 'shared'. Any data present in the document written by those plugins will be
 * included in the result in the `pluginData` and `sharedPluginData` properties."):
 * - 'none': no `plugin_data` at all — the plain download, no tags anywhere;
 * - 'shared': `plugin_data=shared` — `sharedPluginData` only;
 * - { pluginId, shared? }: `plugin_data=<pluginId>[,shared]` — the emulated plugin's private data
 *   under that id (the emulator keeps one plugin's private data, so any id stands for "ours").
 *
 * Shapes written (what the reader and loadRestBoard expect): document → CANVAS pages → children;
 * `absoluteBoundingBox` in page coordinates; SOLID paints as `{ blendMode, type, color: {r,g,b,a} }`
 * with the plugin paint's opacity as the paint's `opacity` (REST keeps alpha in `color.a` too);
 * `characters` on stickies, shapes, texts and connectors; `shapeType`; connector ends with
 * `endpointNodeId` (or `position`) and REST stroke-cap names; TEXT `style` and per-character
 * overrides; STAMP nodes as the examples carry them (id, name, type, visible, box). REST has no
 * sticky author name, so none is written.
 */
import { snapshotState, type Emulator, type NodeState } from '../emulator';

export type RestPluginData = 'none' | 'shared' | { pluginId: string; shared?: boolean };

export interface EmulatorToRestOptions {
  pluginData?: RestPluginData;
}

type Json = Record<string, unknown>;

interface PluginPaint {
  type: string;
  color?: { r: number; g: number; b: number };
  opacity?: number;
  visible?: boolean;
  blendMode?: string;
}

/** Plugin API stroke caps → the names the REST API uses (reference §8). */
const REST_CAP: Readonly<Record<string, string>> = {
  NONE: 'NONE',
  ARROW_LINES: 'LINE_ARROW',
  ARROW_EQUILATERAL: 'TRIANGLE_ARROW',
  DIAMOND_FILLED: 'DIAMOND_FILLED',
  CIRCLE_FILLED: 'CIRCLE_FILLED',
  TRIANGLE_FILLED: 'TRIANGLE_FILLED',
};

const WEIGHT_BY_STYLE: Readonly<Record<string, number>> = {
  Thin: 100, 'Extra Light': 200, Light: 300, Regular: 400, Medium: 500, 'Semi Bold': 600, Bold: 700, 'Extra Bold': 800, Black: 900,
};

function restPaints(value: unknown): Json[] {
  if (!Array.isArray(value)) return [];
  return (value as PluginPaint[]).flatMap((paint) => {
    if (paint.type !== 'SOLID' || !paint.color) return [];
    const out: Json = { blendMode: paint.blendMode ?? 'NORMAL', type: 'SOLID', color: { ...paint.color, a: 1 } };
    if (paint.opacity !== undefined && paint.opacity !== 1) out.opacity = paint.opacity;
    if (paint.visible === false) out.visible = false;
    return [out];
  });
}

/** "Inter Medium" → REST TypeStyle fields. */
function typeStyle(font: string, size: number): Json {
  const space = font.indexOf(' ');
  const family = space < 0 ? font : font.slice(0, space);
  const style = space < 0 ? 'Regular' : font.slice(space + 1);
  return {
    fontFamily: family,
    fontPostScriptName: `${family}-${style.replace(/ /g, '')}`,
    fontWeight: WEIGHT_BY_STYLE[style.replace(/ Italic$/, '')] ?? 400,
    italic: / Italic$/.test(style),
    fontSize: size,
  };
}

interface TextProps {
  characters: string;
  baseFont: string;
  baseSize: number;
  segments: { start: number; end: number; font: string; size: number }[];
  fills: unknown;
}

function textFields(node: NodeState, out: Json): void {
  const text = node.props['text'] as TextProps | undefined;
  if (!text) return;
  out.characters = text.characters;
  if (node.type !== 'TEXT') return;
  const first = text.segments[0];
  const baseFont = first?.font || text.baseFont;
  const baseSize = first?.size ?? text.baseSize;
  out.style = {
    ...typeStyle(baseFont, baseSize),
    textAlignHorizontal: node.props['textAlignHorizontal'],
    textAlignVertical: node.props['textAlignVertical'],
    textAutoResize: node.props['textAutoResize'],
  };
  // Text colour: a TEXT node's fills are its characters' fills.
  out.fills = restPaints(text.fills);
  const overrides: number[] = [];
  const table: Record<string, Json> = {};
  const ids = new Map<string, number>();
  for (const segment of text.segments) {
    const same = segment.font === baseFont && segment.size === baseSize;
    let id = 0;
    if (!same) {
      const key = `${segment.font}|${segment.size}`;
      id = ids.get(key) ?? ids.size + 1;
      if (!ids.has(key)) {
        ids.set(key, id);
        table[String(id)] = typeStyle(segment.font, segment.size);
      }
    }
    for (let i = segment.start; i < segment.end; i++) overrides.push(id);
  }
  if (ids.size > 0) {
    while (overrides.length > 0 && overrides[overrides.length - 1] === 0) overrides.pop();
    out.characterStyleOverrides = overrides;
    out.styleOverrideTable = table;
  } else {
    out.characterStyleOverrides = [];
    out.styleOverrideTable = {};
  }
}

function connectorEnd(value: unknown): Json {
  if (typeof value !== 'object' || value === null) return {};
  const end = value as { endpointNodeId?: string; magnet?: string; position?: { x: number; y: number } };
  if (end.endpointNodeId) return { endpointNodeId: end.endpointNodeId, ...(end.magnet ? { magnet: end.magnet } : {}) };
  return end.position ? { position: { ...end.position } } : {};
}

function pluginFields(node: NodeState, option: RestPluginData, out: Json): void {
  if (option === 'none') return;
  const withShared = option === 'shared' || option.shared === true;
  if (option !== 'shared' && Object.keys(node.pluginData).length > 0) out.pluginData = { [option.pluginId]: { ...node.pluginData } };
  if (withShared && Object.keys(node.sharedPluginData).length > 0) {
    out.sharedPluginData = Object.fromEntries(Object.entries(node.sharedPluginData).map(([ns, table]) => [ns, { ...table }]));
  }
}

function sceneNode(node: NodeState, option: RestPluginData, children: Json[] | undefined): Json {
  const p = node.props;
  const out: Json = { id: node.id, name: node.name, type: node.type, visible: p['visible'] !== false };
  if (p['locked'] === true) out.locked = true;
  out.absoluteBoundingBox = { ...(p['absoluteBoundingBox'] as Json) };
  switch (node.type) {
    case 'STAMP':
      // As the example boards (and FigJam's REST files) carry them: no paints, no text.
      break;
    case 'CONNECTOR':
      out.connectorStart = connectorEnd(p['connectorStart']);
      out.connectorEnd = connectorEnd(p['connectorEnd']);
      out.connectorLineType = p['connectorLineType'];
      out.connectorStartStrokeCap = REST_CAP[String(p['connectorStartStrokeCap'])] ?? 'NONE';
      out.connectorEndStrokeCap = REST_CAP[String(p['connectorEndStrokeCap'])] ?? 'NONE';
      out.strokes = restPaints(p['strokes']);
      textFields(node, out);
      break;
    case 'TEXT':
      textFields(node, out);
      break;
    default:
      out.fills = restPaints(p['fills']);
      out.strokes = restPaints(p['strokes']);
      if (node.type === 'SHAPE_WITH_TEXT') out.shapeType = p['shapeType'];
      if (node.type === 'SECTION') out.sectionContentsHidden = p['sectionContentsHidden'] === true;
      if (node.type === 'STICKY') out.authorVisible = p['authorVisible'] !== false;
      textFields(node, out);
      break;
  }
  if (typeof p['opacity'] === 'number' && p['opacity'] !== 1) out.opacity = p['opacity'];
  pluginFields(node, option, out);
  if (children) out.children = children;
  return out;
}

/** The emulated document as a `GET /v1/files/:key` response body (plain JSON). */
export function emulatorToRest(emulator: Emulator, options: EmulatorToRestOptions = {}): Json {
  const option = options.pluginData ?? 'none';
  const { nodes } = snapshotState(emulator);
  const childrenOf = new Map<string, NodeState[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const list = childrenOf.get(node.parentId);
    if (list) list.push(node);
    else childrenOf.set(node.parentId, [node]);
  }
  const convert = (node: NodeState): Json => {
    const kids = childrenOf.get(node.id);
    const children = kids ? [...kids].sort((a, b) => a.index - b.index).map(convert) : undefined;
    return sceneNode(node, option, node.type === 'SECTION' || node.type === 'GROUP' ? (children ?? []) : children);
  };
  const root = nodes.find((n) => n.type === 'DOCUMENT');
  if (!root) throw new Error('emulatorToRest: the emulator has no document');
  const pages = (childrenOf.get(root.id) ?? []).filter((n) => n.type === 'PAGE');
  const document: Json = {
    id: root.id,
    name: 'Document',
    type: 'DOCUMENT',
    children: pages.map((page) => ({
      id: page.id,
      name: page.name,
      type: 'CANVAS',
      backgroundColor: { r: 0.96, g: 0.96, b: 0.96, a: 1 },
      children: (childrenOf.get(page.id) ?? []).map(convert),
    })),
  };
  pluginFields(root, option, document);
  return {
    name: root.name,
    role: 'owner',
    lastModified: '2025-01-01T00:00:00Z',
    editorType: 'figjam',
    version: '1',
    document,
    components: {},
    componentSets: {},
    schemaVersion: 0,
    styles: {},
  };
}
