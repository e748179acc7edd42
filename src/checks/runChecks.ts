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
  const indexed = placed.map((p, seq) => ({ ...p, seq, rule: RULE_ORDER.get(p.finding.rule) ?? 0 }));
  indexed.sort((a, b) => order(a.journeyOrder, b.journeyOrder) || a.phaseOrder - b.phaseOrder || a.rule - b.rule || a.seq - b.seq);
  return indexed.map((p) => p.finding);
}

function order(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
