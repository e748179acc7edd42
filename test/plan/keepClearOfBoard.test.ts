import { describe, expect, it } from 'vitest';
import { keepClearOfBoard } from '../../src/plan/keepClearOfBoard';
import type { ConnectorItem, PlanItem, SectionItem, ShapeItem } from '../../src/plan/types';
import type { BoardSnapshot, Rect, SnapshotNode } from '../../src/snapshot';

function userNode(id: string, kind: SnapshotNode['kind'], bounds: Rect, extra: Partial<SnapshotNode> = {}): SnapshotNode {
  return { id, kind, type: kind.toUpperCase(), name: id, text: '', bounds, parentId: null, fill: null, author: null, visible: true, ...extra };
}
function section(key: string, role: SectionItem['role'], box: Rect): SectionItem {
  return { kind: 'section', key, role, journeyId: 'J', parent: null, name: key, box, fill: '#FFFFFF' };
}
function row(key: string, parent: string, box: Rect): ShapeItem {
  return { kind: 'shape', key, role: 'improvement-row', journeyId: 'J', parent: { item: parent }, shapeType: 'ROUNDED_RECTANGLE', text: key, fontSize: 14, box, fill: '#FFFFFF', stroke: null, severity: null, source: null };
}
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('keepClearOfBoard', () => {
  const journey = userNode('J', 'section', { x: 0, y: 0, width: 1000, height: 600 });
  const ideas = userNode('I', 'section', { x: 1100, y: 0, width: 400, height: 500 }); // the team's own ideas, right of the journey
  const loose = userNode('S', 'sticky', { x: 100, y: 700, width: 240, height: 240 }); // a loose sticky under the journey
  const snapshot: BoardSnapshot = { name: 'Board', nodes: [journey, ideas, loose] };

  it('moves the improvements section right and the curve down until they cover no user node, with their contents', () => {
    const items: PlanItem[] = [
      section('curve', 'curve', { x: 0, y: 680, width: 1000, height: 300 }),
      section('improvements', 'improvements', { x: 1200, y: 0, width: 560, height: 400 }),
      row('row1', 'improvements', { x: 1224, y: 60, width: 512, height: 80 }),
      { kind: 'connector', key: 'line', role: 'curve-line', journeyId: 'J', parent: { item: 'curve' }, start: { item: 'row1' }, end: { node: 'S' }, stroke: '#757575' } satisfies ConnectorItem,
    ];
    const moved = keepClearOfBoard(items, snapshot);
    const box = (key: string) => {
      const item = moved.find((i) => i.key === key);
      if (!item || item.kind === 'connector') throw new Error(key);
      return item.box;
    };
    for (const key of ['curve', 'improvements']) {
      for (const node of snapshot.nodes) if (node.bounds) expect(intersects(box(key), node.bounds), `${key} over ${node.id}`).toBe(false);
    }
    expect(intersects(box('curve'), box('improvements'))).toBe(false);
    expect(box('curve')).toMatchObject({ x: 0, y: 700 + 240 + 40 }); // straight down, past the sticky
    expect(box('improvements')).toMatchObject({ x: 1100 + 400 + 40, y: 0 }); // straight right, past the ideas
    expect(box('row1')).toMatchObject({ x: 1224 + (1540 - 1200), y: 60 }); // the row moved with its section
    expect(moved.find((i) => i.key === 'line')).toEqual(items[3]);
  });

  it('leaves a plan alone where nothing is covered, and ignores generated and hidden nodes', () => {
    const items: PlanItem[] = [section('curve', 'curve', { x: 0, y: 1000, width: 1000, height: 300 })];
    const withOurs: BoardSnapshot = {
      name: 'Board',
      nodes: [...snapshot.nodes, userNode('G', 'section', { x: 0, y: 1000, width: 1000, height: 300 }, { generated: true }), userNode('H', 'sticky', { x: 10, y: 1010, width: 240, height: 240 }, { visible: false })],
    };
    expect(keepClearOfBoard(items, withOurs)).toEqual(items);
  });
});
