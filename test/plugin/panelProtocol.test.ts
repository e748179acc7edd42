/**
 * What the sandbox tells the panel around its actions, so the panel can word everything in its
 * own language: busy while a writing action runs, which action wrote, and coded notices (a node
 * deleted meanwhile, any other failure, settings saved, template inserted).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSandboxToUi, type SandboxToUi } from '../../src/messages';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { fromPanel, openPanel } from './helpers';
import type { Emulator } from '../emulator';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

function sentSince(emu: Emulator, from: number): SandboxToUi[] {
  return emu.ui.sent.slice(from).map((raw) => {
    const message = parseSandboxToUi(raw);
    if (!message) throw new Error(`the panel would drop ${JSON.stringify(raw).slice(0, 200)}`);
    return message;
  });
}

describe('panel protocol', () => {
  it('progress: the timeline of checks, what the last check changed and the gaps it closed and opened, by name', async () => {
    const { emu, phases, stickies } = bakeryBoard();
    const panel = await openPanel(emu);
    const atStart = sentSince(emu, 0).find((m) => m.type === 'progress');
    expect(atStart).toEqual({ type: 'progress', timeline: [], sentence: null, sinceFirst: null, closed: [], opened: [] });
    await fromPanel(emu, panel, { type: 'check' });
    // The team answers the empty phase and deletes a pain nobody had an idea for; a new pain appears.
    emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140, text: 'Krijgt een bedankje per mail, blij 😀' });
    emu.deleteNodeAsOtherUser(stickies[5]?.id ?? '');
    emu.add.sticky({ parent: phases[1] as SectionNode, x: 570, y: 700, text: 'Parkeren bij de winkel is een drama, boos' });
    const from = emu.ui.sent.length;
    await fromPanel(emu, panel, { type: 'check' });
    const progress = sentSince(emu, from).find((m) => m.type === 'progress');
    if (progress?.type !== 'progress') throw new Error('no progress message');
    expect(progress.timeline).toHaveLength(2);
    expect(progress.sinceFirst?.closed).toBeGreaterThan(0);
    expect(progress.sinceFirst?.opened).toBeGreaterThan(0);
    expect(progress.timeline[1]?.journeys[0]?.percent).toBeGreaterThan(progress.timeline[0]?.journeys[0]?.percent ?? 100);
    expect(progress.sentence).toMatch(/^\d+ gat(en)? gedicht, \d+ nieuw · volledigheid \d+ → \d+ %$/);
    expect(progress.closed.some((f) => f.rule === 'phase-empty' || f.rule === 'emotion-missing')).toBe(true);
    expect(progress.opened.some((f) => /Parkeren/.test(f.message))).toBe(true);
    // Opened again, the panel shows the same changes of the last check.
    panel.dispose();
    const again = await openPanel(emu);
    const reopened = emu.ui.sent.map((m) => parseSandboxToUi(m)).filter((m) => m?.type === 'progress').at(-1);
    expect(reopened).toEqual(progress);
    again.dispose();
  });

  it('a writing action is framed by busy messages and its written names the action', async () => {
    const { emu } = bakeryBoard();
    const panel = await openPanel(emu);
    for (const action of ['check', 'restore', 'clear'] as const) {
      const from = emu.ui.sent.length;
      await fromPanel(emu, panel, { type: action });
      const types = sentSince(emu, from).map((m) => (m.type === 'busy' ? `busy:${m.action ?? 'none'}` : m.type === 'written' ? `written:${m.action ?? ''}` : m.type));
      const progress = action === 'restore' ? [] : ['progress']; // a check records, a clear removes the board's history
      expect(types).toEqual([`busy:${action}`, 'busy:none', `written:${action}`, ...progress, 'report']);
    }
    panel.dispose();
  });

  it('settings saved and template inserted carry their codes', async () => {
    const { emu } = bakeryBoard();
    const panel = await openPanel(emu);
    let from = emu.ui.sent.length;
    await fromPanel(emu, panel, { type: 'template', lang: 'nl' });
    expect(sentSince(emu, from).find((m) => m.type === 'notice')).toMatchObject({ level: 'info', code: 'template-inserted' });
    from = emu.ui.sent.length;
    const settings = { lang: 'nl', extraStageNames: {}, extraChannelNames: {}, writeBack: { markers: true, colours: true, curve: true, improvements: true } };
    await fromPanel(emu, panel, { type: 'save-board-settings', settings });
    expect(sentSince(emu, from).find((m) => m.type === 'notice')).toMatchObject({ level: 'info', code: 'settings-saved' });
    panel.dispose();
  });

  it('a sticky deleted while the board is read is a node-gone notice naming it, and the next good report follows', async () => {
    const { emu, stickies } = bakeryBoard();
    const panel = await openPanel(emu);
    const victim = stickies[2]?.id ?? '';
    // Someone deletes a sticky just as the plugin reads the text of the third one.
    emu.injectFault({ name: 'characters', nth: 3 }, () => emu.deleteNodeAsOtherUser(victim));
    const from = emu.ui.sent.length;
    await fromPanel(emu, panel, { type: 'analyse' });
    const notice = sentSince(emu, from).find((m) => m.type === 'notice');
    expect(notice).toMatchObject({ level: 'error', code: 'node-gone', params: { nodeId: victim } });
    await fromPanel(emu, panel, { type: 'analyse' });
    expect(sentSince(emu, from).at(-1)?.type).toBe('report');
    panel.dispose();
  });
});
