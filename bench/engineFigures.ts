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
  distinct: boolean;
  stickies: number;
  fileBytes: number;
  parseMs: number;
  adapterMs: number;
  analyseMs: number;
  planMs: number;
  engineMs: number;
  /** Median over the repeats of (engine ÷ parse) in that repeat: load changes hit both alike. */
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
const REPEATS: Record<number, number> = { 100: 31, 1_000: 15, 10_000: 9, 50_000: 5 };

const WORDS = ['snel', 'traag', 'duur', 'vriendelijk', 'onduidelijk', 'wachten', 'bezorging', 'kassa', 'formulier', 'app', 'klantenservice', 'retour', 'factuur', 'monteur', 'balie', 'korting'];

/**
 * The generated board repeats 15 sticky texts, and the engine reads each distinct text once per
 * board; real workshop stickies are nearly all different. `distinct` appends three words and a
 * number to every sticky, so every text is read.
 */
export function boardText(size: number, distinct = false): string {
  const board = generateRestBoard({ stickies: size, seed: 20261125 });
  if (distinct) {
    let n = 0;
    const stack: unknown[] = [board['document']];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (typeof node !== 'object' || node === null) continue;
      const record = node as Record<string, unknown>;
      if (record['type'] === 'STICKY' && typeof record['characters'] === 'string') {
        n += 1;
        record['characters'] = `${record['characters']} ${WORDS[n % 16]} ${WORDS[(n >> 4) % 16]} ${WORDS[(n >> 8) % 16]} ${n}`;
      }
      if (Array.isArray(record['children'])) stack.push(...(record['children'] as unknown[]));
    }
  }
  return JSON.stringify(board);
}

/** One full engine pass, as the CLI or the plugin does it after parsing. */
export function runEngine(json: unknown) {
  const snapshot = readRestBoard(json);
  const report = analyseBoard(snapshot);
  const plan = buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
  return { snapshot, report, plan };
}

export function engineRow(size: number, text: string, distinct: boolean): EngineRow {
  const repeats = REPEATS[size] ?? 3;
  const parse: number[] = [];
  const adapter: number[] = [];
  const analyse: number[] = [];
  const plan: number[] = [];
  const total: number[] = [];
  const ratios: number[] = [];
  let stickies = 0;
  // Two untimed passes warm the JIT for this shape of board.
  runEngine(JSON.parse(text));
  runEngine(JSON.parse(text));
  for (let r = 0; r < repeats; r++) {
    const parsed = timed(() => JSON.parse(text) as unknown);
    const a = timed(() => readRestBoard(parsed.value));
    const b = timed(() => analyseBoard(a.value));
    const c = timed(() => buildWritePlan(b.value, a.value, DEFAULT_WRITE_BACK, b.value.lang));
    parse.push(parsed.ms);
    adapter.push(a.ms);
    analyse.push(b.ms);
    plan.push(c.ms);
    total.push(a.ms + b.ms + c.ms);
    ratios.push((a.ms + b.ms + c.ms) / parsed.ms);
    stickies = a.value.nodes.filter((n) => n.kind === 'sticky').length;
  }
  return {
    size,
    distinct,
    stickies,
    fileBytes: Buffer.byteLength(text),
    parseMs: median(parse),
    adapterMs: median(adapter),
    analyseMs: median(analyse),
    planMs: median(plan),
    engineMs: median(total),
    ratio: median(ratios),
    repeats,
  };
}

export interface Growth {
  distinct: boolean;
  from: number;
  to: number;
  exponent: number;
  normalisedExponent: number;
}

export function growth(rows: readonly EngineRow[]): Growth[] {
  const out: Growth[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    if (!a || !b || a.distinct !== b.distinct) continue;
    out.push({
      distinct: a.distinct,
      from: a.stickies,
      to: b.stickies,
      exponent: growthExponent(a.stickies, a.engineMs, b.stickies, b.engineMs),
      // JSON.parse is linear in the bytes: ratio × bytes is engine time in "parse units", which a
      // load spike during one size's runs does not distort.
      normalisedExponent: growthExponent(a.stickies, a.ratio * a.fileBytes, b.stickies, b.ratio * b.fileBytes),
    });
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
