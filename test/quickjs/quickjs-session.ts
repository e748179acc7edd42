/**
 * A QuickJS run the host drives step by step and times: the same VM, harness and event loop as
 * runBuiltPluginInQuickJS (run-in-quickjs.ts), kept open between actions so the bench
 * (bench/quickjsFigures.ts) can open the panel, edit a sticky, deliver panel messages, run
 * commands, and time each. What a timing is: the CPU time of this process (process.cpuUsage) inside
 * the calls into the VM and QuickJS's executePendingJobs made for that action, summed
 * (Bridge.cpuMs; the wall-clock sum, Bridge.busyMs, is kept as `lastWallMs`).
 * The loop's virtual clock jumps over timers, so the plugin's 300 ms live debounce is not counted;
 * the emulator's own work in the VM (node proxies, change events, the structured clone of
 * postMessage) is counted, as Figma's host API would cost something too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { newQuickJSWASMModule, RELEASE_SYNC, shouldInterruptAfterDeadline, type QuickJSContext, type QuickJSRuntime } from 'quickjs-emscripten';
import type { Counters } from '../emulator';
import { harnessBundle } from './bundle';
import { profileQuickJS, type Profile } from './sampling-profiler';
import { assertFigmaGlobalsOnly, Bridge, discard, evaluateHarness } from './run-in-quickjs';
import type { StepOutcome } from './steps';

export interface QuickJSSessionOptions {
  /** The board as REST file JSON text (GET /v1/files/:key). */
  boardJson: string;
  /** The built main file. Default 'dist/code.js'. */
  codePath?: string;
  /** `__html__`. Default dist/ui.html next to codePath. */
  html?: string;
  /** Give up after this long (real time) over the whole session. Default 300 000 ms. */
  timeoutMs?: number;
}

export interface SentMessage {
  type: string;
  live?: boolean;
  elapsedMs?: number;
  has: boolean;
}

export class QuickJSSession {
  /** VM time of evaluating code.js in the last `start` (part of what `start` returns). */
  lastEvalMs = 0;

  private constructor(
    readonly vm: QuickJSContext,
    readonly runtime: QuickJSRuntime,
    private readonly bridge: Bridge,
    private readonly code: string,
    private readonly codePath: string,
    private readonly harnessSource: string,
    private readonly deadline: number,
  ) {}

  /**
   * A fresh WebAssembly module with the measuring harness and the board loaded. Never disposed:
   * after a board of ≥ 1,000 stickies the release build's JS_FreeRuntime can abort (README.md), so
   * the module is dropped with this object.
   */
  static async open(options: QuickJSSessionOptions): Promise<QuickJSSession> {
    const codePath = options.codePath ?? 'dist/code.js';
    const code = readFileSync(codePath, 'utf8');
    const uiPath = codePath.replace(/code\.js$/, 'ui.html');
    const html = options.html ?? (existsSync(uiPath) ? readFileSync(uiPath, 'utf8') : '<!doctype html><p>stub</p>');
    const timeoutMs = options.timeoutMs ?? 300_000;
    const bundle = await harnessBundle('./measure-entry.ts');
    const module = await newQuickJSWASMModule(RELEASE_SYNC);
    const runtime = module.newRuntime();
    const deadline = Date.now() + timeoutMs;
    runtime.setInterruptHandler(shouldInterruptAfterDeadline(deadline));
    const vm = runtime.newContext();
    evaluateHarness(vm, bundle);
    const harness = vm.getProp(vm.global, '__journeyCheckHarness');
    discard(vm.evalCode('delete globalThis.__journeyCheckHarness', 'quickjs-runner.js'), vm);
    const bridge = new Bridge(vm, runtime, harness, timeoutMs);
    bridge.call('load', options.boardJson, html).dispose();
    assertFigmaGlobalsOnly(vm);
    return new QuickJSSession(vm, runtime, bridge, code, codePath, bundle, deadline);
  }

  /** Runs `action` (e.g. `() => session.start('panel')`) under the sampling profiler (sampling-profiler.ts). */
  profile<T>(action: () => T, intervalMs = 1): { value: T; profile: Profile } {
    const sources = { [this.codePath]: this.code, 'quickjs-harness.js': this.harnessSource };
    return profileQuickJS(this.runtime, this.vm, sources, this.deadline, action, intervalMs);
  }

  /** Wall-clock VM ms of the last timed action (the timings returned are CPU ms). */
  lastWallMs = 0;

  /**
   * VM milliseconds spent in `action` (only the calls into the VM, see the file comment), as CPU
   * time of this process (user + system): on a machine shared with other jobs, wall time grows
   * with the load and CPU time does not. The wall time is kept in `lastWallMs`.
   */
  private busy(action: () => void): number {
    const wall = this.bridge.busyMs;
    const cpu = this.bridge.cpuMs;
    action();
    this.lastWallMs = this.bridge.busyMs - wall;
    return this.bridge.cpuMs - cpu;
  }

  /**
   * A new plugin session running `command`: evaluates code.js, fires the run event and settles
   * until idle. Returns the VM time (code evaluation included).
   */
  start(command: string, parameters?: ParameterValues): number {
    this.bridge.call('begin', command).dispose();
    const started = process.cpuUsage();
    const main = this.vm.evalCode(this.code, this.codePath);
    const used = process.cpuUsage(started);
    const evalMs = (used.user + used.system) / 1000;
    this.lastEvalMs = evalMs;
    if (main.error) {
      this.bridge.call('reportUncaught', main.error).dispose();
      main.error.dispose();
    } else {
      main.value.dispose();
    }
    return (
      evalMs +
      this.busy(() => {
        this.bridge.call('fireRunLater', JSON.stringify(parameters ?? null)).dispose();
        this.bridge.settle();
      })
    );
  }

  /** Delivers a panel message and settles; returns the VM time. */
  deliver(message: unknown): number {
    return this.busy(() => {
      this.bridge.call('deliver', JSON.stringify(message)).dispose();
      this.bridge.settle();
    });
  }

  /**
   * A person sets a sticky's text ('runner': the user running the plugin, LOCAL; 'other': another
   * user, REMOTE). The edit itself is not timed (it is the person's, not the plugin's); the settle
   * after it is: change event → debounced refresh → analysis → postMessage.
   */
  edit(stickyId: string, text: string, who: 'runner' | 'other'): number {
    this.bridge.call('editStickyText', stickyId, text, who).dispose();
    return this.busy(() => this.bridge.settle());
  }

  /** VM time of one JSON.parse of the board's REST text (the result is freed afterwards, untimed). */
  parseBoard(): number {
    const ms = this.busy(() => this.bridge.call('parseBoard').dispose());
    this.bridge.call('dropParsed').dispose();
    return ms;
  }

  stickyIds(): string[] {
    return JSON.parse(this.bridge.string('stickyIds')) as string[];
  }

  sentCount(): number {
    const handle = this.bridge.call('sentCount');
    const n = this.vm.getNumber(handle);
    handle.dispose();
    return n;
  }

  /** Panel messages posted since index `from`; `has`: the message's JSON contains `needle`. */
  sentSince(from: number, needle = ''): SentMessage[] {
    return JSON.parse(this.bridge.string('sentSince', String(from), needle)) as SentMessage[];
  }

  uncaught(): string[] {
    return JSON.parse(this.bridge.string('uncaught')) as string[];
  }

  counters(): Counters {
    return JSON.parse(this.bridge.string('counters')) as Counters;
  }

  resetCounters(): void {
    this.bridge.call('resetCounters').dispose();
  }

  /** Ends the plugin session's bookkeeping and returns its outcome (as runBuiltPluginInQuickJS does per step). */
  end(command: string): StepOutcome {
    return JSON.parse(this.bridge.string('end', command)) as StepOutcome;
  }
}
