/**
 * Keeps the previous report's objects where a new report is structurally equal, so memoised
 * views (compared by reference) skip re-rendering what a live update did not change.
 */
import type { Report } from '../src/report/types';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function shareUnchanged(prev: Report | null, next: Report): Report {
  if (prev === null) return next;
  const prevById = new Map(prev.journeys.map((j) => [j.id, j]));
  const journeys = next.journeys.map((j) => {
    const old = prevById.get(j.id);
    return old !== undefined && sameJson(old, j) ? old : j;
  });
  return {
    ...next,
    journeys: journeys.every((j, i) => j === prev.journeys[i]) && journeys.length === prev.journeys.length ? prev.journeys : journeys,
    findings: sameJson(prev.findings, next.findings) ? prev.findings : next.findings,
    improvements: sameJson(prev.improvements, next.improvements) ? prev.improvements : next.improvements,
  };
}
