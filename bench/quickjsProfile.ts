/**
 * A profile of opening the panel in QuickJS on the 1,000-sticky realistic board: the plugin built
 * like dist/code.js but unminified (names kept, esbuild's module comments give each frame its
 * source file), run under the sampling profiler of test/quickjs/sampling-profiler.ts.
 * Reports the split by phase (read the board, analyse, post to the panel, the rest), the share
 * spent in the emulator's own code (it stands in for Figma's host API), and the top functions.
 */
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { QuickJSSession } from '../test/quickjs/quickjs-session';
import { summarise, type Frame, type Profile, type ProfileEntry } from '../test/quickjs/sampling-profiler';
import { median } from './measure';
import { quickjsBoardText } from './quickjsFigures';
import { pluginBuildOptions } from '../scripts/plugin-build.mjs';

export interface QuickJSProfile {
  size: number;
  command: string;
  runs: number;
  /** VM time of a profiled panel open (sampler running), median over the runs. */
  totalMs: number;
  /** The same open without the sampler, median, for its overhead. */
  unprofiledMs: number;
  samples: number;
  phases: ProfileEntry[];
  /** Self time in the emulator's modules (test/emulator/…) and the harness. */
  emulatorShare: number;
  selfByFunction: ProfileEntry[];
  inclusiveByFunction: ProfileEntry[];
  selfByModule: ProfileEntry[];
}

const PROFILE_BUILD = '.tmp/bench/code.profile.js';

/** dist/code.js's build options (scripts/plugin-build.mjs) without minification. */
async function buildUnminified(): Promise<void> {
  mkdirSync('.tmp/bench', { recursive: true });
  await esbuild.build(pluginBuildOptions({ outfile: PROFILE_BUILD, minify: false }));
}

const isEmulator = (frame: Frame) => frame.module.startsWith('test/') || frame.module === 'quickjs-harness.js';

/** Which phase a stack (innermost first) belongs to: the outermost phase function on it wins. */
function phaseOf(frames: Frame[]): string {
  const names = frames.map((f) => f.name);
  if (frames.some((f) => f.module.endsWith('structured-clone.ts')) || names.includes('postMessage')) return 'post (postMessage: the emulator clones the message)';
  if (names.includes('applyWritePlanAsync')) return 'write (applyWritePlanAsync: API writes)';
  if (names.includes('buildWritePlan')) return 'plan (buildWritePlan)';
  if (names.includes('analyseBoard')) return 'analyse (analyseBoard)';
  if (names.includes('readBoardSnapshot')) return 'read the board (readBoardSnapshot, API reads)';
  if (names.includes('readBoardSettings') || names.includes('readPreferencesAsync')) return 'settings and preferences';
  return 'other (code evaluation, showUI, event loop)';
}

/** `runs` profiled runs of `command` (each in a fresh module), their samples merged. */
export async function quickjsProfile(size = 1_000, command: 'panel' | 'check' | 'live' = 'panel', runs = 3): Promise<QuickJSProfile> {
  await buildUnminified();
  const text = quickjsBoardText(size);
  const open = () => QuickJSSession.open({ boardJson: text, codePath: PROFILE_BUILD, html: '<!doctype html><p>panel</p>' });
  const unprofiled: number[] = [];
  const totals: number[] = [];
  const profile: Profile = { sampledMs: 0, samples: 0, stacks: [] };
  // 'live': the panel open (not profiled), then one sticky's text edited by another user, a different sticky each run.
  let ids: string[] = [];
  const act = (session: QuickJSSession, i: number): number => {
    if (command !== 'live') return session.start(command);
    return session.edit(ids[Math.floor(((i + 0.5) * ids.length) / runs)] ?? '', `Vindt de bezorger heel vriendelijk, ${i + 2} sterren extra 😀`, 'other');
  };
  for (let i = 0; i < runs; i++) {
    const plain = await open();
    if (command === 'live') {
      plain.start('panel');
      ids = plain.stickyIds();
    }
    unprofiled.push(act(plain, i));
    const session = await open();
    if (command === 'live') session.start('panel');
    const run = session.profile(() => act(session, i));
    totals.push(run.value);
    profile.sampledMs += run.profile.sampledMs;
    profile.samples += run.profile.samples;
    profile.stacks.push(...run.profile.stacks);
  }
  // Per run: the merged samples cover `runs` runs.
  for (const stack of profile.stacks) stack.ms /= runs;
  profile.sampledMs /= runs;
  const totalMs = median(totals);
  const unprofiledMs = median(unprofiled);
  const byFunction = summarise(profile, (f) => `${f.name} (${f.module})`);
  const byModule = summarise(profile, (f) => f.module);
  const emulatorMs = profile.stacks.reduce((sum, s) => sum + (s.frames[0] && isEmulator(s.frames[0]) ? s.ms : 0), 0);
  return {
    size,
    command,
    runs,
    totalMs,
    unprofiledMs,
    samples: profile.samples,
    phases: phases(profile),
    emulatorShare: emulatorMs / profile.sampledMs,
    selfByFunction: byFunction.self.slice(0, 15),
    inclusiveByFunction: byFunction.inclusive.slice(0, 25),
    selfByModule: byModule.self.slice(0, 12),
  };
}

function phases(profile: Profile): ProfileEntry[] {
  const totals = new Map<string, number>();
  for (const { frames, ms } of profile.stacks) totals.set(phaseOf(frames), (totals.get(phaseOf(frames)) ?? 0) + ms);
  return [...totals].map(([name, ms]) => ({ name, ms, share: ms / profile.sampledMs })).sort((a, b) => b.ms - a.ms);
}
