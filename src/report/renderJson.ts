import type { Report } from './types';

/** The JSON format is the report object itself (report version 1), pretty-printed. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
