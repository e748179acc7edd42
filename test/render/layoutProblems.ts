/**
 * layoutProblems: the measurable part of "the plugin's markers cover nothing" (issue #12), on a
 * FigJam REST file after a check. Boxes are the REST absoluteBoundingBox (page space).
 *
 * - 'covers-team-node': a generated node's box overlaps a team STICKY, STAMP, SHAPE_WITH_TEXT or TEXT;
 * - 'across-team-section': a generated node's box overlaps a team SECTION's box but the node is not
 *   inside that section in the tree (it lies across the border, or on top of a section it does not
 *   belong to);
 * - 'generated-overlap': two generated nodes overlap each other.
 * A node never counts against its own ancestors or descendants (a team sticky dropped into a
 * generated section, a marker inside its generated section). Connectors are left out on both sides:
 * their box is not their path. Nodes hidden in the tree (visible: false, hidden section contents)
 * are not on the board as seen and are left out too.
 *
 * "Generated" is decided by `isGenerated`; by default, Journey Check's tag: the key 'journeyCheck'
 * in the shared plugin data namespace 'journeycheck' (src/figjam/pluginData.ts; REST download with
 * `plugin_data=shared`) or in any plugin's private pluginData (an earlier version's records).
 * The colour record 'journeyCheck.colour' marks a TEAM sticky the plugin recoloured, not ours.
 */
import { isRecord, overlapArea, readBoardPage, type BoardNode, type Json } from './boardNodes';

export type LayoutProblemKind = 'covers-team-node' | 'across-team-section' | 'generated-overlap';

export interface NodeRef {
  id: string;
  type: string;
  name: string;
  /** The first 60 characters of its text (stickies, shapes, texts). */
  text: string;
}

export interface LayoutProblem {
  kind: LayoutProblemKind;
  generated: NodeRef;
  other: NodeRef;
  /** Overlap of the two boxes, in square board units (rounded). */
  area: number;
}

const TAG_NAMESPACE = 'journeycheck';
const TAG_KEY = 'journeyCheck';

/** Journey Check's tag on a REST node (shared namespace, or any plugin's private data). */
export function hasJourneyCheckTag(node: Json): boolean {
  const shared = isRecord(node.sharedPluginData) ? node.sharedPluginData[TAG_NAMESPACE] : undefined;
  if (isRecord(shared) && typeof shared[TAG_KEY] === 'string') return true;
  if (!isRecord(node.pluginData)) return false;
  return Object.values(node.pluginData).some((table) => isRecord(table) && typeof table[TAG_KEY] === 'string');
}

const TEAM_CONTENT = new Set(['STICKY', 'STAMP', 'SHAPE_WITH_TEXT', 'TEXT']);

function ref(node: BoardNode): NodeRef {
  return { id: node.id, type: node.type, name: node.name, text: node.text.replace(/\s+/g, ' ').trim().slice(0, 60) };
}

export function layoutProblems(restJson: unknown, isGenerated: (node: Json) => boolean = hasJourneyCheckTag): LayoutProblem[] {
  const nodes = readBoardPage(restJson).nodes.filter((node) => node.type !== 'CONNECTOR');
  const generated = nodes.filter((node) => isGenerated(node.raw));
  const ours = new Set(generated.map((node) => node.id));
  const team = nodes.filter((node) => !ours.has(node.id));
  const related = (a: BoardNode, b: BoardNode) => a.sections.includes(b.id) || b.sections.includes(a.id);
  const problems: LayoutProblem[] = [];
  for (const g of generated) {
    for (const t of team) {
      if (related(g, t)) continue;
      const area = overlapArea(g.box, t.box);
      if (area === 0) continue;
      if (t.type === 'SECTION') problems.push({ kind: 'across-team-section', generated: ref(g), other: ref(t), area: Math.round(area) });
      else if (TEAM_CONTENT.has(t.type)) problems.push({ kind: 'covers-team-node', generated: ref(g), other: ref(t), area: Math.round(area) });
    }
  }
  for (let i = 0; i < generated.length; i++) {
    for (let j = i + 1; j < generated.length; j++) {
      const a = generated[i]!;
      const b = generated[j]!;
      if (related(a, b)) continue;
      const area = overlapArea(a.box, b.box);
      if (area > 0) problems.push({ kind: 'generated-overlap', generated: ref(a), other: ref(b), area: Math.round(area) });
    }
  }
  return problems;
}

/** Counts per kind and the first `limit` problems, one per line, for a terminal. */
export function formatLayoutProblems(problems: readonly LayoutProblem[], limit = 20): string {
  const count = (kind: LayoutProblemKind) => problems.filter((p) => p.kind === kind).length;
  const nodesOver = new Set(problems.filter((p) => p.kind === 'covers-team-node').map((p) => p.generated.id)).size;
  const nodesAcross = new Set(problems.filter((p) => p.kind === 'across-team-section').map((p) => p.generated.id)).size;
  const label = (r: NodeRef) => `${r.type} ${r.id} "${(r.text || r.name).slice(0, 40)}"`;
  const lines = [
    `layout problems: ${problems.length}`,
    `  covers-team-node: ${count('covers-team-node')} (${nodesOver} generated nodes over a team sticky/stamp/shape/text)`,
    `  across-team-section: ${count('across-team-section')} (${nodesAcross} generated nodes across a team section they do not belong to)`,
    `  generated-overlap: ${count('generated-overlap')}`,
  ];
  for (const p of problems.slice(0, limit)) lines.push(`  - ${p.kind}: ${label(p.generated)} × ${label(p.other)} (${p.area} u²)`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return lines.join('\n');
}
