// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { DEFAULT_PREFERENCES } from '../../src/messages';
import { DEFAULT_BOARD_SETTINGS } from '../../src/settings';
import { bakeryReport, largeReport } from './fixtures';
import { mountPanel } from './harness';

afterEach(cleanup);

function withReport(lang: 'en' | 'nl' = 'en', report = bakeryReport()) {
  const panel = mountPanel();
  panel.deliver({ type: 'init', settings: DEFAULT_BOARD_SETTINGS, preferences: { ...DEFAULT_PREFERENCES, uiLang: lang }, editorLang: 'en' });
  panel.deliver({ type: 'report', report, live: false, elapsedMs: 5 });
  return panel;
}

function openTab(panel: ReturnType<typeof mountPanel>, name: string) {
  fireEvent.click(panel.getByRole('radio', { name }));
}

describe('panel', () => {
  it('says ready and waits for the board', () => {
    const panel = mountPanel();
    expect(panel.sent[0]).toEqual({ type: 'ready' });
    expect(panel.getByTestId('summary').textContent).toBe('Reading the board…');
  });

  it('coverage: a phase × channel grid per journey with counts, tints and visible empty cells', () => {
    const panel = withReport();
    expect(panel.getByTestId('summary').textContent).toBe('2 journeys, 5 touchpoints, 2 errors, 6 warnings');
    const bakery = panel.getByRole('region', { name: 'Bakkerij' });
    const table = within(bakery).getAllByRole('table')[0];
    if (!table) throw new Error('no coverage table');
    const rows = within(table).getAllByRole('row');
    // header + Website + Winkel + "No channel"
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Channel', 'Website', 'Winkel', 'No channel']);
    const shop = within(table).getByRole('button', { name: /^2 in Kopen via Winkel/ });
    expect(shop.getAttribute('aria-label')).toContain('mean emotion −1.5');
    expect(shop.closest('td')?.getAttribute('data-tone')).toBe('negative');
    expect(within(table).getByRole('button', { name: /^1 in Oriëntatie via Website/ }).closest('td')?.getAttribute('data-tone')).toBe('positive');
    // Nazorg has nothing in any channel: every cell in that column is an empty cell.
    expect(within(table).getAllByLabelText(/^0 in Nazorg via/)).toHaveLength(3);
    fireEvent.click(shop);
    expect(panel.sent.at(-1)).toEqual({ type: 'show-nodes', nodeIds: ['tp-2', 'tp-3'] });
  });

  it('coverage: personas and participation per journey', () => {
    const panel = withReport();
    const bakery = panel.getByRole('region', { name: 'Bakkerij' });
    expect(within(bakery).getByRole('button', { name: 'Persona: Drukke ouder' })).toBeTruthy();
    const participation = within(bakery).getAllByRole('table')[1];
    if (!participation) throw new Error('no participation table');
    expect(within(participation).getByRole('row', { name: /Anna/ }).textContent).toBe('Anna12–');
    const business = panel.getByRole('region', { name: 'Zakelijk' });
    expect(within(business).getByText('No persona on this journey')).toBeTruthy();
    expect(within(business).getByText('No author names on this board')).toBeTruthy();
  });

  it('emotion curve: an SVG with a neutral line and one line per journey, gaps where no feeling is stated', () => {
    const panel = withReport();
    openTab(panel, 'Emotion');
    const svg = panel.container.querySelector('svg.jc-curve');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.querySelector('.jc-neutral')).not.toBeNull();
    const lines = svg?.querySelectorAll('g.jc-line') ?? [];
    expect([...lines].map((g) => g.getAttribute('data-journey'))).toEqual(['j1', 'j2']);
    // Bakkerij: Oriëntatie +1.5, Kopen −1.5, Nazorg none → one segment of two points.
    expect(lines[0]?.querySelectorAll('path')).toHaveLength(1);
    expect(lines[0]?.querySelectorAll('circle')).toHaveLength(2);
    expect(panel.getByRole('row', { name: /Bakkerij · Nazorg/ }).textContent).toContain('no feeling stated');
  });

  it('findings: grouped by severity with show on board', () => {
    const panel = withReport();
    openTab(panel, 'Findings');
    const groups = panel.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(groups).toEqual(['Errors', 'Warnings', 'Notes']);
    fireEvent.click(panel.getByRole('button', { name: /^Show on board: Kopen doet pijn: 2 negatieve/ }));
    expect(panel.sent.at(-1)).toEqual({ type: 'show-nodes', nodeIds: ['tp-2', 'tp-3'] });
    panel.deliver({ type: 'zoomed', nodeIds: ['tp-2'], missing: ['tp-3'] });
    expect(panel.getByTestId('status').textContent).toBe('Showing 1; 1 no longer on the board');
  });

  it('improvements: ranked with score, effort, votes, quick-win mark and why', () => {
    const panel = withReport();
    openTab(panel, 'Improvements');
    const items = panel.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Tweede kassa op zaterdag');
    expect(items[0]?.textContent).toContain('★ Quick win');
    expect(items[0]?.textContent).toMatch(/Score \d+\.\d · Effort low · Votes 1/);
    expect(items[0]?.textContent).toContain('1 pijnpunt in Kopen');
    expect(items[1]?.textContent).toContain('Needs an idea');
    expect(items[1]?.textContent).not.toContain('Quick win');
    const second = items[1];
    if (!second) throw new Error('second improvement missing');
    fireEvent.click(within(second).getByRole('button', { name: /Show on board/ }));
    expect(panel.sent.at(-1)).toEqual({ type: 'show-nodes', nodeIds: ['tp-3'] });
  });

  it('long lists are paged so a big board renders what can be read', () => {
    const report = largeReport(5000);
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(100);
    const panel = withReport('en', report);
    openTab(panel, 'Findings');
    const list = panel.getByRole('list', { name: 'Warnings' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(panel.getByRole('button', { name: `Show more (${warnings - 50} left)` }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
  });

  it('a live report replaces the view in place: same tab, same page of the list', () => {
    const panel = withReport('en', largeReport(2000, 0));
    openTab(panel, 'Improvements');
    fireEvent.click(panel.getByRole('button', { name: /Show more/ }));
    expect(panel.getAllByRole('listitem')).toHaveLength(100);
    panel.deliver({ type: 'report', report: largeReport(2000, 1), live: true, elapsedMs: 10 });
    expect(panel.getByRole('radio', { name: 'Improvements' })).toHaveProperty('checked', true);
    expect(panel.getAllByRole('listitem')).toHaveLength(100);
  });

  it('actions send their requests', () => {
    const panel = withReport();
    for (const [label, msg] of [
      ['Check & write back', { type: 'check' }],
      ['Restore colours', { type: 'restore' }],
      ['Clear', { type: 'clear' }],
      ['Insert template', { type: 'template', lang: 'en' }],
    ] as const) {
      fireEvent.click(panel.getByRole('button', { name: label }));
      expect(panel.sent.at(-1)).toEqual(msg);
    }
    panel.deliver({ type: 'notice', level: 'error', message: 'Board is locked' });
    expect(panel.getByRole('alert').textContent).toBe('Board is locked');
  });

  it('live toggle sends set-live and saves the preference; Refresh appears when off', () => {
    const panel = withReport();
    expect(panel.queryByRole('button', { name: 'Refresh' })).toBeNull();
    fireEvent.click(panel.getByRole('checkbox', { name: 'Live' }));
    expect(panel.sent.slice(-2)).toEqual([
      { type: 'set-live', live: false },
      { type: 'save-preferences', preferences: { live: false, csvSeparator: ';', uiLang: 'en' } },
    ]);
    fireEvent.click(panel.getByRole('button', { name: 'Refresh' }));
    expect(panel.sent.at(-1)).toEqual({ type: 'analyse' });
  });

  it('settings: board settings saved together, preferences at once', () => {
    const panel = withReport();
    openTab(panel, 'Settings');
    fireEvent.click(panel.getByRole('checkbox', { name: 'Emotion curve' }));
    fireEvent.input(panel.getByLabelText('Purchase'), { target: { value: 'Afrekenen, Betalen,' } });
    fireEvent.input(panel.getByLabelText(/Extra channel names/), { target: { value: 'WhatsApp: app, appje\nBalie' } });
    fireEvent.click(panel.getByLabelText('Nederlands', { selector: '[role=radiogroup][aria-label="Report language"] input' }));
    fireEvent.click(panel.getByRole('button', { name: 'Save board settings' }));
    expect(panel.sent.at(-1)).toEqual({
      type: 'save-board-settings',
      settings: {
        lang: 'nl',
        extraStageNames: { purchase: ['Afrekenen', 'Betalen'] },
        extraChannelNames: { WhatsApp: ['app', 'appje'], Balie: [] },
        writeBack: { markers: true, colours: true, curve: false, improvements: true },
      },
    });
    expect(panel.getByTestId('status').textContent).toBe('Board settings saved');
    fireEvent.click(panel.getByLabelText('Comma'));
    expect(panel.sent.at(-1)).toEqual({ type: 'save-preferences', preferences: { live: true, csvSeparator: ',', uiLang: 'en' } });
  });

  it('speaks Dutch when the preference says so, and follows the board otherwise', () => {
    const panel = withReport('nl');
    expect(panel.getByRole('button', { name: 'Controleren en terugschrijven' })).toBeTruthy();
    expect(panel.getByLabelText('Bevindingen')).toBeTruthy();
    cleanup();
    const follow = mountPanel();
    follow.deliver({ type: 'report', report: bakeryReport(), live: true, elapsedMs: 1 });
    // uiLang null and board lang automatic: the report's language (nl) wins over the editor's.
    expect(follow.getByRole('button', { name: 'Sjabloon invoegen' })).toBeTruthy();
  });
});
