/**
 * The findings of the last check, kept on the board in a compact form, with the gaps that check
 * closed and opened against the one before: the next check can list by name the gaps it closed
 * (the history keeps only short keys), and the panel can show the last check's changes whenever it
 * opens. Capped under Figma's 100 kB per entry: messages are cut at 300 characters, the change
 * lists at 200 entries, and past the cap part of the list is dropped.
 */
import * as v from 'valibot';
import type { Finding } from '../report/types';
import { findingKey, shortKey } from './findingKey';

export const LAST_FINDINGS_RECORD_KEY = 'journeyCheck.lastFindings';
const MAX_BYTES = 90_000;

export const CompactFindingSchema = v.object({
  k: v.string(),
  rule: v.string(),
  severity: v.picklist(['error', 'warning', 'info']),
  message: v.string(),
  journey: v.nullable(v.string()),
  phase: v.nullable(v.string()),
});
export type CompactFinding = v.InferOutput<typeof CompactFindingSchema>;

const RecordSchema = v.object({
  v: v.literal(1),
  findings: v.array(CompactFindingSchema),
  closed: v.optional(v.array(CompactFindingSchema), []),
  opened: v.optional(v.array(CompactFindingSchema), []),
});
export type LastFindings = v.InferOutput<typeof RecordSchema>;
const MAX_CHANGES = 200;

export function compactFinding(finding: Finding): CompactFinding {
  return {
    k: shortKey(findingKey(finding)),
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message.slice(0, 300),
    journey: finding.journey?.name.slice(0, 200) ?? null,
    phase: finding.phase?.name.slice(0, 200) ?? null,
  };
}

export function encodeLastFindings(findings: readonly Finding[], change: { closed: readonly CompactFinding[]; opened: readonly CompactFinding[] }): string {
  const compact = findings.map(compactFinding);
  const closed = change.closed.slice(0, MAX_CHANGES);
  const opened = change.opened.slice(0, MAX_CHANGES);
  // Byte length is at most three per UTF-16 unit: a cheap upper bound.
  const encode = () => JSON.stringify({ v: 1, findings: compact, closed, opened });
  let encoded = encode();
  while (encoded.length * 3 > MAX_BYTES && compact.length > 0) {
    compact.splice(0, Math.max(1, Math.ceil(compact.length / 10)));
    encoded = encode();
  }
  return encoded;
}

/** The last check's findings and changes; empty when there are none or the record cannot be read. */
export function parseLastFindings(raw: string): LastFindings {
  const empty: LastFindings = { v: 1, findings: [], closed: [], opened: [] };
  if (raw === '') return empty;
  try {
    const parsed = v.safeParse(RecordSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : empty;
  } catch {
    return empty;
  }
}

/** Gaps of the previous check that this one no longer finds, and the ones it finds anew. */
export function closedAndOpened(previous: readonly CompactFinding[], current: readonly Finding[]): { closed: CompactFinding[]; opened: CompactFinding[] } {
  const now = current.map(compactFinding);
  const nowKeys = new Set(now.map((f) => f.k));
  const beforeKeys = new Set(previous.map((f) => f.k));
  return { closed: previous.filter((f) => !nowKeys.has(f.k)), opened: now.filter((f) => !beforeKeys.has(f.k)) };
}
