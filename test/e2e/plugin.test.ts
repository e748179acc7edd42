/**
 * The real thing: the built plugin in the sandbox over the FigJam emulator, the built panel in
 * Chromium, the real message protocol between them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringsFor } from '../../src/i18n';
import { parseSandboxToUi } from '../../src/messages';
import { writtenParts } from '../../ui/notices';
import { createEmulator, type Emulator } from '../emulator';
import { requireBrowserAndBuild } from './browser';
import { openPluginPanel, type PluginPanel } from './pluginBridge';

/** A small bakery journey: three phases, a channel cell in each, one empty phase. */
function bakeryBoard(emu: Emulator) {
  const journey = emu.add.section({ name: 'Bakkerij', x: 0, y: 0, width: 3000, height: 1200 });
  const phases = ['Oriëntatie', 'Aankoop', 'Nazorg'].map((name, i) =>
    emu.add.section({ parent: journey, name, x: 40 + i * 950, y: 100, width: 900, height: 1000 }),
  );
  const [orientation, purchase] = phases;
  if (!orientation || !purchase) throw new Error('board');
  const web = emu.add.section({ parent: orientation, name: 'Website', x: 60, y: 160, width: 860, height: 400 });
  const shop = emu.add.section({ parent: purchase, name: 'Winkel', x: 1010, y: 160, width: 860, height: 400 });
  emu.add.sticky({ parent: web, x: 80, y: 200, text: 'Zoekt op Google naar een verjaardagstaart 🙂' });
  emu.add.sticky({ parent: shop, x: 1030, y: 200, text: 'Lange rij bij de kassa, erg vervelend 😡' });
  emu.add.sticky({ parent: shop, x: 1300, y: 200, text: 'Pinautomaat doet het niet' });
  return { journey, phases, web, shop };
}

describe('plugin and panel together', () => {
  let emu: Emulator;
  let board: ReturnType<typeof bakeryBoard>;
  let app: PluginPanel;

  beforeAll(async () => {
    const html = requireBrowserAndBuild();
    emu = createEmulator({ documentAccess: 'dynamic-page' });
    board = bakeryBoard(emu);
    app = await openPluginPanel(html, emu);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens on the board and shows its coverage', async () => {
    const { panel } = app.session;
    await panel.getByTestId('summary').filter({ hasText: /3 contactmomenten/ }).waitFor();
    const bakery = panel.getByRole('region', { name: 'Bakkerij' });
    await bakery.getByRole('button', { name: /^2 in .* via Winkel/ }).waitFor();
  });

  it('a sticky added by a participant shows up live', async () => {
    const { panel } = app.session;
    emu.add.sticky({ parent: board.web, x: 400, y: 200, text: 'Leest reviews op de website, twijfelt' });
    await emu.flushEvents();
    await app.run.settle();
    await panel.getByTestId('summary').filter({ hasText: /4 contactmomenten/ }).waitFor();
  });

  it('show on board zooms the canvas and the panel hears back', async () => {
    const { panel } = app.session;
    await panel.getByText(/^(Findings|Bevindingen)$/).click();
    const button = panel.getByRole('button', { name: /^(Show on board|Toon op bord):/ }).first();
    const zooms = emu.zoomRequests.length;
    const before = app.session.received.length;
    await button.click();
    const asked = await app.session.waitForMessage('show-nodes', before);
    await app.run.settle();
    expect(emu.zoomRequests.length).toBe(zooms + 1);
    const zoomed = emu.zoomRequests.at(-1) ?? [];
    expect(zoomed.length).toBeGreaterThan(0);
    expect(asked.type === 'show-nodes' ? asked.nodeIds : []).toEqual(expect.arrayContaining(zoomed));
    await panel.getByTestId('status').filter({ hasText: /(Showing|getoond)/ }).waitFor();
  });

  it('check & write back writes on the board and the panel reports it', async () => {
    const { panel } = app.session;
    const writes = emu.counters.writes.total;
    await panel.getByRole('button', { name: /^(Check & write back|Controleren en terugschrijven)$/ }).click();
    await app.session.waitForMessage('check');
    await app.run.settle();
    const written = await emu.ui.waitFor((m) => typeof m === 'object' && m !== null && 'type' in m && m.type === 'written');
    expect(emu.counters.writes.total).toBeGreaterThan(writes);
    expect(app.run.uncaught).toEqual([]);
    // The panel words what was written in its own language (Dutch: the board's) from the summary.
    const parsed = parseSandboxToUi(written);
    if (parsed?.type !== 'written') throw new Error('no written message');
    const nl = stringsFor('nl').ui;
    const expected = nl.notices.written(writtenParts(parsed.summary, nl));
    expect(expected).not.toBe(nl.notices.written([]));
    await panel.getByTestId('notice').filter({ hasText: expected }).waitFor();
  });

  it('measures the live refresh of a 1,000-sticky board, sticky added → panel painted (logged)', async () => {
    const { panel, page } = app.session;
    for (let i = 0; i < 996; i++) {
      emu.add.sticky({ parent: i % 2 === 0 ? board.web : board.shop, x: 80 + (i % 30) * 25, y: 200 + Math.floor(i / 30) * 5, text: `Sticky ${i}` });
    }
    await emu.flushEvents();
    await app.run.settle();
    await panel.getByTestId('summary').filter({ hasText: /1000 (touchpoints|contactmomenten)/ }).waitFor({ timeout: 20_000 });
    const start = Date.now();
    emu.add.sticky({ parent: board.shop, x: 200, y: 300, text: 'Nog eentje' });
    await emu.flushEvents();
    await app.run.settle();
    await panel.getByTestId('summary').filter({ hasText: /1001 (touchpoints|contactmomenten)/ }).waitFor({ timeout: 20_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const total = Date.now() - start;
    const last = [...emu.ui.sent].reverse().find((m) => typeof m === 'object' && m !== null && 'type' in m && m.type === 'report');
    const analysis = typeof last === 'object' && last !== null && 'elapsedMs' in last ? String(last.elapsedMs) : '?';
    console.log(`live refresh, 1,000-sticky board, sticky added in the emulator → panel painted in Chromium: ${total} ms (includes the plugin's live debounce; analysis ${analysis} ms)`);
  });
});
