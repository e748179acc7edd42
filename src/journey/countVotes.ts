// Votes: stamps stuck on a sticky, else stamps whose centre lies on a sticky (front-most wins).
import type { SnapshotNode } from '../snapshot';
import { foldName } from '../vocabulary/foldName';
import { centreOf, containsPoint, type Point, usableRect } from './geometry';

const CELL = 256;
const NOT_A_VOTE = new Set(['thumbs down', 'duim omlaag']);

/**
 * `nodeIds`: every id on the board. A stamp stuck to a node that is no sticky (a section, a shape)
 * votes for nothing; one stuck to an unknown node (or to none) counts by where it lies.
 */
export function countVotes(stamps: readonly SnapshotNode[], stickies: readonly SnapshotNode[], nodeIds: ReadonlyMap<string, number>): Map<string, number> {
  const votes = new Map<string, number>();
  const stickyIds = new Set(stickies.map((s) => s.id));
  let grid: StickyGrid | null = null;
  for (const stamp of stamps) {
    if (stamp.generated || !stamp.visible || NOT_A_VOTE.has(foldName(stamp.name))) continue;
    const stuckTo = stamp.stuckTo ?? null;
    if (stuckTo !== null && nodeIds.has(stuckTo) && !stickyIds.has(stuckTo)) continue;
    let target: string | null = stuckTo !== null && stickyIds.has(stuckTo) ? stuckTo : null;
    const bounds = usableRect(stamp.bounds);
    if (!target && bounds) {
      grid ??= new StickyGrid(stickies);
      target = grid.stickyAt(centreOf(bounds));
    }
    if (target) votes.set(target, (votes.get(target) ?? 0) + 1);
  }
  return votes;
}

/** One number per grid cell (no string building in the hot loop); exact for |cell| < 2^20. */
function cellKey(cx: number, cy: number): number {
  return cx * 2097152 + cy;
}

/** A coarse grid over sticky bounds, so a stamp looks at the few stickies near it only. */
class StickyGrid {
  private readonly cells = new Map<number, { id: string; order: number; bounds: NonNullable<SnapshotNode['bounds']> }[]>();

  constructor(stickies: readonly SnapshotNode[]) {
    stickies.forEach((sticky, order) => {
      const b = usableRect(sticky.bounds);
      if (!b || !sticky.visible || sticky.generated) return;
      // Huge stickies (corrupt bounds) would fill the grid: cap the cells one sticky may occupy.
      const x0 = Math.floor(b.x / CELL);
      const x1 = Math.min(Math.floor((b.x + b.width) / CELL), x0 + 64);
      const y0 = Math.floor(b.y / CELL);
      const y1 = Math.min(Math.floor((b.y + b.height) / CELL), y0 + 64);
      const entry = { id: sticky.id, order, bounds: b };
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const key = cellKey(cx, cy);
          const list = this.cells.get(key);
          if (list) list.push(entry);
          else this.cells.set(key, [entry]);
        }
      }
    });
  }

  stickyAt(p: Point): string | null {
    const list = this.cells.get(cellKey(Math.floor(p.x / CELL), Math.floor(p.y / CELL)));
    let best: { id: string; order: number } | null = null;
    for (const entry of list ?? []) {
      if (containsPoint(entry.bounds, p) && (!best || entry.order > best.order)) best = entry;
    }
    return best ? best.id : null;
  }
}
