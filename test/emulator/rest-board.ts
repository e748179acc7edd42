/**
 * loadRestBoard: builds the emulated page from a Figma REST file JSON (GET /v1/files/:key, the
 * shape in the reference §8), so the example boards can be opened "in FigJam". REST positions are
 * absolute, colours carry alpha in `color.a` (moved to paint opacity), ids are kept.
 */
import { documentOf } from './emulator';
import type { EmulatedDocument } from './document';
import { SHAPE_TYPES } from './node-members';
import { EmulatorError } from './realm';
import type { ConnectorEndSpec, Emulator, FontRange } from './types';

export interface RestLoadResult {
  /** Nodes created, by type. */
  created: Record<string, number>;
  /** REST nodes not emulated (type and id), e.g. WIDGET or TABLE; GROUP/FRAME children are kept, flattened. */
  skipped: { id: string; type: string }[];
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function box(node: Json): { x: number; y: number; width: number; height: number } {
  const b = isRecord(node.absoluteBoundingBox) ? node.absoluteBoundingBox : {};
  return { x: num(b.x, 0), y: num(b.y, 0), width: num(b.width, 0), height: num(b.height, 0) };
}

const unit = (v: unknown, fallback: number) => Math.min(1, Math.max(0, num(v, fallback)));

/** REST paints → plugin paints: only SOLID; alpha moves from color.a into opacity. */
export function restPaints(value: unknown): SolidPaint[] {
  return arr(value).flatMap((paint): SolidPaint[] => {
    if (!isRecord(paint) || paint.type !== 'SOLID' || !isRecord(paint.color)) return [];
    const c = paint.color;
    const solid: { -readonly [K in keyof SolidPaint]: SolidPaint[K] } = {
      type: 'SOLID',
      color: { r: unit(c.r, 0), g: unit(c.g, 0), b: unit(c.b, 0) },
    };
    const opacity = unit(paint.opacity, 1) * unit(c.a, 1);
    if (opacity !== 1) solid.opacity = opacity;
    if (paint.visible === false) solid.visible = false;
    return [solid];
  });
}

const MAGNETS = ['NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT', 'CENTER'] as const;
const LINE_TYPES = ['ELBOWED', 'STRAIGHT', 'CURVED'] as const;

const STYLE_BY_WEIGHT: Record<number, string> = {
  100: 'Thin', 200: 'Extra Light', 300: 'Light', 400: 'Regular', 500: 'Medium', 600: 'Semi Bold', 700: 'Bold', 800: 'Extra Bold', 900: 'Black',
};

/** REST TypeStyle → FontName (style from the PostScript name when present, else the weight). */
function fontOf(style: unknown, fallback: FontName): FontName {
  if (!isRecord(style) || typeof style.fontFamily !== 'string') return fallback;
  const ps = text(style.fontPostScriptName);
  const fromPs = ps.includes('-') ? ps.slice(ps.indexOf('-') + 1).replace(/([a-z])([A-Z])/g, '$1 $2') : '';
  const byWeight = STYLE_BY_WEIGHT[num(style.fontWeight, 400)] ?? 'Regular';
  const italic = style.italic === true && !fromPs ? ' Italic' : '';
  return { family: style.fontFamily, style: fromPs || byWeight + italic };
}

function pluginDataOf(node: Json, pluginId: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(node.pluginData)) return out;
  for (const [id, table] of Object.entries(node.pluginData)) {
    if (pluginId !== undefined && id !== pluginId) continue;
    if (!isRecord(table)) continue;
    for (const [key, value] of Object.entries(table)) if (typeof value === 'string') out[key] = value;
  }
  return out;
}

function sharedOf(node: Json): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  if (!isRecord(node.sharedPluginData)) return out;
  for (const [ns, table] of Object.entries(node.sharedPluginData)) {
    if (!isRecord(table)) continue;
    out[ns] = Object.fromEntries(Object.entries(table).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  return out;
}

function fontRangesOf(node: Json, base: FontName): FontRange[] {
  const overrides = arr(node.characterStyleOverrides);
  const table = isRecord(node.styleOverrideTable) ? node.styleOverrideTable : {};
  const ranges: FontRange[] = [];
  overrides.forEach((styleId, i) => {
    if (typeof styleId !== 'number' || styleId === 0) return;
    const override = table[String(styleId)];
    const font = fontOf({ ...(isRecord(node.style) ? node.style : {}), ...(isRecord(override) ? override : {}) }, base);
    const last = ranges[ranges.length - 1];
    if (last && last.end === i && last.font.family === font.family && last.font.style === font.style) last.end = i + 1;
    else ranges.push({ start: i, end: i + 1, font });
  });
  return ranges;
}

export function loadRestBoard(emulator: Emulator, restJson: unknown, options: { pluginId?: string; page?: number } = {}): RestLoadResult {
  const doc: EmulatedDocument = documentOf(emulator);
  if (!isRecord(restJson) || !isRecord(restJson.document)) throw new EmulatorError('loadRestBoard: expected a REST file JSON with a "document"');
  const pages = arr(restJson.document.children).filter(isRecord);
  const canvas = pages[options.page ?? 0];
  if (!canvas) throw new EmulatorError('loadRestBoard: the document has no page (CANVAS)');
  const result: RestLoadResult = { created: {}, skipped: [] };
  const count = (type: string) => (result.created[type] = (result.created[type] ?? 0) + 1);
  const idOf = (node: Json) => {
    const id = text(node.id);
    return /^\d+:\d+$/.test(id) && !doc.index.has(id) ? id : undefined;
  };
  const connectors: { node: Json; parent: SectionNode | undefined }[] = [];
  const add = emulator.add;

  for (const [key, value] of Object.entries(pluginDataOf(restJson.document, options.pluginId))) doc.root.pluginData.set(key, value);
  if (canvas.name !== undefined) doc.page.name = text(canvas.name);
  // The file's name is the document's name in Figma (figma.root.name).
  if (restJson.name !== undefined) doc.root.name = text(restJson.name);

  const visit = (node: Json, parent: SectionNode | undefined): SceneNode | null => {
    const type = text(node.type);
    const b = box(node);
    const common = {
      parent,
      x: b.x,
      y: b.y,
      name: text(node.name),
      visible: node.visible !== false,
      locked: node.locked === true,
      pluginData: pluginDataOf(node, options.pluginId),
      sharedPluginData: sharedOf(node),
      id: idOf(node),
    };
    switch (type) {
      case 'SECTION': {
        const section = add.section({ ...common, width: b.width, height: b.height, fill: restPaints(node.fills), contentsHidden: node.sectionContentsHidden === true });
        count(type);
        for (const child of arr(node.children).filter(isRecord)) visit(child, section);
        return section;
      }
      case 'STICKY': {
        const sticky = add.sticky({
          ...common,
          text: text(node.characters),
          fill: restPaints(node.fills),
          authorVisible: node.authorVisible !== false,
          authorName: text(node.authorName),
          wide: b.width > 300,
        });
        count(type);
        return sticky;
      }
      case 'SHAPE_WITH_TEXT': {
        const shape = add.shape({ ...common, shapeType: SHAPE_TYPES.find((t) => t === node.shapeType) ?? 'SQUARE', text: text(node.characters), width: b.width, height: b.height, fill: restPaints(node.fills) });
        count(type);
        return shape;
      }
      case 'TEXT': {
        const base = fontOf(node.style, { family: 'Inter', style: 'Regular' });
        const fontSize = isRecord(node.style) ? num(node.style.fontSize, 24) : 24;
        const chars = text(node.characters);
        const made = add.text({ ...common, text: chars, font: base, fontSize, fontRanges: fontRangesOf(node, base).filter((r) => r.end <= chars.length) });
        count(type);
        return made;
      }
      case 'STAMP': {
        const stamp = add.stamp({ ...common, name: text(node.name) || 'Stamp' });
        count(type);
        return stamp;
      }
      case 'CONNECTOR':
        connectors.push({ node, parent });
        return null;
      case 'GROUP': {
        const members = arr(node.children)
          .filter(isRecord)
          .map((child) => visit(child, parent))
          .filter((n): n is SceneNode => n !== null);
        if (members.length === 0) return null;
        const group = add.group({ nodes: members, name: text(node.name) || 'Group', id: idOf(node) });
        count(type);
        return group;
      }
      case 'FRAME':
        for (const child of arr(node.children).filter(isRecord)) visit(child, parent);
        result.skipped.push({ id: text(node.id), type });
        return null;
      default:
        result.skipped.push({ id: text(node.id), type });
        return null;
    }
  };
  for (const child of arr(canvas.children).filter(isRecord)) visit(child, undefined);

  // Connectors last: their endpoints may point at nodes defined after them.
  for (const { node, parent } of connectors) {
    const end = (value: unknown): ConnectorEndSpec | null => {
      if (!isRecord(value)) return null;
      const targetId = text(value.endpointNodeId);
      const target = targetId ? emulator.node(targetId) : null;
      if (target && target.type !== 'DOCUMENT' && target.type !== 'PAGE') {
        const magnet = text(value.magnet);
        const valid = MAGNETS.find((m) => m === magnet);
        return valid ? { node: target, magnet: valid } : { node: target };
      }
      const position = isRecord(value.position) ? value.position : null;
      return position ? { x: num(position.x, 0), y: num(position.y, 0) } : null;
    };
    const start = end(node.connectorStart);
    const finish = end(node.connectorEnd);
    if (!start || !finish) {
      result.skipped.push({ id: text(node.id), type: 'CONNECTOR' });
      continue;
    }
    const lineType = LINE_TYPES.find((t) => t === node.connectorLineType);
    add.connector({
      parent,
      name: text(node.name),
      id: idOf(node),
      pluginData: pluginDataOf(node, options.pluginId),
      start,
      end: finish,
      lineType,
      text: text(node.characters),
    });
    count('CONNECTOR');
  }
  return result;
}
