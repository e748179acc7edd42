/**
 * Issue #14 in real Chromium: completeness at the top of the panel, what the last check changed
 * (sentence, closed and new gaps, the session's timeline) and the facilitator's summary export —
 * at 280…800 px, light and dark, Dutch and English, by keyboard, with axe-core; then a whole
 * session with the built plugin on the bakery example, which also takes docs/panel-progress.png.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain';
import { stringsFor } from '../../src/i18n';
import type { SandboxToUi, UiToSandbox } from '../../src/messages';
import { DEFAULT_PREFERENCES } from '../../src/messages';
import type { Report } from '../../src/report/types';
import { DEFAULT_BOARD_SETTINGS } from '../../src/settings';
import { createEmulator, loadRestBoard } from '../emulator';
import { bakeryReport, progressAfter, wideReport } from '../ui/fixtures';
import { FIGMA_COLOUR_PAIRS, describeViolations, runAxe } from './axe';
import { openPanel, requireBrowserAndBuild, type PanelSession } from './browser';
import { openPluginPanel } from './pluginBridge';
import { cssContrast } from './cssContrast';

const ARTIFACTS = 'test-artifacts';
const WRITTEN = { markers: 1, recoloured: 0, curvePoints: 0, improvementRows: 0, created: 1, updated: 0, removed: 0, skipped: [] };

/** WCAG contrast of two CSS colours. */
const contrast = cssContrast;

describe('workshop progress in the panel (issue #14)', () => {
  let s: PanelSession;
  const before = bakeryReport();
  const after = bakeryReport({ thankYouCard: true });
  /** A longer session: the bakery's percent goes up and down over twelve checks. */
  const session = [before, before, after, after, before, after, before, after, after, before, before, after];

  async function show(report: Report, lang: Lang, progress: SandboxToUi | null, width = 360, height = 560): Promise<void> {
    await s.setPanelSize(width, height);
    await s.toUi({ type: 'init', settings: DEFAULT_BOARD_SETTINGS, preferences: { ...DEFAULT_PREFERENCES, uiLang: lang }, editorLang: 'en' });
    await s.toUi({ type: 'report', report, live: false, elapsedMs: 3 });
    if (progress) await s.toUi(progress);
    const t = stringsFor(lang).ui;
    await s.panel.getByTestId('summary').filter({ hasText: t.summary(report.summary.journeys, report.summary.touchpoints, report.summary.errors, report.summary.warnings) }).waitFor();
    await s.panel.locator('.jc-complete-item').first().waitFor();
  }
  async function openTab(lang: Lang, id: 'coverage' | 'progress'): Promise<void> {
    await s.panel.getByRole('tab', { name: stringsFor(lang).ui.tabs[id], exact: true }).click();
  }

  beforeAll(async () => {
    s = await openPanel(requireBrowserAndBuild(), (msg: UiToSandbox) => {
      void msg;
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows each journey’s completeness at the top: name, bar and percent, whole and inside the panel from 280 to 800 px', async () => {
    // One journey complete ("100 %" is the widest percent), one not.
    const wide = wideReport();
    const report: Report = { ...wide, journeys: wide.journeys.map((j, i) => (i === 0 ? { ...j, completeness: { percent: 100, missing: [] } } : j)) };
    for (const lang of ['nl', 'en'] as const) {
      for (const width of [280, 360, 800]) {
        await show(report, lang, null, width);
        const rows = await s.panel.locator('.jc-complete-row').evaluateAll((els) =>
          els.map((row) => {
            const part = (sel: string) => row.querySelector(sel)?.getBoundingClientRect();
            const name = row.querySelector('.jc-complete-name');
            const meter = part('.jc-meter');
            const fill = part('.jc-meter span');
            const pct = row.querySelector('.jc-complete-pct');
            const header = row.closest('header')?.getBoundingClientRect();
            const r = row.getBoundingClientRect();
            return {
              name: name?.textContent ?? '',
              // What the eye reads: the text without the part for screen readers.
              pct: pct?.firstChild?.textContent === undefined ? '' : [...pct.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''),
              ratio: meter && fill ? fill.width / meter.width : NaN,
              meterWidth: meter?.width ?? 0,
              meterLeft: meter?.left ?? NaN,
              inside: r.left >= 0 && r.right <= document.documentElement.clientWidth + 0.5,
              inHeader: header !== undefined && r.top >= header.top && r.bottom <= header.bottom,
              nameWhole: name !== null && name.scrollWidth <= name.clientWidth + 1,
              pctWhole: pct !== null && pct.scrollWidth <= pct.clientWidth + 1,
            };
          }),
        );
        const journeys = report.journeys;
        expect(rows.map((r) => r.name)).toEqual(journeys.map((j) => j.name));
        for (const [i, row] of rows.entries()) {
          const percent = journeys[i]?.completeness.percent ?? -1;
          const where = `${lang} ${width}px ${row.name}`;
          // The percent is written where the eye sees it; the bar is as long as the percent says.
          expect(row.pct, where).toBe(`${percent} %`);
          expect(row.ratio, where).toBeCloseTo(percent / 100, 1);
          expect(row.meterWidth, where).toBeGreaterThanOrEqual(40);
          // Every row's bar starts and ends where the others' do.
          expect(row.meterLeft, where).toBeCloseTo(rows[0]?.meterLeft ?? NaN, 0);
          expect(row.inside && row.inHeader && row.nameWhole && row.pctWhole, `${where}: ${JSON.stringify(row)}`).toBe(true);
        }
        expect(await s.panel.locator('html').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      }
    }
  });

  it('draws the bar at ≥ 3:1 against the panel, light and dark', async () => {
    await show(bakeryReport(), 'en', null);
    for (const scheme of ['light', 'dark'] as const) {
      await s.page.emulateMedia({ colorScheme: scheme });
      await s.panel.locator(`body.figma-${scheme}`).waitFor({ state: 'attached' });
      const colours = await s.panel.locator('.jc-meter span').first().evaluate((el) => ({
        fill: getComputedStyle(el).backgroundColor,
        bg: getComputedStyle(document.body).backgroundColor,
      }));
      expect(contrast(colours.fill, colours.bg), `${scheme} ${colours.fill} on ${colours.bg}`).toBeGreaterThanOrEqual(3);
    }
    await s.page.emulateMedia({ colorScheme: 'light' });
  });

  it('opens and closes a journey’s next steps with the keyboard, focus shown', async () => {
    await show(bakeryReport(), 'en', null);
    const t = stringsFor('en').ui.progress;
    const journey = bakeryReport().journeys[0];
    if (!journey) throw new Error('fixture');
    await s.panel.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 30; i++) {
      await s.page.keyboard.press('Tab');
      if ((await s.panel.locator(':focus').getAttribute('aria-controls')) === `jc-next-${journey.id}`) break;
    }
    const row = s.panel.locator(':focus');
    expect(await row.getAttribute('aria-expanded')).toBe('false');
    const outline = await row.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    const steps = s.panel.locator(`#jc-next-${journey.id}`);
    expect(await steps.isVisible()).toBe(false);
    await s.page.keyboard.press('Enter');
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    expect(await steps.locator('li').allInnerTexts()).toEqual(journey.completeness.missing.map((m) => m.message));
    await s.page.keyboard.press('Space');
    await steps.waitFor({ state: 'hidden' });
    // Its name says what it is and what it opens.
    const name = `${journey.name} ${journey.completeness.percent} % ${t.complete}, ${t.nextSteps(journey.completeness.missing.length)}`;
    expect(await s.panel.getByRole('button', { name, exact: true }).getAttribute('aria-controls')).toBe(`jc-next-${journey.id}`);
  });

  it('after a check: the sentence in the header, announced; "What changed" leads to the closed and new gaps and the timeline, all written', async () => {
    await show(before, 'en', progressAfter([before]));
    const t = stringsFor('en').ui;
    expect(await s.panel.getByTestId('change-sentence').count()).toBe(0);
    // The sandbox's order after a check: written, progress, report.
    await s.toUi({ type: 'written', summary: WRITTEN, message: 'x', action: 'check' });
    const progress = progressAfter([before, after]);
    await s.toUi(progress);
    await s.toUi({ type: 'report', report: after, live: false, elapsedMs: 3 });
    const line = s.panel.getByTestId('change-sentence');
    await line.waitFor();
    expect(await line.innerText()).toBe(`${t.progress.since} ${progress.sentence} ${t.progress.details}`);
    await s.panel.getByTestId('announce-change').filter({ hasText: `${t.progress.since} ${progress.sentence}` }).waitFor({ state: 'attached' });
    await line.getByRole('button', { name: t.progress.details }).click();
    expect(await s.panel.getByRole('tab', { selected: true }).textContent()).toBe(t.tabs.progress);
    expect(await s.panel.locator(':focus').textContent()).toBe(t.tabs.progress);
    const closed = s.panel.getByRole('region', { name: t.progress.closed(1) });
    const item = closed.getByRole('listitem');
    expect(await item.getByRole('img').getAttribute('aria-label')).toBe(t.findings.severity.error);
    expect(await item.innerText()).toBe(`Bakkerij · Nazorg · ${t.findings.rules['phase-empty']}\n${progress.closed[0]?.message ?? ''}`);
    expect(await s.panel.getByRole('region', { name: t.progress.opened(0) }).innerText()).toContain(t.progress.none);
    // The timeline: a value and a time per check, visible without hovering.
    const chart = s.panel.getByRole('region', { name: t.progress.timelineOf('Bakkerij') });
    const values = chart.locator('.jc-tl-value');
    expect(await values.allInnerTexts()).toEqual([before, after].map((r) => `${r.journeys[0]?.completeness.percent} %`));
    for (const v of [...(await values.all()), ...(await chart.locator('.jc-tl-time').all())]) expect(await v.isVisible()).toBe(true);
    expect(await chart.locator('.jc-tl-time').allInnerTexts()).toEqual(['09:30', '09:45']);
  });

  it('a long session’s timeline scrolls sideways by keyboard and clips nothing at 280 px', async () => {
    for (const lang of ['nl', 'en'] as const) {
      await show(after, lang, progressAfter(session), 280);
      await openTab(lang, 'progress');
      const t = stringsFor(lang).ui.progress;
      const chart = s.panel.getByRole('region', { name: t.timelineOf('Bakkerij') });
      expect(await chart.locator('li').count()).toBe(session.length);
      await s.panel.getByTestId('scroll-hint').first().waitFor();
      await chart.focus();
      await s.page.keyboard.press('End');
      await s.page.keyboard.press('ArrowRight');
      await expect.poll(() => chart.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      const outside = await s.panel.locator('body').evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((el) => !(el instanceof HTMLInputElement && getComputedStyle(el).appearance === 'none'))
          .filter((el) => el.closest('.jc-hscroll, .jc-grid-scroll, .jc-sr') === null && el.getClientRects().length > 0)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.right > limit + 0.5 || r.left < -0.5;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}"`);
      });
      expect(outside, lang).toEqual([]);
    }
  });

  it('axe-core finds nothing in the completeness, the sentence and the Progress tab, light and dark, Dutch and English, 280 and 360 px', async () => {
    const found: string[] = [];
    const excused = new Set<string>();
    for (const lang of ['nl', 'en'] as const) {
      for (const width of [280, 360]) {
        await show(after, lang, progressAfter([after, before, after, before]), width);
        // Next steps open, and a board of many journeys folded.
        await s.panel.locator('button.jc-complete-row').first().click();
        await openTab(lang, 'progress');
        for (const scheme of ['light', 'dark'] as const) {
          await s.page.emulateMedia({ colorScheme: scheme });
          await s.panel.locator(`body.figma-${scheme}`).waitFor({ state: 'attached' });
          const result = await runAxe(s.panel);
          found.push(...describeViolations(result.violations).map((v) => `${lang} ${width}px ${scheme}: ${v}`));
          for (const n of result.excused) excused.add(`${n.data?.fgColor} on ${n.data?.bgColor} ${n.data?.contrastRatio}:1`);
        }
        await s.page.emulateMedia({ colorScheme: 'light' });
        // The empty Progress tab (before any check) too.
        await show(before, lang, { type: 'progress', timeline: [], sentence: null, closed: [], opened: [] }, width);
        await openTab(lang, 'progress');
        found.push(...describeViolations((await runAxe(s.panel)).violations).map((v) => `${lang} ${width}px empty: ${v}`));
      }
    }
    expect(found).toEqual([]);
    for (const pair of excused) expect(FIGMA_COLOUR_PAIRS.some((p) => pair.startsWith(`${p.fg} on ${p.bg}`))).toBe(true);
  });

  it('exports the facilitator’s summary as HTML and Markdown, by keyboard, beside the report’s formats', async () => {
    await show(after, 'en', progressAfter([before, after]));
    const t = stringsFor('en').ui.export;
    const group = s.panel.getByRole('group', { name: t.summary });
    expect(await group.getAttribute('title')).toBe(t.summaryHint);
    await s.panel.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reach = async (name: string): Promise<void> => {
      for (let i = 0; i < 80; i++) {
        await s.page.keyboard.press('Tab');
        if ((await s.panel.locator(':focus').getAttribute('aria-label')) === name) return;
      }
      throw new Error(`${name} is not reachable by Tab`);
    };
    const [html] = await Promise.all([s.page.waitForEvent('download'), reach(`${t.summary} HTML`).then(() => s.page.keyboard.press('Enter'))]);
    expect(html.suggestedFilename()).toBe('bakkerij-de-korenbloem-journey-check-summary.html');
    const page = readFileSync(await html.path(), 'utf8');
    const summary = stringsFor('nl').progress.summary;
    expect(page).toContain(`<title>${summary.title('Bakkerij De Korenbloem')}</title>`);
    for (const journey of after.journeys) expect(page).toContain(summary.complete(journey.completeness.percent));
    expect(page).toContain(`09:30 ${before.journeys[0]?.completeness.percent} % → 09:45 ${after.journeys[0]?.completeness.percent} %`);
    const [md] = await Promise.all([s.page.waitForEvent('download'), s.panel.getByRole('button', { name: `${t.summary} Markdown` }).click()]);
    expect(md.suggestedFilename()).toBe('bakkerij-de-korenbloem-journey-check-summary.md');
    expect(readFileSync(await md.path(), 'utf8')).toContain(`# ${summary.title('Bakkerij De Korenbloem')}`);
    // The report's own Markdown is still the plain "Markdown" button.
    const [report] = await Promise.all([s.page.waitForEvent('download'), s.panel.getByRole('button', { name: t.markdown, exact: true }).click()]);
    expect(report.suggestedFilename()).toBe('bakkerij-de-korenbloem-journey-check.md');
  });

  it('logs no errors in the page', () => {
    expect(s.errors).toEqual([]);
  });
});

describe('a session with the built plugin (bakery example)', () => {
  it('checks, the team adds a feeling in Nazorg and an empty sticky, checks again: the panel says what changed', async () => {
    const html = requireBrowserAndBuild();
    const emu = createEmulator({ documentAccess: 'dynamic-page' });
    loadRestBoard(emu, JSON.parse(readFileSync('examples/bakkerij-nl.json', 'utf8')));
    const app = await openPluginPanel(html, emu);
    const { panel, page } = app.session;
    const t = stringsFor('nl').ui;
    try {
      await page.setViewportSize({ width: 360, height: 700 });
      await app.session.setPanelSize(360, 640);
      await panel.locator('.jc-complete-item').first().waitFor();
      const check = async (): Promise<void> => {
        const sent = app.session.received.length;
        await panel.getByRole('button', { name: t.actions.check }).click();
        await app.session.waitForMessage('check', sent);
        await panel.getByRole('button', { name: t.actions.check }).and(panel.locator(':enabled')).waitFor();
      };
      await check();
      const first = await panel.locator('.jc-complete-pct').first().evaluate((el) => (el as HTMLElement).innerText);
      expect(await panel.getByTestId('change-sentence').count()).toBe(0);
      // The team works on the board: a feeling in Nazorg, and an empty sticky in Vergelijking.
      const nazorg = emu.node('1:56');
      const vergelijking = emu.node('1:24');
      if (nazorg?.type !== 'SECTION' || vergelijking?.type !== 'SECTION') throw new Error('example board changed: no Nazorg/Vergelijking section');
      const box = (n: SectionNode) => n.absoluteBoundingBox ?? { x: 0, y: 0, width: 0, height: 0 };
      emu.add.sticky({ parent: nazorg, x: box(nazorg).x + 40, y: box(nazorg).y + box(nazorg).height - 260, text: 'Krijgt een bedankkaartje, blij verrast 😊' });
      emu.add.sticky({ parent: vergelijking, x: box(vergelijking).x + 40, y: box(vergelijking).y + box(vergelijking).height - 260, text: '' });
      await check();
      const line = panel.getByTestId('change-sentence');
      await line.waitFor();
      const sentence = await line.innerText();
      expect(sentence).toMatch(/^Sinds de vorige check: 1 gat gedicht, 1 nieuw · volledigheid \d+ → \d+ % Wat is er veranderd$/);
      expect(await panel.locator('.jc-complete-pct').first().evaluate((el) => (el as HTMLElement).innerText)).not.toBe(first);
      await line.getByRole('button', { name: t.progress.details }).click();
      const closed = panel.getByRole('region', { name: t.progress.closed(1) });
      expect(await closed.innerText()).toContain('Nazorg');
      const opened = panel.getByRole('region', { name: t.progress.opened(1) });
      expect(await opened.innerText()).toContain(t.findings.rules['empty-sticky']);
      expect(await panel.getByTestId('timeline').first().locator('li').count()).toBe(2);
      expect(app.run.uncaught).toEqual([]);
      // The picture: the notice read and dismissed, the panel tall enough to show the timeline.
      await panel.getByRole('button', { name: t.notices.dismiss }).click();
      await page.setViewportSize({ width: 360, height: 900 });
      await app.session.setPanelSize(360, 860);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.locator('iframe').screenshot({ path: `${ARTIFACTS}/panel-progress.png` });
      if (process.env.JC_UPDATE_SCREENSHOTS === '1' || !existsSync('docs/panel-progress.png')) copyFileSync(`${ARTIFACTS}/panel-progress.png`, 'docs/panel-progress.png');
    } finally {
      await app.close();
    }
  });
});
