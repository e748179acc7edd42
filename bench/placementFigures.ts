/**
 * The write plan's own figure (issue #12's placement engine): buildWritePlan alone on generated
 * boards, after two untimed passes, `runs` timed runs each in wall and CPU ms (CPU time is what a
 * busy shared machine distorts least). `npm run bench -- --placement-only` prints it.
 */
import { performance } from 'node:perf_hooks';
import { analyseBoard } from '../src/analyse';
import { buildWritePlan } from '../src/plan/buildWritePlan';
import { readRestBoard } from '../src/rest/readRestFile';
import { DEFAULT_WRITE_BACK } from '../src/settings';
import { generateRestBoard } from './generateBoard';
import { median } from './measure';

export interface PlacementRow {
  stickies: number;
  texts: 'repeated' | 'realistic';
  items: number;
  wallMs: number[];
  cpuMs: number[];
}

export function placementRow(stickies: number, texts: 'repeated' | 'realistic', runs = 3): PlacementRow {
  const snapshot = readRestBoard(generateRestBoard({ stickies, seed: 20261125, texts }));
  const report = analyseBoard(snapshot);
  const plan = () => buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
  plan();
  plan();
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  let items = 0;
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    items = plan().items.length;
    wallMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  return { stickies, texts, items, wallMs, cpuMs };
}

export function formatPlacement(rows: readonly PlacementRow[]): string {
  const ms = (values: readonly number[]) => `${median(values).toFixed(1)} (${values.map((v) => v.toFixed(0)).join(', ')})`;
  return [
    '| stickies | texts | planned items | plan wall ms, median (runs) | plan CPU ms, median (runs) |',
    '|---:|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.stickies.toLocaleString('en')} | ${r.texts} | ${r.items} | ${ms(r.wallMs)} | ${ms(r.cpuMs)} |`),
  ].join('\n');
}
