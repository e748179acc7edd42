/**
 * Undo steps. "By default, plugin actions are not committed to undo history. Call
 * `figma.commitUndo()` so that triggered undos can revert a subset of plugin actions"
 * (plugin-api.d.ts, commitUndo). While the panel stays open, a check, a restore, a clear, a
 * template and a settings change must each be one undo step of their own, apart from the
 * facilitator's own edits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { fromPanel, openPanel, run } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

describe('undo steps', () => {
  it('each panel action that writes is one undo step, and a hand edit in between is a step of its own', async () => {
    const { emu, stickies } = bakeryBoard();
    const panel = await openPanel(emu);
    const stepsBefore = emu.undoHistory().steps.length;
    const sticky = emu.node(stickies[3]?.id ?? '') as StickyNode;

    await fromPanel(emu, panel, { type: 'check' });
    emu.asRunner(() => {
      sticky.x += 20; // the facilitator tidies up
    });
    await fromPanel(emu, panel, { type: 'restore' });
    await fromPanel(emu, panel, { type: 'check' });
    await fromPanel(emu, panel, { type: 'clear' });
    await fromPanel(emu, panel, { type: 'template', lang: 'en' });
    await fromPanel(emu, panel, { type: 'save-board-settings', settings: { lang: 'nl', extraStageNames: {}, extraChannelNames: {}, writeBack: { markers: true, colours: false, curve: true, improvements: true } } });

    const { steps, pending } = emu.undoHistory();
    expect(pending).toBeNull(); // nothing of ours waits to merge with the next edit
    const mine = steps.slice(stepsBefore);
    // check, hand edit, restore, check, clear, template, settings: seven steps, none mixing plugin and hand edits.
    expect(mine.map((s) => (s.runnerEdits > 0 ? 'hand' : 'plugin'))).toEqual(['plugin', 'hand', 'plugin', 'plugin', 'plugin', 'plugin', 'plugin']);
    for (const step of mine) expect(step.pluginWrites === 0 || step.runnerEdits === 0).toBe(true);
    panel.dispose();
  });

  it('a menu command is one undo step (closePlugin commits it)', async () => {
    const { emu } = bakeryBoard();
    const before = emu.undoHistory().steps.length;
    await run(emu, 'check');
    expect(emu.undoHistory().steps.length).toBe(before + 1);
    expect(emu.undoHistory().pending).toBeNull();
  });
});
