/**
 * Two reports of one board, before and after: which findings closed, which are new, and how each
 * journey's completeness moved. Journeys are matched by name (ids differ between downloads of
 * copies); a journey present on one side only has null on the other.
 */
import type { Finding } from '../report/types';
import type { Completeness } from './completeness';
import { findingKey } from './findingKey';

export interface JourneyProgress {
  name: string;
  before: number | null;
  after: number | null;
}

export interface ReportComparison {
  closed: Finding[];
  opened: Finding[];
  journeys: JourneyProgress[];
}

/** What a comparison reads of a report. */
interface Compared {
  journeys: readonly { name: string; completeness: Completeness }[];
  findings: readonly Finding[];
}

export function compareReports(before: Compared, after: Compared): ReportComparison {
  const beforeKeys = new Set(before.findings.map(findingKey));
  const afterKeys = new Set(after.findings.map(findingKey));
  const closed = before.findings.filter((f) => !afterKeys.has(findingKey(f)));
  const opened = after.findings.filter((f) => !beforeKeys.has(findingKey(f)));
  const percentOf = (report: Compared) => new Map(report.journeys.map((j) => [j.name, j.completeness.percent]));
  const was = percentOf(before);
  const now = percentOf(after);
  const names = [...after.journeys.map((j) => j.name), ...before.journeys.map((j) => j.name).filter((n) => !now.has(n))];
  const journeys = [...new Set(names)].map((name) => ({ name, before: was.get(name) ?? null, after: now.get(name) ?? null }));
  return { closed, opened, journeys };
}
