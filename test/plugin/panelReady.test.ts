/**
 * The panel says 'ready' once it has loaded. Opening the panel must not read and analyse the board
 * twice (in Figma's VM that doubled the cost of opening it): the start-up messages are sent again
 * as they were, unless the board changed meanwhile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { fromPanel, openPanel, reportsSent } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

describe('panel ready', () => {
  it('answers with the start-up messages without reading the board again', async () => {
    const { emu } = bakeryBoard();
    const panel = await openPanel(emu);
    const first = emu.ui.sent.length;
    emu.resetCounters();
    await fromPanel(emu, panel, { type: 'ready' });
    expect(emu.counters.reads.total).toBe(0);
    const again = emu.ui.sent.slice(first).map((m) => (m as { type: string }).type);
    expect(again).toEqual(['init', 'report', 'progress']);
    expect(reportsSent(emu).at(-1)?.report).toEqual(reportsSent(emu).at(-2)?.report);
    panel.dispose();
  });

  it('reads the board again when someone changed it since (live mode off)', async () => {
    const { emu, phases } = bakeryBoard();
    const panel = await openPanel(emu);
    await fromPanel(emu, panel, { type: 'set-live', live: false });
    emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140, text: 'Krijgt een bedankje, blij' });
    await fromPanel(emu, panel, { type: 'ready' });
    expect(reportsSent(emu).at(-1)?.report.summary.touchpoints).toBe(9);
    panel.dispose();
  });
});
