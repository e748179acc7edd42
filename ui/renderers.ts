/** The report renderers the panel exports with: the same ones the command line uses. */
import type { Report } from '../src/report/types';
import type { ReportRenderers } from './exportFile';

export const reportRenderers: ReportRenderers = {
  // The report object itself is the JSON format (report version 1).
  json: (report: Report) => `${JSON.stringify(report, null, 2)}\n`,
};
