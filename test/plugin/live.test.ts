/**
 * Live mode as FigJam delivers changes: 'LOCAL' is "from the user running the plugin" — the
 * plugin's own writes AND the facilitator's own edits on the canvas (plugin-api.d.ts,
 * DocumentChange.origin); 'REMOTE' is another participant. The panel must follow every person's
 * edit and only ignore the echo of the plugin's own writes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { fromPanel, generated, openPanel, quiet, reportsSent } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

describe('live mode', () => {
  it("refreshes on the facilitator's own edit (LOCAL), not only on other participants' edits", async () => {
    const { emu, stickies } = bakeryBoard();
    const panel = await openPanel(emu);
    const before = reportsSent(emu).length;
    const sticky = emu.node(stickies[1]?.id ?? '') as StickyNode;
    emu.asRunner(() => {
      sticky.text.characters = 'Hoort van de buurvrouw over het brood, erg blij 😀';
    });
    await quiet(emu, panel);
    const reports = reportsSent(emu);
    expect(reports.length).toBe(before + 1);
    const last = reports[reports.length - 1];
    expect(last?.live).toBe(true);
    const touchpoint = last?.report.journeys[0]?.phases[0]?.touchpoints.find((t) => t.nodeId === sticky.id);
    expect(touchpoint?.text).toMatch(/erg blij/);
    panel.dispose();
  });

  it('a sticky the facilitator adds and one another participant adds are both seen', async () => {
    const { emu, phases } = bakeryBoard();
    const panel = await openPanel(emu);
    emu.asRunner(() => emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140, text: 'Vriendelijke bezorger, blij' }));
    await quiet(emu, panel);
    emu.asOtherUser(() => emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 400, text: 'Retour duurt lang, boos' }));
    await quiet(emu, panel);
    const counts = reportsSent(emu).map((r) => r.report.summary.touchpoints);
    expect(counts.slice(-3)).toEqual([8, 9, 10]);
    panel.dispose();
  });

  it("a check, a restore, a clear and a template from the panel each send one report: the echo of the plugin's own writes is no person's edit", async () => {
    const { emu } = bakeryBoard();
    const panel = await openPanel(emu);
    for (const message of [{ type: 'check' }, { type: 'check' }, { type: 'restore' }, { type: 'clear' }, { type: 'template', lang: 'nl' }]) {
      const before = reportsSent(emu).length;
      await fromPanel(emu, panel, message);
      await quiet(emu, panel);
      expect({ message: message.type, reports: reportsSent(emu).length - before }).toEqual({ message: message.type, reports: 1 });
    }
    expect(panel.uncaught).toEqual([]);
    panel.dispose();
  });

  it("the facilitator's edit to a generated marker does not re-analyse (the engine ignores our nodes)", async () => {
    const { emu } = bakeryBoard();
    const panel = await openPanel(emu);
    await fromPanel(emu, panel, { type: 'check' });
    await fromPanel(emu, panel, { type: 'analyse' }); // reads the board again: the new markers are known as ours
    const before = reportsSent(emu).length;
    const marker = generated(emu).find((g) => g.node.type === 'SHAPE_WITH_TEXT');
    const node = emu.node(marker?.node.id ?? '') as ShapeWithTextNode;
    emu.asRunner(() => {
      node.x += 40;
    });
    await quiet(emu, panel);
    expect(reportsSent(emu).length).toBe(before);
    panel.dispose();
  });

  it('an edit made while a check writes is reported once the check is done', async () => {
    const { emu, phases } = bakeryBoard();
    const panel = await openPanel(emu);
    // Mid-run (at the first recolour), the facilitator adds a sticky.
    emu.injectFault({ name: 'fills', nth: 1 }, () =>
      emu.asRunner(() => emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140, text: 'Nieuwe klacht over de bezorging, boos' })),
    );
    const before = reportsSent(emu).length;
    await fromPanel(emu, panel, { type: 'check' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await quiet(emu, panel);
    const reports = reportsSent(emu).slice(before);
    const last = reports[reports.length - 1];
    expect(last?.report.summary.touchpoints).toBe(9);
    expect(reports.length).toBeLessThanOrEqual(2);
    panel.dispose();
  });
});
