/**
 * The built plugin where Figma runs it: dist/code.js inside QuickJS (quickjs-emscripten, release
 * build, WebAssembly, no JIT) with the FigJam emulator bundled into the same VM
 * (test/quickjs/quickjs-session.ts), on generated boards whose journey stickies all carry distinct
 * realistic Dutch/English texts (generateRestBoard texts: 'realistic').
 *
 * Every figure is VM time: the CPU time of this process (process.cpuUsage, user + system) summed
 * over the calls into the VM and QuickJS's executePendingJobs made for that action (wall time grows
 * with the load of a shared machine; CPU time does not). Timers run on a virtual clock, so the live
 * debounce (300 ms) is not counted; the emulator's own work in the VM (node proxies, change events,
 * the structured clone of postMessage) is. Each is also given as a ratio to JSON.parse of the same
 * board text in the same VM (median of several parses), which carries over between machines.
 */
import { QuickJSSession } from '../test/quickjs/quickjs-session';
import { generateRestBoard } from './generateBoard';
import { median } from './measure';

export interface QuickJSRow {
  size: number;
  stickies: number;
  fileBytes: number;
  parseMs: number;
  /** Menu "panel": code evaluation + run event until idle (showUI, preferences, read, analyse, init + report). */
  panelOpenMs: number;
  /** Of which evaluating code.js (parse + top level), in every session. */
  evalMs: number;
  /** The panel's 'ready' message (sent once it has loaded): the plugin reads and analyses again. */
  panelReadyMs: number;
  /** Live refresh after the running user (LOCAL) edits one sticky's text: medians over `edits`. */
  liveLocalMs: number;
  liveRemoteMs: number;
  liveLocalRange: [number, number];
  liveRemoteRange: [number, number];
  edits: number;
  /** Menu "check" on the unchecked board, then again on the checked board (no writes expected). */
  firstCheckMs: number;
  rerunMs: number;
  /** The plugin's own elapsedMs (Date.now() in the VM) of the live reports: read + analyse only. */
  liveElapsedMs: number;
  problems: string[];
}

export const QUICKJS_SIZES = [100, 1_000, 10_000];
const EDITS: Record<number, number> = { 100: 9, 1_000: 5, 10_000: 2 };
const PARSES: Record<number, number> = { 100: 21, 1_000: 11, 10_000: 5 };

export function quickjsBoardText(size: number): string {
  return JSON.stringify(generateRestBoard({ stickies: size, seed: 20261125, texts: 'realistic' }));
}

const EDIT_TEXTS = {
  runner: (n: number) => `Belt opnieuw over de factuur en wacht ${n + 3} minuten, erg vervelend 😡`,
  other: (n: number) => `Vindt de bezorger heel vriendelijk, ${n + 2} sterren extra 😀`,
};

export async function quickjsRow(size: number, log: (line: string) => void = () => undefined): Promise<QuickJSRow> {
  const text = quickjsBoardText(size);
  // A fresh WebAssembly module per board, dropped afterwards (test/quickjs/README.md: do not free the runtime).
  const session = await QuickJSSession.open({ boardJson: text });
  const problems: string[] = [];
  const parses: number[] = [];
  session.parseBoard(); // warm-up: the first parse also grows the heap
  for (let i = 0; i < (PARSES[size] ?? 5); i++) parses.push(session.parseBoard());
  const parseMs = median(parses);
  const ids = session.stickyIds();

  const expectReports = (what: string, from: number, count: number, live: boolean, needle = ''): number[] => {
    const sent = session.sentSince(from, needle).filter((m) => m.type === 'report');
    if (sent.length !== count || sent.some((m) => m.live !== live || (needle !== '' && !m.has))) {
      problems.push(`${what}: expected ${count} report(s) (live ${live}${needle ? ', with the edit' : ''}), got ${JSON.stringify(sent)}`);
    }
    return sent.map((m) => m.elapsedMs ?? Number.NaN);
  };

  let from = session.sentCount();
  const panelOpenMs = session.start('panel');
  const evalMs = session.lastEvalMs;
  expectReports('panel open', from, 1, false);
  log(`quickjs ${size}: panel open ${panelOpenMs.toFixed(0)} ms (parse ${parseMs.toFixed(1)} ms)`);
  from = session.sentCount();
  const panelReadyMs = session.deliver({ type: 'ready' });
  expectReports('panel ready', from, 1, false);

  const local: number[] = [];
  const remote: number[] = [];
  const elapsed: number[] = [];
  const edits = EDITS[size] ?? 3;
  for (let i = 0; i < edits; i++) {
    for (const who of ['runner', 'other'] as const) {
      // Stickies spread over the board, a different one each time.
      const id = ids[Math.floor(((i * 2 + (who === 'runner' ? 0 : 1) + 0.5) * ids.length) / (edits * 2))] ?? '';
      const newText = EDIT_TEXTS[who](i);
      from = session.sentCount();
      const ms = session.edit(id, newText, who);
      elapsed.push(...expectReports(`live refresh (${who})`, from, 1, true, newText));
      (who === 'runner' ? local : remote).push(ms);
    }
  }
  log(`quickjs ${size}: live refresh LOCAL ${median(local).toFixed(0)} ms, REMOTE ${median(remote).toFixed(0)} ms`);
  session.end('panel');

  const firstCheckMs = session.start('check');
  const first = session.end('check');
  if (!first.closed) problems.push('first check: the plugin did not close');
  const rerunMs = session.start('check');
  const rerun = session.end('check');
  if (!rerun.closed) problems.push('rerun: the plugin did not close');
  log(`quickjs ${size}: first check ${firstCheckMs.toFixed(0)} ms, rerun ${rerunMs.toFixed(0)} ms`);
  const uncaught = session.uncaught();
  if (uncaught.length > 0) problems.push(`uncaught: ${uncaught.join('; ')}`);
  for (const outcome of [first, rerun]) if (outcome.errors.length > 0) problems.push(`console errors: ${outcome.errors.join('; ')}`);

  return {
    size,
    stickies: ids.length,
    fileBytes: Buffer.byteLength(text),
    parseMs,
    panelOpenMs,
    evalMs,
    panelReadyMs,
    liveLocalMs: median(local),
    liveRemoteMs: median(remote),
    liveLocalRange: [Math.min(...local), Math.max(...local)],
    liveRemoteRange: [Math.min(...remote), Math.max(...remote)],
    edits,
    firstCheckMs,
    rerunMs,
    liveElapsedMs: median(elapsed),
    problems,
  };
}
