// One pass over the snapshot: the section tree (cycle-safe) and the nodes the engine reads, by kind.
import type { BoardSnapshot, Rect, SnapshotNode } from '../snapshot';
import { containsPoint, type Point, usableRect } from './geometry';

export interface IndexedSection {
  node: SnapshotNode;
  bounds: Rect | null;
  parent: IndexedSection | null;
  children: IndexedSection[];
  /** Position in document order, for stable tie-breaks. */
  order: number;
}

export interface SnapshotIndex {
  sections: IndexedSection[];
  sectionById: Map<string, IndexedSection>;
  topSections: IndexedSection[];
  stickies: SnapshotNode[];
  /** Shapes and texts: possible row labels. */
  labelNodes: SnapshotNode[];
  stamps: SnapshotNode[];
  connectors: SnapshotNode[];
  /** Position of every node in document order. */
  orderOf: Map<string, number>;
  /**
   * Sections left out of the board's structure, with why: hidden, or drawn by Journey Check —
   * and every section inside one. What lies in them is ignored for the same reason.
   */
  leftOut: Map<string, 'hidden' | 'generated'>;
}

export function indexSnapshot(snapshot: BoardSnapshot): SnapshotIndex {
  const sections: IndexedSection[] = [];
  const sectionById = new Map<string, IndexedSection>();
  const stickies: SnapshotNode[] = [];
  const labelNodes: SnapshotNode[] = [];
  const stamps: SnapshotNode[] = [];
  const connectors: SnapshotNode[] = [];
  const orderOf = new Map<string, number>();
  const allSections: SnapshotNode[] = [];

  snapshot.nodes.forEach((node, order) => {
    if (orderOf.has(node.id)) return; // a repeated id is read once
    orderOf.set(node.id, order);
    switch (node.kind) {
      case 'section':
        allSections.push(node);
        break;
      case 'sticky':
        stickies.push(node);
        break;
      case 'shape':
      case 'text':
        if (!node.generated && node.visible) labelNodes.push(node);
        break;
      case 'stamp':
        stamps.push(node);
        break;
      case 'connector':
        connectors.push(node);
        break;
      default:
        break;
    }
  });

  const leftOut = leftOutSections(allSections);
  for (const node of allSections) {
    if (leftOut.has(node.id)) continue;
    const section: IndexedSection = { node, bounds: usableRect(node.bounds), parent: null, children: [], order: orderOf.get(node.id) ?? 0 };
    sections.push(section);
    sectionById.set(node.id, section);
  }

  for (const section of sections) {
    const parentId = section.node.parentId;
    section.parent = parentId === null ? null : (sectionById.get(parentId) ?? null);
  }
  // A parent chain that loops (corrupt input) is cut where the loop closes. Each section is
  // walked once (linear even for sections nested thousands deep).
  const walked = new Map<IndexedSection, 'on-path' | 'done'>();
  for (const start of sections) {
    const path: IndexedSection[] = [];
    let p: IndexedSection | null = start;
    while (p && !walked.has(p)) {
      walked.set(p, 'on-path');
      path.push(p);
      p = p.parent;
    }
    if (p && walked.get(p) === 'on-path') p.parent = null;
    for (const s of path) walked.set(s, 'done');
  }
  const topSections: IndexedSection[] = [];
  for (const section of sections) (section.parent ? section.parent.children : topSections).push(section);

  return { sections, sectionById, topSections, stickies, labelNodes, stamps, connectors, orderOf, leftOut };
}

/** Hidden and generated sections and all sections inside them (cycle-safe). */
function leftOutSections(sections: readonly SnapshotNode[]): Map<string, 'hidden' | 'generated'> {
  const byId = new Map<string, SnapshotNode>();
  for (const s of sections) if (!byId.has(s.id)) byId.set(s.id, s);
  const verdict = new Map<string, 'hidden' | 'generated' | null>();
  const judge = (start: SnapshotNode): 'hidden' | 'generated' | null => {
    const chain: SnapshotNode[] = [];
    const onChain = new Set<string>();
    let result: 'hidden' | 'generated' | null = null;
    for (let node: SnapshotNode | undefined = start; node; node = node.parentId === null ? undefined : byId.get(node.parentId)) {
      const known = verdict.get(node.id);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onChain.has(node.id)) break;
      if (node.generated || !node.visible) {
        result = node.generated ? 'generated' : 'hidden';
        break;
      }
      chain.push(node);
      onChain.add(node.id);
    }
    for (const node of chain) verdict.set(node.id, result);
    return result;
  };
  const leftOut = new Map<string, 'hidden' | 'generated'>();
  for (const s of sections) {
    const why = judge(s);
    if (why) leftOut.set(s.id, why);
  }
  return leftOut;
}

/**
 * The section a node really lies in: its parent section, then (FigJam often leaves stickies on
 * the page or on an outer section) the innermost child section whose bounds hold its centre.
 */
export function containerOf(index: SnapshotIndex, node: SnapshotNode, centre: Point | null): IndexedSection | null {
  let current = node.parentId === null ? null : (index.sectionById.get(node.parentId) ?? null);
  if (!centre) return current;
  for (;;) {
    const children = current ? current.children : index.topSections;
    let next: IndexedSection | null = null;
    // Front-most wins: later in document order is drawn on top.
    for (const child of children) if (child.bounds && containsPoint(child.bounds, centre)) next = child;
    if (!next) return current;
    current = next;
  }
}
