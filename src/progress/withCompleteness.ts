/** A report's journeys with their completeness (the one place the engine computes it). */
import { stringsFor } from '../i18n';
import type { Report } from '../report/types';
import { completenessOf, type Completeness } from './completeness';
import { progressStringsOf } from './progressStrings';

export interface JourneyCompleteness {
  id: string;
  name: string;
  completeness: Completeness;
}

export function withCompleteness(report: Report): { journeys: JourneyCompleteness[]; findings: Report['findings'] } {
  const strings = progressStringsOf(stringsFor(report.lang));
  return {
    journeys: report.journeys.map((j) => ({ id: j.id, name: j.name, completeness: completenessOf(j, report.improvements, strings) })),
    findings: report.findings,
  };
}
