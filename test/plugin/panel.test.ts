import { assertBuiltCodeIsFresh } from './builtCode';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator';
import { runBuiltPlugin, type RunResult } from '../sandbox';
import { parseSandboxToUi, type SandboxToUi } from '../../src/messages';
import { bakeryBoard } from './boards';
import { corruptRecord, generated } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

async function openPanel(emu: Emulator): Promise<RunResult> {
  const result = await runBuiltPlugin({ emulator: emu, command: 'panel' });
  expect(result.uncaught).toEqual([]);
  expect(result.closed).toBe(false);
  return result;
}

/** Messages the sandbox sent, each validated as the panel would. */
function sent(emu: Emulator): SandboxToUi[] {
  return emu.ui.sent.map((raw) => {
    const message = parseSandboxToUi(raw);
    if (!message) throw new Error(`the panel would drop ${JSON.stringify(raw).slice(0, 200)}`);
    return message;
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('panel', () => {
  it('opens with init and a report, all valid protocol messages', async () => {
    const { emu } = bakeryBoard();
    const result = await openPanel(emu);
    expect(emu.ui.shown?.options).toMatchObject({ themeColors: true, width: 360, height: 560 });
    const messages = sent(emu);
    expect(messages[0]?.type).toBe('init');
    const report = messages.find((m) => m.type === 'report');
    expect(report?.type === 'report' && report.report.lang).toBe('nl');
    expect(report?.type === 'report' && report.live).toBe(false);
    // Opening the panel writes nothing to the board (registering onmessage is the only "set").
    expect(emu.counters.writes).toMatchObject({ sets: { onmessage: 1 }, creates: {}, removes: {} });
    expect(Object.keys(emu.counters.writes.sets)).toEqual(['onmessage']);
    result.dispose();
  });

  it('logs and ignores unknown or malformed panel messages', async () => {
    const { emu } = bakeryBoard();
    const result = await openPanel(emu);
    const count = emu.ui.sent.length;
    await emu.ui.sendToPlugin({ type: 'eval', code: 'figma.root.remove()' });
    await emu.ui.sendToPlugin({ type: 'show-nodes', nodeIds: [42] });
    await result.settle();
    expect(emu.ui.sent.length).toBe(count);
    expect(result.errors.filter((e) => e.includes('ignored')).length).toBe(2);
    expect(result.uncaught).toEqual([]);
    result.dispose();
  });

  it('show-nodes selects and zooms to the nodes that exist and names the missing ones', async () => {
    const { emu, stickies } = bakeryBoard();
    const result = await openPanel(emu);
    const id = stickies[2]?.id ?? '';
    await emu.ui.sendToPlugin({ type: 'show-nodes', nodeIds: [id, '999:999'] });
    await result.settle();
    const zoomed = sent(emu).find((m) => m.type === 'zoomed');
    expect(zoomed).toEqual({ type: 'zoomed', nodeIds: [id], missing: ['999:999'] });
    expect(emu.zoomRequests).toContainEqual([id]);
    expect(emu.page.selection.map((n) => n.id)).toEqual([id]);
    result.dispose();
  });

  it('live mode re-analyses after another user edits, debounced, and writes nothing', async () => {
    const { emu, phases } = bakeryBoard();
    const result = await openPanel(emu);
    const reportsBefore = sent(emu).filter((m) => m.type === 'report').length;
    emu.resetCounters();
    for (let i = 0; i < 3; i++) emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140 + i * 250, text: `Snelle service ${i}, blij` });
    await emu.flushEvents();
    await wait(400);
    await result.settle();
    const reports = sent(emu).filter((m) => m.type === 'report');
    expect(reports.length).toBe(reportsBefore + 1); // three edits, one debounced analysis
    const live = reports[reports.length - 1];
    expect(live?.type === 'report' && live.live).toBe(true);
    expect(live?.type === 'report' && live.report.summary.touchpoints).toBe(11);
    expect(emu.counters.writes.total).toBe(0);
    result.dispose();
  });

  it('with live off, edits do not trigger a report', async () => {
    const { emu, phases } = bakeryBoard();
    const result = await openPanel(emu);
    await emu.ui.sendToPlugin({ type: 'set-live', live: false });
    await result.settle();
    const count = emu.ui.sent.length;
    emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140, text: 'Blij' });
    await emu.flushEvents();
    await wait(400);
    expect(emu.ui.sent.length).toBe(count);
    expect(emu.clientStorage.get('preferences')).toMatchObject({ live: false });
    result.dispose();
  });

  it('check from the panel writes back and answers with written and a fresh report', async () => {
    const { emu } = bakeryBoard();
    const result = await openPanel(emu);
    await emu.ui.sendToPlugin({ type: 'check' });
    await result.settle();
    const written = sent(emu).find((m) => m.type === 'written');
    expect(written?.type === 'written' && written.summary.created).toBeGreaterThan(0);
    expect(written?.type === 'written' && written.message).toMatch(/gerangschikt/);
    expect(generated(emu).length).toBeGreaterThan(0);
    await emu.ui.sendToPlugin({ type: 'clear' });
    await result.settle();
    expect(generated(emu)).toEqual([]);
    expect(result.uncaught).toEqual([]);
    result.dispose();
  });

  it('saves board settings in the document (validated) and reports in the chosen language', async () => {
    const { emu } = bakeryBoard();
    const result = await openPanel(emu);
    const settings = { lang: 'en' as const, extraStageNames: {}, extraChannelNames: {}, writeBack: { markers: false, colours: true, curve: false, improvements: false } };
    await emu.ui.sendToPlugin({ type: 'save-board-settings', settings });
    await result.settle();
    const reports = sent(emu).filter((m) => m.type === 'report');
    const last = reports[reports.length - 1];
    expect(last?.type === 'report' && last.report.lang).toBe('en');
    expect(JSON.parse(emu.figma.root.getSharedPluginData('journeycheck', 'journeyCheck.settings'))).toEqual({ v: 1, settings });
    // The write-back choices are honoured: only colours.
    await emu.ui.sendToPlugin({ type: 'check' });
    await result.settle();
    expect(generated(emu)).toEqual([]);
    const written = sent(emu).find((m) => m.type === 'written');
    expect(written?.type === 'written' && written.summary.recoloured).toBeGreaterThan(0);
    result.dispose();
  });
});

describe('panel commands', () => {
  it('template from the panel inserts the chosen language and sends a fresh report', async () => {
    const { emu } = bakeryBoard();
    const result = await openPanel(emu);
    await emu.ui.sendToPlugin({ type: 'template', lang: 'en' });
    await result.settle();
    const messages = sent(emu);
    expect(messages.find((m) => m.type === 'notice')).toMatchObject({ level: 'info', message: expect.stringMatching(/template inserted/) });
    const last = messages[messages.length - 1];
    expect(last?.type === 'report' && last.report.journeys.length).toBe(2);
    expect(generated(emu)).toEqual([]); // a template is the team's, not ours
    result.dispose();
  });
});

describe('panel robustness', () => {
  it('corrupt board settings are ignored with a notice; edits to generated nodes do not trigger live reports', async () => {
    const { emu } = bakeryBoard();
    corruptRecord(emu, '0:0', 'journeyCheck.settings', '{"v":1,"settings":{"lang":"xx"}}');
    const result = await openPanel(emu);
    const notice = sent(emu).find((m) => m.type === 'notice');
    expect(notice).toMatchObject({ level: 'error', message: expect.stringMatching(/onleesbaar/) });
    const init = sent(emu).find((m) => m.type === 'init');
    expect(init?.type === 'init' && init.settings.lang).toBeNull();

    await emu.ui.sendToPlugin({ type: 'check' });
    await result.settle();
    await emu.ui.sendToPlugin({ type: 'analyse' }); // refreshes what the sandbox knows is generated
    await result.settle();
    const count = emu.ui.sent.length;
    const marker = generated(emu)[0];
    if (!marker) throw new Error('no generated node');
    emu.lockNode(marker.node.id); // another user touches a marker
    await emu.flushEvents();
    await wait(400);
    expect(emu.ui.sent.length).toBe(count);
    result.dispose();
  });
});
