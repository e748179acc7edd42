/**
 * The sections Journey Check adds on the page (emotion curve, prioritised improvements) must never
 * cover the team's work: each is moved — a curve down, an improvements section to the right —
 * until it overlaps no user node lying on the page and no section placed before it. Everything
 * planned inside a moved section moves with it. Generated nodes are no obstacles, so a rerun on an
 * unchanged board plans the same places.
 */
import type { BoardSnapshot, Rect } from '../snapshot';
import type { PlanItem } from './types';

const MARGIN = 40;
/** A bound on moves per section: a board is finite, but a pathological one must not stall a run. */
const MAX_MOVES = 200;

export function keepClearOfBoard(items: readonly PlanItem[], snapshot: BoardSnapshot): PlanItem[] {
  const obstacles: Rect[] = [];
  for (const node of snapshot.nodes) {
    if (node.parentId === null && !node.generated && node.visible && node.bounds && node.kind !== 'connector') obstacles.push(node.bounds);
  }
  const shiftOf = new Map<string, { dx: number; dy: number }>();
  for (const item of items) {
    if (item.kind !== 'section' || item.parent !== null) continue;
    const box = { ...item.box };
    for (let moves = 0; moves < MAX_MOVES; moves++) {
      const hit = obstacles.find((o) => overlaps(box, o));
      if (!hit) break;
      if (item.role === 'curve') box.y = hit.y + hit.height + MARGIN;
      else box.x = hit.x + hit.width + MARGIN;
    }
    obstacles.push(box);
    if (box.x !== item.box.x || box.y !== item.box.y) shiftOf.set(item.key, { dx: box.x - item.box.x, dy: box.y - item.box.y });
  }
  if (shiftOf.size === 0) return [...items];

  const byKey = new Map(items.map((i) => [i.key, i]));
  const rootShift = (item: PlanItem): { dx: number; dy: number } | undefined => {
    let current: PlanItem | undefined = item;
    for (let depth = 0; current && depth < 16; depth++) {
      const shift = shiftOf.get(current.key);
      if (shift) return shift;
      const parent: PlanItem['parent'] = current.parent;
      current = parent && 'item' in parent ? byKey.get(parent.item) : undefined;
    }
    return undefined;
  };
  return items.map((item) => {
    if (item.kind === 'connector') return item;
    const shift = rootShift(item);
    return shift ? { ...item, box: { ...item.box, x: item.box.x + shift.dx, y: item.box.y + shift.dy } } : item;
  });
}

/** Overlap with a margin around the obstacle (touching at the margin is fine). */
function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width + MARGIN && b.x - MARGIN < a.x + a.width && a.y < b.y + b.height + MARGIN && b.y - MARGIN < a.y + a.height;
}
