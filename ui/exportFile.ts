/**
 * Export from the panel: the report rendered by the shared renderers, saved as a download
 * (Blob + object URL + <a download>). Nothing leaves the machine: no network involved.
 */
import type { Report } from '../src/report/types';
import type { Preferences } from '../src/messages';
import type { SummaryOptions } from '../src/progress/renderSummary';

export type ExportKind = 'csv' | 'json' | 'markdown' | 'summary-html' | 'summary-md';
/** The facilitator's summary (docs/workshop-progress.md), offered apart from the report's formats. */
export const SUMMARY_KINDS: readonly ExportKind[] = ['summary-html', 'summary-md'];

/** The report renderers of src/report, injected so the plumbing is testable on its own. */
export interface ReportRenderers {
  json(report: Report): string;
  csv?: (report: Report, options: { separator: ',' | ';'; bom: boolean }) => string;
  markdown?: (report: Report) => string;
  summaryHtml?: (report: Report, options: SummaryOptions) => string;
  summaryMarkdown?: (report: Report, options: SummaryOptions) => string;
}

/** The formats the panel can offer with these renderers, in button order. */
export function availableExports(renderers: ReportRenderers): ExportKind[] {
  const kinds: ExportKind[] = [];
  if (renderers.csv) kinds.push('csv');
  kinds.push('json');
  if (renderers.markdown) kinds.push('markdown');
  if (renderers.summaryHtml) kinds.push('summary-html');
  if (renderers.summaryMarkdown) kinds.push('summary-md');
  return kinds;
}

export interface ExportFile {
  filename: string;
  mime: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const MIME: Record<ExportKind, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  'summary-html': 'text/html;charset=utf-8',
  'summary-md': 'text/markdown;charset=utf-8',
};
/** What follows the board's name in the file name. */
const SUFFIX: Record<ExportKind, string> = { csv: '.csv', json: '.json', markdown: '.md', 'summary-html': '-summary.html', 'summary-md': '-summary.md' };

/** A file-system-safe base name from the board name ("Bakkerij – Q3" → "bakkerij-q3"). */
export function fileBaseName(boardName: string): string {
  const base = boardName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base === '' ? 'journey-check' : `${base}-journey-check`;
}

/**
 * The bytes to save. CSV always carries a UTF-8 BOM: Excel (notably with a Dutch locale) needs
 * it to read accents, and the separator follows the personal preference (';' for Excel NL).
 * The summary wants its time of writing and the board's history of checks (`summary`).
 */
export function buildExport(
  kind: ExportKind,
  report: Report,
  preferences: Pick<Preferences, 'csvSeparator'>,
  renderers: ReportRenderers,
  summary: SummaryOptions = { writtenAt: '' },
): ExportFile {
  const text = renderExport(kind, report, preferences, renderers, summary);
  return {
    filename: `${fileBaseName(report.board.name)}${SUFFIX[kind]}`,
    mime: MIME[kind],
    bytes: new TextEncoder().encode(text),
  };
}

/** Offers the file as a download from the panel. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoke a little later to be safe everywhere.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function renderExport(
  kind: ExportKind,
  report: Report,
  preferences: Pick<Preferences, 'csvSeparator'>,
  renderers: ReportRenderers,
  summary: SummaryOptions,
): string {
  if (kind === 'json') return renderers.json(report);
  if (kind === 'summary-html' && renderers.summaryHtml) return renderers.summaryHtml(report, summary);
  if (kind === 'summary-md' && renderers.summaryMarkdown) return renderers.summaryMarkdown(report, summary);
  if (kind === 'csv' && renderers.csv) return renderers.csv(report, { separator: preferences.csvSeparator, bom: true });
  if (kind === 'markdown' && renderers.markdown) return renderers.markdown(report);
  throw new Error(`No ${kind} renderer in this build`);
}
