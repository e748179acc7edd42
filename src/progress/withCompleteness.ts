/** A report's journeys with their completeness, as the report carries it. */
import type { Report } from '../report/types';
import type { Completeness } from './completeness';

export interface JourneyCompleteness {
  id: string;
  name: string;
  completeness: Completeness;
}

export function withCompleteness(report: Report): { journeys: JourneyCompleteness[]; findings: Report['findings'] } {
  return {
    journeys: report.journeys.map((j) => ({ id: j.id, name: j.name, completeness: j.completeness })),
    findings: report.findings,
  };
}
