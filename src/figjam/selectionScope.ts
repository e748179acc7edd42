/**
 * Selection scoping: when the selection holds a journey section, one of its phases, or anything
 * inside one, "check" works on those journeys only.
 */
import type { Report } from '../report/types';

/** Ids of the selected nodes and all their ancestors (a few reads per selected node). */
export function selectionAncestry(selection: readonly SceneNode[]): Set<string> {
  const ids = new Set<string>();
  for (const node of selection) {
    for (let n: BaseNode | null = node; n && n.type !== 'PAGE' && n.type !== 'DOCUMENT'; n = n.parent) {
      const id = n.id;
      if (ids.has(id)) break;
      ids.add(id);
    }
  }
  return ids;
}

/** Journeys the selection touches; empty when it touches none (then the whole board is checked). */
export function journeysInSelection(report: Report, ancestry: ReadonlySet<string>): string[] {
  if (ancestry.size === 0) return [];
  return report.journeys
    .filter((j) => ancestry.has(j.id) || j.phases.some((p) => ancestry.has(p.id) || p.touchpoints.some((t) => ancestry.has(t.nodeId))))
    .map((j) => j.id);
}
