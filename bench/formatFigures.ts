/** The benchmark figures as the Markdown block that bench/run.mjs puts into BENCHMARKS.md. */
import type { BundleSize } from './bundleFigures';
import type { EngineRow, Growth, MemoryRow } from './engineFigures';
import type { Machine } from './machine';
import type { PanelFigures } from './panelFigures';
import type { PluginFigures, PluginRunFigures } from './pluginFigures';

export interface Figures {
  machine: Machine;
  engine: EngineRow[];
  growth: Growth[];
  memory: MemoryRow[];
  plugin: PluginFigures[];
  panel: PanelFigures | null;
  bundles: BundleSize[];
  seconds: number;
}

const n0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const n2 = (x: number): string => x.toFixed(2);
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mark = (ok: boolean): string => (ok ? '✅' : '❌');
const list = (record: Record<string, number>): string =>
  Object.entries(record)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '—';

function pluginRow(label: string, run: PluginRunFigures): string {
  return `| ${label} | ${ms(run.ms)} | ${n0(run.reads)} | ${n2(run.readsPerSticky)} | ${n0(run.writes)} | ${list(run.creates)} | ${list(run.removes)} | ${run.fontLoads} (${list(run.fontLoadsByFont)}) |`;
}

export function formatFigures(f: Figures): string {
  const out: string[] = [];
  const m = f.machine;
  out.push(`Measured ${m.date} on ${m.cores} cores (\`nproc\`), ${m.cpu}, ${m.memoryGiB} GiB memory, Node ${m.node}; whole bench ${Math.round(f.seconds)} s.`, '');

  out.push('### Engine time ÷ JSON.parse time', '');
  out.push(
    'Engine = REST adapter (`readRestBoard` on the parsed JSON) → `analyseBoard` → `buildWritePlan`. Times are medians of the repeats; the ratio is the median of the per-repeat ratios. Target: ratio ≤ 1 at 10,000 stickies. "repeated" = the generator\'s board as is (15 sticky texts, each read once per board); "distinct" = every sticky text made unique, as on a real board.',
    '',
  );
  out.push('| texts | board | stickies | file | repeats | JSON.parse ms | adapter ms | analyse ms | plan ms | engine ms | engine ÷ parse |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of f.engine) {
    const target = r.size === 10_000 ? ` ${mark(r.ratio <= 1)}` : '';
    out.push(`| ${r.distinct ? 'distinct' : 'repeated'} | ${n0(r.size)} | ${n0(r.stickies)} | ${(r.fileBytes / 2 ** 20).toFixed(1)} MiB | ${r.repeats} | ${ms(r.parseMs)} | ${ms(r.adapterMs)} | ${ms(r.analyseMs)} | ${ms(r.planMs)} | ${ms(r.engineMs)} | **${n2(r.ratio)}**${target} |`);
  }
  out.push(
    '',
    'Growth exponent (log-log slope between neighbouring sizes; 1 = linear, target close to 1). "raw" uses the median engine times; "load-normalised" uses ratio × file bytes (engine time in JSON.parse units, parse being linear in bytes), which a load spike during one size\'s runs does not distort:',
    '',
  );
  out.push('| texts | from → to stickies | raw | load-normalised |', '|---|---|---:|---:|');
  for (const g of f.growth) out.push(`| ${g.distinct ? 'distinct' : 'repeated'} | ${n0(g.from)} → ${n0(g.to)} | ${n2(g.exponent)} | ${n2(g.normalisedExponent)} ${mark(g.normalisedExponent <= 1.15)} |`);

  out.push('', '### Memory per sticky', '');
  if (f.memory.length === 0) out.push('Not measured (node without --expose-gc).');
  else {
    out.push('Heap used after a forced gc, over the heap that holds the parsed JSON. "Kept" = snapshot + report + write plan all alive; "peak" = the largest such figure after any stage (transient garbage inside a stage is not seen by this method).', '');
    out.push('| board | stickies | parsed JSON B/sticky | kept B/sticky | peak B/sticky |', '|---:|---:|---:|---:|---:|');
    for (const r of f.memory) out.push(`| ${n0(r.size)} | ${n0(r.stickies)} | ${n0(r.jsonBytesPerSticky)} | ${n0(r.retainedBytesPerSticky)} | ${n0(r.peakBytesPerSticky)} |`);
  }

  out.push('', '### Plugin in the emulator (built dist/code.js in the node:vm sandbox)', '');
  out.push('Board from `generateRestBoard` loaded with `loadRestBoard`. `panel` = open the panel (read + analyse + send). Targets: reads per sticky ≤ 6, rerun writes 0, font loads = one per distinct font.', '');
  for (const p of f.plugin) {
    out.push(`**${n0(p.stickies)} stickies**${p.problems.length ? ` — problems: ${p.problems.join(' / ')}` : ''}`, '');
    out.push('| run | ms | reads | reads/sticky | writes | creates | removes | font loads |', '|---|---:|---:|---:|---:|---|---|---|');
    out.push(pluginRow('panel (read + analyse)', p.panel), pluginRow('check (first)', p.first), pluginRow('check (rerun, unchanged)', p.rerun), pluginRow('clear', p.clear));
    out.push('');
    const reads = (label: string, run: PluginRunFigures) => `${label} ${n2(run.readsPerSticky)} ${mark(run.readsPerSticky <= 6)}`;
    out.push(`Targets: reads/sticky ≤ 6 — ${[reads('panel', p.panel), reads('first check', p.first), reads('rerun', p.rerun), reads('clear', p.clear)].join(', ')} · rerun writes = 0 ${mark(p.rerun.writes === 0)} · first-run font loads ${p.first.fontLoads} for ${p.distinctFonts} distinct font(s) ${mark(Object.values(p.first.fontLoadsByFont).every((v) => v === 1))}`, '');
    const perSticky = (run: PluginRunFigures) => run.topReads.map(([k, v]) => `${k} ${n2(v / p.stickies)}`).join(', ');
    const handlerOnly = Object.keys(p.panel.sets).every((k) => k === 'onmessage');
    out.push(`Writes on opening the panel: ${list(p.panel.sets)}${handlerOnly ? ' (the message handler only; no node is written)' : ''}.`, '');
    out.push('Reads per sticky by property (top 8):', '');
    out.push(`- panel: ${perSticky(p.panel)}`, `- first check: ${perSticky(p.first)}`, `- rerun: ${perSticky(p.rerun)}`, `- clear: ${perSticky(p.clear)}`, '');
  }

  out.push('### Panel live refresh (1,000-sticky board)', '');
  if (!f.panel) out.push('Not measured.');
  else {
    const p = f.panel;
    out.push(`The real panel (ui/App) rendered with Preact into a happy-dom document, fed through the real bridge (schema validation included); one sticky edited per update; medians over ${p.updates} updates after the first paint.`, '');
    out.push('| stickies | engine ms | structured clone ms | validate + render ms | total per update ms | DOM elements |', '|---:|---:|---:|---:|---:|---:|');
    out.push(`| ${n0(p.stickies)} | ${ms(p.engineMs)} | ${ms(p.cloneMs)} | ${ms(p.renderMs)} | **${ms(p.totalMs)}** | ${n0(p.domNodes)} |`);
    if (p.warnings.length) out.push('', `Panel warnings: ${p.warnings.join('; ')}`);
  }

  out.push('', '### Bundle sizes', '');
  out.push('| file | bytes | gzip bytes |', '|---|---:|---:|');
  for (const b of f.bundles) out.push(`| ${b.file} | ${n0(b.bytes)} | ${n0(b.gzipBytes)} |`);
  return `${out.join('\n')}\n`;
}
