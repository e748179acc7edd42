/**
 * renderBoardSvg: draws one page of a FigJam REST file (reference sheet §8; the shape
 * src/rest/readRestFile.ts reads) as an SVG close to what a facilitator sees in FigJam, so the
 * team can LOOK at a board before and after the plugin wrote to it (issue #12).
 *
 * What is drawn, in tree order (a later sibling on top, a section below its children):
 * - page background (the CANVAS backgroundColor, FigJam's #F5F5F5 by default);
 * - SECTION: fill (white by default), 1 px border, name in a pill above the top-left corner
 *   (FigJam draws section titles at a fixed screen size, so the pill is sized in screen pixels and
 *   truncated to the section's width; titles are drawn on top of everything, as in FigJam);
 * - STICKY: fill, soft shadow, text top-left with FigJam's auto text size (REST carries no sticky
 *   font size: the largest of 24…10 at which the text fits; a `style.fontSize` wins when present);
 *   the box is the REST box (FigJam's default sticky is 240×240, wide 416×240);
 * - SHAPE_WITH_TEXT: the outline of its shapeType (SQUARE, ROUNDED_RECTANGLE, ELLIPSE, DIAMOND,
 *   SPEECH_BUBBLE, triangles, parallelograms, hexagon, pentagon, octagon, star, plus, chevron,
 *   arrows, trapezoid; other types as a rounded rectangle) with fill and stroke, text centred and
 *   wrapped (size from `style.fontSize`, else 16);
 * - TEXT: characters in the base style (size, weight, alignment, colour; per-character overrides
 *   are not drawn), wrapped to the box unless textAutoResize is WIDTH_AND_HEIGHT;
 * - CONNECTOR: STRAIGHT from border to border of its endpoint nodes (or from its positions), ELBOWED
 *   as one horizontal–vertical–horizontal (or vertical-first) elbow, CURVED as a cubic curve;
 *   stroke colour and weight, arrow heads for the REST arrow caps, text at the middle;
 * - STAMP: a small white disc with the stamp's glyph (👍 ⭐ ❤️ … by name, else its first letter);
 * - anything else (WIDGET, TABLE, CODE_BLOCK …): a dashed box with its type, so nothing is hidden.
 * Text wrapping is an estimate by character widths: see textLayout.ts.
 *
 * Options: `crop` (page coordinates; default everything plus a margin), `scale` (output pixels per
 * board unit; default fits the longer side into 2400 px, at most 1), `highlight` (ids outlined in
 * red on top, to point at problems), `page` (CANVAS index, default the first page with content).
 */
import { readBoardPage, type BoardNode, type BoardPage, type Box, type RestPaint, isRecord } from './boardNodes';
import { LINE_HEIGHT, textWidth, wrapText } from './textLayout';
import { unionOf } from '../../src/journey/geometry';

export interface RenderOptions {
  crop?: Box;
  scale?: number;
  highlight?: Iterable<string>;
  page?: number;
}

/** Inter as in FigJam when installed; DejaVu Sans Condensed (close widths) otherwise. No web fonts: nothing is fetched. */
export const FONT_STACK = "Inter, 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif";
const EMOJI_STACK = "'Noto Color Emoji', 'Apple Color Emoji', sans-serif";
const CHARCOAL = '#1E1E1E';
const MAX_SIDE = 2400;
const MARGIN = 60;

const STAMP_GLYPHS: readonly [RegExp, string][] = [
  [/thumbs? ?up|like|\+1|plus one/i, '👍'],
  [/thumbs? ?down|dislike/i, '👎'],
  [/star/i, '⭐'],
  [/heart|love/i, '❤️'],
  [/question|\?/i, '❓'],
  [/check|yes|done/i, '✅'],
  [/cross|\bno\b/i, '❌'],
  [/profile|avatar/i, '👤'],
];

/** FigJam section backgrounds → the stronger swatch FigJam uses for their title pill (reference §5.4). */
const TITLE_PILL: Readonly<Record<string, string>> = {
  '#FFFFFF': '#E6E6E6',
  '#F9F9F9': '#E6E6E6',
  '#EBFFEE': '#B3EFBD',
  '#F1FEFD': '#B3F4EF',
  '#F5FBFF': '#A8DAFF',
  '#F8F5FF': '#D3BDFF',
  '#FFF0FA': '#FFA8DB',
  '#FFF5F5': '#FFB8A8',
  '#FFF7F0': '#FFD3A8',
  '#FFFBF0': '#FFE299',
};

function esc(text: string): string {
  // XML 1.0 forbids most control characters; a board may carry them.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function paintAttr(attr: 'fill' | 'stroke', paint: RestPaint | null, fallback: string | null): string {
  if (!paint) return fallback === null ? `${attr}="none"` : `${attr}="${fallback}"`;
  return paint.alpha < 1 ? `${attr}="${paint.css}" ${attr}-opacity="${n(paint.alpha)}"` : `${attr}="${paint.css}"`;
}

function darken(hex: string, amount: number): string {
  const v = parseInt(hex.slice(1), 16);
  const c = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((x) => Math.round(x * (1 - amount)).toString(16).padStart(2, '0'));
  return `#${c.join('')}`.toUpperCase();
}

function styleOf(node: BoardNode): { fontSize?: number; fontWeight?: number; align?: string; autoResize?: string } {
  const style = isRecord(node.raw.style) ? node.raw.style : {};
  return {
    ...(typeof style.fontSize === 'number' && style.fontSize > 0 ? { fontSize: style.fontSize } : {}),
    ...(typeof style.fontWeight === 'number' ? { fontWeight: style.fontWeight } : {}),
    ...(typeof style.textAlignHorizontal === 'string' ? { align: style.textAlignHorizontal } : {}),
    ...(typeof style.textAutoResize === 'string' ? { autoResize: style.textAutoResize } : {}),
  };
}

interface TextBlock {
  lines: string[];
  x: number; // anchor x
  top: number;
  fontSize: number;
  anchor: 'start' | 'middle' | 'end';
  weight: number;
  colour: string;
}

function textSvg(block: TextBlock): string {
  if (block.lines.every((l) => l === '')) return '';
  const { fontSize: fs } = block;
  const spans = block.lines
    .map((line, i) => `<tspan x="${n(block.x)}" y="${n(block.top + fs * (0.95 + i * LINE_HEIGHT))}">${esc(line)}</tspan>`)
    .join('');
  return `<text font-family="${FONT_STACK}" font-size="${n(fs)}" font-weight="${block.weight}" fill="${block.colour}" text-anchor="${block.anchor}" xml:space="preserve">${spans}</text>`;
}

/** The largest FigJam sticky text size at which the text fits, as FigJam's "auto" size does. */
function stickyFontSize(text: string, width: number, height: number): number {
  for (const size of [24, 20, 18, 16, 14, 12]) {
    if (wrapText(text, width, size).length * size * LINE_HEIGHT <= height) return size;
  }
  return 10;
}

const STICKY_PADDING = 20;

function sticky(node: BoardNode): string {
  const { x, y, width: w, height: h } = node.box;
  const style = styleOf(node);
  const inner = w - 2 * STICKY_PADDING;
  const size = style.fontSize ?? stickyFontSize(node.text, inner, h - 2 * STICKY_PADDING);
  return (
    `<g data-id="${esc(node.id)}" data-type="STICKY"${node.opacity < 1 ? ` opacity="${n(node.opacity)}"` : ''}>` +
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="2" ${paintAttr('fill', node.fill, '#FFE299')} filter="url(#jc-shadow)"/>` +
    textSvg({ lines: wrapText(node.text, inner, size), x: x + STICKY_PADDING, top: y + STICKY_PADDING, fontSize: size, anchor: 'start', weight: 500, colour: CHARCOAL }) +
    '</g>'
  );
}

/** Outline of a FigJam shapeType in the box, and the box its text is centred in. */
export function shapeOutline(shapeType: string, b: Box): { d: string; textBox: Box } {
  const { x, y, width: w, height: h } = b;
  const poly = (pts: [number, number][]) => `M${pts.map(([px, py]) => `${n(x + px * w)},${n(y + py * h)}`).join('L')}Z`;
  const inset = (fx: number, fy: number): Box => ({ x: x + w * fx, y: y + h * fy, width: w * (1 - 2 * fx), height: h * (1 - 2 * fy) });
  const rounded = (bx: number, by: number, bw: number, bh: number, r: number) => {
    const rr = Math.max(0, Math.min(r, bw / 2, bh / 2));
    return `M${n(bx + rr)},${n(by)}H${n(bx + bw - rr)}A${n(rr)},${n(rr)} 0 0 1 ${n(bx + bw)},${n(by + rr)}V${n(by + bh - rr)}A${n(rr)},${n(rr)} 0 0 1 ${n(bx + bw - rr)},${n(by + bh)}H${n(bx + rr)}A${n(rr)},${n(rr)} 0 0 1 ${n(bx)},${n(by + bh - rr)}V${n(by + rr)}A${n(rr)},${n(rr)} 0 0 1 ${n(bx + rr)},${n(by)}Z`;
  };
  switch (shapeType) {
    case 'SQUARE':
      return { d: rounded(x, y, w, h, 0), textBox: b };
    case 'ELLIPSE':
      return { d: `M${n(x)},${n(y + h / 2)}A${n(w / 2)},${n(h / 2)} 0 1 0 ${n(x + w)},${n(y + h / 2)}A${n(w / 2)},${n(h / 2)} 0 1 0 ${n(x)},${n(y + h / 2)}Z`, textBox: inset(0.15, 0.15) };
    case 'DIAMOND':
      return { d: poly([[0.5, 0], [1, 0.5], [0.5, 1], [0, 0.5]]), textBox: inset(0.25, 0.25) };
    case 'TRIANGLE_UP':
      return { d: poly([[0.5, 0], [1, 1], [0, 1]]), textBox: { ...inset(0.25, 0), y: y + h * 0.45, height: h * 0.5 } };
    case 'TRIANGLE_DOWN':
      return { d: poly([[0, 0], [1, 0], [0.5, 1]]), textBox: { ...inset(0.25, 0), y: y + h * 0.05, height: h * 0.5 } };
    case 'PARALLELOGRAM_RIGHT':
      return { d: poly([[0.2, 0], [1, 0], [0.8, 1], [0, 1]]), textBox: inset(0.2, 0) };
    case 'PARALLELOGRAM_LEFT':
      return { d: poly([[0, 0], [0.8, 0], [1, 1], [0.2, 1]]), textBox: inset(0.2, 0) };
    case 'TRAPEZOID':
      return { d: poly([[0.2, 0], [0.8, 0], [1, 1], [0, 1]]), textBox: inset(0.2, 0) };
    case 'HEXAGON':
      return { d: poly([[0.25, 0], [0.75, 0], [1, 0.5], [0.75, 1], [0.25, 1], [0, 0.5]]), textBox: inset(0.2, 0.1) };
    case 'PENTAGON':
      return { d: poly([[0.5, 0], [1, 0.38], [0.81, 1], [0.19, 1], [0, 0.38]]), textBox: inset(0.2, 0.25) };
    case 'OCTAGON':
      return { d: poly([[0.29, 0], [0.71, 0], [1, 0.29], [1, 0.71], [0.71, 1], [0.29, 1], [0, 0.71], [0, 0.29]]), textBox: inset(0.1, 0.1) };
    case 'STAR': {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? 0.5 : 0.2;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push([0.5 + r * Math.cos(a), 0.55 + r * Math.sin(a)]);
      }
      return { d: poly(pts), textBox: inset(0.3, 0.35) };
    }
    case 'PLUS':
      return { d: poly([[0.33, 0], [0.67, 0], [0.67, 0.33], [1, 0.33], [1, 0.67], [0.67, 0.67], [0.67, 1], [0.33, 1], [0.33, 0.67], [0, 0.67], [0, 0.33], [0.33, 0.33]]), textBox: inset(0.33, 0.33) };
    case 'CHEVRON':
      return { d: poly([[0, 0], [0.8, 0], [1, 0.5], [0.8, 1], [0, 1], [0.2, 0.5]]), textBox: inset(0.2, 0) };
    case 'ARROW_RIGHT':
      return { d: poly([[0, 0.25], [0.7, 0.25], [0.7, 0], [1, 0.5], [0.7, 1], [0.7, 0.75], [0, 0.75]]), textBox: inset(0.05, 0.25) };
    case 'ARROW_LEFT':
      return { d: poly([[1, 0.25], [0.3, 0.25], [0.3, 0], [0, 0.5], [0.3, 1], [0.3, 0.75], [1, 0.75]]), textBox: inset(0.05, 0.25) };
    case 'SPEECH_BUBBLE': {
      // FigJam's speech bubble: a rounded body with a tail at the bottom left.
      const tail = Math.min(16, h * 0.2);
      const bodyH = h - tail;
      const r = Math.min(12, w / 4, bodyH / 4);
      const body = rounded(x, y, w, bodyH, r);
      const t = `M${n(x + w * 0.12)},${n(y + bodyH - 1)}L${n(x + w * 0.12)},${n(y + h)}L${n(x + w * 0.12 + Math.min(28, w * 0.2))},${n(y + bodyH - 1)}Z`;
      return { d: `${body}${t}`, textBox: { x, y, width: w, height: bodyH } };
    }
    case 'ROUNDED_RECTANGLE':
    default:
      return { d: rounded(x, y, w, h, Math.min(16, w / 6, h / 6)), textBox: b };
  }
}

/** FigJam's text inset in a shape: 16 px, less in small shapes (a 28 px curve point). */
const shapePadding = (b: Box) => Math.min(16, b.width * 0.08, b.height * 0.08);

function shape(node: BoardNode): string {
  const shapeType = typeof node.raw.shapeType === 'string' ? node.raw.shapeType : 'SQUARE';
  const { d, textBox } = shapeOutline(shapeType, node.box);
  const style = styleOf(node);
  const size = style.fontSize ?? 16;
  const inner = Math.max(1, textBox.width - 2 * shapePadding(textBox));
  const lines = wrapText(node.text, inner, size, false);
  const blockH = lines.length * size * LINE_HEIGHT;
  const stroke = node.stroke ? `${paintAttr('stroke', node.stroke, null)} stroke-width="${n(num(node.raw.strokeWeight, 2))}"` : 'stroke="none"';
  return (
    `<g data-id="${esc(node.id)}" data-type="SHAPE_WITH_TEXT" data-shape="${esc(shapeType)}"${node.opacity < 1 ? ` opacity="${n(node.opacity)}"` : ''}>` +
    `<path d="${d}" ${paintAttr('fill', node.fill, '#FFFFFF')} ${stroke} stroke-linejoin="round"/>` +
    textSvg({ lines, x: textBox.x + textBox.width / 2, top: textBox.y + (textBox.height - blockH) / 2, fontSize: size, anchor: 'middle', weight: 500, colour: CHARCOAL }) +
    '</g>'
  );
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function text(node: BoardNode): string {
  const { x, y, width: w } = node.box;
  const style = styleOf(node);
  const size = style.fontSize ?? 24;
  const wrapAt = style.autoResize === 'WIDTH_AND_HEIGHT' ? Infinity : w;
  const anchor = style.align === 'CENTER' ? 'middle' : style.align === 'RIGHT' ? 'end' : 'start';
  const ax = anchor === 'middle' ? x + w / 2 : anchor === 'end' ? x + w : x;
  const colour = node.fill ? node.fill.css : CHARCOAL;
  return (
    `<g data-id="${esc(node.id)}" data-type="TEXT"${node.opacity < 1 ? ` opacity="${n(node.opacity)}"` : ''}>` +
    textSvg({ lines: wrapText(node.text, wrapAt, size), x: ax, top: y, fontSize: size, anchor, weight: style.fontWeight ?? 400, colour }) +
    '</g>'
  );
}

function stamp(node: BoardNode, scale: number): string {
  const { x, y, width: w, height: h } = node.box;
  const d = Math.max(Math.min(w, h), 24);
  const cx = x + w / 2;
  const cy = y + h / 2;
  const glyph = STAMP_GLYPHS.find(([re]) => re.test(node.name))?.[1] ?? (node.name.trim()[0] ?? '•').toUpperCase();
  return (
    `<g data-id="${esc(node.id)}" data-type="STAMP">` +
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(d / 2)}" fill="#FFFFFF" stroke="#B3B3B3" stroke-width="${n(1 / scale)}" filter="url(#jc-shadow)"/>` +
    `<text x="${n(cx)}" y="${n(cy + d * 0.2)}" font-family="${EMOJI_STACK}" font-size="${n(d * 0.55)}" text-anchor="middle">${esc(glyph)}</text>` +
    '</g>'
  );
}

function other(node: BoardNode, scale: number): string {
  const { x, y, width: w, height: h } = node.box;
  return (
    `<g data-id="${esc(node.id)}" data-type="${esc(node.type)}">` +
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="#FFFFFF" fill-opacity="0.6" stroke="#757575" stroke-dasharray="${n(6 / scale)}" stroke-width="${n(1 / scale)}"/>` +
    `<text x="${n(x + 4 / scale)}" y="${n(y + 14 / scale)}" font-family="${FONT_STACK}" font-size="${n(12 / scale)}" fill="#757575">${esc(node.type || 'UNKNOWN')}</text>` +
    '</g>'
  );
}

function section(node: BoardNode, scale: number): string {
  const { x, y, width: w, height: h } = node.box;
  const border = node.stroke ?? { css: darken(node.fill?.css ?? '#FFFFFF', 0.25), alpha: 1 };
  return (
    `<g data-id="${esc(node.id)}" data-type="SECTION">` +
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(Math.min(8, 4 / scale))}" ${paintAttr('fill', node.fill, '#FFFFFF')} ${paintAttr('stroke', border, null)} stroke-width="${n(1 / scale)}"/>` +
    '</g>'
  );
}

/** The section's name in a pill above its top-left corner, at a fixed screen size like FigJam's titles. */
function sectionTitle(node: BoardNode, scale: number): string {
  if (node.name.trim() === '') return '';
  const fs = Math.max(12, 13 / scale);
  const pad = fs * 0.5;
  const pillH = fs * 1.6;
  let label = node.name;
  const room = node.box.width - 2 * pad;
  if (textWidth(label, fs) > room) {
    while (label.length > 1 && textWidth(`${label}…`, fs) > room) label = label.slice(0, -1);
    label = `${label.trimEnd()}…`;
  }
  const pillW = Math.min(node.box.width, textWidth(label, fs) + 2 * pad);
  const fill = TITLE_PILL[node.fill?.css ?? '#FFFFFF'] ?? darken(node.fill?.css ?? '#FFFFFF', 0.12);
  const top = node.box.y - pillH - 4 / scale;
  return (
    `<g data-title-of="${esc(node.id)}">` +
    `<rect x="${n(node.box.x)}" y="${n(top)}" width="${n(pillW)}" height="${n(pillH)}" rx="${n(pillH / 3)}" fill="${fill}"/>` +
    textSvg({ lines: [label], x: node.box.x + pad, top: top + (pillH - fs * LINE_HEIGHT) / 2 + fs * 0.1, fontSize: fs, anchor: 'start', weight: 500, colour: CHARCOAL }) +
    '</g>'
  );
}

interface Point {
  x: number;
  y: number;
}

const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where the segment from the box centre towards `to` leaves the box. */
function clipToBorder(b: Box, to: Point): Point {
  const c = centre(b);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const tx = dx === 0 ? Infinity : b.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : b.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty, 1);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

interface End {
  point: Point | null; // fixed point (position or magnet)
  box: Box | null; // attached node, for AUTO
}

function endOf(value: unknown, page: BoardPage): End {
  if (!isRecord(value)) return { point: null, box: null };
  const attached = typeof value.endpointNodeId === 'string' ? page.byId.get(value.endpointNodeId) : undefined;
  const pos = isRecord(value.position) ? { x: num(value.position.x, 0), y: num(value.position.y, 0) } : null;
  if (attached) {
    const b = attached.box;
    // REST: a position next to an endpoint node is relative (0–1) to that node (reference §3.5).
    if (pos && pos.x >= 0 && pos.x <= 1 && pos.y >= 0 && pos.y <= 1) return { point: { x: b.x + pos.x * b.width, y: b.y + pos.y * b.height }, box: b };
    const c = centre(b);
    switch (value.magnet) {
      case 'TOP':
        return { point: { x: c.x, y: b.y }, box: b };
      case 'BOTTOM':
        return { point: { x: c.x, y: b.y + b.height }, box: b };
      case 'LEFT':
        return { point: { x: b.x, y: c.y }, box: b };
      case 'RIGHT':
        return { point: { x: b.x + b.width, y: c.y }, box: b };
      case 'CENTER':
        return { point: c, box: b };
      default:
        return { point: null, box: b };
    }
  }
  return { point: pos, box: null };
}

/** Auto end of an elbowed/curved connector: the middle of the side facing the other end. */
function sideTowards(b: Box, to: Point): { p: Point; horizontal: boolean } {
  const c = centre(b);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (Math.abs(dx) / Math.max(b.width, 1) >= Math.abs(dy) / Math.max(b.height, 1)) {
    return { p: { x: dx >= 0 ? b.x + b.width : b.x, y: c.y }, horizontal: true };
  }
  return { p: { x: c.x, y: dy >= 0 ? b.y + b.height : b.y }, horizontal: false };
}

function arrowHead(tip: Point, from: Point, size: number, colour: string): string {
  const a = Math.atan2(tip.y - from.y, tip.x - from.x);
  const p = (da: number): string => `${n(tip.x - size * Math.cos(a + da))},${n(tip.y - size * Math.sin(a + da))}`;
  return `<path d="M${p(0.45)}L${n(tip.x)},${n(tip.y)}L${p(-0.45)}Z" fill="${colour}" stroke="${colour}"/>`;
}

function connector(node: BoardNode, page: BoardPage, scale: number): string {
  const start = endOf(node.raw.connectorStart, page);
  const end = endOf(node.raw.connectorEnd, page);
  const b = node.box;
  // Ends that cannot be placed fall back to the corners of the connector's own box.
  const aim = (e: End, fallback: Point): Point => e.point ?? (e.box ? centre(e.box) : fallback);
  const s0 = aim(start, { x: b.x, y: b.y });
  const e0 = aim(end, { x: b.x + b.width, y: b.y + b.height });
  const lineType = typeof node.raw.connectorLineType === 'string' ? node.raw.connectorLineType : 'ELBOWED';
  let d: string;
  let s: Point;
  let e: Point;
  let sDir: Point; // the point the line comes from at each end (for arrow heads)
  let eDir: Point;
  if (lineType === 'STRAIGHT') {
    s = start.point ?? (start.box ? clipToBorder(start.box, e0) : s0);
    e = end.point ?? (end.box ? clipToBorder(end.box, s0) : e0);
    d = `M${n(s.x)},${n(s.y)}L${n(e.x)},${n(e.y)}`;
    sDir = e;
    eDir = s;
  } else {
    const sSide = start.point ? { p: start.point, horizontal: Math.abs(e0.x - start.point.x) >= Math.abs(e0.y - start.point.y) } : start.box ? sideTowards(start.box, e0) : { p: s0, horizontal: true };
    const eSide = end.point ? { p: end.point, horizontal: sSide.horizontal } : end.box ? sideTowards(end.box, s0) : { p: e0, horizontal: sSide.horizontal };
    s = sSide.p;
    e = eSide.p;
    if (lineType === 'CURVED') {
      const k = 0.5;
      const c1 = sSide.horizontal ? { x: s.x + (e.x - s.x) * k, y: s.y } : { x: s.x, y: s.y + (e.y - s.y) * k };
      const c2 = eSide.horizontal ? { x: e.x - (e.x - s.x) * k, y: e.y } : { x: e.x, y: e.y - (e.y - s.y) * k };
      d = `M${n(s.x)},${n(s.y)}C${n(c1.x)},${n(c1.y)} ${n(c2.x)},${n(c2.y)} ${n(e.x)},${n(e.y)}`;
      sDir = c1;
      eDir = c2;
    } else if (sSide.horizontal && eSide.horizontal) {
      const mx = (s.x + e.x) / 2;
      d = `M${n(s.x)},${n(s.y)}H${n(mx)}V${n(e.y)}H${n(e.x)}`;
      sDir = { x: mx, y: s.y };
      eDir = { x: mx, y: e.y };
    } else if (!sSide.horizontal && !eSide.horizontal) {
      const my = (s.y + e.y) / 2;
      d = `M${n(s.x)},${n(s.y)}V${n(my)}H${n(e.x)}V${n(e.y)}`;
      sDir = { x: s.x, y: my };
      eDir = { x: e.x, y: my };
    } else if (sSide.horizontal) {
      d = `M${n(s.x)},${n(s.y)}H${n(e.x)}V${n(e.y)}`;
      sDir = { x: e.x, y: s.y };
      eDir = sDir;
    } else {
      d = `M${n(s.x)},${n(s.y)}V${n(e.y)}H${n(e.x)}`;
      sDir = { x: s.x, y: e.y };
      eDir = sDir;
    }
  }
  const colour = node.stroke?.css ?? '#757575';
  const width = Math.max(num(node.raw.strokeWeight, 2), 1 / scale);
  const head = Math.max(14, 8 / scale);
  const capped = (cap: unknown) => typeof cap === 'string' && /ARROW|TRIANGLE/.test(cap);
  let out = `<g data-id="${esc(node.id)}" data-type="CONNECTOR" data-line="${esc(lineType)}"${node.opacity < 1 ? ` opacity="${n(node.opacity)}"` : ''}>`;
  out += `<path d="${d}" fill="none" stroke="${colour}"${node.stroke && node.stroke.alpha < 1 ? ` stroke-opacity="${n(node.stroke.alpha)}"` : ''} stroke-width="${n(width)}" stroke-linejoin="round"/>`;
  if (capped(node.raw.connectorEndStrokeCap)) out += arrowHead(e, eDir, head, colour);
  if (capped(node.raw.connectorStartStrokeCap)) out += arrowHead(s, sDir, head, colour);
  if (node.text.trim() !== '') {
    const fs = 16;
    const lines = wrapText(node.text, 240, fs);
    const w = Math.max(...lines.map((l) => textWidth(l, fs))) + 16;
    const h = lines.length * fs * LINE_HEIGHT + 8;
    const m = { x: (s.x + e.x) / 2, y: (s.y + e.y) / 2 };
    out += `<rect x="${n(m.x - w / 2)}" y="${n(m.y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="4" fill="#FFFFFF"/>`;
    out += textSvg({ lines, x: m.x, top: m.y - h / 2 + 4, fontSize: fs, anchor: 'middle', weight: 400, colour: CHARCOAL });
  }
  return `${out}</g>`;
}


/** The box around everything drawn on the page, with room for section titles and a margin. */
export function pageExtent(restJson: unknown, page?: number): Box {
  const nodes = readBoardPage(restJson, page).nodes;
  const all = unionOf(nodes.map((node) => node.box)) ?? { x: 0, y: 0, width: 100, height: 100 };
  return { x: all.x - MARGIN, y: all.y - MARGIN * 2, width: all.width + 2 * MARGIN, height: all.height + 3 * MARGIN };
}

export interface RenderedSvg {
  svg: string;
  /** Output size in pixels. */
  width: number;
  height: number;
}

/** The SVG and its pixel size (renderBoardSvg returns just the text). */
export function renderBoard(restJson: unknown, options: RenderOptions = {}): RenderedSvg {
  const page = readBoardPage(restJson, options.page);
  const crop = options.crop ?? pageExtent(restJson, options.page);
  if (!(crop.width > 0 && crop.height > 0)) throw new Error(`render: the crop box must have a positive size (got ${crop.width}×${crop.height})`);
  const scale = options.scale ?? Math.min(1, MAX_SIDE / Math.max(crop.width, crop.height));
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`render: scale must be a positive number (got ${String(options.scale)})`);
  const width = Math.max(1, Math.round(crop.width * scale));
  const height = Math.max(1, Math.round(crop.height * scale));
  const parts: string[] = [];
  const titles: string[] = [];
  for (const node of page.nodes) {
    switch (node.type) {
      case 'SECTION':
        parts.push(section(node, scale));
        titles.push(sectionTitle(node, scale));
        break;
      case 'STICKY':
        parts.push(sticky(node));
        break;
      case 'SHAPE_WITH_TEXT':
        parts.push(shape(node));
        break;
      case 'TEXT':
        parts.push(text(node));
        break;
      case 'CONNECTOR':
        parts.push(connector(node, page, scale));
        break;
      case 'STAMP':
        parts.push(stamp(node, scale));
        break;
      default:
        parts.push(other(node, scale));
    }
  }
  const highlights: string[] = [];
  const outset = 6 / scale;
  for (const id of options.highlight ?? []) {
    const node = page.byId.get(id);
    if (!node) continue;
    const b = node.box;
    highlights.push(
      `<rect data-highlight="${esc(id)}" x="${n(b.x - outset)}" y="${n(b.y - outset)}" width="${n(b.width + 2 * outset)}" height="${n(b.height + 2 * outset)}" fill="none" stroke="#E00000" stroke-width="${n(4 / scale)}"/>`,
    );
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(crop.x)} ${n(crop.y)} ${n(crop.width)} ${n(crop.height)}">` +
    `<defs><filter id="jc-shadow" x="-10%" y="-10%" width="130%" height="140%"><feDropShadow dx="0" dy="${n(Math.max(2, 1.5 / scale))}" stdDeviation="${n(Math.max(3, 2 / scale))}" flood-color="#000000" flood-opacity="0.18"/></filter></defs>` +
    `<rect data-page-background="" x="${n(crop.x)}" y="${n(crop.y)}" width="${n(crop.width)}" height="${n(crop.height)}" fill="${page.background}"/>` +
    parts.join('') +
    titles.join('') +
    highlights.join('') +
    '</svg>';
  return { svg, width, height };
}

/** One page of a FigJam REST file as SVG text (see the file comment for what is drawn and the options). */
export function renderBoardSvg(restJson: unknown, options: RenderOptions = {}): string {
  return renderBoard(restJson, options).svg;
}
