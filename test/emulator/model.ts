/**
 * The emulator's internal document: plain node records (`NodeImpl`), text runs, geometry and
 * removal. Nothing here is seen by the plugin directly; gate.ts wraps records in proxies.
 */
import { fail } from './realm';

export type Origin = 'LOCAL' | 'REMOTE';

export const STICKY_SIZE = 240;
export const STICKY_WIDE_WIDTH = 416;
const STICKY_PADDING = 24;
export const DEFAULT_STICKY_FONT: FontName = { family: 'Inter', style: 'Medium' };
export const DEFAULT_TEXT_FONT: FontName = { family: 'Inter', style: 'Regular' };
/** A new connector's label font is invalid until the plugin sets a loaded font (Figma's FigJam guide). */
export const INVALID_FONT: FontName = { family: '', style: '' };

/** Text content with a font and size per character (ranges). */
export class TextModel {
  chars = '';
  fonts: FontName[] = [];
  sizes: number[] = [];
  fills: Paint[] = [{ type: 'SOLID', color: { r: 30 / 255, g: 30 / 255, b: 30 / 255 } }];
  textCase: TextCase = 'ORIGINAL';
  letterSpacing: LetterSpacing = { unit: 'PERCENT', value: 0 };
  lineHeight: LineHeight = { unit: 'AUTO' };

  constructor(
    readonly owner: NodeImpl,
    public baseFont: FontName,
    public baseSize: number,
  ) {}

  setPlain(chars: string, font: FontName = this.baseFont, size: number = this.baseSize): void {
    this.chars = chars;
    this.fonts = Array.from({ length: chars.length }, () => font);
    this.sizes = Array.from({ length: chars.length }, () => size);
    this.baseFont = font;
    this.baseSize = size;
  }

  /** Distinct fonts of [start, end), or the base font for empty text. */
  fontsIn(start = 0, end = this.chars.length): FontName[] {
    if (this.chars.length === 0) return [this.baseFont];
    const seen = new Map<string, FontName>();
    for (const font of this.fonts.slice(start, end)) seen.set(`${font.family}\u0000${font.style}`, font);
    return [...seen.values()];
  }

  sizeIn(start = 0, end = this.chars.length): number | 'mixed' {
    if (this.chars.length === 0) return this.baseSize;
    const sizes = new Set(this.sizes.slice(start, end));
    const [only] = sizes;
    return sizes.size === 1 && only !== undefined ? only : 'mixed';
  }

  checkRange(start: number, end: number): void {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > this.chars.length || start > end) {
      fail(`Expected a range within 0..${this.chars.length}, got ${start}..${end}`);
    }
  }
}

export type ConnectorEnd =
  | { position: Vector }
  | { endpointNodeId: string; magnet: ConnectorEndpointEndpointNodeIdAndMagnet['magnet'] }
  | { endpointNodeId: string; position: Vector };

/** One node of the document. Fields that a type lacks stay at their neutral value and are not exposed. */
export class NodeImpl {
  name: string;
  parent: NodeImpl | null = null;
  children: NodeImpl[] | null = null;
  removed = false;
  visible = true;
  locked = false;
  x = 0;
  y = 0;
  width = 0;
  height = 0;
  opacity = 1;
  pluginData = new Map<string, string>();
  sharedPluginData = new Map<string, Map<string, string>>();
  relaunchData: Record<string, string> = {};
  fills: Paint[] = [];
  strokes: Paint[] = [];
  text: TextModel | null = null;
  // STICKY
  authorName = '';
  authorVisible = true;
  isWideWidth = false;
  // SECTION
  sectionContentsHidden = false;
  // SHAPE_WITH_TEXT
  shapeType: ShapeWithTextNode['shapeType'] = 'SQUARE';
  // TEXT
  textAutoResize: TextNode['textAutoResize'] = 'WIDTH_AND_HEIGHT';
  textAlignHorizontal: TextNode['textAlignHorizontal'] = 'LEFT';
  textAlignVertical: TextNode['textAlignVertical'] = 'TOP';
  autoRename = true;
  // CONNECTOR
  connectorStart: ConnectorEnd = { position: { x: 0, y: 0 } };
  connectorEnd: ConnectorEnd = { position: { x: 200, y: 0 } };
  connectorLineType: ConnectorNode['connectorLineType'] = 'ELBOWED';
  connectorStartStrokeCap: ConnectorStrokeCap = 'NONE';
  connectorEndStrokeCap: ConnectorStrokeCap = 'ARROW_LINES';
  // STAMP (any stickable)
  stuckTo: NodeImpl | null = null;
  // PAGE
  selection: NodeImpl[] = [];

  constructor(
    readonly id: string,
    readonly type: NodeType,
    name?: string,
  ) {
    this.name = name ?? defaultName(type);
    if (type === 'DOCUMENT' || type === 'PAGE' || type === 'SECTION' || type === 'GROUP') this.children = [];
  }
}

function defaultName(type: NodeType): string {
  const names: Partial<Record<NodeType, string>> = {
    DOCUMENT: 'Document',
    PAGE: 'Page 1',
    SECTION: 'Section',
    STICKY: '',
    SHAPE_WITH_TEXT: 'Square',
    CONNECTOR: 'Connector line',
    TEXT: '',
    STAMP: 'Stamp',
  };
  return names[type] ?? type;
}

export function isContainer(node: NodeImpl): boolean {
  return node.children !== null;
}

export function isScene(node: NodeImpl): boolean {
  return node.type !== 'DOCUMENT' && node.type !== 'PAGE';
}

/** Page-space offset of the coordinate system `node.x/y` are expressed in (its container). */
export function containerOffset(node: NodeImpl): Vector {
  let x = 0;
  let y = 0;
  // Sections are coordinate containers; groups are not (their children use the group's container).
  for (let p = node.parent; p && p.type !== 'PAGE'; p = p.parent) {
    if (p.type !== 'SECTION') continue;
    x += p.x;
    y += p.y;
  }
  return { x, y };
}

/** Estimated text block size: ~0.55 em per character, 1.35 line height. */
export function measureLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * 0.55)));
  return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** Current size, derived where Figma derives it (stickies grow with text, auto-sized text). */
export function sizeOf(node: NodeImpl): { width: number; height: number } {
  if (node.type === 'STICKY') {
    const width = node.isWideWidth ? STICKY_WIDE_WIDTH : STICKY_SIZE;
    const text = node.text;
    if (!text || text.chars.length === 0) return { width, height: STICKY_SIZE };
    const uniform = text.sizeIn();
    const size = uniform === 'mixed' ? Math.max(...text.sizes) : uniform;
    const lines = measureLines(text.chars, width - 2 * STICKY_PADDING, size);
    return { width, height: Math.max(STICKY_SIZE, Math.ceil(2 * STICKY_PADDING + lines * size * 1.35)) };
  }
  if (node.type === 'TEXT' && node.text) {
    const text = node.text;
    const size = text.sizes.length ? Math.max(...text.sizes) : text.baseSize;
    const lineHeight = Math.ceil(size * 1.35);
    if (node.textAutoResize === 'WIDTH_AND_HEIGHT') {
      const longest = Math.max(0, ...text.chars.split('\n').map((l) => l.length));
      const lines = text.chars.split('\n').length;
      return { width: Math.ceil(longest * size * 0.55), height: lines * lineHeight };
    }
    if (node.textAutoResize === 'HEIGHT') {
      return { width: node.width, height: measureLines(text.chars, node.width, size) * lineHeight };
    }
  }
  if (node.type === 'CONNECTOR' || node.type === 'GROUP') {
    const box = node.type === 'GROUP' ? groupBox(node) : connectorBox(node);
    return { width: box.width, height: box.height };
  }
  return { width: node.width, height: node.height };
}

export function absoluteBox(node: NodeImpl): Rect {
  const offset = containerOffset(node);
  const { width, height } = sizeOf(node);
  if (node.type === 'CONNECTOR' || node.type === 'GROUP') {
    const box = node.type === 'GROUP' ? groupBox(node) : connectorBox(node);
    return { x: box.x, y: box.y, width, height };
  }
  return { x: offset.x + node.x, y: offset.y + node.y, width, height };
}

/** A group is no coordinate container: its box is the union of its children's boxes. */
function groupBox(node: NodeImpl): Rect {
  const boxes = (node.children ?? []).map(absoluteBox);
  if (boxes.length === 0) {
    const offset = containerOffset(node);
    return { x: offset.x + node.x, y: offset.y + node.y, width: 0, height: 0 };
  }
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

type Lookup = (id: string) => NodeImpl | undefined;
let lookupForGeometry: Lookup = () => undefined;
/** Connector geometry needs id lookups; the document registers its index here. */
export function setGeometryLookup(lookup: Lookup): void {
  lookupForGeometry = lookup;
}

function endPoint(node: NodeImpl, end: ConnectorEnd): Vector {
  const offset = containerOffset(node);
  if ('endpointNodeId' in end) {
    const target = lookupForGeometry(end.endpointNodeId);
    if (target && !target.removed) {
      const box = absoluteBox(target);
      if ('position' in end) return { x: box.x + end.position.x * box.width, y: box.y + end.position.y * box.height };
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    if ('position' in end) return { x: offset.x + end.position.x, y: offset.y + end.position.y };
    return offset;
  }
  return { x: offset.x + end.position.x, y: offset.y + end.position.y };
}

function connectorBox(node: NodeImpl): Rect {
  const a = endPoint(node, node.connectorStart);
  const b = endPoint(node, node.connectorEnd);
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/** Every node below `node`, pre-order (back to front), `node` excluded. */
export function descendants(node: NodeImpl): NodeImpl[] {
  const out: NodeImpl[] = [];
  const walk = (n: NodeImpl) => {
    for (const child of n.children ?? []) {
      out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

export function isAncestor(candidate: NodeImpl, node: NodeImpl): boolean {
  for (let p: NodeImpl | null = node; p; p = p.parent) if (p === candidate) return true;
  return false;
}

/** Detaches `node` from its parent's child list (no event). */
export function detach(node: NodeImpl): void {
  const parent = node.parent;
  if (!parent?.children) return;
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1);
  node.parent = null;
}

/** The page a node is on (the node itself for a page), or null when detached/the document. */
export function pageOf(node: NodeImpl): NodeImpl | null {
  for (let p: NodeImpl | null = node; p; p = p.parent) if (p.type === 'PAGE') return p;
  return null;
}
