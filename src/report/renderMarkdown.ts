/**
 * The Markdown report: headings and tables. Every piece of board text goes through
 * `escapeMarkdown`, so a sticky cannot open a heading, a code span, a link, raw HTML or a new
 * table cell.
 */
import type { ImprovementReport, JourneyReport, Lang, Report, Severity } from './types';
import { statesFeeling } from '../emotion/statesFeeling';
import { stringsFor, type Strings } from '../i18n';
import { curveGlyph, journeyHeading, emotionLabel, formatScore, levelLabel, oneLine, stageWithReading } from './format';

type ReportStrings = Strings['report'];

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_ICON: Record<Severity, string> = { error: '⛔', warning: '⚠️', info: 'ℹ️' };

/**
 * Board text as inline Markdown that renders literally: one line; the characters that start
 * emphasis, code, links, HTML, entities, math, strike-through or a table cell are
 * backslash-escaped (CommonMark allows escaping any ASCII punctuation); a leading block
 * marker (#, >, -, +, "1.") is escaped too, should the text ever start a line.
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text).replace(/[\\`*_[\]<>|~&$]/g, (char) => `\\${char}`);
  return escaped.replace(/^[#>+-]/, (marker) => `\\${marker}`).replace(/^(\d+)([.)])/, (_all, digits: string, dot: string) => `${digits}\\${dot}`);
}

export function renderMarkdown(report: Report): string {
  const s = stringsFor(report.lang).report;
  const out: string[] = [];
  out.push(`# ${s.title}: ${escapeMarkdown(report.board.name) || s.board}`, '');
  out.push(`**${s.summary}:** ${s.summaryLine(report.summary)}`, '');
  if (report.board.votes === 'not-in-download') out.push(`_${s.votesNotInDownload}_`, '');

  for (const journey of report.journeys) out.push(...journeySection(journey, s, report.lang));

  out.push(`## ${s.findings}`, '');
  if (report.findings.length === 0) out.push(s.noFindings, '');
  for (const severity of SEVERITY_ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(`### ${SEVERITY_ICON[severity]} ${s.severities[severity]} (${group.length})`, '');
    out.push(row([s.rule, s.journey, s.phase, s.channel, s.message]), row(['---', '---', '---', '---', '---']));
    for (const f of group) {
      out.push(
        row([
          `\`${f.rule}\``,
          escapeMarkdown(f.journey?.name ?? ''),
          escapeMarkdown(f.phase?.name ?? ''),
          escapeMarkdown(f.channel?.name ?? ''),
          escapeMarkdown(f.message),
        ]),
      );
    }
    out.push('');
  }

  out.push(`## ${s.improvements}`, '');
  if (report.improvements.length === 0) out.push(s.noImprovements, '');
  else {
    out.push(
      row([s.rank, s.score, s.improvement, s.journey, s.effort, s.impact, s.votes, s.quickWin, s.why]),
      row(['---:', '---:', '---', '---', '---', '---', '---:', '---', '---']),
    );
    for (const item of report.improvements) out.push(improvementRow(item, s));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function journeySection(journey: JourneyReport, s: ReportStrings, lang: Lang): string[] {
  const out: string[] = [`## ${escapeMarkdown(journeyHeading(s.journey, journey.name))}`, ''];
  const personas = journey.personas.map((p) => escapeMarkdown(p.notes.length > 0 ? `${p.name} (${p.notes.join('; ')})` : p.name)).join(', ');
  out.push(`**${s.personas}:** ${personas || `_${s.noPersona}_`}`, '');
  const progress = stringsFor(lang).progress;
  out.push(`**${progress.label}:** ${journey.completeness.percent} %`, '');
  if (journey.completeness.missing.length > 0) out.push(...journey.completeness.missing.map((step) => `- ${escapeMarkdown(step.message)}`), '');

  if (journey.emotionCurve.length > 0) {
    out.push(`**${s.curve}:** ${journey.emotionCurve.map((p) => curveGlyph(p.score)).join(' ')}`, '');
  }
  const withAuthors = journey.participation.byPhase.some((p) => p.authors.length > 0);
  const header = [s.phase, s.stage, s.touchpoints, s.channels, s.channelMixLegend, s.score, ...(withAuthors ? [s.participation] : [])];
  out.push(row(['#', ...header]), row(['---:', '---', '---', '---:', '---', '---:', '---:', ...(withAuthors ? ['---'] : [])]));
  journey.phases.forEach((phase, index) => {
    const mix = journey.channelMix.byPhase.find((m) => m.phaseId === phase.id);
    const authors = journey.participation.byPhase.find((p) => p.phaseId === phase.id)?.authors ?? [];
    const channels = [...new Set(phase.touchpoints.map((t) => t.channel?.name).filter((n): n is string => n !== undefined))];
    out.push(
      row([
        `${index + 1}`,
        escapeMarkdown(phase.name),
        escapeMarkdown(stageWithReading(s, phase, lang)),
        `${phase.touchpoints.length}`,
        channels.map(escapeMarkdown).join(', '),
        mix ? `${mix.traditional}/${mix.digital}` : '',
        formatScore(phase.meanScore),
        ...(withAuthors ? [authors.map((a) => `${escapeMarkdown(a.name)} (${a.count})`).join(', ')] : []),
      ]),
    );
  });
  out.push('');

  for (const phase of journey.phases) {
    // A phase without touchpoints has no section (phase-empty says so), lane feelings or not.
    if (phase.touchpoints.length === 0) continue;
    const feelings = phase.attributes.filter((a) => a.lane === 'emotion');
    out.push(`### ${escapeMarkdown(phase.name)}`, '');
    if (feelings.length > 0) {
      const shown = feelings.map((a) => {
        const stated = statesFeeling(a.sentiment) ? ` (${`${emotionLabel(s, a.sentiment.emotion)} ${formatScore(a.sentiment.score)}`.trim()})` : '';
        return `${escapeMarkdown(a.text)}${stated}`;
      });
      out.push(`**${s.laneFeelings}:** ${shown.join(' · ')}`, '');
    }
    out.push(row([s.touchpoints, s.channel, s.emotion, s.score, s.votes]), row(['---', '---', '---', '---:', '---:']));
    for (const t of phase.touchpoints) {
      const stated = statesFeeling(t.sentiment);
      out.push(
        row([
          escapeMarkdown(t.text),
          escapeMarkdown(t.channel?.name ?? ''),
          stated ? emotionLabel(s, t.sentiment.emotion) : `_${s.noFeeling}_`,
          stated ? formatScore(t.sentiment.score) : '',
          t.votes > 0 ? `${t.votes}` : '',
        ]),
      );
    }
    out.push('');
  }
  return out;
}

function improvementRow(item: ImprovementReport, s: ReportStrings): string {
  const text = item.kind === 'needs-idea' ? `_${s.needsIdea}:_ ${escapeMarkdown(item.text)}` : escapeMarkdown(item.text);
  return row([
    `${item.rank}`,
    item.score.toFixed(1),
    text,
    escapeMarkdown(item.journey?.name ?? ''),
    levelLabel(s, item.effort),
    levelLabel(s, item.impact),
    `${item.votes}`,
    item.quickWin ? `★ ${s.yes}` : '',
    escapeMarkdown(item.why),
  ]);
}
