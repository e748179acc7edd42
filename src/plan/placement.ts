/**
 * The placement engine of the write plan (issue #12): free space on the board for everything the
 * plugin writes. Pure, no Figma.
 *
 * A generated box is FREE when it
 * - overlaps no team node: sticky, stamp, shape, text, or a connector's path where both ends are known
 *   (drawn straight between their centres; a connector's bounding box is not its path);
 * - overlaps no team section except its own container and that container's ancestors (so it never lies
 *   across a section it does not belong to), and lies inside its container;
 * - overlaps nothing generated that was placed before it.
 * Every test keeps a gap (`GAP`) so boxes never touch. Nodes an earlier run generated (stickies aside), and
 * team nodes a person dropped into them, are no obstacles: a rerun on an unchanged board plans the same places.
 *
 * Lookups go through a uniform grid of buckets (`CELL` board units), so a query costs the nodes near
 * the box, not the board: planning stays linear in the board's size.
 */
import type { BoardSnapshot, Rect } from '../snapshot';

export const GAP = 8;
const CELL = 512;

type Kind = 'team' | 'section' | 'generated' | 'path';

interface Obstacle {
  id: string;
  kind: Kind;
  box: Rect;
  /** Team stickies, for "nearer to its own sticky than to any other". */
  sticky: boolean;
  /** Paths: the segment's ends. */
  from?: { x: number; y: number };
  to?: { x: number; y: number };
  /** Query stamp: an obstacle in several buckets is looked at once per query. */
  seen: number;
}

export class FreeSpace {
  private readonly buckets = new Map<number, Obstacle[]>();
  private readonly parentOf = new Map<string, string | null>();
  private readonly boxOf = new Map<string, Rect>();
  private stamp = 0;

  constructor(snapshot: BoardSnapshot) {
    const generated = new Set<string>();
    for (const node of snapshot.nodes) {
      this.parentOf.set(node.id, node.parentId);
      if (node.bounds) this.boxOf.set(node.id, node.bounds);
      // Document order is pre-order: a parent is met before its children. The plugin makes no
      // stickies, so a sticky carrying its tag (a team's copy, an old version's record) stays put: an obstacle.
      if ((node.generated && node.kind !== 'sticky') || (node.parentId !== null && generated.has(node.parentId))) generated.add(node.id);
    }
    for (const node of snapshot.nodes) {
      if (generated.has(node.id) || !node.visible || !node.bounds) continue;
      if (node.kind === 'connector') {
        const a = node.connectorStart ? this.boxOf.get(node.connectorStart) : undefined;
        const b = node.connectorEnd ? this.boxOf.get(node.connectorEnd) : undefined;
        if (!a || !b || generated.has(node.connectorStart ?? '') || generated.has(node.connectorEnd ?? '')) continue;
        const from = centre(a);
        const to = centre(b);
        const box = { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), width: Math.abs(from.x - to.x), height: Math.abs(from.y - to.y) };
        this.add({ id: node.id, kind: 'path', box, sticky: false, from, to, seen: 0 });
      } else {
        this.add({ id: node.id, kind: node.kind === 'section' ? 'section' : 'team', box: node.bounds, sticky: node.kind === 'sticky', seen: 0 });
      }
    }
  }

  /** A team node's box (null when unknown). */
  bounds(id: string): Rect | null {
    return this.boxOf.get(id) ?? null;
  }

  /** Marks a box as taken by something generated. */
  claim(box: Rect, id = 'generated'): void {
    this.add({ id, kind: 'generated', box, sticky: false, seen: 0 });
  }

  /**
   * Whether `box` is free for a node placed in the team section `container` (null: the page).
   * `within` narrows where it may lie (defaults to the container's box).
   */
  isFree(box: Rect, container: string | null, within: Rect | null = null): boolean {
    const limit = within ?? (container !== null ? this.boxOf.get(container) ?? null : null);
    if (limit && !inside(box, limit, GAP)) return false;
    const own = this.ancestorsOrSelf(container);
    const padded = grow(box, GAP);
    for (const o of this.query(padded)) {
      if (o.kind === 'section' && own.has(o.id)) continue;
      if (o.kind === 'path' ? segmentHits(o.from!, o.to!, padded) : overlaps(padded, o.box)) return false;
    }
    return true;
  }

  /** No team sticky other than `stickyId` is as near to `box` as `stickyId` is. */
  nearestIs(box: Rect, stickyId: string): boolean {
    const own = this.boxOf.get(stickyId);
    if (!own) return false;
    const d = distance(box, own);
    for (const o of this.query(grow(box, d + 1))) {
      if (o.sticky && o.id !== stickyId && distance(box, o.box) <= d) return false;
    }
    return true;
  }

  /**
   * The free box of `width` × `height` nearest to `target`, inside `within` (or the container), or null.
   * Candidates line up with the target's and nearby obstacles' edges; the search window grows
   * around the target until the limit is covered. `accept` adds a test (e.g. nearestIs).
   */
  findNear(
    target: Rect,
    width: number,
    height: number,
    container: string | null,
    within: Rect | null,
    accept: (box: Rect) => boolean = () => true,
  ): Rect | null {
    const limit = within ?? (container !== null ? this.boxOf.get(container) ?? null : null);
    for (const reach of [240, 720, 2000, 6000]) {
      let window = grow(target, reach + Math.max(width, height));
      if (limit) {
        const cut = intersection(window, limit);
        if (!cut) return null;
        window = cut;
      }
      const xs = new Set<number>([target.x, target.x + target.width - width, target.x + target.width + GAP + 1, target.x - GAP - 1 - width]);
      const ys = new Set<number>([target.y, target.y + target.height - height, target.y + target.height + GAP + 1, target.y - GAP - 1 - height]);
      if (limit) {
        xs.add(limit.x + GAP + 1).add(limit.x + limit.width - GAP - 1 - width);
        ys.add(limit.y + GAP + 1).add(limit.y + limit.height - GAP - 1 - height);
      }
      for (const o of this.query(window)) {
        xs.add(o.box.x + o.box.width + GAP + 1).add(o.box.x - GAP - 1 - width);
        ys.add(o.box.y + o.box.height + GAP + 1).add(o.box.y - GAP - 1 - height);
      }
      const candidates: { box: Rect; d: number; centres: number; order: number }[] = [];
      const tx = target.x + target.width / 2;
      const ty = target.y + target.height / 2;
      let order = 0;
      for (const y of ys) {
        for (const x of xs) {
          const box = { x: Math.round(x), y: Math.round(y), width, height };
          if (!inside(box, window, 0)) continue;
          candidates.push({ box, d: distance(box, target), centres: Math.hypot(box.x + width / 2 - tx, box.y + height / 2 - ty), order: order++ });
        }
      }
      // Nearest first; of equally near boxes, the one most in line with the target.
      candidates.sort((a, b) => a.d - b.d || a.centres - b.centres || a.order - b.order);
      for (const c of candidates) if (this.isFree(c.box, container, within) && accept(c.box)) return c.box;
      if (limit && inside(limit, window, -1)) return null; // the whole limit was searched
    }
    return null;
  }

  /**
   * `box` moved down (or right) until it is free on the page, never sideways: each step jumps past
   * the obstacle in the way. At most `maxMoves` steps (a pathological board must not stall a run).
   */
  pushOut(box: Rect, direction: 'down' | 'right', margin: number, maxMoves = 400): Rect {
    const b = { ...box };
    for (let moves = 0; moves < maxMoves; moves++) {
      let next: number | null = null;
      for (const o of this.query(grow(b, margin))) {
        const hit = o.kind === 'path' ? segmentHits(o.from!, o.to!, grow(b, margin)) : overlaps(grow(b, margin), o.box);
        if (!hit) continue;
        const past = direction === 'down' ? o.box.y + o.box.height + margin + 1 : o.box.x + o.box.width + margin + 1;
        next = next === null ? past : Math.min(next, past);
      }
      if (next === null) return b;
      if (direction === 'down') b.y = Math.round(next);
      else b.x = Math.round(next);
    }
    return b;
  }

  private ancestorsOrSelf(id: string | null): Set<string> {
    const out = new Set<string>();
    for (let current = id, depth = 0; current !== null && current !== undefined && depth < 64; depth++) {
      out.add(current);
      current = this.parentOf.get(current) ?? null;
    }
    return out;
  }

  private add(o: Obstacle): void {
    const [x0, y0, x1, y1] = cells(o.box);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cx * 1_048_576 + cy;
        const list = this.buckets.get(key);
        if (list) list.push(o);
        else this.buckets.set(key, [o]);
      }
    }
  }

  private query(box: Rect): Obstacle[] {
    const stamp = ++this.stamp;
    const out: Obstacle[] = [];
    const [x0, y0, x1, y1] = cells(box);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const list = this.buckets.get(cx * 1_048_576 + cy);
        if (!list) continue;
        for (const o of list) {
          if (o.seen === stamp) continue;
          o.seen = stamp;
          out.push(o);
        }
      }
    }
    return out;
  }
}

function cells(box: Rect): [number, number, number, number] {
  const clampCell = (v: number) => Math.max(-500_000, Math.min(500_000, Math.floor(v / CELL)));
  return [clampCell(box.x), clampCell(box.y), clampCell(box.x + box.width), clampCell(box.y + box.height)];
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function grow(box: Rect, by: number): Rect {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** `box` lies inside `limit` with `pad` to spare on every side. */
export function inside(box: Rect, limit: Rect, pad: number): boolean {
  return box.x >= limit.x + pad && box.y >= limit.y + pad && box.x + box.width <= limit.x + limit.width - pad && box.y + box.height <= limit.y + limit.height - pad;
}

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Gap between two boxes (0 when they touch or overlap). */
export function distance(a: Rect, b: Rect): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

function centre(b: Rect): { x: number; y: number } {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Whether the segment p→q passes through the box (Liang–Barsky clipping). */
export function segmentHits(p: { x: number; y: number }, q: { x: number; y: number }, box: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const edges: [number, number][] = [
    [-dx, p.x - box.x],
    [dx, box.x + box.width - p.x],
    [-dy, p.y - box.y],
    [dy, box.y + box.height - p.y],
  ];
  for (const [pp, qq] of edges) {
    if (pp === 0) {
      if (qq < 0) return false;
      continue;
    }
    const t = qq / pp;
    if (pp < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 <= t1;
}
