import type { Counters } from './types';

export function emptyCounters(): Counters {
  return {
    reads: { total: 0, byProperty: {} },
    writes: { total: 0, sets: {}, creates: {}, removes: {} },
    fontLoads: { total: 0, byFont: {} },
    undoCommits: 0,
    apiCalls: 0,
  };
}

/** Resets in place, so a test holding `emulator.counters` sees the reset. */
export function resetCounters(counters: Counters): void {
  Object.assign(counters, emptyCounters());
}

export function bump(table: Record<string, number>, key: string): void {
  table[key] = (table[key] ?? 0) + 1;
}
