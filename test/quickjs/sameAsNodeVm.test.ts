/**
 * Figma runs plugin code in QuickJS (compiled to WebAssembly), not V8. On every example board the
 * BUILT plugin must behave the same in QuickJS as under node:vm, where the rest of the suite runs
 * it: same notifications, close message, panel messages, console output, uncaught errors and the
 * same document after every session. Only the `elapsedMs` timings of report messages and the check
 * times in the board's history differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_SETTINGS } from '../../src/settings';
import { assertBuiltCodeIsFresh } from '../plugin/builtCode';
import { runBuiltPluginInNodeVm } from './run-in-node-vm';
import { runBuiltPluginInQuickJS } from './run-in-quickjs';
import type { Step, StepOutcome } from './steps';

const BOARDS = readdirSync('examples').filter((name) => name.endsWith('.json')).sort();

/** The id of the first sticky in a REST file, for the panel's "show on board". */
function firstStickyId(node: unknown): string | null {
  if (typeof node !== 'object' || node === null) return null;
  const record = node as { type?: unknown; id?: unknown; children?: unknown; document?: unknown };
  if (record.type === 'STICKY' && typeof record.id === 'string') return record.id;
  const children = Array.isArray(record.children) ? record.children : record.document ? [record.document] : [];
  for (const child of children) {
    const id = firstStickyId(child);
    if (id) return id;
  }
  return null;
}

/** panel (open, then messages), check, rerun check, restore, check, clear, template: each a new session. */
function journeySteps(board: unknown): Step[] {
  const stickyId = firstStickyId(board);
  if (!stickyId) throw new Error('the example board has no sticky');
  const panelMessages = [
    { type: 'ready' },
    { type: 'analyse' },
    { type: 'check' },
    { type: 'show-nodes', nodeIds: [stickyId, '999:999'] },
    { type: 'set-live', live: false },
    { type: 'set-live', live: true },
    { type: 'save-preferences', preferences: { live: true, csvSeparator: ',', uiLang: null } },
    { type: 'save-board-settings', settings: DEFAULT_BOARD_SETTINGS },
    { type: 'restore' },
    { type: 'check' },
    { type: 'clear' },
    { type: 'resize', width: 420, height: 640 },
    { type: 'eval', code: 'figma.root.remove()' },
  ];
  return [
    { command: 'panel', messages: panelMessages },
    { command: 'check' },
    { command: 'check' },
    { command: 'restore' },
    { command: 'check' },
    { command: 'clear' },
    { command: 'template' },
  ];
}

/** Stack frames of an error logged to the console ("    at f (dist/code.js:1:35)"): each engine writes its own. */
const withoutFrames = (line: string) => line.replace(/\n\s+at [^\n]*/g, '');

/** The check history records the time of each check (Date.now of each run): not comparable. */
const withoutCheckTimes = (state: StepOutcome['state']): StepOutcome['state'] => ({
  ...state,
  nodes: state.nodes.map((node) => {
    const history = node.sharedPluginData['journeycheck']?.['journeyCheck.history'];
    if (history === undefined) return node;
    const timeless = history.replace(/"t":\d+/g, '"t":0');
    return { ...node, sharedPluginData: { ...node.sharedPluginData, journeycheck: { ...node.sharedPluginData['journeycheck'], 'journeyCheck.history': timeless } } };
  }),
});

/**
 * Report timings, the frames of logged errors and the times in the check history are the only
 * things allowed to differ between engines.
 */
function withoutTimings(outcomes: StepOutcome[]): StepOutcome[] {
  return outcomes.map((outcome) => ({
    ...outcome,
    state: withoutCheckTimes(outcome.state),
    logs: outcome.logs.map(withoutFrames),
    errors: outcome.errors.map(withoutFrames),
    uiMessages: outcome.uiMessages.map((message) => {
      if (typeof message !== 'object' || message === null) return message;
      if ('elapsedMs' in message && typeof message.elapsedMs === 'number') return { ...message, elapsedMs: 0 };
      // The progress timeline carries the time of each check.
      if ('timeline' in message && Array.isArray(message.timeline)) {
        return { ...message, timeline: (message.timeline as { time: number }[]).map((point) => ({ ...point, time: 0 })) };
      }
      return message;
    }),
  }));
}

let code = '';
let html = '';

beforeAll(() => {
  assertBuiltCodeIsFresh();
  code = readFileSync('dist/code.js', 'utf8');
  html = readFileSync('dist/ui.html', 'utf8');
});

describe('the built plugin in QuickJS', () => {
  it('has example boards to run', () => {
    expect(BOARDS.length).toBeGreaterThan(0);
  });

  for (const file of BOARDS) {
    it(`behaves as under node:vm on ${file}`, { timeout: 120_000 }, async () => {
      const board: unknown = JSON.parse(readFileSync(`examples/${file}`, 'utf8'));
      const steps = journeySteps(board);
      const started = performance.now();
      const quickjs = await runBuiltPluginInQuickJS({ board, steps, code, html });
      const quickjsMs = performance.now() - started;
      const nodeVm = await runBuiltPluginInNodeVm({ board, steps, code, html });
      const nodeVmMs = performance.now() - started - quickjsMs;
      // Informative only (never asserted): the run time of each engine on this board.
      console.info(`quickjs ${file}: QuickJS ${Math.round(quickjsMs)} ms, node:vm ${Math.round(nodeVmMs)} ms`);

      expect(quickjs.map((o) => o.command)).toEqual(steps.map((s) => s.command));
      expect(withoutTimings(quickjs)).toEqual(withoutTimings(nodeVm));
      // The sequence really ran: a clean run everywhere, and the check wrote to the board.
      for (const outcome of nodeVm) {
        expect(outcome.uncaught).toEqual([]);
        expect(outcome.undelivered).toEqual([]);
      }
      expect(nodeVm[1]?.state).not.toEqual(nodeVm[0]?.state);
    });
  }
});
