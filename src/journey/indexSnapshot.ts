// One pass over the snapshot: the section tree (cycle-safe) and the nodes the engine reads, by kind.
import type { BoardSnapshot, Rect, SnapshotNode } from '../snapshot';
import { containsPoint, type Point, usableRect } from './geometry';

export interface SectionNode {
  node: SnapshotNode;
  bounds: Rect | null;
  parent: SectionNode | null;
  children: SectionNode[];
  /** Position in document order, for stable tie-breaks. */
  order: number;
}

export interface SnapshotIndex {
  sections: SectionNode[];
  sectionById: Map<string, SectionNode>;
  topSections: SectionNode[];
  stickies: SnapshotNode[];
  /** Shapes and texts: possible row labels. */
  labelNodes: SnapshotNode[];
  stamps: SnapshotNode[];
  connectors: SnapshotNode[];
  /** Position of every node in document order. */
  orderOf: Map<string, number>;
}

export function indexSnapshot(snapshot: BoardSnapshot): SnapshotIndex {
  const sections: SectionNode[] = [];
  const sectionById = new Map<string, SectionNode>();
  const stickies: SnapshotNode[] = [];
  const labelNodes: SnapshotNode[] = [];
  const stamps: SnapshotNode[] = [];
  const connectors: SnapshotNode[] = [];
  const orderOf = new Map<string, number>();

  snapshot.nodes.forEach((node, order) => {
    if (orderOf.has(node.id)) return; // a repeated id is read once
    orderOf.set(node.id, order);
    switch (node.kind) {
      case 'section':
        // Sections Journey Check drew itself are not part of the team's board.
        if (!node.generated) {
          const section: SectionNode = { node, bounds: usableRect(node.bounds), parent: null, children: [], order };
          sections.push(section);
          sectionById.set(node.id, section);
        }
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

  for (const section of sections) {
    const parentId = section.node.parentId;
    section.parent = parentId === null ? null : (sectionById.get(parentId) ?? null);
  }
  // A parent chain that loops (corrupt input) is cut where the loop is found.
  for (const section of sections) {
    let steps = 0;
    for (let p = section.parent; p; p = p.parent) {
      if (++steps > sections.length || p === section) {
        section.parent = null;
        break;
      }
    }
  }
  const topSections: SectionNode[] = [];
  for (const section of sections) (section.parent ? section.parent.children : topSections).push(section);

  return { sections, sectionById, topSections, stickies, labelNodes, stamps, connectors, orderOf };
}

/**
 * The section a node really lies in: its parent section, then (FigJam often leaves stickies on
 * the page or on an outer section) the innermost child section whose bounds hold its centre.
 */
export function containerOf(index: SnapshotIndex, node: SnapshotNode, centre: Point | null): SectionNode | null {
  let current = node.parentId === null ? null : (index.sectionById.get(node.parentId) ?? null);
  if (!centre) return current;
  for (;;) {
    const children = current ? current.children : index.topSections;
    let next: SectionNode | null = null;
    // Front-most wins: later in document order is drawn on top.
    for (const child of children) if (child.bounds && containsPoint(child.bounds, centre)) next = child;
    if (!next) return current;
    current = next;
  }
}
