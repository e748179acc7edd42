// All rules over the model, in the stable order: journey, phase (journey-wide first), rule, as found.
import type { Finding } from '../report/types';
import { boardChecks } from './boardChecks';
import type { CheckContext } from './checkContext';
import { coverageChecks } from './coverageChecks';
import { emotionChecks } from './emotionChecks';
import type { PlacedFinding } from './finding';
import { hygieneChecks } from './hygieneChecks';
import { layoutChecks } from './layoutChecks';
import { RULE_ORDER } from './rules';

export function runChecks(context: CheckContext): Finding[] {
  const placed: PlacedFinding[] = [...boardChecks(context), ...coverageChecks(context), ...emotionChecks(context), ...hygieneChecks(context), ...layoutChecks(context)];
  return inReportOrder(placed);
}

/**
 * Journey, phase, rule, then as found. Each finding's place is packed into one number (its
 * position last), so a plain numeric sort of a typed array orders them: no comparator calls.
 */
export function inReportOrder(placed: readonly PlacedFinding[]): Finding[] {
  const n = placed.length;
  // Journey orders are indexes or Infinity (board-wide); ranks make them small integers.
  const journeyOrders = [...new Set(placed.map((p) => p.journeyOrder))].sort(compare);
  const journeyRank = new Map(journeyOrders.map((order, rank) => [order, rank]));
  let maxPhase = 0;
  for (const p of placed) maxPhase = Math.max(maxPhase, p.phaseOrder + 1);
  const phases = maxPhase + 1;
  const rules = RULE_ORDER.size + 1;
  if (!Number.isInteger(maxPhase) || journeyOrders.length * phases * rules * n >= Number.MAX_SAFE_INTEGER) return placedInOrderBySort(placed);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = placed[i];
    if (!p) continue;
    const place = ((journeyRank.get(p.journeyOrder) ?? 0) * phases + (p.phaseOrder + 1)) * rules + (RULE_ORDER.get(p.finding.rule) ?? 0);
    keys[i] = place * n + i;
  }
  keys.sort();
  const findings: Finding[] = [];
  for (let k = 0; k < n; k++) {
    const p = placed[(keys[k] ?? 0) % n];
    if (p) findings.push(p.finding);
  }
  return findings;
}

/** The same order by comparison, for boards too big to pack (never in practice). */
export function placedInOrderBySort(placed: readonly PlacedFinding[]): Finding[] {
  const rule = placed.map((p) => RULE_ORDER.get(p.finding.rule) ?? 0);
  const order = placed.map((_, i) => i);
  order.sort((a, b) => {
    const pa = placed[a];
    const pb = placed[b];
    if (!pa || !pb) return a - b;
    return compare(pa.journeyOrder, pb.journeyOrder) || pa.phaseOrder - pb.phaseOrder || (rule[a] ?? 0) - (rule[b] ?? 0) || a - b;
  });
  const findings: Finding[] = [];
  for (const i of order) {
    const p = placed[i];
    if (p) findings.push(p.finding);
  }
  return findings;
}

function compare(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
