/**
 * The placement engine's search (src/plan/placement.ts) against a brute force on random boards:
 * nested sections with stickies, stamps on the page, connectors between stickies. findNear's sweep
 * skips obstacles a counting section holds whole and works out free candidates row by row; the
 * brute force tests every candidate from every obstacle's edges with isFree. pushOut's sweep is
 * checked against stepping one obstacle at a time. And a lane 1,000 rows deep is crossed (the
 * former 400-step cap left a box on top of the stack).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FreeSpace, GAP, grow, inside, overlaps, segmentHits } from '../../src/plan/placement';
import type { BoardSnapshot, Rect, SnapshotNode } from '../../src/snapshot';

function node(id: string, kind: SnapshotNode['kind'], bounds: Rect, parentId: string | null, extra: Partial<SnapshotNode> = {}): SnapshotNode {
  return { id, kind, type: kind.toUpperCase(), name: id, text: '', bounds, parentId, fill: null, author: null, visible: true, ...extra };
}

/** A journey with `phases` phase sections, each with `cells` cell sections holding stickies on a jittered grid. */
const boardArb = fc
  .record({
    phases: fc.integer({ min: 1, max: 3 }),
    cells: fc.integer({ min: 1, max: 2 }),
    perCell: fc.integer({ min: 0, max: 9 }),
    gap: fc.constantFrom(20, 60, 140),
    jitter: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 60, maxLength: 60 }),
    stamps: fc.array(fc.nat(53), { maxLength: 6 }),
    links: fc.array(fc.tuple(fc.nat(53), fc.nat(53)), { maxLength: 3 }),
  })
  .map((o): BoardSnapshot => {
    const nodes: SnapshotNode[] = [];
    const stickies: SnapshotNode[] = [];
    const columns = Math.max(1, Math.ceil(Math.sqrt(o.perCell)));
    const pitch = 200 + o.gap;
    const cellW = columns * pitch + 80;
    const cellH = Math.ceil(o.perCell / columns) * pitch + 140;
    const phaseW = cellW + 60;
    nodes.push(node('j', 'section', { x: 0, y: 0, width: o.phases * (phaseW + 40) + 40, height: o.cells * (cellH + 40) + 200 }, null));
    let n = 0;
    for (let p = 0; p < o.phases; p++) {
      const px = 40 + p * (phaseW + 40);
      nodes.push(node(`p${p}`, 'section', { x: px, y: 80, width: phaseW, height: o.cells * (cellH + 40) + 100 }, 'j'));
      for (let c = 0; c < o.cells; c++) {
        const cx = px + 30;
        const cy = 160 + c * (cellH + 40);
        nodes.push(node(`c${p}.${c}`, 'section', { x: cx, y: cy, width: cellW, height: cellH }, `p${p}`));
        for (let i = 0; i < o.perCell; i++) {
          const j = o.jitter[n % o.jitter.length]!;
          const s = node(`s${n++}`, 'sticky', { x: cx + 40 + (i % columns) * pitch + j, y: cy + 80 + Math.floor(i / columns) * pitch, width: 200, height: 200 }, `c${p}.${c}`);
          nodes.push(s);
          stickies.push(s);
        }
      }
    }
    for (const k of o.stamps) {
      const s = stickies[k % Math.max(1, stickies.length)];
      if (s?.bounds) nodes.push(node(`stamp${nodes.length}`, 'stamp', { x: s.bounds.x + s.bounds.width - 30, y: s.bounds.y - 10, width: 40, height: 40 }, null));
    }
    for (const [a, b] of o.links) {
      const from = stickies[a % Math.max(1, stickies.length)];
      const to = stickies[b % Math.max(1, stickies.length)];
      if (from && to && from !== to) nodes.push(node(`link${nodes.length}`, 'connector', { x: 0, y: 0, width: 1, height: 1 }, null, { connectorStart: from.id, connectorEnd: to.id }));
    }
    return { name: 'random', nodes };
  });

/** Every obstacle as the brute force sees it: boxes, and connector paths between centres. */
function obstacles(snapshot: BoardSnapshot): { id: string; box: Rect; section: boolean; path?: [{ x: number; y: number }, { x: number; y: number }] }[] {
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  return snapshot.nodes.flatMap((n) => {
    if (!n.bounds) return [];
    if (n.kind !== 'connector') return [{ id: n.id, box: n.bounds, section: n.kind === 'section' }];
    const a = byId.get(n.connectorStart ?? '')?.bounds;
    const b = byId.get(n.connectorEnd ?? '')?.bounds;
    if (!a || !b) return [];
    const [p, q] = [centre(a), centre(b)];
    return [{ id: n.id, box: { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x), height: Math.abs(p.y - q.y) }, section: false, path: [p, q] as [typeof p, typeof q] }];
  });
}

/**
 * Every placement the search could consider, from every obstacle's edges (covered or not), the
 * target's and the limit's, each tested on its own with isFree.
 */
function bruteForceFree(space: FreeSpace, snapshot: BoardSnapshot, target: Rect, width: number, height: number, container: string, limit: Rect): Rect[] {
  const xs = new Set<number>([limit.x + GAP + 1, limit.x + limit.width - GAP - 1 - width, target.x + target.width / 2 - width / 2]);
  const ys = new Set<number>([limit.y + GAP + 1, limit.y + limit.height - GAP - 1 - height, target.y + target.height / 2 - height / 2]);
  for (const o of obstacles(snapshot)) {
    xs.add(o.box.x + o.box.width + GAP + 1).add(o.box.x - GAP - 1 - width);
    ys.add(o.box.y + o.box.height + GAP + 1).add(o.box.y - GAP - 1 - height);
  }
  const free: Rect[] = [];
  for (const y of ys) for (const x of xs) {
    const box = { x: Math.round(x), y: Math.round(y), width, height };
    if (space.isFree(box, container)) free.push(box);
  }
  return free;
}

describe('FreeSpace.findNear against a brute force', () => {
  it('returns a free box inside the limit, nearer to its sticky than to any other when asked; null only when no placement anywhere in the limit is free', () => {
    fc.assert(
      fc.property(boardArb, fc.nat(200), fc.constantFrom([200, 120], [120, 168], [36, 36], [240, 101]), fc.boolean(), (snapshot, pick, [width, height], nearest) => {
        const space = new FreeSpace(snapshot);
        const stickies = snapshot.nodes.filter((n) => n.kind === 'sticky');
        const sections = snapshot.nodes.filter((n) => n.kind === 'section' && n.id !== 'j');
        const sticky = stickies.length > 0 && nearest ? stickies[pick % stickies.length]! : null;
        const container = sticky ? sticky.parentId! : sections[pick % sections.length]!.id;
        const limit = snapshot.nodes.find((n) => n.id === container)!.bounds!;
        const target = sticky ? sticky.bounds! : { x: limit.x, y: limit.y, width: limit.width, height: 1 };
        const accept = sticky ? (b: Rect) => space.nearestIs(b, sticky.id) : undefined;
        const box = space.findNear(target, width, height, container, null, accept);
        if (box) {
          expect(space.isFree(box, container)).toBe(true);
          expect(inside(box, limit, GAP)).toBe(true);
          if (sticky) expect(space.nearestIs(box, sticky.id)).toBe(true);
        } else if (!sticky) {
          // A miss where the brute force (every obstacle's edges, every candidate tested alone)
          // finds room would be a place the sweep, or its skipping of covered obstacles, lost.
          expect(bruteForceFree(space, snapshot, target, width, height, container, limit)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('claims count: a box found and claimed is never found again, and what overlaps it is not free', () => {
    fc.assert(
      fc.property(boardArb, (snapshot) => {
        const space = new FreeSpace(snapshot);
        const cell = snapshot.nodes.find((n) => n.id === 'c0.0')!;
        const target = { x: cell.bounds!.x, y: cell.bounds!.y, width: cell.bounds!.width, height: 1 };
        const found: Rect[] = [];
        for (let i = 0; i < 6; i++) {
          const box = space.findNear(target, 120, 60, cell.id, null);
          if (!box) break;
          for (const earlier of found) expect(overlaps(grow(box, GAP), earlier)).toBe(false);
          space.claim(box);
          expect(space.isFree(box, cell.id)).toBe(false);
          found.push(box);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** pushOut as it was: one look-up per step, each step past the first-ending obstacle in the way. */
function stepByStep(snapshot: BoardSnapshot, box: Rect, direction: 'down' | 'right', margin: number): Rect {
  const all = obstacles(snapshot);
  const b = { ...box };
  for (let moves = 0; moves < 100_000; moves++) {
    const padded = grow(b, margin);
    let next: number | null = null;
    for (const o of all) {
      const hit = o.path ? segmentHits(o.path[0], o.path[1], padded) : overlaps(padded, o.box);
      if (!hit) continue;
      const past = direction === 'down' ? o.box.y + o.box.height + margin + 1 : o.box.x + o.box.width + margin + 1;
      next = next === null ? past : Math.min(next, past);
    }
    if (next === null) return b;
    if (direction === 'down') b.y = Math.round(next);
    else b.x = Math.round(next);
  }
  throw new Error('no end');
}

describe('FreeSpace.pushOut', () => {
  it('lands where stepping past one obstacle at a time lands', () => {
    fc.assert(
      fc.property(boardArb, fc.integer({ min: -300, max: 1200 }), fc.integer({ min: 50, max: 2000 }), fc.constantFrom<'down' | 'right'>('down', 'right'), (snapshot, at, size, direction) => {
        const space = new FreeSpace(snapshot);
        const box = direction === 'down' ? { x: at, y: 100, width: size, height: 300 } : { x: 100, y: at, width: 300, height: size };
        expect(space.pushOut(box, direction, 40)).toEqual(stepByStep(snapshot, box, direction, 40));
      }),
      { numRuns: 300 },
    );
  });

  it('crosses a lane 1,000 rows of stickies deep and lands on free space', () => {
    const nodes: SnapshotNode[] = [];
    for (let row = 0; row < 1000; row++) for (let col = 0; col < 3; col++) nodes.push(node(`s${row}.${col}`, 'sticky', { x: col * 260, y: row * 260, width: 240, height: 240 }, null));
    const space = new FreeSpace({ name: 'deep', nodes });
    const box = space.pushOut({ x: 0, y: 0, width: 800, height: 400 }, 'down', 40);
    expect(box.y).toBe(999 * 260 + 240 + 40 + 1);
    expect(space.isFree(box, null)).toBe(true);
  });
});
