/**
 * The facilitator's summary: one self-contained page per board — each journey with its
 * completeness and next steps, its emotion curve (inline SVG), its top improvements with quick
 * wins, and what changed during the session (from the board's history of checks). HTML (printable
 * on A4 landscape, no external resource) and Markdown. Pure: the caller gives the time of writing.
 */
import { stringsFor } from '../i18n';
import type { CheckRecord } from './checkHistory';
import { gapsBetween } from './checkHistory';
import { escapeMarkdown } from '../report/renderMarkdown';
import { curveGlyph, formatScore, oneLine } from '../report/format';
import type { ImprovementReport, JourneyReport, Report } from '../report/types';

export interface SummaryOptions {
  /** When the summary was made, as the reader should see it ("29 Nov 2026, 16:05"). */
  writtenAt: string;
  /** The board's history of checks, oldest first (empty when unknown, e.g. a plain download). */
  history?: readonly CheckRecord[];
  /**
   * Gaps closed and opened from the first check of the session to the last, when the history's
   * records carry no finding keys (the panel's timeline); counted from the keys otherwise.
   */
  sinceFirst?: { closed: number; opened: number } | null;
  /** Formats a check's time (ms since 1970) for the timeline. */
  formatTime?: (time: number) => string;
  /** Improvements per journey. Default 5. */
  top?: number;
}

const CURVE = { width: 640, height: 180, padX: 48, padY: 24 };

export function renderSummaryHtml(report: Report, options: SummaryOptions): string {
  const s = stringsFor(report.lang).progress.summary;
  const top = options.top ?? 5;
  const body: string[] = [];
  body.push(`<header><h1>${html(s.title(report.board.name))}</h1><p class="meta">${html(s.writtenAt(options.writtenAt))}</p></header>`);
  for (const journey of report.journeys) {
    body.push('<section class="journey">');
    body.push(`<h2>${html(journey.name)}</h2>`);
    body.push(completenessHtml(journey, s));
    body.push(`<h3>${html(s.curve)}</h3>`, curveSvg(journey, s), curveTable(journey, s));
    const ideas = improvementsOf(report, journey.id).slice(0, top);
    body.push(`<h3>${html(s.improvements)}</h3>`);
    if (ideas.length === 0) body.push(`<p>${html(s.noImprovements)}</p>`);
    else body.push(`<ol class="improvements">${ideas.map((i) => `<li>${i.quickWin ? `<strong class="quick">${html(s.quickWin)}</strong> ` : ''}${html(oneLine(i.text))}<br><span class="why">${html(s.why(oneLine(i.why)))}</span></li>`).join('')}</ol>`);
    body.push('</section>');
  }
  body.push(sessionHtml(options, report.journeys, s));
  const css = [
    '@page{size:A4 landscape;margin:12mm}',
    'body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1e1e1e;margin:24px;max-width:1100px}',
    'h1{font-size:24px;margin:0}h2{font-size:20px;margin:0 0 8px}h3{font-size:15px;margin:16px 0 6px}',
    '.meta{color:#555;margin:4px 0 16px}',
    '.journey,.session{border-top:2px solid #ddd;padding-top:12px;margin-top:16px;break-inside:avoid}',
    '.bar{background:#eee;border-radius:4px;height:12px;width:320px;display:inline-block;vertical-align:middle;margin-right:8px}',
    '.bar span{display:block;height:12px;border-radius:4px;background:#14ae5c}',
    '.why{color:#555}.quick{color:#0a6b38}',
    'table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}',
    '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}',
    'svg text{font:12px system-ui,sans-serif;fill:#1e1e1e}',
  ].join('');
  return [
    `<!doctype html><html lang="${report.lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${html(s.title(report.board.name))}</title><style>${css}</style></head><body><main>`,
    ...body,
    '</main></body></html>\n',
  ].join('\n');
}

export function renderSummaryMarkdown(report: Report, options: SummaryOptions): string {
  const s = stringsFor(report.lang).progress.summary;
  const top = options.top ?? 5;
  const out = [`# ${escapeMarkdown(s.title(report.board.name))}`, '', `_${escapeMarkdown(s.writtenAt(options.writtenAt))}_`, ''];
  for (const journey of report.journeys) {
    out.push(`## ${escapeMarkdown(journey.name)}`, '');
    out.push(`**${escapeMarkdown(s.complete(journey.completeness.percent))}**`, '');
    for (const step of journey.completeness.missing) out.push(`- ${escapeMarkdown(step.message)}`);
    if (journey.completeness.missing.length > 0) out.push('');
    out.push(`### ${s.curve}`, '', `\`${journey.emotionCurve.map((p) => curveGlyph(p.score)).join(' ')}\``, '');
    out.push(`| ${s.phase} | ${s.score} |`, '| --- | ---: |');
    for (const point of journey.emotionCurve) out.push(`| ${escapeMarkdown(point.phaseName)} | ${point.score === null ? s.noFeeling : formatScore(point.score)} |`);
    out.push('', `### ${s.improvements}`, '');
    const ideas = improvementsOf(report, journey.id).slice(0, top);
    if (ideas.length === 0) out.push(s.noImprovements);
    ideas.forEach((i, n) => out.push(`${n + 1}. ${i.quickWin ? `**${s.quickWin}** ` : ''}${escapeMarkdown(i.text)} — ${escapeMarkdown(s.why(i.why))}`));
    out.push('');
  }
  const session = sessionLines(options, report.journeys, s);
  if (session.length > 0) out.push(`## ${s.session}`, '', ...session.map((line) => `- ${escapeMarkdown(line)}`), '');
  return `${out.join('\n')}`;
}

type SummaryStrings = ReturnType<typeof stringsFor>['progress']['summary'];

/** A journey's improvements in rank order (ranks are board-wide; the summary numbers them per journey). */
function improvementsOf(report: Report, journeyId: string): ImprovementReport[] {
  return report.improvements.filter((i) => i.journey?.id === journeyId);
}

function completenessHtml(journey: JourneyReport, s: SummaryStrings): string {
  const { percent, missing } = journey.completeness;
  const steps = missing.length === 0 ? '' : `<ul>${missing.map((m) => `<li>${html(m.message)}</li>`).join('')}</ul>`;
  return `<p><span class="bar" role="img" aria-label="${html(s.complete(percent))}"><span style="width:${percent}%"></span></span><strong>${html(s.complete(percent))}</strong></p>${steps}`;
}

/** The curve: phases along x, −2…+2 up; a phase with no stated feeling is a gap in the line, labelled. */
function curveSvg(journey: JourneyReport, s: SummaryStrings): string {
  const points = journey.emotionCurve;
  const { width, height, padX, padY } = CURVE;
  const step = points.length > 1 ? (width - 2 * padX) / (points.length - 1) : 0;
  const x = (i: number) => padX + (points.length > 1 ? i * step : (width - 2 * padX) / 2);
  const y = (score: number) => padY + ((2 - Math.max(-2, Math.min(2, score))) / 4) * (height - 2 * padY - 20);
  const parts: string[] = [];
  parts.push(`<line x1="${padX}" x2="${width - padX}" y1="${y(0)}" y2="${y(0)}" stroke="#b3b3b3"/>`);
  parts.push(`<text x="4" y="${y(0) + 4}">0</text><text x="4" y="${y(2) + 4}">+2</text><text x="4" y="${y(-2) + 4}">−2</text>`);
  let path = '';
  points.forEach((point, i) => {
    if (point.score === null) {
      path += ' ';
      return;
    }
    path += `${path === '' || path.endsWith(' ') ? 'M' : 'L'}${x(i).toFixed(1)},${y(point.score).toFixed(1)}`;
  });
  for (const segment of path.split(' ').filter((p) => p.includes('L'))) parts.push(`<path d="${segment}" fill="none" stroke="#757575" stroke-width="2"/>`);
  points.forEach((point, i) => {
    const label = html(shorten(point.phaseName, 18));
    parts.push(`<text x="${x(i)}" y="${height - 6}" text-anchor="middle">${label}</text>`);
    if (point.score === null) {
      parts.push(`<text x="${x(i)}" y="${y(0) - 8}" text-anchor="middle" fill="#757575">${html(s.noFeelingShort)}</text>`);
      return;
    }
    const fill = point.score >= 0.5 ? '#aff4c6' : point.score <= -0.5 ? '#ffc7c2' : '#e6e6e6';
    parts.push(`<circle cx="${x(i)}" cy="${y(point.score)}" r="7" fill="${fill}" stroke="#1e1e1e"/>`);
    parts.push(`<text x="${x(i) + 10}" y="${y(point.score) - 8}">${formatScore(point.score)}</text>`);
  });
  return `<svg role="img" aria-label="${html(s.curveLabel(journey.name))}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** The curve's values as a table, for screen readers and for print without colour. */
function curveTable(journey: JourneyReport, s: SummaryStrings): string {
  const rows = journey.emotionCurve.map((p) => `<tr><td>${html(p.phaseName)}</td><td>${p.score === null ? html(s.noFeeling) : formatScore(p.score)}</td></tr>`).join('');
  return `<table class="visually-hidden"><caption>${html(s.curveLabel(journey.name))}</caption><tr><th>${html(s.phase)}</th><th>${html(s.score)}</th></tr>${rows}</table>`;
}

function sessionLines(options: SummaryOptions, journeys: readonly JourneyReport[], s: SummaryStrings): string[] {
  const history = options.history ?? [];
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return [];
  const lines: string[] = [];
  if (history.length > 1) {
    const gaps = options.sinceFirst === undefined ? gapsBetween(first, last) : options.sinceFirst;
    // Without keys nor counts, the session line names the checks only: never a made-up "0 closed".
    lines.push(gaps === null ? s.sessionChecksOnly(history.length) : s.sessionChecks(history.length, gaps.closed, gaps.opened));
  } else lines.push(s.sessionOneCheck);
  const time = options.formatTime ?? ((t: number) => new Date(t).toISOString().slice(11, 16));
  for (const journey of journeys) {
    const series = history.map((check) => check.j.find(([name]) => name === journey.name)?.[1]).filter((p): p is number => p !== undefined);
    if (series.length > 0) lines.push(s.timeline(journey.name, series.map((p, i) => `${time(history[i]?.t ?? 0)} ${p} %`).join(' → ')));
  }
  return lines;
}

function sessionHtml(options: SummaryOptions, journeys: readonly JourneyReport[], s: SummaryStrings): string {
  const lines = sessionLines(options, journeys, s);
  if (lines.length === 0) return `<section class="session"><h2>${html(s.session)}</h2><p>${html(s.noHistory)}</p></section>`;
  return `<section class="session"><h2>${html(s.session)}</h2><ul>${lines.map((l) => `<li>${html(l)}</li>`).join('')}</ul></section>`;
}

function shorten(text: string, max: number): string {
  const line = oneLine(text);
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** Board text as HTML text or attribute value. */
function html(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
