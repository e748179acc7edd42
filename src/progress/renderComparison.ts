/**
 * `journey-check --compare OLD.json NEW.json`: what changed between two downloads of a board, as
 * text, Markdown or JSON ({ closed, opened, journeys: [{ name, before, after }] }, findings in the
 * report's finding shape).
 */
import { stringsFor } from '../i18n';
import type { ReportComparison } from './compareReports';
import { escapeMarkdown } from '../report/renderMarkdown';
import { oneLine } from '../report/format';
import type { Finding, Lang } from '../report/types';

export interface ComparisonNames {
  before: string;
  after: string;
}

export function renderComparisonJson(comparison: ReportComparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

export function renderComparisonText(comparison: ReportComparison, lang: Lang, names: ComparisonNames): string {
  const s = stringsFor(lang).progress.compare;
  const out = [s.title(oneLine(names.before), oneLine(names.after)), ''];
  const list = (title: string, findings: Finding[]) => {
    out.push(title);
    if (findings.length === 0) out.push(`  ${s.none}`);
    for (const f of findings) out.push(`  - ${where(f)}${oneLine(f.message)}`);
    out.push('');
  };
  list(s.closed(comparison.closed.length), comparison.closed);
  list(s.opened(comparison.opened.length), comparison.opened);
  out.push(s.completeness);
  for (const j of comparison.journeys) out.push(`  ${oneLine(j.name)}: ${percent(j.before, s.absent)} → ${percent(j.after, s.absent)}`);
  return `${out.join('\n')}\n`;
}

export function renderComparisonMarkdown(comparison: ReportComparison, lang: Lang, names: ComparisonNames): string {
  const s = stringsFor(lang).progress.compare;
  const out = [`# ${escapeMarkdown(s.title(names.before, names.after))}`, ''];
  const list = (title: string, findings: Finding[]) => {
    out.push(`## ${title}`, '');
    if (findings.length === 0) out.push(s.none);
    for (const f of findings) out.push(`- ${escapeMarkdown(where(f) + f.message)}`);
    out.push('');
  };
  list(s.closed(comparison.closed.length), comparison.closed);
  list(s.opened(comparison.opened.length), comparison.opened);
  out.push(`## ${s.completeness}`, '', `| ${s.journey} | ${s.before} | ${s.after} |`, '| --- | ---: | ---: |');
  for (const j of comparison.journeys) out.push(`| ${escapeMarkdown(j.name)} | ${percent(j.before, s.absent)} | ${percent(j.after, s.absent)} |`);
  return `${out.join('\n')}\n`;
}

function where(f: Finding): string {
  const place = [f.journey?.name, f.phase?.name].filter((x): x is string => Boolean(x)).join(' › ');
  return place === '' ? '' : `${place}: `;
}

function percent(value: number | null, absent: string): string {
  return value === null ? absent : `${value} %`;
}
