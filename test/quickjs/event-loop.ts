/**
 * A virtual event loop that lives INSIDE the QuickJS VM (QuickJS has no timers of its own; Figma
 * supplies them to plugins). Tasks run in order of due time, then of scheduling; time jumps to the
 * next due task, so a 300 ms debounce costs nothing. The host drives it: after every task it runs
 * QuickJS's pending jobs (the microtasks), like a browser between two macrotasks.
 *
 * esbuild's `inject` makes the emulator's own `setTimeout`/`clearTimeout`/`setImmediate` these
 * exports (owner 'emulator'), so they never appear as globals the plugin could see. The plugin's
 * timer globals (owner 'plugin') are installed by vm-entry.ts on top of `schedule`.
 */

type Owner = 'plugin' | 'emulator';

interface Task {
  due: number;
  order: number;
  run: () => void;
  /** Repeat period for setInterval; null for one-shot tasks. */
  every: number | null;
  owner: Owner;
}

const tasks = new Map<number, Task>();
let now = 0;
let order = 0;
let nextId = 1;

/** Node clamps timer delays below 1 ms to 1 ms; setImmediate (delay null) runs before any timer due later. */
function delayOf(ms: unknown): number {
  const n = Number(ms);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

export function schedule(run: () => void, delay: number | null, every: number | null, owner: Owner): number {
  const id = nextId++;
  tasks.set(id, { due: now + (delay === null ? 0 : delayOf(delay)), order: order++, run, every, owner });
  return id;
}

export function cancel(id: unknown): void {
  if (typeof id === 'number') tasks.delete(id);
}

/** Cancels every task the plugin scheduled (its session ended). */
export function cancelPluginTasks(): void {
  for (const [id, task] of tasks) if (task.owner === 'plugin') tasks.delete(id);
}

/** One-shot tasks are waiting (intervals alone do not keep a session busy, as in test/sandbox). */
export function hasPendingTasks(): boolean {
  for (const task of tasks.values()) if (task.every === null) return true;
  return false;
}

/**
 * Runs the earliest task; returns false when no one-shot task is pending. Errors propagate: the
 * caller of a plugin task wraps it so they land in the emulator's `uncaught`.
 */
export function runNextTask(): boolean {
  if (!hasPendingTasks()) return false;
  let nextKey = -1;
  let next: Task | undefined;
  for (const [id, task] of tasks) {
    if (!next || task.due < next.due || (task.due === next.due && task.order < next.order)) {
      next = task;
      nextKey = id;
    }
  }
  if (!next) return false;
  now = Math.max(now, next.due);
  if (next.every === null) tasks.delete(nextKey);
  else {
    next.due = now + next.every;
    next.order = order++;
  }
  next.run();
  return true;
}

// ---- what `inject` substitutes for the emulator's globals ------------------------------------

export function setTimeout(fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number {
  return schedule(() => fn(...args), ms ?? 0, null, 'emulator');
}

export function clearTimeout(id: unknown): void {
  cancel(id);
}

export function setImmediate(fn: (...args: unknown[]) => void, ...args: unknown[]): number {
  return schedule(() => fn(...args), null, null, 'emulator');
}
