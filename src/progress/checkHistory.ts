/**
 * The history of checks a board keeps on itself (shared plugin data on the document): per check
 * the time, each journey's completeness and the short keys of its findings; the last 50 checks,
 * always under Figma's 100 kB per entry ("Total entry size cannot exceed 100 kB", plugin-api.d.ts
 * setSharedPluginData), oldest dropped first. Reading is defensive: a record that does not parse,
 * or is too big, is reported and ignored — it never blocks a check.
 */
import * as v from 'valibot';
import { shortKey } from './findingKey';

export const HISTORY_RECORD_KEY = 'journeyCheck.history';
export const HISTORY_MAX_CHECKS = 50;
/** Room left under 100 kB for the namespace, the key and a margin. */
export const HISTORY_MAX_BYTES = 98_000;
/** One check keeps at most this many finding keys (a board with more says "too many to compare"). */
export const HISTORY_MAX_FINDINGS = 4_000;

const CheckSchema = v.object({
  /** Time of the check, ms since 1970. */
  t: v.number(),
  /** Journeys: [name, completeness percent]. */
  j: v.array(v.tuple([v.string(), v.number()])),
  /** Short keys of the findings, space-separated. */
  f: v.string(),
  /** The finding list was cut at HISTORY_MAX_FINDINGS. */
  cut: v.optional(v.literal(true)),
});
export type CheckRecord = v.InferOutput<typeof CheckSchema>;

const HistorySchema = v.object({ v: v.literal(1), checks: v.array(CheckSchema) });

export type HistoryReading = { state: 'ok'; checks: CheckRecord[] } | { state: 'corrupt' | 'oversized'; checks: [] };

export function parseHistory(raw: string): HistoryReading {
  if (raw === '') return { state: 'ok', checks: [] };
  if (utf8Bytes(raw) > 100_000) return { state: 'oversized', checks: [] };
  try {
    const parsed = v.safeParse(HistorySchema, JSON.parse(raw));
    if (parsed.success) return { state: 'ok', checks: parsed.output.checks };
  } catch {
    // not JSON
  }
  return { state: 'corrupt', checks: [] };
}

/** A check as the history keeps it. */
export function checkRecord(time: number, journeys: readonly { name: string; percent: number }[], findingKeys: readonly string[]): CheckRecord {
  const keys = findingKeys.map(shortKey);
  const record: CheckRecord = { t: time, j: journeys.map((j) => [j.name.slice(0, 200), j.percent]), f: keys.slice(0, HISTORY_MAX_FINDINGS).join(' ') };
  if (keys.length > HISTORY_MAX_FINDINGS) record.cut = true;
  return record;
}

/** The history with one more check: at most 50, and under the size limit (oldest dropped first). */
export function appendCheck(checks: readonly CheckRecord[], check: CheckRecord): string {
  const kept = [...checks, check].slice(-HISTORY_MAX_CHECKS);
  let encoded = JSON.stringify({ v: 1, checks: kept });
  while (utf8Bytes(encoded) > HISTORY_MAX_BYTES && kept.length > 1) {
    kept.shift();
    encoded = JSON.stringify({ v: 1, checks: kept });
  }
  // One check alone too big (a huge board with long journey names): keep it without its findings.
  if (utf8Bytes(encoded) > HISTORY_MAX_BYTES) encoded = JSON.stringify({ v: 1, checks: [{ ...check, f: '', cut: true }] });
  return encoded;
}

/** Gaps closed and opened between two stored checks, from their finding keys. */
export function gapsBetween(first: CheckRecord, last: CheckRecord): { closed: number; opened: number } {
  const before = findingKeysOf(first);
  const after = findingKeysOf(last);
  return { closed: [...before].filter((k) => !after.has(k)).length, opened: [...after].filter((k) => !before.has(k)).length };
}

/** The finding keys of a stored check. */
export function findingKeysOf(check: CheckRecord): Set<string> {
  return new Set(check.f === '' ? [] : check.f.split(' '));
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
