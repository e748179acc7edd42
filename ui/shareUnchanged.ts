/**
 * Keeps the previous report's objects where a new report is structurally equal, so memoised
 * views (compared by reference) skip re-rendering what a live update did not change.
 * Compared field by field, stopping at the first difference: never by JSON-stringifying both
 * (at 1,000 stickies that cost ≈ 7 ms per update and allocated two strings of the whole report; #13).
 */
import type { Report } from '../src/report/types';

/** Deep equality of JSON-like values (what a validated message holds: no cycles, no Maps, no Dates). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    if (!Object.prototype.hasOwnProperty.call(ra, key)) continue;
    count += 1;
    if (!Object.prototype.hasOwnProperty.call(rb, key) || !sameValue(ra[key], rb[key])) return false;
  }
  for (const key in rb) if (Object.prototype.hasOwnProperty.call(rb, key)) count -= 1;
  return count === 0;
}

export function shareUnchanged(prev: Report | null, next: Report): Report {
  if (prev === null) return next;
  const prevById = new Map(prev.journeys.map((j) => [j.id, j]));
  const journeys = next.journeys.map((j) => {
    const old = prevById.get(j.id);
    return old !== undefined && sameValue(old, j) ? old : j;
  });
  return {
    ...next,
    journeys: journeys.every((j, i) => j === prev.journeys[i]) && journeys.length === prev.journeys.length ? prev.journeys : journeys,
    findings: sameValue(prev.findings, next.findings) ? prev.findings : next.findings,
    improvements: sameValue(prev.improvements, next.improvements) ? prev.improvements : next.improvements,
  };
}
