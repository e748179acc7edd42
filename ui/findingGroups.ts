/** How the Findings view lays findings out: by journey, then phase, in the engine's order. Pure. */
import type { RuleId, Severity } from '../src/domain';
import type { Finding } from '../src/report/types';

export interface PhaseGroup {
  /** null: about the journey as a whole. */
  phase: { id: string; name: string } | null;
  items: KeyedFinding[];
}
export interface JourneyGroup {
  /** null: about the whole board. */
  journey: { id: string; name: string } | null;
  phases: PhaseGroup[];
  count: number;
}
export interface KeyedFinding {
  key: string;
  finding: Finding;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A key per finding from what it is about (rule, place, stickies), not its position, so a live
 * update that sorts a new finding above keeps focus and scroll on the others. A second finding
 * with the very same content gets "#2".
 */
export function keyFindings(findings: readonly Finding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = [finding.rule, finding.journey?.id ?? '', finding.phase?.id ?? '', finding.channel?.name ?? '', finding.stage ?? '', finding.nodeIds.join(','), finding.message].join('|');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, finding };
  });
}

/** Journeys and phases in the order they first appear; within a phase, errors first. */
export function groupFindings(findings: readonly KeyedFinding[], rule: RuleId | null): JourneyGroup[] {
  const journeys = new Map<string, JourneyGroup>();
  for (const item of findings) {
    const f = item.finding;
    if (rule !== null && f.rule !== rule) continue;
    const jKey = f.journey?.id ?? '';
    let journey = journeys.get(jKey);
    if (!journey) {
      journey = { journey: f.journey, phases: [], count: 0 };
      journeys.set(jKey, journey);
    }
    journey.count++;
    const pKey = f.phase?.id ?? null;
    let phase = journey.phases.find((p) => (p.phase?.id ?? null) === pKey);
    if (!phase) {
      phase = { phase: f.phase, items: [] };
      journey.phases.push(phase);
    }
    phase.items.push(item);
  }
  const groups = [...journeys.values()];
  for (const g of groups) for (const p of g.phases) p.items.sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity]);
  return groups;
}

/** Rules present, with counts, in the order of RULE_IDS given. */
export function ruleCounts(findings: readonly Finding[], order: readonly RuleId[]): { rule: RuleId; count: number }[] {
  const counts = new Map<RuleId, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return order.filter((r) => counts.has(r)).map((rule) => ({ rule, count: counts.get(rule) ?? 0 }));
}
