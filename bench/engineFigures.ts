/**
 * Engine figures on generated REST boards: engine time (REST adapter → analyseBoard → write
 * plan) as a ratio to JSON.parse of the same file, its growth exponent between sizes, and the
 * heap the engine keeps per sticky. Ratios to JSON.parse survive a slow or busy machine.
 */
import { analyseBoard } from '../src/analyse';
import { buildWritePlan } from '../src/plan/buildWritePlan';
import { readRestBoard } from '../src/rest/readRestFile';
import { DEFAULT_WRITE_BACK } from '../src/settings';
import { generateRestBoard } from './generateBoard';
import { collectGarbage, growthExponent, median, timed } from './measure';

export interface EngineRow {
  size: number;
  stickies: number;
  fileBytes: number;
  parseMs: number;
  adapterMs: number;
  analyseMs: number;
  planMs: number;
  engineMs: number;
  ratio: number;
  repeats: number;
}

export interface MemoryRow {
  size: number;
  stickies: number;
  /** Heap kept (after gc) by snapshot + report + plan, over the parsed JSON. */
  retainedBytesPerSticky: number;
  /** The largest heap seen after gc at any stage, over the parsed JSON (stages keep their output). */
  peakBytesPerSticky: number;
  /** The parsed JSON itself, for scale. */
  jsonBytesPerSticky: number;
}

export const ENGINE_SIZES = [100, 1_000, 10_000, 50_000];
const REPEATS: Record<number, number> = { 100: 21, 1_000: 11, 10_000: 5, 50_000: 3 };

export function boardText(size: number): string {
  return JSON.stringify(generateRestBoard({ stickies: size, seed: 20261125 }));
}

/** One full engine pass, as the CLI or the plugin does it after parsing. */
export function runEngine(json: unknown) {
  const snapshot = readRestBoard(json);
  const report = analyseBoard(snapshot);
  const plan = buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
  return { snapshot, report, plan };
}

export function engineRow(size: number, text: string): EngineRow {
  const repeats = REPEATS[size] ?? 3;
  const parse: number[] = [];
  const adapter: number[] = [];
  const analyse: number[] = [];
  const plan: number[] = [];
  const total: number[] = [];
  let stickies = 0;
  // One untimed pass warms the JIT for this shape of board.
  runEngine(JSON.parse(text));
  for (let r = 0; r < repeats; r++) {
    const parsed = timed(() => JSON.parse(text) as unknown);
    parse.push(parsed.ms);
    const a = timed(() => readRestBoard(parsed.value));
    const b = timed(() => analyseBoard(a.value));
    const c = timed(() => buildWritePlan(b.value, a.value, DEFAULT_WRITE_BACK, b.value.lang));
    adapter.push(a.ms);
    analyse.push(b.ms);
    plan.push(c.ms);
    total.push(a.ms + b.ms + c.ms);
    stickies = a.value.nodes.filter((n) => n.kind === 'sticky').length;
  }
  const engineMs = median(total);
  const parseMs = median(parse);
  return {
    size,
    stickies,
    fileBytes: Buffer.byteLength(text),
    parseMs,
    adapterMs: median(adapter),
    analyseMs: median(analyse),
    planMs: median(plan),
    engineMs,
    ratio: engineMs / parseMs,
    repeats,
  };
}

export function growth(rows: readonly EngineRow[]): { from: number; to: number; exponent: number }[] {
  const out: { from: number; to: number; exponent: number }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    if (a && b) out.push({ from: a.stickies, to: b.stickies, exponent: growthExponent(a.stickies, a.engineMs, b.stickies, b.engineMs) });
  }
  return out;
}

/** Needs --expose-gc; returns null without it. */
export function memoryRow(size: number, text: string): MemoryRow | null {
  if (!collectGarbage()) return null;
  const empty = process.memoryUsage().heapUsed;
  const json: unknown = JSON.parse(text);
  collectGarbage();
  const base = process.memoryUsage().heapUsed;
  const snapshot = readRestBoard(json);
  collectGarbage();
  const afterSnapshot = process.memoryUsage().heapUsed;
  const report = analyseBoard(snapshot);
  collectGarbage();
  const afterReport = process.memoryUsage().heapUsed;
  const plan = buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
  collectGarbage();
  const afterPlan = process.memoryUsage().heapUsed;
  const stickies = snapshot.nodes.filter((n) => n.kind === 'sticky').length;
  const peak = Math.max(afterSnapshot, afterReport, afterPlan) - base;
  // Keep everything alive until measured.
  if (plan.items.length < 0 || report.version !== 1 || json === null) throw new Error('unreachable');
  return {
    size,
    stickies,
    retainedBytesPerSticky: (afterPlan - base) / stickies,
    peakBytesPerSticky: peak / stickies,
    jsonBytesPerSticky: (base - empty) / stickies,
  };
}
