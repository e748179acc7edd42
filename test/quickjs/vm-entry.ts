/**
 * The harness that runs INSIDE the QuickJS VM, next to the plugin: bundled by bundle.ts (IIFE) with
 * the emulator, it holds the document, installs the globals Figma gives a plugin (`figma`,
 * `console`, the four timer functions, `__html__`) and answers the host runner (run-in-quickjs.ts)
 * through one object. Everything crossing to the host is a string, a number or a boolean, so the
 * plugin's property reads never leave the VM.
 *
 * The host takes the harness from `globalThis.__journeyCheckHarness` and deletes that global before
 * the plugin code runs: the plugin sees only Figma's globals and the ECMAScript built-ins.
 */
import { createEmulator, loadRestBoard, reopenSession, snapshotState, type Emulator } from '../emulator';
import { cancel, cancelPluginTasks, runNextTask, schedule } from './event-loop';
import { describeThrown, type StepOutcome } from './steps';
import { makePluginConsole } from '../sandbox/pluginConsole';

let emulator: Emulator | null = null;
const logs: string[] = [];
const errors: string[] = [];
let undelivered: string[] = [];
let marks = { notifications: 0, sent: 0, uncaught: 0 };

function emu(): Emulator {
  if (!emulator) throw new Error('quickjs harness: load a board first');
  return emulator;
}

/** The loaded emulator, for harness extensions bundled with this file (measure-entry.ts). */
export const currentEmulator = emu;

/**
 * The same line format as test/sandbox's console: V8's `stack` for errors ("Name: message" then the
 * frames), JSON for data. QuickJS's `stack` holds the frames only, so the head is added here.
 */
function consoleText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string') {
    if (!('stack' in value) || typeof value.stack !== 'string') return value.message;
    const name = 'name' in value ? String(value.name) : 'Error';
    return `${name}: ${value.message}\n${value.stack}`.trimEnd();
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const pluginConsole = makePluginConsole(logs, errors, consoleText);

/** A plugin callback run by a timer: what it throws is an uncaught error of the plugin. */
function guarded(fn: unknown, args: unknown[]): () => void {
  return () => {
    if (typeof fn !== 'function') return;
    try {
      fn(...args);
    } catch (error) {
      emu().reportUncaught(error);
    }
  };
}

const pluginTimers = {
  setTimeout(fn: unknown, ms?: unknown, ...args: unknown[]): number {
    if (typeof fn !== 'function') throw new TypeError('setTimeout: callback must be a function');
    return schedule(guarded(fn, args), Number(ms) || 0, null, 'plugin');
  },
  clearTimeout: (id: unknown) => cancel(id),
  setInterval(fn: unknown, ms?: unknown, ...args: unknown[]): number {
    if (typeof fn !== 'function') throw new TypeError('setInterval: callback must be a function');
    const every = Math.max(1, Number(ms) || 0);
    return schedule(guarded(fn, args), every, every, 'plugin');
  },
  clearInterval: (id: unknown) => cancel(id),
};

function install(name: string, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

function track(promise: Promise<unknown>, onError: (error: unknown) => void): void {
  promise.then(undefined, onError);
}

const harness = {
  /** Creates the emulator with the REST board and installs the plugin's globals. Returns loadRestBoard's result as JSON. */
  load(boardJson: string, html: string): string {
    emulator = createEmulator();
    const result = loadRestBoard(emulator, JSON.parse(boardJson));
    install('figma', emulator.figma);
    install('console', pluginConsole);
    install('__html__', html);
    for (const [name, fn] of Object.entries(pluginTimers)) install(name, fn);
    emulator.onClose(cancelPluginTasks);
    return JSON.stringify(result);
  },

  /** A new plugin session (as test/plugin/helpers.ts `run` does), before the plugin code is evaluated. */
  begin(command: string): void {
    const e = emu();
    reopenSession(e);
    cancelPluginTasks();
    logs.length = 0;
    errors.length = 0;
    undelivered = [];
    marks = { notifications: e.notifications.length, sent: e.ui.sent.length, uncaught: e.uncaught.length };
    e.setCommand(command);
  },

  /** What the plugin's top-level code threw. */
  reportUncaught(error: unknown): void {
    emu().reportUncaught(error);
  },

  /** Fires the run event one macrotask after the main code, as test/sandbox does (not awaited: idleness decides). */
  fireRunLater(parametersJson: string): void {
    const e = emu();
    const parameters = JSON.parse(parametersJson) as ParameterValues | null;
    schedule(
      () => {
        if (!e.closed) track(e.fireRun(parameters ?? undefined), (error) => e.reportUncaught(error));
      },
      0,
      null,
      'emulator',
    );
  },

  /** Delivers a panel message (figma.ui.onmessage); settles as the host drives the loop. */
  deliver(messageJson: string): void {
    const e = emu();
    let delivery: Promise<void>;
    try {
      delivery = e.ui.sendToPlugin(JSON.parse(messageJson));
    } catch (error) {
      undelivered.push(describeThrown(error));
      return;
    }
    track(delivery, (error) => undelivered.push(describeThrown(error)));
  },

  /** Runs one macrotask; false when no one-shot task is pending (the session is idle). */
  runNextTask(): boolean {
    return runNextTask();
  },

  /** Ends the session's bookkeeping (cancels its timers like test/sandbox's dispose) and returns its outcome as JSON. */
  end(command: string): string {
    const e = emu();
    cancelPluginTasks();
    const outcome: StepOutcome = {
      command,
      closed: e.closed,
      closeMessage: e.closeMessage ?? null,
      notifications: e.notifications.slice(marks.notifications),
      uiMessages: e.ui.sent.slice(marks.sent),
      logs: [...logs],
      errors: [...errors],
      uncaught: e.uncaught.slice(marks.uncaught).map(describeThrown),
      undelivered,
      state: snapshotState(e),
    };
    return JSON.stringify(outcome);
  },
};

(globalThis as Record<string, unknown>)['__journeyCheckHarness'] = harness;
