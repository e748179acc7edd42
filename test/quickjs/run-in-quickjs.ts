/**
 * runBuiltPluginInQuickJS: runs the BUILT plugin (dist/code.js) inside QuickJS, the engine Figma
 * runs plugin code in, against the FigJam emulator bundled into the same VM (bundle.ts). The host
 * only drives the virtual event loop and moves strings across; see README.md next to this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  newQuickJSWASMModule,
  RELEASE_SYNC,
  shouldInterruptAfterDeadline,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
} from 'quickjs-emscripten';
import { FORBIDDEN_GLOBALS } from '../sandbox';
import { harnessBundle } from './bundle';
import type { Step, StepOutcome } from './steps';

export interface QuickJSRunOptions {
  /** The board as a REST file JSON (GET /v1/files/:key), loaded with the emulator's loadRestBoard. */
  board: unknown;
  steps: readonly Step[];
  /** The built main file. Default 'dist/code.js'. */
  codePath?: string;
  /** Source text to run instead of reading codePath. */
  code?: string;
  /** `__html__`. Default: dist/ui.html next to codePath, else a stub page. */
  html?: string;
  /** Give up on the whole run after this long (real time). Default 120 000 ms. */
  timeoutMs?: number;
}

const STUB_HTML = '<!doctype html><html><body><p>stub panel</p></body></html>';
/** A run that schedules more macrotasks than this is looping (a plugin interval alone does not count). */
const MAX_TASKS_PER_SETTLE = 1_000_000;

export async function runBuiltPluginInQuickJS(options: QuickJSRunOptions): Promise<StepOutcome[]> {
  const codePath = options.codePath ?? 'dist/code.js';
  const code = options.code ?? readFileSync(codePath, 'utf8');
  const uiPath = codePath.replace(/code\.js$/, 'ui.html');
  const html = options.html ?? (options.code === undefined && existsSync(uiPath) ? readFileSync(uiPath, 'utf8') : STUB_HTML);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const bundle = await harnessBundle();

  // A fresh WebAssembly module per run, dropped afterwards instead of freed: after a large board the
  // release build's JS_FreeRuntime can abort on an assertion about leaked GC objects (README.md).
  const module = await newQuickJSWASMModule(RELEASE_SYNC);
  const runtime = module.newRuntime();
  runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + timeoutMs));
  const vm = runtime.newContext();

  evaluateHarness(vm, bundle);
  const harness = vm.getProp(vm.global, '__journeyCheckHarness');
  discard(vm.evalCode('delete globalThis.__journeyCheckHarness', 'quickjs-runner.js'), vm);
  const bridge = new Bridge(vm, runtime, harness, timeoutMs);

  bridge.call('load', JSON.stringify(options.board), html).dispose();
  assertFigmaGlobalsOnly(vm);

  const outcomes: StepOutcome[] = [];
  for (const step of options.steps) {
    bridge.call('begin', step.command).dispose();
    const main = vm.evalCode(code, codePath);
    if (main.error) {
      bridge.call('reportUncaught', main.error).dispose();
      main.error.dispose();
    } else {
      main.value.dispose();
    }
    bridge.call('fireRunLater', JSON.stringify(step.parameters ?? null)).dispose();
    bridge.settle();
    for (const message of step.messages ?? []) {
      bridge.call('deliver', JSON.stringify(message)).dispose();
      bridge.settle();
    }
    outcomes.push(JSON.parse(bridge.string('end', step.command)) as StepOutcome);
  }
  // Nothing is disposed: the module, its runtime and handles go with this closure (see above).
  return outcomes;
}

export function evaluateHarness(vm: QuickJSContext, bundle: string): void {
  const result = vm.evalCode(bundle, 'quickjs-harness.js');
  if (result.error) {
    const error: unknown = vm.dump(result.error);
    throw new Error(`The harness bundle failed in QuickJS: ${JSON.stringify(error)}`);
  }
  result.value.dispose();
}

export function discard(result: ReturnType<QuickJSContext['evalCode']>, vm: QuickJSContext): void {
  vm.unwrapResult(result).dispose();
}

/** The plugin must find none of the names Figma's main thread lacks (require, process, TextEncoder, …). */
export function assertFigmaGlobalsOnly(vm: QuickJSContext): void {
  const probe = `${JSON.stringify(FORBIDDEN_GLOBALS)}.filter((name) => typeof globalThis[name] !== 'undefined').join(',')`;
  const handle = vm.unwrapResult(vm.evalCode(probe, 'quickjs-runner.js'));
  const present = vm.getString(handle);
  handle.dispose();
  if (present) throw new Error(`The QuickJS context exposes globals Figma's sandbox lacks: ${present}`);
}

/**
 * Calls into the harness and drives its event loop. `busyMs` adds up the host's real time inside
 * every call into the VM and every executePendingJobs (performance.now() around each): the VM's
 * work, never the virtual time the loop jumps over (quickjs-session.ts reads it).
 */
export class Bridge {
  busyMs = 0;
  /** The same spans in CPU time of this process (process.cpuUsage, user + system): robust to a loaded machine. */
  cpuMs = 0;

  constructor(
    private readonly vm: QuickJSContext,
    private readonly runtime: QuickJSRuntime,
    private readonly harness: QuickJSHandle,
    private readonly timeoutMs: number,
  ) {}

  call(name: string, ...args: (string | QuickJSHandle)[]): QuickJSHandle {
    const { vm } = this;
    const fn = vm.getProp(this.harness, name);
    const handles = args.map((arg) => (typeof arg === 'string' ? vm.newString(arg) : arg));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = vm.callFunction(fn, this.harness, ...handles);
    this.busyMs += performance.now() - started;
    this.cpuMs += cpuMsSince(cpu);
    fn.dispose();
    handles.forEach((handle, i) => {
      if (typeof args[i] === 'string') handle.dispose();
    });
    if (result.error) {
      const error: unknown = vm.dump(result.error);
      result.error.dispose();
      throw new Error(`QuickJS harness.${name} failed: ${describeDumped(error, this.timeoutMs)}`);
    }
    return result.value;
  }

  string(name: string, ...args: string[]): string {
    const handle = this.call(name, ...args);
    const text = this.vm.getString(handle);
    handle.dispose();
    return text;
  }

  /** Runs microtasks, then one macrotask, until no one-shot task is pending (the session is idle). */
  settle(): void {
    for (let tasks = 0; ; tasks++) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const jobs = this.runtime.executePendingJobs();
      this.busyMs += performance.now() - started;
      this.cpuMs += cpuMsSince(cpu);
      if (jobs.error) {
        const error: unknown = jobs.error.context.dump(jobs.error);
        jobs.error.dispose();
        throw new Error(`QuickJS pending jobs failed: ${describeDumped(error, this.timeoutMs)}`);
      }
      const handle = this.call('runNextTask');
      const ran: unknown = this.vm.dump(handle);
      handle.dispose();
      if (ran !== true) return;
      if (tasks > MAX_TASKS_PER_SETTLE) throw new Error(`The plugin kept scheduling tasks (over ${MAX_TASKS_PER_SETTLE})`);
    }
  }
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function describeDumped(error: unknown, timeoutMs: number): string {
  const text = typeof error === 'object' && error !== null ? JSON.stringify(error) : String(error);
  return text.includes('interrupted') ? `interrupted after the run's ${timeoutMs} ms deadline` : text;
}
