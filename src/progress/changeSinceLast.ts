/**
 * What changed since the last check, from two history records: gaps closed and new, and each
 * journey's completeness before and after — the sentence a facilitator reads in the notification
 * and the panel ("2 gaps closed, 1 new · completeness 62 → 78 %").
 */
import { findingKeysOf, type CheckRecord } from './checkHistory';
import type { ProgressChangeStrings } from './progressStrings';

export interface ChangeSinceLast {
  closed: number;
  opened: number;
  journeys: { name: string; before: number | null; after: number }[];
  /** The previous check's finding list was cut (huge board): closed/opened are not counted. */
  uncounted: boolean;
  sentence: string;
}

export function changeSinceLast(previous: CheckRecord, current: CheckRecord, strings: ProgressChangeStrings): ChangeSinceLast {
  const before = findingKeysOf(previous);
  const after = findingKeysOf(current);
  const uncounted = previous.cut === true || current.cut === true;
  const closed = uncounted ? 0 : [...before].filter((k) => !after.has(k)).length;
  const opened = uncounted ? 0 : [...after].filter((k) => !before.has(k)).length;
  const was = new Map(previous.j);
  const journeys = current.j.map(([name, percent]) => ({ name, before: was.get(name) ?? null, after: percent }));
  const parts = [uncounted ? strings.uncounted : strings.gaps(closed, opened)];
  if (journeys.length === 1 && journeys[0]) parts.push(strings.completeness(journeys[0].before, journeys[0].after));
  else if (journeys.length > 1) parts.push(journeys.map((j) => strings.journeyCompleteness(j.name, j.before, j.after)).join(', '));
  return { closed, opened, journeys, uncounted, sentence: parts.join(' · ') };
}
