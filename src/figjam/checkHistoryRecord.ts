/**
 * The board's history of checks (src/progress/checkHistory.ts) on the document: read, add this
 * check, write back — and what changed since the previous check. A history that cannot be read
 * (corrupt, or over the size limit) is reported and started again: it never blocks a check.
 */
import { changeSinceLast, type ChangeSinceLast } from '../progress/changeSinceLast';
import { appendCheck, checkRecord, HISTORY_RECORD_KEY, parseHistory, type CheckRecord } from '../progress/checkHistory';
import type { ProgressChangeStrings } from '../progress/progressStrings';
import { findingKey } from '../progress/findingKey';
import type { JourneyCompleteness } from '../progress/withCompleteness';
import type { Finding } from '../report/types';
import { readRecord, writeRecord } from './storedRecords';

export interface HistoryUpdate {
  /** What changed since the previous check; null on the board's first check. */
  change: ChangeSinceLast | null;
  /** The stored history could not be read and was started again. */
  restarted: boolean;
  /** The checks now stored, oldest first (for the panel's timeline). */
  checks: CheckRecord[];
}

export function readCheckHistory(): { checks: CheckRecord[]; unreadable: boolean } {
  const reading = parseHistory(readRecord(figma.root, HISTORY_RECORD_KEY));
  return { checks: reading.checks, unreadable: reading.state !== 'ok' };
}

export function recordCheck(time: number, journeys: readonly JourneyCompleteness[], findings: readonly Finding[], strings: ProgressChangeStrings): HistoryUpdate {
  const { checks, unreadable } = readCheckHistory();
  const current = checkRecord(time, journeys.map((j) => ({ name: j.name, percent: j.completeness.percent })), findings.map(findingKey));
  const previous = checks.at(-1);
  const change = previous ? changeSinceLast(previous, current, strings) : null;
  // A check that finds the board as the previous one did adds nothing to the history: a rerun on
  // an unchanged board writes nothing at all.
  if (previous && !unreadable && sameOutcome(previous, current)) return { change, restarted: false, checks };
  const encoded = appendCheck(checks, current);
  try {
    writeRecord(figma.root, HISTORY_RECORD_KEY, encoded);
  } catch {
    // The limit or a file problem: the check itself stands; the history just is not kept this time.
  }
  return { change, restarted: unreadable, checks: parseHistory(encoded).checks };
}

function sameOutcome(a: CheckRecord, b: CheckRecord): boolean {
  return a.f === b.f && a.cut === b.cut && JSON.stringify(a.j) === JSON.stringify(b.j);
}

/** "Clear": the history goes with everything else Journey Check wrote. */
export function clearCheckHistory(): boolean {
  if (readRecord(figma.root, HISTORY_RECORD_KEY) === '') return false;
  writeRecord(figma.root, HISTORY_RECORD_KEY, '');
  return true;
}
