/**
 * `npm run bench` (bundled by bench/run.mjs, run with --expose-gc): engine, memory, plugin,
 * panel and bundle figures; writes them as Markdown to the path given as the first argument.
 * `--quick` skips the 50,000 board and the 10,000 plugin run. `--placement-only` prints the write
 * plan's time alone (bench/placementFigures.ts) and stops.
 * The QuickJS figures (the built plugin where Figma runs it) go to a second file next to the first
 * (`…-quickjs.md`): `--quickjs-only` runs only them, `--no-quickjs` skips them; with `--quick`
 * QuickJS stops at 1,000 stickies.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bundleSizes } from './bundleFigures';
import { boardText, ENGINE_SIZES, engineRow, growth, memoryRow, type EngineRow, type MemoryRow } from './engineFigures';
import { formatFigures } from './formatFigures';
import { formatQuickjs } from './formatQuickjs';
import { describeMachine } from './machine';
import { panelFigures } from './panelFigures';
import { formatPlacement, placementRow } from './placementFigures';
import { pluginFigures, type PluginFigures } from './pluginFigures';
import { QUICKJS_SIZES, quickjsRow, type QuickJSRow } from './quickjsFigures';
import { quickjsProfile } from './quickjsProfile';

const args = process.argv.slice(2);
const output = args.find((a) => !a.startsWith('--')) ?? '.tmp/bench/figures.md';
const quick = args.includes('--quick');
const quickjsOnly = args.includes('--quickjs-only');
const start = performance.now();
const log = (line: string): void => void process.stderr.write(`${line}\n`);

if (args.includes('--placement-only')) {
  const rows = [1_000, 10_000].flatMap((size) => (['repeated', 'realistic'] as const).map((texts) => placementRow(size, texts)));
  process.stdout.write(`${formatPlacement(rows)}\n`);
  process.exit(0);
}

if (!args.includes('--no-quickjs')) {
  const qjsStart = performance.now();
  const rows: QuickJSRow[] = [];
  for (const size of QUICKJS_SIZES.filter((s) => !quick || s <= 1_000)) rows.push(await quickjsRow(size, log));
  const profiles = [await quickjsProfile(1_000, 'panel'), await quickjsProfile(1_000, 'live'), await quickjsProfile(1_000, 'check')];
  if (!quick) profiles.push(await quickjsProfile(10_000, 'live', 2));
  for (const profile of profiles) log(`quickjs profile ${profile.command}: ${profile.phases.map((p) => `${p.name.split(' (')[0]} ${Math.round(p.share * 100)} %`).join(', ')}`);
  writeFileSync(output.replace(/(\.md)?$/, '-quickjs.md'), formatQuickjs(describeMachine(), rows, profiles, (performance.now() - qjsStart) / 1000));
}
if (quickjsOnly) process.exit(0);

const engine: EngineRow[] = [];
const memory: MemoryRow[] = [];
for (const distinct of [false, true]) {
  for (const size of ENGINE_SIZES.filter((s) => !quick || s <= 10_000)) {
    const text = boardText(size, distinct);
    const row = engineRow(size, text, distinct);
    engine.push(row);
    log(`engine ${size}${distinct ? ' distinct' : ''}: ${row.engineMs.toFixed(1)} ms, parse ${row.parseMs.toFixed(1)} ms, ratio ${row.ratio.toFixed(2)}`);
    // Below 1,000 stickies the heap deltas are smaller than the collector's noise.
    if (distinct || size < 1_000) continue;
    const mem = memoryRow(size, text);
    if (mem) memory.push(mem);
  }
}

const plugin: PluginFigures[] = [];
for (const size of quick ? [1_000] : [1_000, 10_000]) {
  const figures = await pluginFigures(size);
  plugin.push(figures);
  log(`plugin ${size}: first check ${figures.first.ms.toFixed(0)} ms, ${figures.first.readsPerSticky.toFixed(2)} reads/sticky, rerun writes ${figures.rerun.writes}`);
}

const panel = await panelFigures();
log(`panel: ${panel.totalMs.toFixed(1)} ms per update`);

const markdown = formatFigures({
  machine: describeMachine(),
  engine,
  growth: growth(engine),
  memory,
  plugin,
  panel,
  bundles: bundleSizes(),
  seconds: (performance.now() - start) / 1000,
});
writeFileSync(output, markdown);
log(`figures written to ${output}`);
