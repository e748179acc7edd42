/** renderBoardPng: the SVG through Debian's headless Chromium to a PNG of the right size and colours. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPng } from './pngPixels';
import { renderBoardPng } from './renderPng';
import { rest } from './restFixtures';

const dir = mkdtempSync(join(tmpdir(), 'jc-render-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderBoardPng', () => {
  it('writes a PNG of the crop × scale size showing the background, a section, a sticky and a marker in their colours', async () => {
    const board = rest.file([
      rest.section('1:1', 'Fase', { x: 0, y: 0, width: 800, height: 400 }, '#EBFFEE', [
        rest.sticky('1:2', 'Pijn', { x: 40, y: 80, width: 240, height: 240 }, '#FFB8A8'),
        rest.tagged(rest.shape('9:1', 'SQUARE', '', { x: 400, y: 80, width: 200, height: 200 }, '#BDE3FF')),
      ]),
    ]);
    const file = join(dir, 'board.png');
    const result = await renderBoardPng(board, file, { crop: { x: -100, y: -100, width: 1000, height: 600 }, scale: 0.5 });
    expect(result).toEqual({ file, width: 500, height: 300 });
    expect(statSync(file).size).toBeGreaterThan(1000);
    const png = readPng(readFileSync(file));
    expect([png.width, png.height]).toEqual([500, 300]);
    const at = (x: number, y: number) => png.at(Math.round((x + 100) * 0.5), Math.round((y + 100) * 0.5)); // board → pixel
    expect(at(-80, 480)).toBe('#F5F5F5'); // page background
    expect(at(700, 350)).toBe('#EBFFEE'); // section fill
    expect(at(160, 300)).toBe('#FFB8A8'); // sticky, below its text
    expect(at(500, 180)).toBe('#BDE3FF'); // generated shape
  });

  it('refuses a picture larger than Chromium can take, in one line', async () => {
    const board = rest.file([rest.sticky('1:2', 'x', { x: 0, y: 0, width: 240, height: 240 }, '#FFE299')]);
    await expect(renderBoardPng(board, join(dir, 'big.png'), { crop: { x: 0, y: 0, width: 20000, height: 100 }, scale: 1 })).rejects.toThrow(
      'render: the picture would be 20000×100 px; pass a smaller scale or crop (at most 8000 px a side)',
    );
  });
});
