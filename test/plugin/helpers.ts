/** Running the built plugin in the sandbox and reading back what it left on the board. */
import { expect } from 'vitest';
import { reopenSession, snapshotState, type Emulator, type NodeState } from '../emulator';
import { runBuiltPlugin, type RunResult } from '../sandbox';
import { parseSandboxToUi, type SandboxToUi } from '../../src/messages';

/** A new plugin session on the same document (see the emulator's reopenSession). */
export const reopen = reopenSession;

/** Runs one command of dist/code.js and fails the test on any uncaught error or console error. */
export async function run(emu: Emulator, command: string, parameters?: ParameterValues, session: { pluginId?: string } = {}): Promise<RunResult> {
  reopen(emu, session);
  const result = await runBuiltPlugin({ emulator: emu, command, ...(parameters ? { parameters } : {}) });
  result.dispose();
  expect(result.uncaught).toEqual([]);
  expect(result.timedOut).toBe(false);
  expect(result.closed).toBe(true);
  expect(emu.relaunchProblems).toEqual([]); // every relaunch command is a manifest relaunch button
  return result;
}

export interface Tag {
  v: number;
  kind: string;
  key: string;
  hash: string;
  journey: string | null;
  source: string | null;
}

/** The shared plugin-data namespace of all Journey Check records. */
export const NAMESPACE = 'journeycheck';

/** One of Journey Check's records on a node: shared data, else an earlier version's private copy. */
export function recordOf(node: NodeState, key: string): string | undefined {
  return node.sharedPluginData[NAMESPACE]?.[key] ?? node.pluginData[key];
}

/** Writes a record as a broken older version or another tool would (test side, no checks). */
export function corruptRecord(emu: Emulator, id: string, key: string, value: string): void {
  const node = emu.node(id);
  if (!node) throw new Error(`corruptRecord: no node ${id}`);
  node.setSharedPluginData(NAMESPACE, key, value);
}

/** Nodes Journey Check created, with their parsed tags. */
export function generated(emu: Emulator): { node: NodeState; tag: Tag }[] {
  return snapshotState(emu)
    .nodes.filter((n) => recordOf(n, 'journeyCheck') !== undefined)
    .map((node) => ({ node, tag: JSON.parse(recordOf(node, 'journeyCheck') ?? '') as Tag }));
}

export function nodeCount(emu: Emulator): number {
  return snapshotState(emu).nodes.length;
}

export function lastMessage(result: RunResult): string {
  return result.closeMessage ?? result.notifications[result.notifications.length - 1]?.message ?? '';
}

/** The sticky's fill as '#RRGGBB' and whether it is exactly hex/255 (FigJam's swatch). */
export function fillOf(emu: Emulator, id: string): { hex: string; exact: boolean } {
  const state = snapshotState(emu).nodes.find((n) => n.id === id);
  const fills = state?.props['fills'] as { color: { r: number; g: number; b: number } }[] | undefined;
  const c = fills?.[0]?.color;
  if (!c) return { hex: '', exact: false };
  const channels = [c.r, c.g, c.b];
  return {
    hex: `#${channels.map((x) => Math.round(x * 255).toString(16).padStart(2, '0')).join('')}`.toUpperCase(),
    exact: channels.every((x) => Math.round(x * 255) / 255 === x),
  };
}

export function stateOf(emu: Emulator, id: string): NodeState | undefined {
  return snapshotState(emu).nodes.find((n) => n.id === id);
}

/** Opens the panel in a new session; fails the test on any uncaught error. Call `dispose()` at the end. */
export async function openPanel(emu: Emulator): Promise<RunResult> {
  reopen(emu);
  const result = await runBuiltPlugin({ emulator: emu, command: 'panel' });
  expect(result.uncaught).toEqual([]);
  expect(result.closed).toBe(false);
  return result;
}

/** The reports the sandbox sent to the panel so far, validated as the panel would. */
export function reportsSent(emu: Emulator): Extract<SandboxToUi, { type: 'report' }>[] {
  const reports: Extract<SandboxToUi, { type: 'report' }>[] = [];
  for (const raw of emu.ui.sent) {
    const message = parseSandboxToUi(raw);
    if (!message) throw new Error(`the panel would drop ${JSON.stringify(raw).slice(0, 200)}`);
    if (message.type === 'report') reports.push(message);
  }
  return reports;
}

/** Sends a panel message and waits until the plugin is idle again, plus the live debounce and echo time. */
export async function fromPanel(emu: Emulator, result: RunResult, message: unknown): Promise<void> {
  await emu.ui.sendToPlugin(message);
  await result.settle();
  await quiet(emu, result);
}

/** Lets queued change events arrive and the plugin's live debounce (300 ms) run out. */
export async function quiet(emu: Emulator, result: RunResult): Promise<void> {
  await emu.flushEvents();
  await new Promise((resolve) => setTimeout(resolve, 450));
  await result.settle();
}

/** A document state with the times of the board's check history zeroed (each run records Date.now()). */
export function withoutCheckTimes<T extends { nodes: NodeState[] }>(state: T): T {
  return {
    ...state,
    nodes: state.nodes.map((node) => {
      const history = node.sharedPluginData[NAMESPACE]?.['journeyCheck.history'];
      if (history === undefined) return node;
      const timeless = history.replace(/"t":\d+/g, '"t":0');
      return { ...node, sharedPluginData: { ...node.sharedPluginData, [NAMESPACE]: { ...node.sharedPluginData[NAMESPACE], 'journeyCheck.history': timeless } } };
    }),
  };
}
