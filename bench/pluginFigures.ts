/**
 * Plugin figures: the BUILT dist/code.js in the node:vm sandbox over the FigJam emulator, on a
 * generated board loaded from REST JSON. Counts, not times (counts do not depend on the machine):
 * property reads per sticky, writes on the first check and on a rerun, font loads per run.
 */
import { createEmulator, loadRestBoard, reopenSession, type Emulator } from '../test/emulator';
import { runBuiltPlugin, type RunResult } from '../test/sandbox';
import { generateRestBoard } from './generateBoard';
import { timedAsync } from './measure';

export interface PluginRunFigures {
  ms: number;
  /** Property sets by name (includes `figma.ui.onmessage = …`, which the emulator counts as a set). */
  sets: Record<string, number>;
  reads: number;
  readsPerSticky: number;
  writes: number;
  creates: Record<string, number>;
  removes: Record<string, number>;
  fontLoads: number;
  fontLoadsByFont: Record<string, number>;
  topReads: [string, number][];
  message: string;
}

export interface PluginFigures {
  size: number;
  stickies: number;
  distinctFonts: number;
  panel: PluginRunFigures;
  first: PluginRunFigures;
  rerun: PluginRunFigures;
  clear: PluginRunFigures;
  problems: string[];
}


async function runCommand(emu: Emulator, command: string, stickies: number, timeoutMs: number, problems: string[]): Promise<PluginRunFigures> {
  reopenSession(emu);
  emu.resetCounters();
  const { ms, value: run } = await timedAsync<RunResult>(() => runBuiltPlugin({ emulator: emu, command, timeoutMs }));
  run.dispose();
  if (run.uncaught.length > 0) problems.push(`${command}: uncaught ${run.uncaught.map(String).join('; ')}`);
  if (run.errors.length > 0) problems.push(`${command}: console errors ${run.errors.join('; ')}`);
  if (run.timedOut) problems.push(`${command}: timed out after ${timeoutMs} ms`);
  const c = emu.counters;
  const topReads = Object.entries(c.reads.byProperty)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  return {
    ms,
    sets: { ...c.writes.sets },
    reads: c.reads.total,
    readsPerSticky: c.reads.total / stickies,
    writes: c.writes.total,
    creates: { ...c.writes.creates },
    removes: { ...c.writes.removes },
    fontLoads: c.fontLoads.total,
    fontLoadsByFont: { ...c.fontLoads.byFont },
    topReads,
    message: run.closeMessage ?? run.notifications.at(-1)?.message ?? '',
  };
}

export async function pluginFigures(size: number): Promise<PluginFigures> {
  const emu = createEmulator();
  const loaded = loadRestBoard(emu, generateRestBoard({ stickies: size, seed: 20261125 }));
  const stickies = loaded.created['STICKY'] ?? 0;
  const timeoutMs = Math.max(20_000, size * 20);
  const problems: string[] = [];
  const panel = await runCommand(emu, 'panel', stickies, timeoutMs, problems);
  const first = await runCommand(emu, 'check', stickies, timeoutMs, problems);
  const rerun = await runCommand(emu, 'check', stickies, timeoutMs, problems);
  const clear = await runCommand(emu, 'clear', stickies, timeoutMs, problems);
  const distinctFonts = new Set([...Object.keys(first.fontLoadsByFont)]).size;
  return { size, stickies, distinctFonts, panel, first, rerun, clear, problems };
}
