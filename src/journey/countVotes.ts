// Votes: stamps stuck on a sticky, else stamps whose centre lies on a sticky (front-most wins).
import type { SnapshotNode } from '../snapshot';
import { foldName } from '../vocabulary/foldName';
import { centreOf, type Point, usableRect } from './geometry';

const CELL = 256;
/** A sticky larger than this many cells a side (corrupt bounds) is only looked at this far. */
const MAX_CELLS = 64;
const NOT_A_VOTE = new Set(['thumbs down', 'duim omlaag']);

/**
 * `nodeIds`: every id on the board. A stamp stuck to a node that is no sticky (a section, a shape)
 * votes for nothing; one stuck to an unknown node (or to none) counts by where it lies.
 */
export function countVotes(stamps: readonly SnapshotNode[], stickies: readonly SnapshotNode[], nodeIds: ReadonlyMap<string, number>): Map<string, number> {
  const votes = new Map<string, number>();
  // Only stamps stuck to something need the sticky ids (REST stamps never are).
  let ids: Set<string> | null = null;
  const stickyIds = (): Set<string> => {
    if (ids === null) {
      ids = new Set<string>();
      for (const sticky of stickies) ids.add(sticky.id);
    }
    return ids;
  };
  const add = (id: string): void => {
    votes.set(id, (votes.get(id) ?? 0) + 1);
  };
  // Stamps share a handful of names: each is folded once.
  const voteByName = new Map<string, boolean>();
  const isVote = (name: string): boolean => {
    let vote = voteByName.get(name);
    if (vote === undefined) {
      vote = !NOT_A_VOTE.has(foldName(name));
      voteByName.set(name, vote);
    }
    return vote;
  };

  // Loose stamps go into a grid by their centre; then each sticky looks at the cells it covers.
  // Stamps are few, stickies many: the grid holds the few, and no sticky is compared to far stamps.
  const loose = new Map<number, { centre: Point; sticky: string | null }[]>();
  const looseInOrder: { centre: Point; sticky: string | null }[] = [];
  for (const stamp of stamps) {
    if (stamp.generated || !stamp.visible || !isVote(stamp.name)) continue;
    const stuckTo = stamp.stuckTo ?? null;
    if (stuckTo !== null && stickyIds().has(stuckTo)) {
      add(stuckTo);
      continue;
    }
    if (stuckTo !== null && nodeIds.has(stuckTo)) continue;
    const bounds = usableRect(stamp.bounds);
    if (!bounds) continue;
    const entry = { centre: centreOf(bounds), sticky: null };
    const key = cellKey(Math.floor(entry.centre.x / CELL), Math.floor(entry.centre.y / CELL));
    const list = loose.get(key);
    if (list) list.push(entry);
    else loose.set(key, [entry]);
    looseInOrder.push(entry);
  }
  if (looseInOrder.length === 0) return votes;

  for (const sticky of stickies) {
    const b = usableRect(sticky.bounds);
    if (!b || !sticky.visible || sticky.generated) continue;
    const x0 = Math.floor(b.x / CELL);
    const y0 = Math.floor(b.y / CELL);
    // Counted by offset: far out (x ≥ 2^61) `cx++` no longer changes cx and would never end.
    const spanX = Math.min(Math.floor((b.x + b.width) / CELL) - x0, MAX_CELLS);
    const spanY = Math.min(Math.floor((b.y + b.height) / CELL) - y0, MAX_CELLS);
    for (let i = 0; i <= spanX; i++) {
      for (let j = 0; j <= spanY; j++) {
        const cell = loose.get(cellKey(x0 + i, y0 + j));
        if (cell === undefined) continue;
        for (const stamp of cell) {
          const p = stamp.centre;
          // Later in document order is drawn on top: the last sticky holding the centre wins.
          if (p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height) stamp.sticky = sticky.id;
        }
      }
    }
  }
  for (const stamp of looseInOrder) if (stamp.sticky !== null) add(stamp.sticky);
  return votes;
}

/** One number per grid cell (no string building in the hot loop); exact for |cell| < 2^20. */
function cellKey(cx: number, cy: number): number {
  return cx * 2097152 + cy;
}
