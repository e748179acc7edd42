/** The report renderers the panel exports with: the same pure functions the command line uses (and the facilitator's summary). */
import { renderCsv } from '../src/report/renderCsv';
import { renderJson } from '../src/report/renderJson';
import { renderMarkdown } from '../src/report/renderMarkdown';
import { renderSummaryHtml, renderSummaryMarkdown } from '../src/progress/renderSummary';
import type { ReportRenderers } from './exportFile';

export const reportRenderers: ReportRenderers = {
  json: renderJson,
  csv: renderCsv,
  markdown: renderMarkdown,
  summaryHtml: renderSummaryHtml,
  summaryMarkdown: renderSummaryMarkdown,
};
