/**
 * The board's history of checks (src/progress/checkHistory.ts) on the document: read, add this
 * check, write back — and what changed since the previous check. A history that cannot be read
 * (corrupt, or over the size limit) is reported and started again: it never blocks a check.
 */
import { changeSinceLast, type ChangeSinceLast } from '../progress/changeSinceLast';
import { appendCheck, checkRecord, HISTORY_RECORD_KEY, parseHistory, type CheckRecord } from '../progress/checkHistory';
import type { ProgressChangeStrings } from '../progress/progressStrings';
import { findingKey } from '../progress/findingKey';
import { closedAndOpened, encodeLastFindings, LAST_FINDINGS_RECORD_KEY, parseLastFindings, type CompactFinding } from '../progress/lastFindings';
import type { Finding, JourneyReport } from '../report/types';
import { readRecord, writeRecord } from './storedRecords';

export interface HistoryUpdate {
  /** What changed since the previous check; null on the board's first check. */
  change: ChangeSinceLast | null;
  /** The gaps this check closed and opened against the previous one, by name (empty on the first). */
  closed: CompactFinding[];
  opened: CompactFinding[];
  /** The stored history could not be read and was started again. */
  restarted: boolean;
  /** The checks now stored, oldest first (for the panel's timeline). */
  checks: CheckRecord[];
}

export function readCheckHistory(): { checks: CheckRecord[]; unreadable: boolean } {
  const reading = parseHistory(readRecord(figma.root, HISTORY_RECORD_KEY));
  return { checks: reading.checks, unreadable: reading.state !== 'ok' };
}

export function recordCheck(time: number, journeys: readonly Pick<JourneyReport, 'name' | 'completeness'>[], findings: readonly Finding[], strings: ProgressChangeStrings): HistoryUpdate {
  const { checks, unreadable } = readCheckHistory();
  const current = checkRecord(time, journeys.map((j) => ({ name: j.name, percent: j.completeness.percent })), findings.map(findingKey));
  const previous = checks.at(-1);
  const change = previous ? changeSinceLast(previous, current, strings) : null;
  const last = parseLastFindings(readRecord(figma.root, LAST_FINDINGS_RECORD_KEY));
  // A check that finds the board as the previous one did adds nothing to the history: a rerun on
  // an unchanged board writes nothing at all (and the panel keeps showing that check's changes).
  if (previous && !unreadable && sameOutcome(previous, current)) return { change, closed: last.closed, opened: last.opened, restarted: false, checks };
  const diff = previous ? closedAndOpened(last.findings, findings) : { closed: [], opened: [] };
  const encoded = appendCheck(checks, current);
  try {
    writeRecord(figma.root, HISTORY_RECORD_KEY, encoded);
    writeRecord(figma.root, LAST_FINDINGS_RECORD_KEY, encodeLastFindings(findings, diff));
  } catch {
    // The limit or a file problem: the check itself stands; the history just is not kept this time.
  }
  return { change, ...diff, restarted: unreadable, checks: parseHistory(encoded).checks };
}

/** The last check's changes as the board keeps them (for the panel when it opens). */
export function lastCheckChanges(): { closed: CompactFinding[]; opened: CompactFinding[] } {
  const last = parseLastFindings(readRecord(figma.root, LAST_FINDINGS_RECORD_KEY));
  return { closed: last.closed, opened: last.opened };
}

function sameOutcome(a: CheckRecord, b: CheckRecord): boolean {
  return a.f === b.f && a.cut === b.cut && JSON.stringify(a.j) === JSON.stringify(b.j);
}

/** "Clear": the history goes with everything else Journey Check wrote. */
export function clearCheckHistory(): boolean {
  let cleared = false;
  for (const key of [HISTORY_RECORD_KEY, LAST_FINDINGS_RECORD_KEY]) {
    if (readRecord(figma.root, key) === '') continue;
    writeRecord(figma.root, key, '');
    cleared = true;
  }
  return cleared;
}
