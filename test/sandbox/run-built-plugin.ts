/**
 * runBuiltPlugin: runs the BUILT plugin (dist/code.js) against an emulator inside a node:vm
 * context that offers only what Figma's sandbox offers: `figma`, `console` (log/error/warn/info/
 * assert/clear), the four timer functions and `__html__`. No require/process/module/fetch/DOM/
 * TextEncoder/structuredClone/atob/btoa. Uncaught exceptions (top level, timers, event handlers)
 * and unhandled rejections of promises made in the vm are captured and reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as vm from 'node:vm';
import type { Emulator, Realm } from '../emulator';
import { makePluginConsole } from './pluginConsole';

export interface RunOptions {
  emulator: Emulator;
  /** figma.command (a manifest menu command). */
  command: string;
  /** Quick-action parameters, passed in the run event. */
  parameters?: ParameterValues;
  /**
   * Fire figma.on('run') after the code ran. Default true. False models the quick-action UI while the
   * user is still typing a parameter: the plugin's code has run (its parameter 'input' handlers are
   * registered) but no command runs yet, so `emulator.parameterInput` can ask for suggestions.
   */
  fireRun?: boolean;
  /** The built main file. Default 'dist/code.js'. */
  codePath?: string;
  /** Source text to run instead of reading codePath (for tests of the runner itself). */
  code?: string;
  /** `__html__`. Default: the content of dist/ui.html next to codePath, else a stub page. */
  html?: string;
  /** Give up after this long (real time). Default 10 000 ms. */
  timeoutMs?: number;
  /** How long the plugin must stay quiet (no API call, no pending async/timeout) to count as idle. Default 25 ms. */
  idleMs?: number;
}

export interface RunResult {
  /** figma.closePlugin was called. */
  closed: boolean;
  closeMessage: string | undefined;
  /** figma.notify messages (truncated to 100 characters as Figma does). */
  notifications: { message: string; error: boolean }[];
  /** console.error / console.warn / failed console.assert lines. */
  errors: string[];
  /** console.log / console.info lines. */
  logs: string[];
  /** Uncaught exceptions and unhandled rejections from plugin code (vm-realm values). */
  uncaught: unknown[];
  /** The run neither closed nor became idle within timeoutMs. */
  timedOut: boolean;
  /** Waits until the plugin is idle (or closed) again, e.g. after emulator.ui.sendToPlugin. */
  settle(): Promise<void>;
  /** Cancels the plugin's timers and stops capturing rejections (call at the end of a panel test). */
  dispose(): void;
}

/** Names a vm context must not expose (Figma's main thread has none of them). */
export const FORBIDDEN_GLOBALS = [
  'require', 'process', 'module', 'exports', 'fetch', 'window', 'document', 'self', 'TextEncoder', 'TextDecoder',
  'structuredClone', 'atob', 'btoa', 'URL', 'URLSearchParams', 'XMLHttpRequest', 'WebSocket', 'crypto',
  'Buffer', 'setImmediate', 'queueMicrotask', 'global', 'navigator', 'performance',
] as const;

const STUB_HTML = '<!doctype html><html><body><p>stub panel</p></body></html>';

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string') {
    return 'stack' in value && typeof value.stack === 'string' ? value.stack : value.message;
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Errors raised from this runner's own bookkeeping are made in the host realm; plugin errors keep their realm. */
function makeConsole(logs: string[], errors: string[]) {
  return makePluginConsole(logs, errors, describe);
}

/** The vm realm's own built-in constructors (vm.runInContext returns them untyped). */
function sandboxRealm(context: vm.Context): Realm {
  const get = (name: string) => {
    const value: unknown = vm.runInContext(name, context);
    if (typeof value !== 'function') throw new Error(`The vm context has no ${name}`);
    return vm.runInContext(name, context);
  };
  return {
    Object: get('Object'),
    Array: get('Array'),
    Error: get('Error'),
    TypeError: get('TypeError'),
    Promise: get('Promise'),
    Date: get('Date'),
    Uint8Array: get('Uint8Array'),
    Map: get('Map'),
    Set: get('Set'),
  };
}

export async function runBuiltPlugin(options: RunOptions): Promise<RunResult> {
  const { emulator, command } = options;
  const codePath = options.codePath ?? 'dist/code.js';
  const code = options.code ?? readFileSync(codePath, 'utf8');
  const uiPath = codePath.replace(/code\.js$/, 'ui.html');
  const html = options.html ?? (options.code === undefined && existsSync(uiPath) ? readFileSync(uiPath, 'utf8') : STUB_HTML);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const idleMs = options.idleMs ?? 25;

  const logs: string[] = [];
  const errors: string[] = [];
  const timers = new Map<number, { handle: ReturnType<typeof setTimeout>; repeat: boolean }>();
  let nextTimer = 1;

  const runGuarded = (fn: unknown, args: unknown[]) => {
    if (typeof fn !== 'function') return;
    try {
      fn(...args);
    } catch (error) {
      emulator.reportUncaught(error);
    }
  };
  const sandboxTimers = {
    setTimeout: (fn: unknown, ms?: unknown, ...args: unknown[]): number => {
      if (typeof fn !== 'function') throw new TypeError('setTimeout: callback must be a function');
      const id = nextTimer++;
      const handle = setTimeout(() => {
        timers.delete(id);
        runGuarded(fn, args);
      }, Number(ms) || 0);
      timers.set(id, { handle, repeat: false });
      return id;
    },
    clearTimeout: (id: unknown) => {
      const timer = typeof id === 'number' ? timers.get(id) : undefined;
      if (timer) clearTimeout(timer.handle);
      if (typeof id === 'number') timers.delete(id);
    },
    setInterval: (fn: unknown, ms?: unknown, ...args: unknown[]): number => {
      if (typeof fn !== 'function') throw new TypeError('setInterval: callback must be a function');
      const id = nextTimer++;
      const handle = setInterval(() => runGuarded(fn, args), Math.max(1, Number(ms) || 0));
      timers.set(id, { handle, repeat: true });
      return id;
    },
    clearInterval: (id: unknown) => {
      const timer = typeof id === 'number' ? timers.get(id) : undefined;
      if (timer) clearInterval(timer.handle);
      if (typeof id === 'number') timers.delete(id);
    },
  };
  const clearAllTimers = () => {
    for (const { handle, repeat } of timers.values()) {
      if (repeat) clearInterval(handle);
      else clearTimeout(handle);
    }
    timers.clear();
  };

  const context = vm.createContext({}, { name: `figma-plugin:${command}`, codeGeneration: { strings: true, wasm: false } });
  for (const name of FORBIDDEN_GLOBALS) vm.runInContext(`delete globalThis[${JSON.stringify(name)}]`, context);
  const realm = sandboxRealm(context);
  const install = (name: string, value: unknown) =>
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  install('figma', emulator.figma);
  install('console', makeConsole(logs, errors));
  install('__html__', html);
  for (const [name, fn] of Object.entries(sandboxTimers)) install(name, fn);

  // Unhandled rejections of vm promises are the plugin's; others go on to the previous listeners.
  const previous = process.listeners('unhandledRejection');
  const onRejection = (reason: unknown, promise: Promise<unknown>) => {
    if (promise instanceof realm.Promise) {
      emulator.reportUncaught(reason);
      return;
    }
    for (const listener of previous) listener(reason, promise);
  };
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', onRejection);
  let disposed = false;
  const dispose = () => {
    clearAllTimers();
    if (disposed) return;
    disposed = true;
    process.off('unhandledRejection', onRejection);
    for (const listener of previous) process.on('unhandledRejection', listener);
  };
  emulator.onClose(clearAllTimers);

  emulator.attachRealm(realm);
  emulator.setCommand(command);
  try {
    vm.runInContext(code, context, { filename: codePath });
  } catch (error) {
    emulator.reportUncaught(error);
  }
  if (!emulator.closed) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Not awaited: a run handler may legitimately wait for the panel for ever; idleness decides.
    if (!emulator.closed && options.fireRun !== false) void emulator.fireRun(options.parameters);
  }

  const pendingTimeouts = () => [...timers.values()].some((t) => !t.repeat);
  const waitIdle = async (): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    let lastCalls = -1;
    let quietSince = Date.now();
    for (;;) {
      // Two macrotask turns let Node report unhandled rejections of the last microtasks.
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (emulator.closed) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        return true;
      }
      const calls = emulator.counters.apiCalls;
      const busy = emulator.pendingAsync > 0 || pendingTimeouts() || calls !== lastCalls;
      if (busy) {
        lastCalls = calls;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= idleMs) {
        return true;
      }
      if (Date.now() > deadline) return false;
    }
  };

  const settledInTime = await waitIdle();
  if (emulator.closed || !settledInTime) dispose();
  await emulator.flushEvents();
  return {
    get closed() {
      return emulator.closed;
    },
    get closeMessage() {
      return emulator.closeMessage;
    },
    notifications: emulator.notifications,
    errors,
    logs,
    get uncaught() {
      return emulator.uncaught;
    },
    timedOut: !settledInTime,
    settle: async () => {
      const ok = await waitIdle();
      if (!ok) throw new Error(`The plugin did not become idle within ${timeoutMs} ms`);
    },
    dispose,
  };
}
