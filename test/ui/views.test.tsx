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
  fireEvent.click(panel.getByRole('tab', { name }));
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
    expect(within(table).getAllByText(/^0 in Nazorg via/)).toHaveLength(3);
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

  it('emotion curve: a chart per journey with every phase named, every value written, and no feeling said', () => {
    const panel = withReport();
    openTab(panel, 'Emotion');
    const charts = panel.getAllByRole('img').filter((el) => el.classList.contains('jc-curve'));
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Emotion curve of Bakkerij: Oriëntatie +1.5, Kopen −1.5, Nazorg no feeling stated',
      'Emotion curve of Zakelijk: Oriëntatie +1.0, Offerte no feeling stated',
    ]);
    const bakery = charts[0];
    if (!bakery) throw new Error('no chart');
    // Oriëntatie +1.5, Kopen −1.5, Nazorg none → one segment of two points, and a hollow mark.
    expect(bakery.querySelectorAll('.jc-curve-lines path')).toHaveLength(1);
    expect([...bakery.querySelectorAll('[data-testid=curve-value]')].map((v) => v.textContent)).toEqual(['+1.5', '−1.5', '?']);
    expect(bakery.querySelectorAll('.jc-pt-none')).toHaveLength(1);
    expect([...bakery.querySelectorAll('.jc-phase-name')].map((n) => n.textContent)).toEqual(['Oriëntatie', 'Kopen', 'Nazorgno feeling']);
    expect(panel.getAllByRole('row', { name: /^Nazorg/ })[0]?.textContent).toContain('no feeling stated');
  });

  it('findings: grouped by journey and phase, severity as an icon, with show on board', () => {
    const panel = withReport();
    openTab(panel, 'Findings');
    const groups = within(panel.getByRole('tabpanel')).getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(groups).toEqual(['Bakkerij', 'Zakelijk']);
    const kopen = panel.getByRole('list', { name: 'Bakkerij · Kopen' });
    expect(within(kopen).getAllByRole('img').map((i) => i.getAttribute('aria-label'))).toContain('Warnings');
    fireEvent.click(panel.getByRole('button', { name: /^Show on board: Kopen doet pijn: 2 negatieve/ }));
    expect(panel.sent.at(-1)).toEqual({ type: 'show-nodes', nodeIds: ['tp-2', 'tp-3'] });
    panel.deliver({ type: 'zoomed', nodeIds: ['tp-2'], missing: ['tp-3'] });
    expect(panel.getByTestId('status').textContent).toBe('Showing 1; 1 no longer on the board');
  });

  it('improvements: ranked with score, effort, votes, quick-win mark and why', () => {
    const panel = withReport();
    openTab(panel, 'Improvements');
    const items = within(panel.getByRole('tabpanel')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Tweede kassa op zaterdag');
    expect(items[0]?.textContent).toContain('★ Quick win');
    expect(items[0]?.textContent).toMatch(/Score \d+\.\d · Effort low/);
    expect(items[0]?.textContent).not.toContain('Votes');
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
    const panel = withReport('en', report);
    openTab(panel, 'Findings');
    const lists = panel.getAllByRole('list');
    const long = lists.find((l) => within(l).getAllByRole('listitem').length === 50);
    if (!long) throw new Error('no paged list');
    const name = long.getAttribute('aria-label') ?? '';
    const [journey, phase] = name.split(' · ');
    const total = report.findings.filter((f) => f.journey?.name === journey && f.phase?.name === phase).length;
    expect(total).toBeGreaterThan(100);
    const paged = long.parentElement;
    if (!paged) throw new Error('no paged list');
    fireEvent.click(within(paged).getByRole('button', { name: `Show more (${total - 50} left)` }));
    expect(within(panel.getByRole('list', { name })).getAllByRole('listitem')).toHaveLength(100);
  });

  it('a live report replaces the view in place: same tab, same page of the list', () => {
    const panel = withReport('en', largeReport(2000, 0));
    openTab(panel, 'Improvements');
    const ideas = () => panel.getByRole('list', { name: 'Improvements' });
    const paged = ideas().parentElement;
    if (!paged) throw new Error('no paged list');
    fireEvent.click(within(paged).getByRole('button', { name: /Show more/ }));
    expect(within(ideas()).getAllByRole('listitem')).toHaveLength(100);
    panel.deliver({ type: 'report', report: largeReport(2000, 1), live: true, elapsedMs: 10 });
    expect(panel.getByRole('tab', { name: 'Improvements' }).getAttribute('aria-selected')).toBe('true');
    expect(within(ideas()).getAllByRole('listitem')).toHaveLength(100);
  });

  it('actions send their requests, one at a time; Clear asks first', () => {
    const panel = withReport();
    for (const [label, msg] of [
      ['Check & write back', { type: 'check' }],
      ['Restore colours', { type: 'restore' }],
      ['Insert template', { type: 'template', lang: 'en' }],
    ] as const) {
      fireEvent.click(panel.getByRole('button', { name: label }));
      expect(panel.sent.at(-1)).toEqual(msg);
      // Busy until the sandbox answers: a second click sends nothing.
      fireEvent.click(panel.getByRole('button', { name: label }));
      expect(panel.sent.filter((m) => m.type === msg.type)).toHaveLength(1);
      panel.deliver({ type: 'written', summary: { markers: 1, recoloured: 0, curvePoints: 0, improvementRows: 0, created: 1, updated: 0, removed: 0, skipped: [] }, message: 'x' });
    }
    fireEvent.click(panel.getByRole('button', { name: 'Clear…' }));
    expect(panel.sent.at(-1)).toEqual({ type: 'template', lang: 'en' });
    fireEvent.click(panel.getByRole('button', { name: 'Remove' }));
    expect(panel.sent.at(-1)).toEqual({ type: 'clear' });
    panel.deliver({ type: 'notice', level: 'error', message: 'Board is locked' });
    expect(panel.getByRole('alert').textContent).toContain('Journey Check could not finish');
    expect(panel.getByRole('alert').textContent).toContain('Board is locked');
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
    panel.deliver({ type: 'notice', level: 'info', message: 'saved', code: 'settings-saved' });
    expect(panel.getByTestId('notice').textContent).toContain('Board settings saved for everyone on this board.');
    fireEvent.click(panel.getByLabelText('Comma'));
    expect(panel.sent.at(-1)).toEqual({ type: 'save-preferences', preferences: { live: true, csvSeparator: ',', uiLang: 'en' } });
  });

  it('speaks Dutch when the preference says so, and follows the board otherwise', () => {
    const panel = withReport('nl');
    expect(panel.getByRole('button', { name: 'Controleren en terugschrijven' })).toBeTruthy();
    expect(panel.getByRole('tab', { name: 'Bevindingen' })).toBeTruthy();
    cleanup();
    const follow = mountPanel();
    follow.deliver({ type: 'report', report: bakeryReport(), live: true, elapsedMs: 1 });
    // uiLang null and board lang automatic: the report's language (nl) wins over the editor's.
    expect(follow.getByRole('button', { name: 'Sjabloon invoegen' })).toBeTruthy();
  });
});
