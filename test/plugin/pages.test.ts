/**
 * Boards with several pages. `nodechange` is an event of one page (PageNode.on), so the panel must
 * follow the page shown ("currentpagechange" fires "when the user navigates to a different page, or
 * when the plugin changes the value of figma.currentPage", plugin-api.d.ts); "show on board" must
 * switch page with setCurrentPageAsync first (figma.currentPage is read-only under dynamic-page).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { fromPanel, openPanel, quiet, reportsSent } from './helpers';
import type { Emulator } from '../emulator';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

/** A second page with an English journey of two phases. */
function secondPage(emu: Emulator): { page: PageNode; phase: SectionNode; sticky: StickyNode } {
  const page = emu.add.page('Workshop 2');
  const journey = emu.add.section({ parent: page, name: 'Bike subscription journey', x: 0, y: 0, width: 1000, height: 700 });
  const phase = emu.add.section({ parent: journey, name: 'Awareness', x: 40, y: 80, width: 440, height: 580 });
  emu.add.section({ parent: journey, name: 'Purchase', x: 520, y: 80, width: 440, height: 580 });
  const sticky = emu.add.sticky({ parent: phase, x: 100, y: 140, text: 'Saw an ad on the bus, curious 🙂' });
  return { page, phase, sticky };
}

describe('pages', () => {
  it('reports on the page the facilitator switches to, and follows edits on that page only', async () => {
    const { emu, phases } = bakeryBoard();
    const other = secondPage(emu);
    const panel = await openPanel(emu);
    expect(reportsSent(emu).at(-1)?.report.journeys.map((j) => j.name)).toEqual(['Klantreis Bakkerij']);

    await emu.switchPage(other.page);
    await quiet(emu, panel);
    const onSecond = reportsSent(emu).at(-1)?.report;
    expect(onSecond?.journeys.map((j) => j.name)).toEqual(['Bike subscription journey']);
    expect(onSecond?.summary.touchpoints).toBe(1);

    // An edit on the page no longer shown changes nothing in the panel; one on the page shown does.
    const count = reportsSent(emu).length;
    emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140, text: 'Blij met de bezorging' });
    await quiet(emu, panel);
    expect(reportsSent(emu).length).toBe(count);
    emu.add.sticky({ parent: other.phase, x: 100, y: 400, text: 'Price page confusing, annoyed' });
    await quiet(emu, panel);
    expect(reportsSent(emu).length).toBe(count + 1);
    expect(reportsSent(emu).at(-1)?.report.summary.touchpoints).toBe(2);
    expect(panel.uncaught).toEqual([]);
    panel.dispose();
  });

  it('"show on board" switches to the page of the node first, then selects and zooms to it', async () => {
    const { emu, stickies } = bakeryBoard();
    const other = secondPage(emu);
    const panel = await openPanel(emu);
    await emu.switchPage(other.page);
    await quiet(emu, panel);
    const target = stickies[4]?.id ?? '';
    await fromPanel(emu, panel, { type: 'show-nodes', nodeIds: [target] });
    expect(emu.currentPage.id).toBe(emu.page.id);
    expect(emu.currentPage.selection.map((n) => n.id)).toEqual([target]);
    const zoomed = emu.ui.sent.filter((m): m is { type: 'zoomed'; nodeIds: string[]; missing: string[] } => (m as { type?: string }).type === 'zoomed').at(-1);
    expect(zoomed).toEqual({ type: 'zoomed', nodeIds: [target], missing: [] });
    // The panel now reports on the page shown again.
    expect(reportsSent(emu).at(-1)?.report.journeys.map((j) => j.name)).toEqual(['Klantreis Bakkerij']);
    expect(panel.uncaught).toEqual([]);
    panel.dispose();
  });

  it('a check writes on the page shown only', async () => {
    const { emu } = bakeryBoard();
    const other = secondPage(emu);
    const panel = await openPanel(emu);
    await emu.switchPage(other.page);
    await fromPanel(emu, panel, { type: 'check' });
    const pageOf = (id: string) => {
      let node: BaseNode | null = emu.node(id);
      while (node && node.type !== 'PAGE') node = node.parent;
      return node?.id;
    };
    const written = emu.ui.sent.filter((m) => (m as { type?: string }).type === 'written');
    expect(written.length).toBe(1);
    const ours = other.page.findAll((n) => n.getSharedPluginData('journeycheck', 'journeyCheck') !== '');
    expect(ours.length).toBeGreaterThan(0);
    expect(emu.page.findAll((n) => n.getSharedPluginData('journeycheck', 'journeyCheck') !== '')).toEqual([]);
    expect(new Set(ours.map((n) => pageOf(n.id)))).toEqual(new Set([other.page.id]));
    panel.dispose();
  });
});
