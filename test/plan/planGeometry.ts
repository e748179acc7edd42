/**
 * The layout rules of issue #12 on a write plan, before anything is written (the same rules
 * test/render/layoutProblems.ts measures on the board after a check):
 * - 'covers-team-node': a planned box over a team sticky, stamp, shape or text;
 * - 'across-team-section': over a team section that is not its container or one of its ancestors;
 * - 'generated-overlap': two planned boxes overlap and neither contains the other in the plan;
 * - 'curve-off-phases': a curve not under its own journey, or a point outside its phase's column.
 */
import type { PlanItem, WritePlan } from '../../src/plan/types';
import type { Report } from '../../src/report/types';
import type { BoardSnapshot, Rect } from '../../src/snapshot';

export interface PlanProblem {
  kind: 'covers-team-node' | 'across-team-section' | 'generated-overlap' | 'curve-off-phases';
  item: string;
  other: string;
}

const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

export function planProblems(plan: WritePlan, snapshot: BoardSnapshot, report: Report): PlanProblem[] {
  const nodes = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const generated = new Set<string>();
  for (const n of snapshot.nodes) if (n.generated || (n.parentId && generated.has(n.parentId))) generated.add(n.id);
  const team = snapshot.nodes.filter((n) => !generated.has(n.id) && n.visible && n.bounds && n.kind !== 'connector');
  const items = plan.items.filter((i): i is Exclude<PlanItem, { kind: 'connector' }> => i.kind !== 'connector');
  const byKey = new Map(items.map((i) => [i.key, i]));
  /** Team sections the item lies in (through its planned parents). */
  const teamAncestors = (item: PlanItem): Set<string> => {
    let ref = item.parent;
    for (let depth = 0; ref && 'item' in ref && depth < 16; depth++) ref = byKey.get(ref.item)?.parent ?? null;
    const out = new Set<string>();
    const start: string | null = ref && 'node' in ref ? ref.node : null;
    for (let id = start; id; id = nodes.get(id)?.parentId ?? null) out.add(id);
    return out;
  };
  const planAncestors = (item: PlanItem): Set<string> => {
    const out = new Set<string>();
    for (let ref = item.parent; ref && 'item' in ref; ref = byKey.get(ref.item)?.parent ?? null) out.add(ref.item);
    return out;
  };
  const problems: PlanProblem[] = [];
  for (const item of items) {
    const own = teamAncestors(item);
    for (const t of team) {
      if (own.has(t.id) || overlap(item.box, t.bounds!) === 0) continue;
      if (t.kind === 'section') problems.push({ kind: 'across-team-section', item: item.key, other: t.id });
      else if (t.kind !== 'other') problems.push({ kind: 'covers-team-node', item: item.key, other: t.id });
    }
  }
  const ancestors = new Map(items.map((i) => [i.key, planAncestors(i)]));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (ancestors.get(a.key)!.has(b.key) || ancestors.get(b.key)!.has(a.key)) continue;
      if (overlap(a.box, b.box) > 0) problems.push({ kind: 'generated-overlap', item: a.key, other: b.key });
    }
  }
  for (const journey of report.journeys) {
    const curve = byKey.get(`curve:${journey.id}`);
    const jb = nodes.get(journey.id)?.bounds ?? journey.bounds;
    if (!curve || !jb) continue;
    if (curve.box.y < jb.y + jb.height || curve.box.x !== Math.round(jb.x)) problems.push({ kind: 'curve-off-phases', item: curve.key, other: journey.id });
    for (const point of journey.emotionCurve) {
      const shape = byKey.get(`curve:${journey.id}:point:${point.phaseId}`);
      const phase = nodes.get(point.phaseId)?.bounds;
      if (!shape || !phase) continue;
      const cx = shape.box.x + shape.box.width / 2;
      if (cx < phase.x || cx > phase.x + phase.width) problems.push({ kind: 'curve-off-phases', item: shape.key, other: point.phaseId });
    }
  }
  return problems;
}
