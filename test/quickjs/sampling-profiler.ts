/**
 * A sampling profiler for code running in QuickJS (quickjs-emscripten offers none). QuickJS calls
 * the runtime's interrupt handler every few thousand bytecode operations; at most once per
 * `intervalMs` the handler evaluates `new Error().stack` in the same context, which lists the
 * frames of the interrupted code, and charges that stack with the real time since the previous
 * sample. A long native call (JSON.parse, a regex) polls rarely, so its time lands on the first
 * stack seen after it: usually the JavaScript function that called it.
 *
 * Names are what the code carries: profile an unminified build to read them. Each frame's source
 * module is found from esbuild's `// path/to/module.ts` comments in the evaluated file.
 */
import { performance } from 'node:perf_hooks';
import type { QuickJSContext, QuickJSRuntime } from 'quickjs-emscripten';

export interface Frame {
  name: string;
  /** Source module (esbuild's module comment above the line), or the file name, or 'native'. */
  module: string;
}

export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

export interface Profile {
  /** Time charged to samples (≈ the VM time of the profiled action, sampling overhead included). */
  sampledMs: number;
  samples: number;
  /** Stacks innermost first, each with the time charged to it. */
  stacks: { frames: Frame[]; ms: number }[];
}

const FRAME = /^\s*at (.*?) \((.*?)(?::(\d+):(\d+))?\)\s*$/;

/** For each evaluated file: a sorted list of (line, module) from esbuild's `// src/….ts` comments. */
export function moduleLines(source: string): { line: number; module: string }[] {
  const out: { line: number; module: string }[] = [];
  const lines = source.split('\n');
  lines.forEach((text, i) => {
    const m = /^\s*\/\/ ((?:src|test|node_modules|ui|bench)\/\S+\.(?:ts|tsx|js|mjs|json))$/.exec(text);
    if (m?.[1]) out.push({ line: i + 1, module: m[1] });
  });
  return out;
}

function moduleAt(table: { line: number; module: string }[] | undefined, line: number, file: string): string {
  if (!table || table.length === 0) return file;
  let lo = 0;
  let hi = table.length - 1;
  let found = file;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = table[mid];
    if (!entry) break;
    if (entry.line <= line) {
      found = entry.module;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Runs `action` with the sampler installed as the runtime's interrupt handler, then puts back a
 * handler that stops the run at `deadline` (epoch ms), as the runner's own does.
 * `sources`: evaluated file name → its text, for the module look-up.
 */
export function profileQuickJS<T>(
  runtime: QuickJSRuntime,
  vm: QuickJSContext,
  sources: Record<string, string>,
  deadline: number,
  action: () => T,
  intervalMs = 1,
): { value: T; profile: Profile } {
  const tables: Record<string, { line: number; module: string }[]> = {};
  for (const [file, text] of Object.entries(sources)) tables[file] = moduleLines(text);
  const byStack = new Map<string, number>();
  let last = performance.now();
  let inSample = false;
  let samples = 0;
  runtime.setInterruptHandler(() => {
    if (Date.now() > deadline) return true;
    if (inSample) return false;
    const now = performance.now();
    if (now - last < intervalMs) return false;
    inSample = true;
    try {
      const result = vm.evalCode('new Error().stack', 'quickjs-sampler.js');
      if (result.error) result.error.dispose();
      else {
        const stack = vm.getString(result.value);
        result.value.dispose();
        byStack.set(stack, (byStack.get(stack) ?? 0) + (now - last));
        samples += 1;
      }
    } finally {
      inSample = false;
      // The sample's own cost is charged to the next sample's stack only in part: restart the clock after it.
      last = performance.now();
    }
    return false;
  });
  let value: T;
  try {
    value = action();
  } finally {
    runtime.setInterruptHandler(() => Date.now() > deadline);
  }
  const stacks = [...byStack].map(([text, ms]) => ({ frames: parseStack(text, tables), ms }));
  return { value, profile: { sampledMs: stacks.reduce((sum, s) => sum + s.ms, 0), samples, stacks } };
}

function parseStack(text: string, tables: Record<string, { line: number; module: string }[]>): Frame[] {
  const frames: Frame[] = [];
  for (const line of text.split('\n')) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const [, name = '?', file = '', row] = m;
    if (file === 'quickjs-sampler.js') continue;
    frames.push({ name, module: row === undefined ? file : moduleAt(tables[file], Number(row), file) });
  }
  return frames;
}

/** Self time by `key` of the innermost frame, and inclusive time (each key once per stack), largest first. */
export function summarise(profile: Profile, key: (frame: Frame) => string): { self: ProfileEntry[]; inclusive: ProfileEntry[] } {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const { frames, ms } of profile.stacks) {
    const top = frames[0];
    if (top) self.set(key(top), (self.get(key(top)) ?? 0) + ms);
    for (const k of new Set(frames.map(key))) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
  const list = (m: Map<string, number>) =>
    [...m].map(([name, ms]) => ({ name, ms, share: ms / profile.sampledMs })).sort((a, b) => b.ms - a.ms);
  return { self: list(self), inclusive: list(inclusive) };
}
