/** The render CLI: its arguments, the journeys crop, and one real run through scripts/render-board.mjs. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { journeysCrop, parseArgs } from './cli';
import { readPng } from './pngPixels';
import { rest } from './restFixtures';

const dir = mkdtempSync(join(tmpdir(), 'jc-render-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('render CLI arguments', () => {
  it('reads the board, the picture, --after-check, --crop, --scale, --max-side and --highlight-problems', () => {
    expect(parseArgs(['b.json', 'o.png', '--after-check', '--crop', '1,2,30,40', '--scale', '0.5', '--highlight-problems'])).toEqual({
      board: 'b.json', out: 'o.png', afterCheck: true, crop: { x: 1, y: 2, width: 30, height: 40 }, scale: 0.5, maxSide: null, highlight: true,
    });
    expect(parseArgs(['--crop', 'journeys', 'b.json', 'o.png', '--max-side', '1800'])).toMatchObject({ crop: 'journeys', maxSide: 1800, afterCheck: false });
  });

  it('bad arguments: one clear line', () => {
    expect(() => parseArgs(['b.json'])).toThrow(/^usage: npm run render -- BOARD\.json OUT\.png/);
    expect(() => parseArgs(['b.json', 'o.jpg'])).toThrow('the output file must end in .png (got "o.jpg")');
    expect(() => parseArgs(['b.json', 'o.png', '--crop', '1,2,0,4'])).toThrow('--crop expects x,y,w,h with a positive width and height (got "1,2,0,4")');
    expect(() => parseArgs(['b.json', 'o.png', '--scale'])).toThrow('--scale needs a value.');
    expect(() => parseArgs(['b.json', 'o.png', '--scale', '-1'])).toThrow('--scale expects a positive number');
    expect(() => parseArgs(['b.json', 'o.png', '--zoom'])).toThrow('unknown option --zoom.');
  });

  it('--crop journeys: the team sections holding sections plus everything generated, with a margin; a persona section aside is left out', () => {
    const board = rest.file([
      rest.section('1:1', 'Persona', { x: -1000, y: 0, width: 500, height: 300 }, '#FFFFFF', [rest.sticky('1:2', 'Marloes', { x: -960, y: 40, width: 240, height: 240 }, '#D3BDFF')]),
      rest.section('1:3', 'Journey', { x: 0, y: 0, width: 1000, height: 600 }, '#FFFFFF', [rest.section('1:4', 'Phase', { x: 40, y: 80, width: 400, height: 480 }, '#F9F9F9')]),
      rest.tagged(rest.section('9:1', 'Curve', { x: 0, y: 700, width: 1000, height: 300 }, '#F8F5FF')),
    ]);
    expect(journeysCrop(board)).toEqual({ x: -60, y: -180, width: 1120, height: 1240 });
  });
});

describe('npm run render (scripts/render-board.mjs)', () => {
  it('draws an example board to a PNG of the asked size and prints the layout summary', () => {
    const out = join(dir, 'bakkerij.png');
    const run = spawnSync(process.execPath, ['scripts/render-board.mjs', 'examples/bakkerij-nl.json', out, '--crop', '0,0,3440,2660', '--scale', '0.25'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${out}: 860×665 px (crop 0,0,3440,2660)`);
    expect(run.stdout).toContain('layout problems: 0');
    const png = readPng(readFileSync(out));
    expect([png.width, png.height]).toEqual([860, 665]);
  });

  it('a missing board file: exit 1 and one line', () => {
    const run = spawnSync(process.execPath, ['scripts/render-board.mjs', join(dir, 'nope.json'), join(dir, 'x.png')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^render: cannot read .*nope\.json: ENOENT/);
  });
});
