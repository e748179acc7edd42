/** The QuickJS figures as the Markdown block bench/run.mjs puts between the bench-quickjs markers of BENCHMARKS.md. */
import type { Machine } from './machine';
import type { QuickJSRow } from './quickjsFigures';
import type { QuickJSProfile } from './quickjsProfile';
import type { ProfileEntry } from '../test/quickjs/sampling-profiler';

const n0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const ms = (x: number): string => (x < 10 ? x.toFixed(1) : n0(x));
const ratio = (x: number, parse: number): string => (x / parse).toFixed(1);
const pct = (x: number): string => `${Math.round(x * 100)} %`;

function cell(x: number, parse: number): string {
  return `${ms(x)} (${ratio(x, parse)}×)`;
}

function entries(list: readonly ProfileEntry[]): string[] {
  return list.map((e) => `| ${e.name.replace(/\|/g, '\\|')} | ${ms(e.ms)} | ${pct(e.share)} |`);
}

export function formatQuickjs(machine: Machine, rows: readonly QuickJSRow[], profiles: readonly QuickJSProfile[], seconds: number): string {
  const out: string[] = [];
  out.push(
    `Measured ${machine.date} on ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}, quickjs-emscripten 0.32.0 (release, sync); QuickJS part ${Math.round(seconds)} s.`,
    '',
    'VM CPU ms (and × JSON.parse of the same board text in the same VM). Live refresh = median over the edits, one sticky\'s text each (range in brackets below the table).',
    '',
    '| stickies | file | JSON.parse ms | panel open | + panel ready | live refresh, own edit (LOCAL) | live refresh, other user (REMOTE) | first check | rerun |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of rows) {
    out.push(
      `| ${n0(r.stickies)} | ${(r.fileBytes / 2 ** 20).toFixed(2)} MiB | ${ms(r.parseMs)} | ${cell(r.panelOpenMs, r.parseMs)} | ${cell(r.panelReadyMs, r.parseMs)} | ${cell(r.liveLocalMs, r.parseMs)} | ${cell(r.liveRemoteMs, r.parseMs)} | ${cell(r.firstCheckMs, r.parseMs)} | ${cell(r.rerunMs, r.parseMs)} |`,
    );
  }
  out.push('');
  for (const r of rows) {
    out.push(
      `- ${n0(r.stickies)} stickies: code.js evaluation ${ms(r.evalMs)} ms of every start; live refresh LOCAL ${ms(r.liveLocalRange[0])}–${ms(r.liveLocalRange[1])} ms, REMOTE ${ms(r.liveRemoteRange[0])}–${ms(r.liveRemoteRange[1])} ms over ${r.edits} edits each; the plugin's own elapsedMs of a live report (read + analyse, Date.now() in the VM) ${ms(r.liveElapsedMs)} ms${r.problems.length ? `; **problems:** ${r.problems.join('; ')}` : ''}.`,
    );
  }
  // The targets of issue #13 as measured: live refresh against a full panel open, its growth, panel open against JSON.parse.
  const at = (n: number) => rows.find((r) => r.size === n);
  const k1 = at(1_000);
  const k10 = at(10_000);
  if (k1) {
    const live = Math.max(k1.liveLocalMs, k1.liveRemoteMs);
    out.push(
      '',
      `Targets (#13): live refresh after a one-sticky edit at 1,000 stickies ${ms(live)} ms = ${pct(live / k1.panelOpenMs)} of a panel open (target ≤ 10 %)` +
        (k10 ? `; growth 1,000 → 10,000 ${(Math.max(k10.liveLocalMs, k10.liveRemoteMs) / live).toFixed(1)}× (target ≤ 3×)` : '') +
        `; panel open at 1,000 ${(k1.panelOpenMs / k1.parseMs).toFixed(1)}× JSON.parse (target ≤ 12×).`,
    );
  }
  for (const profile of profiles) {
    out.push(
      '',
      `#### Profile: ${profile.command === 'panel' ? 'panel open' : profile.command === 'live' ? 'live refresh (another user edits one sticky; the panel open before it is not profiled)' : 'first check'}, ${n0(profile.size)} stickies`,
      '',
      `Sampling profiler in QuickJS (test/quickjs/sampling-profiler.ts) on an unminified build of the same sources; ${profile.runs} runs, each in a fresh module, ${profile.samples} samples merged; a run took ${ms(profile.totalMs)} ms profiled, ${ms(profile.unprofiledMs)} ms without the sampler (medians). ms are per run (wall time of the samples, sampler included), shares of the sampled time. Of the sampled time, ${pct(profile.emulatorShare)} is the emulator's own code (node proxies, counters, the message clone), which stands in for Figma's native host API.`,
      '',
      '| phase | ms | share |',
      '|---|---:|---:|',
      ...entries(profile.phases),
      '',
      'Top functions by self time (innermost frame; a native call\'s time lands on its caller or shows as `(native)`):',
      '',
      '| function (module) | ms | share |',
      '|---|---:|---:|',
      ...entries(profile.selfByFunction),
      '',
      'By module, self time:',
      '',
      '| module | ms | share |',
      '|---|---:|---:|',
      ...entries(profile.selfByModule),
    );
  }
  return `${out.join('\n')}\n`;
}
