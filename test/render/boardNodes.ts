/**
 * The nodes of one page of a FigJam REST file (`GET /v1/files/:key`, reference sheet §8, the shape
 * src/rest/readRestFile.ts reads), flattened in drawing order with what the renderer and the
 * layout check need: page-space box, innermost section, ancestors, paints, text.
 *
 * Drawing order is tree order (depth first): in Figma a later sibling is drawn on top of an earlier
 * one and a section is drawn below its own children. GROUP and FRAME are looked through (their
 * children keep their absolute boxes), as test/emulator/rest-board.ts and the reader do.
 */

export type Json = Record<string, unknown>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RestPaint {
  css: string; // '#RRGGBB'
  alpha: number; // color.a × paint opacity
}

export interface BoardNode {
  id: string;
  name: string;
  type: string;
  box: Box;
  /** Ids of the SECTIONs this node lies in, innermost last (tree membership, not geometry). */
  sections: string[];
  /** Nesting depth among sections (0 = directly on the page). */
  depth: number;
  /** The first visible SOLID fill / stroke, if any. */
  fill: RestPaint | null;
  stroke: RestPaint | null;
  /** Node opacity (REST `opacity`, default 1). */
  opacity: number;
  text: string;
  /** The REST node itself (plugin data, connector ends, style …). */
  raw: Json;
}

export interface BoardPage {
  name: string;
  /** Page background as CSS colour (REST CANVAS backgroundColor), FigJam's light grey by default. */
  background: string;
  nodes: BoardNode[];
  byId: Map<string, BoardNode>;
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function unit(value: unknown, fallback: number): number {
  return Math.min(1, Math.max(0, num(value, fallback)));
}

export function hexOf(color: Json): string {
  const channel = (v: unknown) => Math.round(unit(v, 0) * 255).toString(16).padStart(2, '0');
  return `#${channel(color.r)}${channel(color.g)}${channel(color.b)}`.toUpperCase();
}

/** The first visible SOLID paint of a REST paint list (REST keeps alpha in `color.a`). */
export function firstSolid(value: unknown): RestPaint | null {
  if (!Array.isArray(value)) return null;
  for (const paint of value) {
    if (!isRecord(paint) || paint.type !== 'SOLID' || paint.visible === false || !isRecord(paint.color)) continue;
    return { css: hexOf(paint.color), alpha: unit(paint.color.a, 1) * unit(paint.opacity, 1) };
  }
  return null;
}

export function boxOf(node: Json): Box {
  const b = isRecord(node.absoluteBoundingBox) ? node.absoluteBoundingBox : {};
  return { x: num(b.x, 0), y: num(b.y, 0), width: Math.max(0, num(b.width, 0)), height: Math.max(0, num(b.height, 0)) };
}

/** Reads one page (index `page`, default the first page with anything on it); throws one clear line on bad input. */
export function readBoardPage(restJson: unknown, page?: number): BoardPage {
  if (!isRecord(restJson) || !isRecord(restJson.document)) {
    throw new Error('render: expected a Figma REST file JSON with a "document" (GET /v1/files/:key)');
  }
  const canvases = (Array.isArray(restJson.document.children) ? restJson.document.children : []).filter(isRecord);
  const canvas =
    page === undefined ? (canvases.find((c) => Array.isArray(c.children) && c.children.length > 0) ?? canvases[0]) : canvases[page];
  if (!canvas) throw new Error(page === undefined ? 'render: the document has no page (CANVAS)' : `render: the document has no page ${page}`);
  const bg = isRecord(canvas.backgroundColor) ? hexOf(canvas.backgroundColor) : '#F5F5F5';
  const nodes: BoardNode[] = [];
  const visit = (node: Json, sections: string[]): void => {
    if (node.visible === false) return;
    const type = typeof node.type === 'string' ? node.type : '';
    const children = Array.isArray(node.children) ? node.children.filter(isRecord) : [];
    if (type === 'GROUP' || type === 'FRAME') {
      for (const child of children) visit(child, sections);
      return;
    }
    const made: BoardNode = {
      id: typeof node.id === 'string' ? node.id : '',
      name: typeof node.name === 'string' ? node.name : '',
      type,
      box: boxOf(node),
      sections,
      depth: sections.length,
      fill: firstSolid(node.fills),
      stroke: firstSolid(node.strokes),
      opacity: unit(node.opacity, 1),
      text: typeof node.characters === 'string' ? node.characters : '',
      raw: node,
    };
    nodes.push(made);
    if (type === 'SECTION' && node.sectionContentsHidden !== true) {
      for (const child of children) visit(child, [...sections, made.id]);
    }
  };
  for (const child of (Array.isArray(canvas.children) ? canvas.children : []).filter(isRecord)) visit(child, []);
  return {
    name: typeof canvas.name === 'string' ? canvas.name : '',
    background: bg,
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
  };
}

/** Area of the intersection of two boxes (0 when they only touch). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
