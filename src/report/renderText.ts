/**
 * The terminal report: per journey its phases (stage, touchpoints, channels, the feeling of each
 * touchpoint) and an emotion curve, then findings by severity, ranked improvements and a
 * summary line. Fits 80 columns; ANSI colour only when asked (`color`, i.e. a TTY).
 */
import type { Finding, ImprovementReport, JourneyReport, Lang, PhaseReport, Report, Severity } from './types';
import { statesFeeling } from '../emotion/statesFeeling';
import { stringsFor, type Strings } from '../i18n';
import {
  curveGlyph,
  displayWidth,
  emotionLabel,
  formatScore,
  levelLabel,
  oneLine,
  padEnd,
  sentimentSign,
  stageWithReading,
  truncate,
  wrap,
  journeyHeading,
} from './format';

export interface TextOptions {
  /** ANSI colours (default false: plain text for files and pipes). */
  color?: boolean;
  /** Line width (default 80). */
  width?: number;
}

type ReportStrings = Strings['report'];

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const ANSI = { red: '31', yellow: '33', blue: '34', green: '32', dim: '2', bold: '1' } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof ANSI> = { error: 'red', warning: 'yellow', info: 'blue' };

export function renderText(report: Report, options: TextOptions = {}): string {
  const s = stringsFor(report.lang).report;
  const width = Math.max(40, options.width ?? 80);
  const paint = (code: keyof typeof ANSI, text: string) => (options.color ? `\u001b[${ANSI[code]}m${text}\u001b[0m` : text);
  const out: string[] = [];

  const title = `${s.title} — ${oneLine(report.board.name) || s.board}`;
  out.push(paint('bold', truncate(title, width)), '═'.repeat(Math.min(width, displayWidth(title))), '');
  if (report.board.votes === 'not-in-download') out.push(wrap(s.votesNotInDownload, width, '  '), '');

  for (const journey of report.journeys) out.push(...journeyBlock(journey, s, width, paint, report.lang), '');

  out.push(paint('bold', s.findings), '─'.repeat(displayWidth(s.findings)));
  if (report.findings.length === 0) out.push(`  ${s.noFindings}`);
  for (const severity of SEVERITY_ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(paint(SEVERITY_COLOR[severity], `  ${SEVERITY_ICON[severity]} ${s.severities[severity]} (${group.length})`));
    for (const finding of group) out.push(findingLine(finding, width, paint));
  }
  out.push('');

  out.push(paint('bold', s.improvements), '─'.repeat(displayWidth(s.improvements)));
  if (report.improvements.length === 0) out.push(`  ${s.noImprovements}`);
  for (const improvement of report.improvements) out.push(...improvementLines(improvement, s, width, paint));
  out.push('');

  out.push(wrap(`${s.summary}: ${s.summaryLine(report.summary)}`, width, '  '));
  return `${out.join('\n')}\n`;
}

type Paint = (code: keyof typeof ANSI, text: string) => string;

function journeyBlock(journey: JourneyReport, s: ReportStrings, width: number, paint: Paint, lang: Lang): string[] {
  const lines: string[] = [];
  const heading = journeyHeading(s.journey, journey.name);
  const shown = truncate(heading, width - 8);
  lines.push(paint('bold', `━━ ${shown} ${'━'.repeat(Math.max(2, width - 4 - displayWidth(shown)))}`));
  const personas = journey.personas.map((p) => (p.notes[0] ? `${oneLine(p.name)} (${truncate(oneLine(p.notes[0]), 50)})` : oneLine(p.name))).join(', ');
  lines.push(wrap(`${s.personas}: ${personas || s.noPersona}`, width, '    '));
  lines.push(...completenessRows(journey, lang, width));
  lines.push('');
  journey.phases.forEach((phase, index) => lines.push(...phaseBlock(phase, index + 1, s, width, paint, lang)));
  lines.push(...curveRows(journey, s, width));
  lines.push(...channelMixRows(journey, s, width));
  lines.push(...participationRows(journey, s, width));
  return lines;
}

/** "Completeness: 83 % — next: …" (one line per next step). */
function completenessRows(journey: JourneyReport, lang: Lang, width: number): string[] {
  const p = stringsFor(lang).progress;
  const { percent, missing } = journey.completeness;
  return [wrap(`${p.label}: ${percent} %`, width, '    '), ...missing.map((step) => wrap(`  → ${oneLine(step.message)}`, width, '      '))];
}

function phaseBlock(phase: PhaseReport, number: number, s: ReportStrings, width: number, paint: Paint, lang: Lang): string[] {
  const channels = [...new Set(phase.touchpoints.map((t) => t.channel?.name).filter((n): n is string => n !== undefined))];
  // Boards often number their phases already ("1. Oriëntatie"): do not number twice.
  const name = oneLine(phase.name);
  const head = /^\d+[.)]?\s/.test(name) ? name : `${number}. ${name}`;
  const facts = [
    stageWithReading(s, phase, lang),
    s.touchpointCount(phase.touchpoints.length),
    `${s.channels.toLowerCase()}: ${channels.length > 0 ? channels.map(oneLine).join(', ') : '–'}`,
    `${s.mean} ${formatScore(phase.meanScore)}`,
  ].join(' · ');
  // Wrap the plain line, then paint the heading (escape codes must not count as columns).
  const lines = [wrap(`  ${head}  ${facts}`, width, '      ').replace(head, () => paint('bold', head))];
  // Touchpoint rows: sign, text, channel, emotion and score, votes.
  const textWidth = Math.max(12, width - 48);
  for (const touchpoint of phase.touchpoints) {
    const sign = sentimentSign(touchpoint.sentiment);
    const signed = touchpoint.sentiment.polarity < 0 ? paint('red', padEnd(sign, 2)) : touchpoint.sentiment.polarity > 0 ? paint('green', padEnd(sign, 2)) : padEnd(sign, 2);
    const feeling =
      !statesFeeling(touchpoint.sentiment)
        ? ''
        : `${emotionLabel(s, touchpoint.sentiment.emotion)} ${formatScore(touchpoint.sentiment.score)}`.trim();
    const votes = touchpoint.votes > 0 ? ` ${'●'.repeat(Math.min(touchpoint.votes, 5))}${touchpoint.votes > 5 ? `+${touchpoint.votes - 5}` : ''}` : '';
    const row = `    ${signed} ${padEnd(truncate(oneLine(touchpoint.text) || '…', textWidth), textWidth)} ${padEnd(truncate(oneLine(touchpoint.channel?.name ?? ''), 12), 12)} ${feeling}${votes}`;
    lines.push(row.trimEnd());
  }
  for (const attribute of phase.attributes) {
    // An emotion lane's stickies are the phase's lane feelings: shown with what they say.
    const feeling =
      attribute.lane === 'emotion' && statesFeeling(attribute.sentiment)
        ? ` (${`${emotionLabel(s, attribute.sentiment.emotion)} ${formatScore(attribute.sentiment.score)}`.trim()})`
        : '';
    const lane = attribute.lane === 'emotion' ? s.laneFeelings : s.lanes[attribute.lane];
    lines.push(paint('dim', `    ~  ${truncate(`${lane}: ${oneLine(attribute.text)}${feeling}`, width - 7)}`));
  }
  return lines;
}

/** The curve as a row of bars under numbered phase columns, wrapped to the width. */
function curveRows(journey: JourneyReport, s: ReportStrings, width: number): string[] {
  if (journey.emotionCurve.length === 0) return [];
  const cells = journey.emotionCurve.map((p) => `${curveGlyph(p.score)} ${formatScore(p.score)}`);
  return numberedColumns(s.curve, '', cells, s.curveLegend, width);
}

/** Traditional vs digital touchpoints per phase, in the curve's numbered columns. */
function channelMixRows(journey: JourneyReport, s: ReportStrings, width: number): string[] {
  const mix = journey.channelMix.byPhase;
  if (mix.every((p) => p.traditional + p.digital === 0)) return [];
  const cells = mix.map((p) => `${p.traditional}/${p.digital}`);
  return numberedColumns(s.channelMix, s.mixColumn, cells, s.channelMixLegend, width);
}

/** One value per phase under numbered columns (1, 2, 3 …), wrapped to the width, with a legend. */
function numberedColumns(label: string, valueLabel: string, cells: string[], legend: string, width: number): string[] {
  const gutter = Math.max(displayWidth(label) + 4, 18);
  const column = 8;
  const perRow = Math.max(1, Math.floor((width - gutter) / column));
  const lines = [''];
  for (let start = 0; start < cells.length; start += perRow) {
    const shown = cells.slice(start, start + perRow);
    const numbers = shown.map((_, i) => padEnd(`${start + i + 1}`, column)).join('');
    lines.push(`${padEnd(start === 0 ? `  ${label}` : '', gutter)}${numbers}`.trimEnd());
    lines.push(`${padEnd(start === 0 && valueLabel ? `  ${valueLabel}` : '', gutter)}${shown.map((c) => padEnd(c, column)).join('')}`.trimEnd());
  }
  lines.push(`${' '.repeat(gutter)}${legend}`);
  return lines;
}

/** Who wrote in which phase, where the board knows author names. */
function participationRows(journey: JourneyReport, s: ReportStrings, width: number): string[] {
  const phases = journey.participation.byPhase.filter((p) => p.authors.length > 0);
  if (phases.length === 0) return [];
  const lines = ['', `  ${s.participation}:`];
  for (const phase of phases) {
    const authors = phase.authors.map((a) => `${oneLine(a.name)} (${a.count})`).join(', ');
    lines.push(wrap(`    ${oneLine(phase.phaseName)}: ${authors}`, width, '      '));
  }
  return lines;
}

function findingLine(finding: Finding, width: number, paint: Paint): string {
  const where = [finding.journey?.name, finding.phase?.name, finding.channel?.name]
    .filter((part): part is string => part !== undefined && part !== '')
    .map(oneLine)
    .join(' › ');
  const icon = paint(SEVERITY_COLOR[finding.severity], SEVERITY_ICON[finding.severity]);
  const text = `${finding.rule}${where ? ` (${where})` : ''}: ${oneLine(finding.message)}`;
  return `    ${icon} ${wrap(text, width - 6, '      ')}`;
}

function improvementLines(item: ImprovementReport, s: ReportStrings, width: number, paint: Paint): string[] {
  const rank = `${item.rank}.`.padStart(4);
  const score = item.score.toFixed(1).padStart(5);
  const marks = [item.quickWin ? paint('green', `★ ${s.quickWin}`) : '', item.kind === 'needs-idea' ? paint('yellow', `? ${s.needsIdea}`) : '']
    .filter((m) => m !== '')
    .join(' ');
  const plainMarks = [item.quickWin ? `★ ${s.quickWin}` : '', item.kind === 'needs-idea' ? `? ${s.needsIdea}` : ''].filter((m) => m !== '').join(' ');
  const head = `${rank} ${score}  ${oneLine(item.text) || '…'}${plainMarks ? `  ${plainMarks}` : ''}`;
  const lines = [plainMarks ? wrap(head, width, '             ').replace(plainMarks, () => marks) : wrap(head, width, '             ')];
  const facts = [
    item.effort ? `${s.effort.toLowerCase()} ${levelLabel(s, item.effort)}` : '',
    item.impact ? `${s.impact.toLowerCase()} ${levelLabel(s, item.impact)}` : '',
  ].filter((f) => f !== '');
  const why = [oneLine(item.why), ...facts.filter((f) => !item.why.toLowerCase().includes(f))].filter((p) => p !== '').join(' · ');
  if (why) lines.push(`             ${paint('dim', wrap(`${s.why.toLowerCase()}: ${why}`, width - 13, '             '))}`);
  return lines;
}
