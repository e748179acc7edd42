/**
 * The CSV report: one table — a row per journey's completeness, then one per finding and one per
 * improvement, told apart by the first column. RFC 4180 quoting, CRLF line ends, headers in the report language.
 * With ';' (Excel with a Dutch locale) numbers take a decimal comma. Cells from the board that
 * start with = + - @ tab or CR get a leading apostrophe, so a spreadsheet never runs them as a
 * formula.
 */
import type { Finding, ImprovementReport, Report } from './types';
import { stringsFor, type Strings } from '../i18n';
import { levelLabel, stageLabel } from './format';

export interface CsvOptions {
  separator: ',' | ';';
  /** Start with a UTF-8 byte order mark so Excel reads accents and emoji right. */
  bom: boolean;
}

type ReportStrings = Strings['report'];

/** A cell the spreadsheet must show as text, never evaluate. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote when the cell holds the separator, a quote or a line break; double quotes. */
export function quoteCsvCell(cell: string, separator: string): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function renderCsv(report: Report, options: CsvOptions = { separator: ',', bom: false }): string {
  const s = stringsFor(report.lang).report;
  const c = s.csv;
  const decimal = options.separator === ';' ? ',' : '.';
  const number = (value: number) => `${Math.round(value * 100) / 100}`.replace('.', decimal);
  const header = [c.type, c.severity, c.rule, c.rank, c.score, c.journey, c.phase, c.channel, c.stage, c.text, c.effort, c.impact, c.votes, c.quickWin, c.matchedBy, c.why, c.nodeIds];
  const rows: string[][] = [header.map(text)];
  // One row per journey with its completeness (score column: percent) and next steps.
  const progress = stringsFor(report.lang).progress;
  for (const journey of report.journeys) {
    const steps = journey.completeness.missing.map((m) => m.message).join(' · ');
    rows.push([text(progress.label), '', '', '', `${journey.completeness.percent}`, text(journey.name), '', '', '', text(steps), '', '', '', '', '', '', '']);
  }
  for (const finding of report.findings) rows.push(findingRow(finding, s));
  for (const item of report.improvements) rows.push(improvementRow(item, s, number));
  const body = rows.map((cells) => cells.map((cell) => quoteCsvCell(cell, options.separator)).join(options.separator)).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Text cells (from the board or the strings) are neutralised; numbers we format ourselves are not. */
function text(value: string): string {
  return neutraliseFormula(value);
}

function findingRow(f: Finding, s: ReportStrings): string[] {
  return [
    text(s.csv.finding),
    text(s.severity[f.severity]),
    f.rule,
    '',
    '',
    text(f.journey?.name ?? ''),
    text(f.phase?.name ?? ''),
    text(f.channel?.name ?? ''),
    f.stage === null ? '' : text(stageLabel(s, f.stage)),
    text(f.message),
    '',
    '',
    '',
    '',
    '',
    '',
    text(f.nodeIds.join(' ')),
  ];
}

function improvementRow(item: ImprovementReport, s: ReportStrings, number: (value: number) => string): string[] {
  return [
    text(s.csv.improvement),
    '',
    item.kind,
    `${item.rank}`,
    number(item.score),
    text(item.journey?.name ?? ''),
    '',
    '',
    '',
    text(item.text),
    text(levelLabel(s, item.effort)),
    text(levelLabel(s, item.impact)),
    `${item.votes}`,
    item.quickWin ? text(s.yes) : text(s.no),
    text(s.matchedBy[item.matchedBy]),
    text(item.why),
    text([item.nodeId ?? item.painNodeId, ...item.addresses].filter((id, i, all): id is string => id !== null && all.indexOf(id) === i).join(' ')),
  ];
}
