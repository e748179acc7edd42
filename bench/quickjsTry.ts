/**
 * A quick look while working on speed (not part of `npm run bench`): the QuickJS row of one or two
 * board sizes and, with `--profile`, the panel-open profile at 1,000 stickies, printed to stdout.
 * Run with `node bench/try.mjs [sizes…] [--profile] [--live-profile]` after `node build.mjs`.
 */
import { quickjsRow } from './quickjsFigures';
import { quickjsProfile } from './quickjsProfile';

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
for (const size of sizes.length > 0 ? sizes : [1_000]) {
  const row = await quickjsRow(size, (line) => console.log(line));
  const r = (ms: number) => `${ms.toFixed(0)} ms (${(ms / row.parseMs).toFixed(1)}×)`;
  console.log(`${size}: parse ${row.parseMs.toFixed(1)} ms; panel open ${r(row.panelOpenMs)} (eval ${row.evalMs.toFixed(0)}); ready ${r(row.panelReadyMs)}; live LOCAL ${r(row.liveLocalMs)} [${row.liveLocalRange.map((x) => x.toFixed(0)).join('–')}], REMOTE ${r(row.liveRemoteMs)}; elapsedMs ${row.liveElapsedMs}; live/open ${((100 * row.liveLocalMs) / row.panelOpenMs).toFixed(1)} %; first check ${r(row.firstCheckMs)}; rerun ${r(row.rerunMs)}`);
  if (row.problems.length > 0) console.log('PROBLEMS', row.problems);
}
for (const command of (['panel', 'live'] as const).filter((c) => args.includes(c === 'panel' ? '--profile' : '--live-profile'))) {
  const profileSize = Number(args.find((a) => a.startsWith('--profile-size='))?.slice(15) ?? 1_000);
  const p = await quickjsProfile(profileSize, command, command === 'live' && profileSize > 1_000 ? 2 : 3);
  console.log(`== ${command}`);
  console.log(`profile: ${p.totalMs.toFixed(0)} ms profiled, ${p.unprofiledMs.toFixed(0)} plain; emulator ${(p.emulatorShare * 100).toFixed(0)} %`);
  for (const e of p.phases) console.log(`  phase ${e.name}: ${e.ms.toFixed(0)} ms ${(e.share * 100).toFixed(0)} %`);
  for (const e of p.selfByFunction) console.log(`  self ${e.name}: ${e.ms.toFixed(1)} ms ${(e.share * 100).toFixed(0)} %`);
  for (const e of p.inclusiveByFunction) console.log(`  incl ${e.name}: ${e.ms.toFixed(1)} ms ${(e.share * 100).toFixed(0)} %`);
}
