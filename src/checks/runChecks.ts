// All rules over the model, in the stable order: journey, phase (journey-wide first), rule, as found.
import type { Finding } from '../report/types';
import { boardChecks } from './boardChecks';
import type { CheckContext } from './checkContext';
import { coverageChecks } from './coverageChecks';
import { emotionChecks } from './emotionChecks';
import type { PlacedFinding } from './finding';
import { hygieneChecks } from './hygieneChecks';
import { RULE_ORDER } from './rules';

export function runChecks(context: CheckContext): Finding[] {
  const placed: PlacedFinding[] = [...boardChecks(context), ...coverageChecks(context), ...emotionChecks(context), ...hygieneChecks(context)];
  // Sort positions by their keys (no objects copied); the position itself keeps equal keys as found.
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
