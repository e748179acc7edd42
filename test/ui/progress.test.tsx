// @vitest-environment happy-dom
/**
 * Issue #14 in the panel: completeness at the top, what the last check changed, the session's
 * timeline and the facilitator's summary export. Every number comes from the engine (fixtures.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { stringsFor } from '../../src/i18n';
import { DEFAULT_PREFERENCES, type SandboxToUi } from '../../src/messages';
import { renderSummaryMarkdown, type SummaryOptions } from '../../src/progress/renderSummary';
import type { Report } from '../../src/report/types';
import { DEFAULT_BOARD_SETTINGS } from '../../src/settings';
import type { Lang } from '../../src/domain';
import { buildExport, availableExports } from '../../ui/exportFile';
import { checkTimeFormat, historyOf, placeOf, seriesOf } from '../../ui/progress';
import { reportRenderers } from '../../ui/renderers';
import { SHOWN_JOURNEYS } from '../../ui/views/CompletenessView';
import { bakeryReport, progressAfter, SESSION_START, wideReport } from './fixtures';
import { mountPanel } from './harness';

afterEach(cleanup);

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function panelWith(report: Report, lang: Lang = 'en', progress?: SandboxToUi) {
  const panel = mountPanel();
  panel.deliver({ type: 'init', settings: DEFAULT_BOARD_SETTINGS, preferences: { ...DEFAULT_PREFERENCES, uiLang: lang }, editorLang: 'en' });
  panel.deliver({ type: 'report', report, live: false, elapsedMs: 5 });
  if (progress) panel.deliver(progress);
  return panel;
}

/** A report with `n` journeys (copies of the bakery's first, renamed), for the "show all" rule. */
function manyJourneys(n: number): Report {
  const report = bakeryReport();
  const first = report.journeys[0];
  if (!first) throw new Error('fixture');
  return { ...report, journeys: Array.from({ length: n }, (_, i) => ({ ...first, id: `j${i}`, name: `Reis ${i + 1}` })) };
}

describe('progress helpers', () => {
  it('series: each journey at every check in order of first appearance, null where it was not on the board', () => {
    const timeline = [
      { time: 1, journeys: [{ name: 'A', percent: 10 }] },
      { time: 2, journeys: [{ name: 'B', percent: 50 }, { name: 'A', percent: 30 }] },
      { time: 3, journeys: [{ name: 'B', percent: 55 }] },
    ];
    expect(seriesOf(timeline)).toEqual([
      { name: 'A', points: [10, 30, null] },
      { name: 'B', points: [null, 50, 55] },
    ]);
  });

  it('times: the time of day, with the date once checks span more than a day', () => {
    const morning = new Date(2026, 10, 29, 9, 5).getTime();
    const later = new Date(2026, 10, 29, 16, 40).getTime();
    const nextDay = new Date(2026, 10, 30, 8, 0).getTime();
    expect(checkTimeFormat([morning, later], 'nl')(later)).toBe('16:40');
    expect(checkTimeFormat([morning, later], 'en')(morning)).toBe('09:05');
    const spanning = checkTimeFormat([morning, nextDay], 'en')(nextDay);
    expect(spanning).toContain('08:00');
    expect(spanning).toContain('30');
  });

  it('history for the summary: one record per check, finding keys when the sandbox sends them', () => {
    expect(historyOf([{ time: 5, journeys: [{ name: 'A', percent: 40 }] }])).toEqual([{ t: 5, j: [['A', 40]], f: '' }]);
    expect(historyOf([{ time: 5, journeys: [], f: 'k1 k2' }])).toEqual([{ t: 5, j: [], f: 'k1 k2' }]);
  });

  it('place: journey and phase, or nothing for the whole board', () => {
    expect(placeOf({ journey: 'Bakkerij', phase: 'Kopen' })).toBe('Bakkerij · Kopen');
    expect(placeOf({ journey: 'Bakkerij', phase: null })).toBe('Bakkerij');
    expect(placeOf({ journey: null, phase: null })).toBeNull();
  });
});

describe('completeness at the top of the panel', () => {
  it('shows each journey’s percent as text and as a bar, before any tab', () => {
    const report = bakeryReport();
    const panel = panelWith(report);
    const t = stringsFor('en').ui;
    const section = panel.getByRole('region', { name: t.progress.title });
    // In the header, above the tabs.
    expect(section.closest('header')).not.toBeNull();
    expect(section.compareDocumentPosition(panel.getByRole('tablist')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rows = within(section).getAllByRole('listitem').filter((li) => li.classList.contains('jc-complete-item'));
    expect(rows).toHaveLength(report.journeys.length);
    for (const [i, journey] of report.journeys.entries()) {
      const row = rows[i];
      if (!row) throw new Error('row');
      const { percent } = journey.completeness;
      expect(row.querySelector('.jc-complete-name')?.textContent).toBe(journey.name);
      expect(row.querySelector('.jc-complete-pct')?.textContent).toBe(`${percent} % ${t.progress.complete}, ${t.progress.nextSteps(journey.completeness.missing.length)}`);
      const bar = row.querySelector<HTMLElement>('.jc-meter span');
      expect(bar?.style.width).toBe(`${percent}%`);
      expect(row.querySelector('.jc-meter')?.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('shows the next steps on demand, in the report’s language, and hides them again', () => {
    const report = bakeryReport();
    const panel = panelWith(report, 'en');
    const journey = report.journeys[0];
    if (!journey) throw new Error('fixture');
    const t = stringsFor('en').ui.progress;
    const button = panel.getByRole('button', { name: `${journey.name} ${journey.completeness.percent} % ${t.complete}, ${t.nextSteps(journey.completeness.missing.length)}` });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const steps = panel.container.querySelector(`#${button.getAttribute('aria-controls') ?? 'none'}`);
    expect(steps?.hasAttribute('hidden')).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(steps?.hasAttribute('hidden')).toBe(false);
    expect(steps?.getAttribute('lang')).toBe('nl');
    expect([...(steps?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(journey.completeness.missing.map((m) => m.message));
    fireEvent.click(button);
    expect(steps?.hasAttribute('hidden')).toBe(true);
  });

  it('a complete journey has no next steps to open', () => {
    const report = bakeryReport();
    const first = report.journeys[0];
    if (!first) throw new Error('fixture');
    const complete: Report = { ...report, journeys: [{ ...first, completeness: { percent: 100, missing: [] } }] };
    const panel = panelWith(complete);
    const section = panel.getByTestId('completeness');
    expect(within(section).queryAllByRole('button')).toEqual([]);
    expect(section.querySelector('.jc-complete-pct')?.textContent).toContain('100 %');
  });

  it(`shows the first ${SHOWN_JOURNEYS} journeys, the rest on request`, () => {
    const panel = panelWith(manyJourneys(5));
    const t = stringsFor('en').ui.progress;
    const names = () => [...panel.container.querySelectorAll('.jc-complete-name')].map((n) => n.textContent);
    expect(names()).toEqual(['Reis 1', 'Reis 2', 'Reis 3']);
    const more = panel.getByRole('button', { name: t.showAll(5) });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(names()).toHaveLength(5);
    fireEvent.click(panel.getByRole('button', { name: t.showFewer }));
    expect(names()).toHaveLength(3);
  });

  it('follows a live report: a new percent replaces the old', () => {
    const panel = panelWith(bakeryReport(), 'nl');
    const before = bakeryReport().journeys[0]?.completeness.percent;
    const after = bakeryReport({ thankYouCard: true });
    expect(before).not.toBe(after.journeys[0]?.completeness.percent);
    panel.deliver({ type: 'report', report: after, live: true, elapsedMs: 2 });
    expect(panel.container.querySelector('.jc-complete-pct')?.textContent).toMatch(new RegExp(`^${after.journeys[0]?.completeness.percent} % compleet, `));
  });

  it('in Dutch', () => {
    const panel = panelWith(bakeryReport(), 'nl');
    const t = stringsFor('nl').ui.progress;
    expect(panel.getByRole('region', { name: t.title })).toBeTruthy();
    expect(panel.getByRole('tab', { name: stringsFor('nl').ui.tabs.progress })).toBeTruthy();
  });
});

describe('what changed', () => {
  const before = bakeryReport();
  const after = bakeryReport({ thankYouCard: true });

  it('says in a sentence what the last check changed, and leads to the details', () => {
    const progress = progressAfter([before, after]);
    const panel = panelWith(after, 'en', progress);
    const t = stringsFor('en').ui;
    const line = panel.getByTestId('change-sentence');
    expect(line.textContent).toBe(`${t.progress.since} ${progress.sentence} ${t.progress.details}`);
    expect(line.querySelector('[lang=nl]')?.textContent).toBe(progress.sentence);
    fireEvent.click(within(line).getByRole('button', { name: t.progress.details }));
    expect(panel.getByRole('tab', { name: t.tabs.progress }).getAttribute('aria-selected')).toBe('true');
    expect(panel.getByTestId('progress-sentence').textContent).toBe(progress.sentence);
  });

  it('lists the gaps closed and the new ones: severity icon, place, message', () => {
    // Forward the thank-you card closes the empty phase; backward it opens it again.
    for (const [reports, closedCount, openedCount] of [
      [[before, after], 1, 0],
      [[after, before], 0, 1],
    ] as const) {
      const progress = progressAfter(reports);
      expect(progress.closed).toHaveLength(closedCount);
      expect(progress.opened).toHaveLength(openedCount);
      const panel = panelWith(reports[1], 'en', progress);
      const t = stringsFor('en').ui;
      fireEvent.click(panel.getByRole('tab', { name: t.tabs.progress }));
      const closed = panel.getByRole('region', { name: t.progress.closed(closedCount) });
      const opened = panel.getByRole('region', { name: t.progress.opened(openedCount) });
      const listed = closedCount > 0 ? closed : opened;
      const empty = closedCount > 0 ? opened : closed;
      expect(within(empty).getByText(t.progress.none)).toBeTruthy();
      const finding = closedCount > 0 ? progress.closed[0] : progress.opened[0];
      if (!finding) throw new Error('fixture');
      const item = within(listed).getByRole('listitem');
      expect(within(item).getByRole('img', { name: t.findings.severity[finding.severity] })).toBeTruthy();
      expect(item.textContent).toContain(`Bakkerij · Nazorg · ${t.findings.rules['phase-empty']}`);
      expect(within(item).getByText(finding.message).getAttribute('lang')).toBe('nl');
      cleanup();
    }
  });

  it('before any check, and after one, says what to do instead of showing empty lists', () => {
    const t = stringsFor('en').ui;
    let panel = panelWith(before, 'en', { type: 'progress', timeline: [], sentence: null, closed: [], opened: [] });
    fireEvent.click(panel.getByRole('tab', { name: t.tabs.progress }));
    expect(panel.getByText(t.progress.noChecks)).toBeTruthy();
    expect(panel.queryByTestId('change-sentence')).toBeNull();
    expect(panel.queryByTestId('timeline')).toBeNull();
    cleanup();
    panel = panelWith(before, 'en', progressAfter([before]));
    fireEvent.click(panel.getByRole('tab', { name: t.tabs.progress }));
    expect(panel.getByText(t.progress.oneCheck)).toBeTruthy();
    expect(panel.getAllByTestId('timeline')).toHaveLength(before.journeys.length);
  });

  it('shows completeness at every check, values and times written', () => {
    const progress = progressAfter([before, after, before]);
    const panel = panelWith(before, 'nl', progress);
    const t = stringsFor('nl').ui;
    fireEvent.click(panel.getByRole('tab', { name: t.tabs.progress }));
    const chart = panel.getByRole('region', { name: t.progress.timelineOf('Bakkerij') });
    const checks = within(chart).getAllByRole('listitem');
    const percents = [before, after, before].map((r) => r.journeys[0]?.completeness.percent);
    expect(checks.map((li) => li.querySelector('.jc-tl-value')?.textContent)).toEqual(percents.map((p) => `${p} %`));
    expect(checks.map((li) => li.querySelector('.jc-tl-time')?.textContent)).toEqual(['09:30', '09:45', '10:00']);
    expect(checks.map((li) => li.querySelector<HTMLElement>('.jc-tl-bar span')?.style.height)).toEqual(percents.map((p) => `${p}%`));
    // The time comes first in reading order (the value is drawn above the bar).
    expect(checks[0]?.textContent).toBe(`09:30${percents[0]} %`);
  });

  it('a journey that was not on the board at a check says so', () => {
    const renamed: Report = { ...after, journeys: after.journeys.map((j, i) => (i === 0 ? { ...j, name: 'Bakkerij (nieuw)' } : j)) };
    const panel = panelWith(renamed, 'en', progressAfter([before, renamed]));
    const t = stringsFor('en').ui;
    fireEvent.click(panel.getByRole('tab', { name: t.tabs.progress }));
    const chart = panel.getByRole('region', { name: t.progress.timelineOf('Bakkerij (nieuw)') });
    expect(within(chart).getAllByRole('listitem')[0]?.textContent).toContain(`– ${t.progress.absent}`);
  });

  it('announces what a check changed, but not what the board had changed before the panel opened', () => {
    const t = stringsFor('en').ui;
    const opened = progressAfter([before, after]);
    const panel = panelWith(after, 'en', opened);
    expect(panel.getByTestId('announce-change').textContent).toBe('');
    const next = progressAfter([before, after, before]);
    panel.deliver(next);
    expect(panel.getByTestId('announce-change').textContent).toBe(`${t.progress.since} ${next.sentence}`);
  });

  it('Clear empties it', () => {
    const panel = panelWith(after, 'en', progressAfter([before, after]));
    panel.deliver({ type: 'progress', timeline: [], sentence: null, closed: [], opened: [] });
    expect(panel.queryByTestId('change-sentence')).toBeNull();
  });
});

describe('the facilitator’s summary export', () => {
  const before = bakeryReport();
  const after = bakeryReport({ thankYouCard: true });

  it('is offered beside the report’s formats when the renderers are there', () => {
    expect(availableExports(reportRenderers)).toEqual(['csv', 'json', 'markdown', 'summary-html', 'summary-md']);
    const panel = panelWith(after);
    const t = stringsFor('en').ui.export;
    const group = panel.getByRole('group', { name: t.summary });
    expect(within(group).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([`${t.summary} HTML`, `${t.summary} Markdown`]);
  });

  it('saves the summary as HTML and Markdown, with the session’s timeline', () => {
    const panel = panelWith(after, 'en', progressAfter([before, after]));
    const t = stringsFor('en').ui.export;
    fireEvent.click(panel.getByRole('button', { name: `${t.summary} HTML` }));
    fireEvent.click(panel.getByRole('button', { name: `${t.summary} Markdown` }));
    const [html, md] = panel.downloads;
    expect(html?.filename).toBe('bakkerij-de-korenbloem-journey-check-summary.html');
    expect(html?.mime).toBe('text/html;charset=utf-8');
    expect(md?.filename).toBe('bakkerij-de-korenbloem-journey-check-summary.md');
    const page = decode(html?.bytes ?? new Uint8Array());
    expect(page.startsWith('<!doctype html>')).toBe(true);
    const s = stringsFor('nl').progress.summary;
    for (const journey of after.journeys) expect(page).toContain(s.complete(journey.completeness.percent));
    // The session: both checks of the timeline, at their times.
    const bakery = after.journeys[0];
    expect(page).toContain(s.timeline('Bakkerij', `09:30 ${before.journeys[0]?.completeness.percent} % → 09:45 ${bakery?.completeness.percent} %`));
    const text = decode(md?.bytes ?? new Uint8Array());
    expect(text).toContain(`# ${s.title('Bakkerij De Korenbloem')}`);
    expect(text).toContain('09:45');
    expect(panel.getByTestId('status').textContent).toBe(stringsFor('en').ui.export.done('bakkerij-de-korenbloem-journey-check-summary.md'));
  });

  it('without a history says so instead of a session', () => {
    const file = buildExport('summary-md', wideReport(), { csvSeparator: ';' }, reportRenderers, { writtenAt: '29 nov 2026' });
    expect(decode(file.bytes)).toBe(renderSummaryMarkdown(wideReport(), { writtenAt: '29 nov 2026' }));
  });

  it('gives the renderer the time of writing in the report’s language and the history', () => {
    const seen: SummaryOptions[] = [];
    const panel = mountPanel({ ...reportRenderers, summaryHtml: (_r, o) => (seen.push(o), '<p>x</p>') });
    panel.deliver({ type: 'init', settings: DEFAULT_BOARD_SETTINGS, preferences: { ...DEFAULT_PREFERENCES, uiLang: 'en' }, editorLang: 'en' });
    panel.deliver({ type: 'report', report: after, live: false, elapsedMs: 1 });
    panel.deliver(progressAfter([before, after]));
    fireEvent.click(panel.getByRole('button', { name: `${stringsFor('en').ui.export.summary} HTML` }));
    const options = seen[0];
    expect(options?.history?.map((c) => c.t)).toEqual([SESSION_START, SESSION_START + 15 * 60_000]);
    expect(options?.history?.[1]?.j).toEqual(after.journeys.map((j) => [j.name, j.completeness.percent]));
    expect(options?.formatTime?.(SESSION_START)).toBe('09:30');
    // Dutch month names: the board is Dutch.
    const year = String(new Date().getFullYear());
    expect(options?.writtenAt).toContain(year);
    expect(options?.writtenAt).toMatch(/jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec/);
  });
});
