/** renderBoardSvg draws every node kind of a FigJam REST file with its colour and text. */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { renderBoard, renderBoardSvg } from './renderBoard';
import { rest } from './restFixtures';
import { textWidth, wrapText } from './textLayout';

const LONG = 'Belt om te bestellen en hangt tien minuten in de wacht, heel frustrerend; daarna nog een keer bellen omdat de bestelling niet doorkwam en de taart er zaterdag niet bleek te zijn';

function board() {
  return rest.file([
    rest.text('1:1', 'Workshop title', { x: 0, y: -120, width: 600, height: 40 }, { fontFamily: 'Inter', fontWeight: 700, fontSize: 32, textAlignHorizontal: 'LEFT' }, '#333333'),
    rest.section('1:2', 'Bestellen', { x: 0, y: 0, width: 1200, height: 700 }, '#EBFFEE', [
      rest.sticky('1:3', LONG, { x: 40, y: 80, width: 240, height: 240 }, '#FFB8A8'),
      rest.sticky('1:4', 'Kort', { x: 320, y: 80, width: 240, height: 240 }, '#FFE299'),
      rest.shape('1:5', 'ELLIPSE', 'Start', { x: 600, y: 80, width: 160, height: 100 }, '#A8DAFF', '#0D99FF'),
      rest.shape('1:6', 'DIAMOND', 'Keuze?', { x: 800, y: 80, width: 160, height: 160 }, '#FFD3A8'),
      rest.shape('1:7', 'SPEECH_BUBBLE', 'Welke verbetering neemt deze pijn weg?', { x: 600, y: 300, width: 200, height: 90 }, '#FCD19C', '#FFA629', { style: { fontSize: 16 } }),
      rest.shape('1:8', 'ROUNDED_RECTANGLE', 'Rij', { x: 850, y: 300, width: 200, height: 60 }, '#FFFFFF'),
      rest.stamp('1:9', 'Thumbs up', 60, 92),
    ]),
    rest.connector('1:10', { endpointNodeId: '1:3', magnet: 'AUTO' }, { endpointNodeId: '1:4', magnet: 'AUTO' }, 'STRAIGHT', '#757575'),
    rest.connector('1:11', { position: { x: 100, y: 600 } }, { position: { x: 500, y: 650 } }, 'ELBOWED', '#FF7556'),
    { ...rest.sticky('1:12', 'hidden', { x: 0, y: 800, width: 240, height: 240 }, '#FFE299'), visible: false },
    rest.section('1:13', 'Dicht', { x: 0, y: 1100, width: 400, height: 300 }, '#FFFFFF', [rest.sticky('1:14', 'inside a hidden section', { x: 40, y: 1180, width: 240, height: 240 }, '#FFE299')], { sectionContentsHidden: true }),
    { id: '1:15', name: 'Poll', type: 'WIDGET', visible: true, absoluteBoundingBox: { x: 600, y: 1100, width: 200, height: 100 } },
  ]);
}

function parse(svg: string) {
  const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
  const node = (id: string) => {
    const g = doc.querySelector(`[data-id="${id}"]`);
    if (!g) throw new Error(`no node ${id} in the SVG`);
    return g;
  };
  const lines = (id: string) => [...node(id).querySelectorAll('tspan')].map((t) => t.textContent);
  return { doc, node, lines };
}

describe('renderBoardSvg', () => {
  const svg = renderBoardSvg(board());
  const { doc, node, lines } = parse(svg);

  it('draws the page background and every visible node, in tree order, hidden ones not', () => {
    expect(doc.querySelector('[data-page-background]')?.getAttribute('fill')).toBe('#F5F5F5');
    const drawn = [...doc.querySelectorAll('[data-id]')].map((g) => g.getAttribute('data-id'));
    expect(drawn).toEqual(['1:1', '1:2', '1:3', '1:4', '1:5', '1:6', '1:7', '1:8', '1:9', '1:10', '1:11', '1:13', '1:15']);
  });

  it('a section: its fill, a 1 px border, its name in a pill above the top-left corner', () => {
    const rect = node('1:2').querySelector('rect');
    expect(rect?.getAttribute('fill')).toBe('#EBFFEE');
    expect(rect?.getAttribute('stroke')).toMatch(/^#[0-9A-F]{6}$/);
    const title = doc.querySelector('[data-title-of="1:2"]');
    expect(title?.textContent).toBe('Bestellen');
    const pill = title?.querySelector('rect');
    expect(pill?.getAttribute('fill')).toBe('#B3EFBD'); // FigJam's green title on a light green section
    expect(Number(pill?.getAttribute('x'))).toBe(0);
    expect(Number(pill?.getAttribute('y')) + Number(pill?.getAttribute('height'))).toBeLessThan(0);
  });

  it('a sticky: its fill, a shadow, its text wrapped inside its width at an auto size that fits', () => {
    const g = node('1:3');
    const rect = g.querySelector('rect');
    expect(rect?.getAttribute('fill')).toBe('#FFB8A8');
    expect(rect?.getAttribute('filter')).toBe('url(#jc-shadow)');
    expect(lines('1:3').join(' ')).toBe(LONG);
    expect(lines('1:3').length).toBeGreaterThan(2);
    const size = Number(g.querySelector('text')?.getAttribute('font-size'));
    for (const line of lines('1:3')) expect(textWidth(line ?? '', size)).toBeLessThanOrEqual(240 - 40);
    // Short text is drawn larger than long text, as FigJam's auto size does.
    expect(Number(node('1:4').querySelector('text')?.getAttribute('font-size'))).toBeGreaterThan(size);
    expect(node('1:4').querySelector('rect')?.getAttribute('fill')).toBe('#FFE299');
  });

  it('shapes: the outline of their shapeType with fill and stroke, text centred', () => {
    expect(node('1:5').getAttribute('data-shape')).toBe('ELLIPSE');
    const ellipse = node('1:5').querySelector('path');
    expect(ellipse?.getAttribute('d')).toMatch(/A80,50/); // an ellipse arc with the box's radii
    expect(ellipse?.getAttribute('fill')).toBe('#A8DAFF');
    expect(ellipse?.getAttribute('stroke')).toBe('#0D99FF');
    expect(node('1:5').querySelector('text')?.getAttribute('text-anchor')).toBe('middle');
    expect(lines('1:5')).toEqual(['Start']);
    // The diamond's corners are the middles of the box's sides.
    expect(node('1:6').querySelector('path')?.getAttribute('d')).toBe('M880,80L960,160L880,240L800,160Z');
    expect(node('1:6').querySelector('path')?.getAttribute('stroke')).toBe('none');
    const bubble = node('1:7');
    expect(bubble.getAttribute('data-shape')).toBe('SPEECH_BUBBLE');
    expect(bubble.querySelector('path')?.getAttribute('fill')).toBe('#FCD19C');
    expect(bubble.querySelector('path')?.getAttribute('stroke')).toBe('#FFA629');
    expect(bubble.querySelector('text')?.getAttribute('font-size')).toBe('16');
    expect(lines('1:7').join(' ')).toBe('Welke verbetering neemt deze pijn weg?');
    expect(node('1:8').querySelector('path')?.getAttribute('d')).toContain('A'); // rounded corners
  });

  it('a text: its size, weight and colour', () => {
    const text = node('1:1').querySelector('text');
    expect(text?.getAttribute('font-size')).toBe('32');
    expect(text?.getAttribute('font-weight')).toBe('700');
    expect(text?.getAttribute('fill')).toBe('#333333');
    expect(lines('1:1')).toEqual(['Workshop title']);
  });

  it('connectors: STRAIGHT from border to border of its nodes with an arrow head, ELBOWED as an elbow, in their stroke', () => {
    const straight = node('1:10').querySelectorAll('path');
    expect(straight[0]?.getAttribute('d')).toBe('M280,200L320,200'); // right side of 1:3 → left side of 1:4
    expect(straight[0]?.getAttribute('stroke')).toBe('#757575');
    expect(straight).toHaveLength(2); // the line and the LINE_ARROW head
    const elbow = node('1:11').querySelector('path');
    expect(elbow?.getAttribute('d')).toBe('M100,600H300V650H500');
    expect(elbow?.getAttribute('stroke')).toBe('#FF7556');
  });

  it('a stamp: a small disc with its glyph', () => {
    expect(node('1:9').querySelector('circle')?.getAttribute('r')).toBe('20');
    expect(node('1:9').textContent).toBe('👍');
  });

  it('an unknown node type is a dashed box named by its type', () => {
    expect(node('1:15').textContent).toBe('WIDGET');
    expect(node('1:15').querySelector('rect')?.getAttribute('stroke-dasharray')).not.toBeNull();
  });

  it('crop and scale set the picture size and view box; highlights are red outlines on top', () => {
    const out = renderBoard(board(), { crop: { x: 0, y: 0, width: 600, height: 400 }, scale: 0.5, highlight: ['1:7', 'no-such-id'] });
    expect([out.width, out.height]).toEqual([300, 200]);
    const svgEl = parse(out.svg).doc.querySelector('svg');
    expect(svgEl?.getAttribute('viewBox')).toBe('0 0 600 400');
    const marks = [...parse(out.svg).doc.querySelectorAll('[data-highlight]')];
    expect(marks.map((m) => m.getAttribute('data-highlight'))).toEqual(['1:7']);
    expect(marks[0]?.getAttribute('stroke')).toBe('#E00000');
    expect(out.svg.lastIndexOf('data-highlight')).toBeGreaterThan(out.svg.lastIndexOf('data-id='));
  });

  it('escapes text and drops characters XML forbids', () => {
    const out = renderBoardSvg(rest.file([rest.sticky('2:1', 'a < b & "c"\u0007', { x: 0, y: 0, width: 240, height: 240 }, '#FFE299')]));
    expect(parse(out).lines('2:1')).toEqual(['a < b & "c"']);
  });

  it('bad input: one clear line', () => {
    expect(() => renderBoardSvg({})).toThrow('render: expected a Figma REST file JSON with a "document" (GET /v1/files/:key)');
    expect(() => renderBoardSvg(board(), { page: 3 })).toThrow('render: the document has no page 3');
    expect(() => renderBoardSvg(board(), { scale: 0 })).toThrow('render: scale must be a positive number (got 0)');
    expect(() => renderBoardSvg(board(), { crop: { x: 0, y: 0, width: 0, height: 10 } })).toThrow('render: the crop box must have a positive size (got 0×10)');
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, keeps newlines, breaks a word longer than the line', () => {
    expect(wrapText('een twee drie', textWidth('een twee', 10), 10)).toEqual(['een twee', 'drie']);
    expect(wrapText('a\nb', 1000, 10)).toEqual(['a', 'b']);
    expect(wrapText('x'.repeat(30), textWidth('x'.repeat(10), 10), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
    expect(wrapText('+0.5 ok', 5, 14, false)).toEqual(['+0.5', 'ok']); // shapes: a word overflows whole
  });

  it('a small shape keeps its short text whole (a 28 px curve point reads "+0.5", not "+0" over ".5")', () => {
    const point = rest.shape('3:1', 'ELLIPSE', '+0.5', { x: 0, y: 0, width: 28, height: 28 }, '#AFF4C6', undefined, { style: { fontSize: 14 } });
    expect(parse(renderBoardSvg(rest.file([point]))).lines('3:1')).toEqual(['+0.5']);
  });
});
