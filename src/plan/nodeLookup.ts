/** Look-up of snapshot nodes by id, for the planners' geometry (the engine's index of the board is journey/indexSnapshot.ts). */
import type { BoardSnapshot, Rect, SnapshotNode } from '../snapshot';

export interface NodeLookup {
  node(id: string): SnapshotNode | undefined;
  bounds(id: string): Rect | null;
  /** Union of the bounds of every user node (the board's extent), or null on an empty board. */
  extent(): Rect | null;
}

export function lookupNodes(snapshot: BoardSnapshot): NodeLookup {
  const byId = new Map<string, SnapshotNode>();
  for (const node of snapshot.nodes) byId.set(node.id, node);
  return {
    node: (id) => byId.get(id),
    bounds: (id) => byId.get(id)?.bounds ?? null,
    extent: () => {
      let box: Rect | null = null;
      for (const node of snapshot.nodes) {
        const b = node.bounds;
        if (!b || node.generated) continue;
        if (!box) box = { ...b };
        else {
          const right = Math.max(box.x + box.width, b.x + b.width);
          const bottom = Math.max(box.y + box.height, b.y + b.height);
          box.x = Math.min(box.x, b.x);
          box.y = Math.min(box.y, b.y);
          box.width = right - box.x;
          box.height = bottom - box.y;
        }
      }
      return box;
    },
  };
}
