// Plain rectangle arithmetic on page coordinates.
import type { Rect } from '../snapshot';

export interface Point {
  x: number;
  y: number;
}

export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

export function containsPoint(rect: Rect, p: Point): boolean {
  return p.x >= rect.x && p.x <= rect.x + rect.width && p.y >= rect.y && p.y <= rect.y + rect.height;
}

export function unionOf(rects: readonly Rect[]): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return rects.length === 0 ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** A rectangle with finite numbers and no negative size; anything else counts as "not placed". */
export function usableRect(rect: Rect | null): Rect | null {
  if (!rect) return null;
  const { x, y, width, height } = rect;
  return Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(width) && Number.isFinite(height) && width >= 0 && height >= 0
    ? rect
    : null;
}
