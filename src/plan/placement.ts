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
import { lookupNodes, type NodeLookup } from './nodeLookup';

export const GAP = 8;
const CELL = 512;
/** How far findNear looks around its target, step by step, before it gives up. */
const REACHES = [240, 720, 2000, 6000];

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
  /**
   * The smallest team section whose box holds this one whole (null: none). Wherever this obstacle
   * blocks a box, so does that section; so a search in which the section counts (it is not the
   * box's own container or an ancestor of it) can skip this obstacle altogether.
   */
  cover: Obstacle | null;
}

export class FreeSpace {
  private readonly buckets = new Map<number, Obstacle[]>();
  /**
   * The obstacles again, one grid per covering section ('' for none): a search inside a container
   * looks only at the grids of the container and its ancestors (everything else is covered by a
   * section it does count), and pushOut, for which every team section counts, only at ''.
   */
  private readonly byCover = new Map<string, Map<number, Obstacle[]>>();
  /** Parents and boxes of the board's nodes (shared with the planners: no second map of the board). */
  private readonly nodes: NodeLookup;
  private stamp = 0;
  /** Per container and limit: sizes that found no free place there (see findNear). */
  private readonly noRoom = new Map<string, [number, number][]>();

  constructor(snapshot: BoardSnapshot, nodes: NodeLookup = lookupNodes(snapshot)) {
    this.nodes = nodes;
    const generated = new Set<string>();
    for (const node of snapshot.nodes) {
      // Document order is pre-order: a parent is met before its children. The plugin makes no
      // stickies, so a sticky carrying its tag (a team's copy, an old version's record) stays put: an obstacle.
      if ((node.generated && node.kind !== 'sticky') || (node.parentId !== null && generated.has(node.parentId))) generated.add(node.id);
    }
    const obstacles: Obstacle[] = [];
    const sections = new Map<string, Obstacle>();
    for (const node of snapshot.nodes) {
      if (generated.has(node.id) || !node.visible || !node.bounds) continue;
      if (node.kind === 'connector') {
        const a = node.connectorStart ? this.nodes.bounds(node.connectorStart) : undefined;
        const b = node.connectorEnd ? this.nodes.bounds(node.connectorEnd) : undefined;
        if (!a || !b || generated.has(node.connectorStart ?? '') || generated.has(node.connectorEnd ?? '')) continue;
        const from = centre(a);
        const to = centre(b);
        const box = { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), width: Math.abs(from.x - to.x), height: Math.abs(from.y - to.y) };
        obstacles.push({ id: node.id, kind: 'path', box, sticky: false, from, to, seen: 0, cover: null });
      } else {
        const o: Obstacle = { id: node.id, kind: node.kind === 'section' ? 'section' : 'team', box: node.bounds, sticky: node.kind === 'sticky', seen: 0, cover: null };
        obstacles.push(o);
        if (o.kind === 'section') sections.set(o.id, o);
      }
    }
    for (const o of obstacles) this.add(o, this.buckets);
    // Covers: the nearest ancestor section that holds the box; for a node on the page (a stamp, a
    // connector), the smallest section around it.
    for (const o of obstacles) {
      for (let id = this.parentOf(o.id) ?? null, depth = 0; id !== null && depth < 64; id = this.parentOf(id) ?? null, depth++) {
        const s = sections.get(id);
        if (s && inside(o.box, s.box, 0)) {
          o.cover = s;
          break;
        }
      }
      o.cover ??= this.smallestSectionAround(o);
      this.add(o, this.coverGrid(o.cover));
    }
  }

  private parentOf(id: string): string | null | undefined {
    return this.nodes.node(id)?.parentId;
  }

  /** A team node's box (null when unknown). */
  bounds(id: string): Rect | null {
    return this.nodes.bounds(id) ?? null;
  }

  /** Marks a box as taken by something generated. */
  claim(box: Rect, id = 'generated'): void {
    const o: Obstacle = { id, kind: 'generated', box, sticky: false, seen: 0, cover: null };
    o.cover = this.smallestSectionAround(o);
    this.add(o, this.buckets);
    this.add(o, this.coverGrid(o.cover));
  }

  /** The smallest team section (other than `o`) whose box holds `o`'s whole, or null. */
  private smallestSectionAround(o: Obstacle): Obstacle | null {
    let best: Obstacle | null = null;
    for (const s of this.query(o.box)) {
      if (s.kind !== 'section' || s === o || !inside(o.box, s.box, 0)) continue;
      if (!best || s.box.width * s.box.height < best.box.width * best.box.height) best = s;
    }
    return best;
  }

  /**
   * Whether `box` is free for a node placed in the team section `container` (null: the page).
   * `within` narrows where it may lie (defaults to the container's box).
   */
  isFree(box: Rect, container: string | null, within: Rect | null = null): boolean {
    const limit = within ?? (container !== null ? this.nodes.bounds(container) ?? null : null);
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
    const own = this.nodes.bounds(stickyId);
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
   *
   * Cost: a window with k obstacles has O(k) candidate columns and rows, so O(k²) candidates. They
   * are not tested one by one: each obstacle blocks a range of columns over a range of rows, and a
   * sweep down the rows merges the ranges of the obstacles in that row (a row a cell section spans
   * is one range, done at once). Only free candidates are sorted and offered to `accept`. A size
   * that found no free place anywhere in a limit is remembered: space only shrinks as boxes are
   * claimed, so any box at least as big fails there at once.
   */
  findNear(
    target: Rect,
    width: number,
    height: number,
    container: string | null,
    within: Rect | null,
    accept: (box: Rect) => boolean = () => true,
  ): Rect | null {
    const limit = within ?? (container !== null ? this.nodes.bounds(container) ?? null : null);
    const memo = limit ? `${container ?? ''}|${limit.x},${limit.y},${limit.width},${limit.height}` : null;
    if (memo !== null && this.noRoom.get(memo)?.some(([w, h]) => width >= w && height >= h)) return null;
    const own = this.ancestorsOrSelf(container);
    const windowAt = (reach: number): Rect | null => {
      const window = grow(target, reach + Math.max(width, height));
      return limit ? intersection(window, limit) : window;
    };
    const remember = (): null => {
      const sizes = this.noRoom.get(memo!);
      if (sizes) sizes.push([width, height]);
      else this.noRoom.set(memo!, [[width, height]]);
      return null;
    };
    for (const [step, reach] of REACHES.entries()) {
      const window = windowAt(reach);
      if (!window) return null;
      const whole = limit !== null && inside(limit, window, -1); // this window covers the whole limit
      const candidates = this.freeCandidates(target, width, height, limit, window, own);
      // Nearest first; of equally near boxes, the one most in line with the target, then the first
      // found. Usually the first is taken: find it in one pass, sort only when `accept` refuses it.
      let best: Candidate | undefined;
      for (const c of candidates) if (!best || before(c, best)) best = c;
      if (best && accept(best.box)) return best.box;
      candidates.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
      for (const c of candidates.slice(1)) if (accept(c.box)) return c.box;
      // The whole limit was searched. With no free place at all, no box this big fits there from now on.
      if (whole) return candidates.length === 0 && memo !== null ? remember() : null;
      if (step === 0 && limit && candidates.length === 0) {
        // Before looking further out step by step: is there a free place anywhere within the last
        // reach? Its candidates include every nearer window's (more obstacles, so more edges), and
        // a free candidate is free in any window: with none there, every step would find none.
        const last = windowAt(REACHES[REACHES.length - 1]!)!;
        if (this.freeCandidates(target, width, height, limit, last, own).length === 0) return inside(limit, last, -1) && memo !== null ? remember() : null;
      }
    }
    return null;
  }

  /**
   * The free candidates in `window` for a `width` × `height` box near `target` (unsorted), each with
   * its distance to the target, its centres' distance and the order it was found in.
   */
  private freeCandidates(target: Rect, width: number, height: number, limit: Rect | null, window: Rect, own: ReadonlySet<string>): Candidate[] {
    const tx = target.x + target.width / 2;
    const ty = target.y + target.height / 2;
    // Beside, above or below the target, flush with its edges or centred on it.
    const xs = [target.x, target.x + target.width - width, target.x + target.width + GAP + 1, target.x - GAP - 1 - width, tx - width / 2];
    const ys = [target.y, target.y + target.height - height, target.y + target.height + GAP + 1, target.y - GAP - 1 - height, ty - height / 2];
    if (limit) {
      xs.push(limit.x + GAP + 1, limit.x + limit.width - GAP - 1 - width);
      ys.push(limit.y + GAP + 1, limit.y + limit.height - GAP - 1 - height);
    }
    // One look-up serves both: obstacles in the window's buckets give candidate edges, and
    // anything within GAP of the window may block a candidate.
    // Obstacles under a section that counts here are that section's business (see Obstacle.cover):
    // only those on the page or right under the container or one of its ancestors are looked at.
    const around = grow(window, GAP + 1);
    const stamp = ++this.stamp;
    const near: Obstacle[] = [];
    for (const id of ['', ...own]) {
      const grid = this.byCover.get(id);
      if (grid) this.collect(around, grid, stamp, near);
    }
    const [wx0, wy0, wx1, wy1] = cells(window);
    for (const o of near) {
      // Not in the window's buckets: skip (the same obstacles as a look-up of the window itself).
      if (cell(o.box.x + o.box.width) < wx0 || cell(o.box.x) > wx1 || cell(o.box.y + o.box.height) < wy0 || cell(o.box.y) > wy1) continue;
      xs.push(o.box.x + o.box.width + GAP + 1, o.box.x - GAP - 1 - width);
      ys.push(o.box.y + o.box.height + GAP + 1, o.box.y - GAP - 1 - height);
    }
    // Candidate coordinates that keep the box inside the window and (with GAP to spare) the limit.
    const cx = axis(xs, width, window.x, window.x + window.width, limit ? limit.x + GAP : -Infinity, limit ? limit.x + limit.width - GAP : Infinity);
    const cy = axis(ys, height, window.y, window.y + window.height, limit ? limit.y + GAP : -Infinity, limit ? limit.y + limit.height - GAP : Infinity);
    const nx = cx.values.length;
    const ny = cy.values.length;
    const candidates: Candidate[] = [];
    if (nx === 0 || ny === 0) return candidates;
    // Per obstacle, the columns [x0, x1) and rows [y0, y1) of candidates whose padded box overlaps
    // it: exactly isFree's test, with the padded box's edges computed as grow() computes them.
    const near0 = cx.values.map((x) => x - GAP); // padded left edges
    const far0 = cx.values.map((x) => x - GAP + (width + 2 * GAP)); // padded right edges
    const near1 = cy.values.map((y) => y - GAP);
    const far1 = cy.values.map((y) => y - GAP + (height + 2 * GAP));
    const startsAt: number[][] = [];
    const ranges: number[] = [];
    const paths: Obstacle[] = [];
    for (const o of near) {
      if (o.kind === 'section' && own.has(o.id)) continue;
      if (o.kind === 'path') {
        paths.push(o);
        continue;
      }
      const y0 = firstAbove(far1, o.box.y);
      const y1 = firstAtLeast(near1, o.box.y + o.box.height);
      if (y0 >= y1) continue;
      const x0 = firstAbove(far0, o.box.x);
      const x1 = firstAtLeast(near0, o.box.x + o.box.width);
      if (x0 >= x1) continue;
      (startsAt[y0] ??= []).push(ranges.length);
      ranges.push(x0, x1, y1);
    }
    // Down the rows: the column ranges of the obstacles in a row, merged; what they leave is free.
    const active: number[] = [];
    const spans: number[] = []; // [from, to) pairs of the row, sorted by from
    for (let row = 0; row < ny; row++) {
      let kept = 0;
      for (const r of active) if (ranges[r + 2]! > row) active[kept++] = r;
      active.length = kept;
      for (const r of startsAt[row] ?? []) active.push(r);
      spans.length = 0;
      for (const r of active) {
        // Insertion into the sorted pairs (a row holds a handful of obstacles).
        const from = ranges[r]!;
        let i = spans.length;
        spans.push(0, 0);
        for (; i > 0 && spans[i - 2]! > from; i -= 2) {
          spans[i] = spans[i - 2]!;
          spans[i + 1] = spans[i - 1]!;
        }
        spans[i] = from;
        spans[i + 1] = ranges[r + 1]!;
      }
      const y = cy.values[row]!;
      let column = 0;
      for (let i = 0; i <= spans.length && column < nx; i += 2) {
        const to = i < spans.length ? spans[i]! : nx;
        for (; column < to; column++) {
          const box = { x: cx.values[column]!, y, width, height };
          if (paths.length > 0) {
            const padded = grow(box, GAP);
            if (paths.some((p) => segmentHits(p.from!, p.to!, padded))) continue;
          }
          candidates.push({
            box,
            d: distance(box, target),
            centres: Math.hypot(box.x + width / 2 - tx, y + height / 2 - ty),
            order: cy.rank[row]! * nx + cx.rank[column]!,
          });
        }
        if (i < spans.length && spans[i + 1]! > column) column = spans[i + 1]!;
      }
    }
    return candidates;
  }

  /**
   * `box` moved down (or right) until it is free on the page, never sideways: each step jumps past
   * the obstacle in the way that ends first, to the first place where nothing lies within `margin`.
   *
   * One sweep along the direction, not a look-up per step: the obstacles in the box's lane are
   * fetched a stretch at a time, enter as the box reaches them and leave (a heap by their far edge)
   * once it is past, so each is handled once however many rows of stickies lie in the way.
   */
  pushOut(box: Rect, direction: 'down' | 'right', margin: number): Rect {
    const down = direction === 'down';
    const start = (r: Rect) => (down ? r.y : r.x);
    const end = (r: Rect) => (down ? r.y + r.height : r.x + r.width);
    const size = down ? box.height : box.width;
    const laneFrom = (down ? box.x : box.y) - margin; // the padded box's extent across the direction
    const laneTo = (down ? box.x + box.width : box.y + box.height) + margin;
    const inLane = (r: Rect) => (down ? r.x < laneTo && laneFrom < r.x + r.width : r.y < laneTo && laneFrom < r.y + r.height);
    const at = (p: number): Rect => (down ? { ...box, y: p } : { ...box, x: p });

    let p = start(box);
    const seen = new Set<Obstacle>();
    const waiting: Obstacle[] = []; // in the lane, not yet reached: sorted by start, taken from `next`
    let next = 0;
    let fetched = p - margin; // obstacles starting before this are all in `seen`
    const ends = new MinHeap(); // far edges of the rectangles the box has reached
    const paths: Obstacle[] = [];
    for (;;) {
      const reach = p - margin + size + 2 * margin; // the padded box's far edge
      if (reach > fetched) {
        // Fetch the lane ahead (at least as far again as the box is long).
        const to = Math.max(reach, fetched + size + 2 * margin + 2048);
        const from = p - margin;
        const region = down ? { x: laneFrom, y: from, width: laneTo - laneFrom, height: to - from } : { x: from, y: laneFrom, width: to - from, height: laneTo - laneFrom };
        for (const o of this.query(region, this.coverGrid(null))) {
          if (seen.has(o) || !inLane(o.box) || end(o.box) <= from) continue;
          seen.add(o);
          waiting.push(o);
        }
        waiting.splice(0, next);
        next = 0;
        waiting.sort((a, b) => start(a.box) - start(b.box));
        fetched = to;
      }
      // The box (padded) overlaps o when o starts before its far edge and ends after its near edge.
      while (next < waiting.length && start(waiting[next]!.box) < reach) {
        const o = waiting[next++]!;
        if (o.kind === 'path') paths.push(o);
        else ends.push(end(o.box));
      }
      while (ends.size > 0 && !(p - margin < ends.peek())) ends.pop();
      let past = ends.size > 0 ? ends.peek() + margin + 1 : Infinity;
      if (paths.length > 0) {
        const padded = grow(at(p), margin);
        for (const o of paths) if (p - margin < end(o.box) && segmentHits(o.from!, o.to!, padded)) past = Math.min(past, end(o.box) + margin + 1);
      }
      if (past === Infinity) return at(p);
      p = Math.round(past);
    }
  }

  private ancestorsOrSelf(id: string | null): Set<string> {
    const out = new Set<string>();
    for (let current = id, depth = 0; current !== null && current !== undefined && depth < 64; depth++) {
      out.add(current);
      current = this.parentOf(current) ?? null;
    }
    return out;
  }

  private add(o: Obstacle, buckets: Map<number, Obstacle[]>): void {
    const [x0, y0, x1, y1] = cells(o.box);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cx * 1_048_576 + cy;
        const list = buckets.get(key);
        if (list) list.push(o);
        else buckets.set(key, [o]);
      }
    }
  }

  private coverGrid(cover: Obstacle | null): Map<number, Obstacle[]> {
    const key = cover?.id ?? '';
    let grid = this.byCover.get(key);
    if (!grid) this.byCover.set(key, (grid = new Map()));
    return grid;
  }

  private query(box: Rect, buckets: Map<number, Obstacle[]> = this.buckets): Obstacle[] {
    const out: Obstacle[] = [];
    this.collect(box, buckets, ++this.stamp, out);
    return out;
  }

  /** Adds to `out` each obstacle of `buckets` near `box` not yet stamped with `stamp`. */
  private collect(box: Rect, buckets: Map<number, Obstacle[]>, stamp: number, out: Obstacle[]): void {
    const [x0, y0, x1, y1] = cells(box);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const list = buckets.get(cx * 1_048_576 + cy);
        if (!list) continue;
        for (const o of list) {
          if (o.seen === stamp) continue;
          o.seen = stamp;
          out.push(o);
        }
      }
    }
  }
}

/**
 * Candidate coordinates on one axis, rounded, kept when a box of `size` there stays inside
 * [lo, hi] (the window) and [padLo, padHi] (the limit, GAP taken off): `values` distinct and
 * ascending, `rank[i]` the order in which values[i] was first met (ties between equally near
 * candidates go to the one found first, rows before columns).
 */
function axis(raw: readonly number[], size: number, lo: number, hi: number, padLo: number, padHi: number): { values: number[]; rank: number[] } {
  const firstSeen = new Map<number, number>();
  for (const value of raw) {
    const v = Math.round(value);
    if (v >= lo && v + size <= hi && v >= padLo && v + size <= padHi && !firstSeen.has(v)) firstSeen.set(v, firstSeen.size);
  }
  const values = [...firstSeen.keys()].sort((a, b) => a - b);
  return { values, rank: values.map((v) => firstSeen.get(v)!) };
}

function before(a: Candidate, b: Candidate): boolean {
  return a.d !== b.d ? a.d < b.d : a.centres !== b.centres ? a.centres < b.centres : a.order < b.order;
}

interface Candidate {
  box: Rect;
  d: number;
  centres: number;
  order: number;
}

/** The first index whose value is above `t` in ascending `values` (values.length: none). */
function firstAbove(values: readonly number[], t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index whose value is at least `t` in ascending `values` (values.length: none). */
function firstAtLeast(values: readonly number[], t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A binary min-heap of numbers (the far edges pushOut is waiting to pass). */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): number {
    return this.items[0]!;
  }

  push(value: number): void {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }

  pop(): void {
    const a = this.items;
    const last = a.pop()!;
    if (a.length === 0) return;
    a[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && a[l]! < a[m]!) m = l;
      if (r < a.length && a[r]! < a[m]!) m = r;
      if (m === i) break;
      [a[m], a[i]] = [a[i]!, a[m]!];
      i = m;
    }
  }
}

/** The bucket a coordinate falls in. */
function cell(v: number): number {
  return Math.max(-500_000, Math.min(500_000, Math.floor(v / CELL)));
}

function cells(box: Rect): [number, number, number, number] {
  return [cell(box.x), cell(box.y), cell(box.x + box.width), cell(box.y + box.height)];
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
