import { describe, expect, it } from 'vitest';
import { BoardReadError, readRestBoard, readRestBoardText } from '../../src/rest/readRestFile';

type Json = Record<string, unknown>;

const box = (x: number, y: number, width = 240, height = 240) => ({ x, y, width, height });
const yellow = { type: 'SOLID', color: { r: 1, g: 0.85, b: 0.4, a: 1 }, blendMode: 'NORMAL' };

function sticky(id: string, characters: string, extra: Json = {}): Json {
  return { id, type: 'STICKY', name: '', characters, fills: [yellow], absoluteBoundingBox: box(0, 0), ...extra };
}
function section(id: string, name: string, children: Json[], extra: Json = {}): Json {
  return { id, type: 'SECTION', name, children, absoluteBoundingBox: box(0, 0, 1000, 800), ...extra };
}
function file(children: Json[], pages: Json[] = []): Json {
  return {
    name: 'Board',
    editorType: 'figjam',
    document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', name: 'Page 1', children }, ...pages] },
  };
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BoardReadError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a BoardReadError');
}

describe('readRestBoard', () => {
  it('maps nested sections, kinds, bounds and fills in document order', () => {
    const snapshot = readRestBoard(
      file([
        section('1:1', 'Journey', [
          section('1:2', 'Kopen', [section('1:3', 'Website', [sticky('1:4', 'Bestelt online')])]),
          { id: '1:5', type: 'SHAPE_WITH_TEXT', name: 'Telefoon', characters: 'Telefoon', absoluteBoundingBox: box(-300, 0) },
          { id: '1:6', type: 'TEXT', name: 't', characters: 'Titel' },
        ]),
        sticky('2:1', 'Los'),
      ]),
    );
    expect(snapshot.name).toBe('Board');
    expect(snapshot.nodes.map((n) => [n.id, n.kind, n.parentId])).toEqual([
      ['1:1', 'section', null],
      ['1:2', 'section', '1:1'],
      ['1:3', 'section', '1:2'],
      ['1:4', 'sticky', '1:3'],
      ['1:5', 'shape', '1:1'],
      ['1:6', 'text', '1:1'],
      ['2:1', 'sticky', null],
    ]);
    const first = snapshot.nodes[3];
    expect(first).toMatchObject({ text: 'Bestelt online', fill: { r: 1, g: 0.85, b: 0.4 }, bounds: box(0, 0), author: null, visible: true });
    expect(snapshot.nodes[5]?.bounds).toBeNull();
  });

  it('looks through groups and frames for membership but keeps their children', () => {
    const snapshot = readRestBoard(
      file([
        section('1:1', 'Kopen', [
          { id: '3:1', type: 'GROUP', name: 'Group 1', children: [{ id: '3:2', type: 'FRAME', name: 'F', children: [sticky('3:3', 'diep')] }] },
        ]),
      ]),
    );
    expect(snapshot.nodes.map((n) => [n.id, n.kind, n.parentId])).toEqual([
      ['1:1', 'section', null],
      ['3:1', 'other', '1:1'],
      ['3:2', 'other', '1:1'],
      ['3:3', 'sticky', '1:1'],
    ]);
  });

  it('tolerates unknown types, stamps and connectors', () => {
    const snapshot = readRestBoard(
      file([
        { id: '4:1', type: 'WASHI_TAPE', name: 'Tape' },
        { id: '4:2', type: 'HOLOGRAM_9000', name: 'Future', children: [] },
        { id: '4:3', type: 'STAMP', name: 'Thumbs up', absoluteBoundingBox: box(10, 10, 40, 40) },
        { id: '4:4', type: 'CONNECTOR', name: 'c', characters: 'lost op', connectorStart: { endpointNodeId: '1:4', magnet: 'AUTO' }, connectorEnd: { position: { x: 1, y: 2 } } },
      ]),
    );
    expect(snapshot.nodes.map((n) => n.kind)).toEqual(['other', 'other', 'stamp', 'connector']);
    expect(snapshot.nodes[0]?.type).toBe('WASHI_TAPE');
    expect(snapshot.nodes[2]).toMatchObject({ name: 'Thumbs up', stuckTo: null });
    expect(snapshot.nodes[3]).toMatchObject({ text: 'lost op', connectorStart: '1:4', connectorEnd: null });
  });

  it('marks hidden nodes and everything inside a hidden container', () => {
    const snapshot = readRestBoard(
      file([sticky('5:1', 'weg', { visible: false }), section('5:2', 'Verborgen', [sticky('5:3', 'ook weg')], { visible: false }), sticky('5:4', 'zichtbaar')]),
    );
    expect(snapshot.nodes.map((n) => n.visible)).toEqual([false, false, false, true]);
  });

  it('takes the first visible solid fill and ignores gradients and hidden paints', () => {
    const snapshot = readRestBoard(
      file([
        sticky('6:1', 'a', {
          fills: [
            { type: 'GRADIENT_LINEAR', gradientStops: [] },
            { type: 'SOLID', visible: false, color: { r: 0, g: 0, b: 0, a: 1 } },
            { type: 'SOLID', color: { r: 0.2, g: 0.4, b: 0.6, a: 0.5 } },
          ],
        }),
        sticky('6:2', 'b', { fills: [] }),
      ]),
    );
    expect(snapshot.nodes[0]?.fill).toEqual({ r: 0.2, g: 0.4, b: 0.6 });
    expect(snapshot.nodes[1]?.fill).toBeNull();
  });

  it('flags nodes tagged with the journeyCheck plugin data key as generated', () => {
    const snapshot = readRestBoard(
      file([
        sticky('7:1', 'marker', { pluginData: { '1234567890': { journeyCheck: '{"v":1}' } } }),
        sticky('7:2', 'user', { pluginData: { '1234567890': { other: 'x' } } }),
        sticky('7:3', 'shared', { sharedPluginData: { journeycheck: { journeyCheck: '1' } } }),
      ]),
    );
    expect(snapshot.nodes.map((n) => n.generated === true)).toEqual([true, false, true]);
  });

  it('reads the first page with content by default, or the page asked for', () => {
    const json = file([], [
      { id: '0:2', type: 'CANVAS', name: 'Workshop', children: [sticky('8:1', 'op pagina 2')] },
      { id: '0:3', type: 'CANVAS', name: 'Archief', children: [sticky('8:2', 'oud')] },
    ]);
    expect(readRestBoard(json).nodes.map((n) => n.id)).toEqual(['8:1']);
    expect(readRestBoard(json, { page: 'archief' }).nodes.map((n) => n.id)).toEqual(['8:2']);
    expect(readRestBoard(json, { page: '0:3' }).nodes.map((n) => n.id)).toEqual(['8:2']);
    expect(errorOf(() => readRestBoard(json, { page: 'Nope' }))).toBe('no page named "Nope" — the file has "Page 1", "Workshop", "Archief"');
  });

  it('accepts the /nodes response shape', () => {
    const snapshot = readRestBoard({
      name: 'Board',
      nodes: { '1:1': { document: section('1:1', 'Kopen', [sticky('1:2', 'x')]) }, '9:9': null },
    });
    expect(snapshot.nodes.map((n) => [n.id, n.parentId])).toEqual([
      ['1:1', null],
      ['1:2', '1:1'],
    ]);
  });

  it('walks very deep nesting without recursion', () => {
    let node: Json = sticky('d:0', 'bodem');
    for (let i = 1; i <= 20_000; i++) node = { id: `d:${i}`, type: 'GROUP', name: 'g', children: [node] };
    const snapshot = readRestBoard(file([node]));
    expect(snapshot.nodes).toHaveLength(20_001);
    expect(snapshot.nodes.at(-1)?.text).toBe('bodem');
  });
});

describe('malformed input', () => {
  it('says what is wrong in one line', () => {
    expect(errorOf(() => readRestBoardText(''))).toMatch(/^the file is empty/);
    expect(errorOf(() => readRestBoardText('hello'))).toMatch(/^the file is not valid JSON \(.+\) — expected a Figma REST file JSON/);
    expect(errorOf(() => readRestBoardText('{"document": {"type": "DOCUMENT", "chil'))).toMatch(/cut off/);
    expect(errorOf(() => readRestBoardText('{"document": {"children": [1, 2'))).toMatch(/cut off/);
    expect(errorOf(() => readRestBoardText('{"a": 1} trailing'))).not.toMatch(/cut off/);
    expect(errorOf(() => readRestBoardText('[1,2]'))).toMatch(/^expected a Figma REST file JSON with a document, got an array/);
    expect(errorOf(() => readRestBoardText('42'))).toMatch(/got a number/);
    expect(errorOf(() => readRestBoard({ name: 'x' }))).toMatch(/^expected a Figma REST file JSON with a document/);
    expect(errorOf(() => readRestBoard({ status: 403, err: 'Invalid token' }))).toMatch(/Figma API error response \(403: Invalid token\)/);
    expect(errorOf(() => readRestBoard({ document: { type: 'DOCUMENT' } }))).toMatch(/^the document has no pages/);
    expect(errorOf(() => readRestBoard({ document: { type: 'DOCUMENT', children: [] } }))).toMatch(/^the document has no pages/);
    expect(errorOf(() => readRestBoard({ document: { type: 'DOCUMENT', children: 'x' } }))).toMatch(/should be a list of pages, got a string/);
    expect(errorOf(() => readRestBoard({ document: { type: 'CANVAS', children: [] } }))).toMatch(/expected "DOCUMENT"/);
    expect(errorOf(() => readRestBoard({ document: 'x' }))).toMatch(/"document" should be an object/);
  });

  it('names the node with wrong types', () => {
    expect(errorOf(() => readRestBoard(file([sticky('1:1', 'x', { characters: 12 })])))).toBe(
      'node 1:1 has "characters" that is a number, expected a string — the file is damaged',
    );
    expect(errorOf(() => readRestBoard(file([sticky('1:1', 'x', { absoluteBoundingBox: { x: 'a' } })])))).toMatch(/node 1:1 has an "absoluteBoundingBox" without numeric/);
    expect(errorOf(() => readRestBoard(file([section('1:1', 'S', [], { children: {} })])))).toMatch(/node 1:1 has "children" that is an object/);
    expect(errorOf(() => readRestBoard(file([{ type: 'STICKY' }])))).toMatch(/a node has no string "id"/);
    expect(errorOf(() => readRestBoard(file([{ id: '1:1' }])))).toMatch(/node 1:1 has no string "type"/);
    expect(errorOf(() => readRestBoard(file([null as unknown as Json])))).toMatch(/a node in the page is null/);
  });

  it('strips a UTF-8 BOM before parsing', () => {
    expect(readRestBoardText('\uFEFF' + JSON.stringify(file([sticky('1:1', 'x')]))).nodes).toHaveLength(1);
  });
});
