/**
 * The live board → BoardSnapshot, with as few property reads as we can: every read crosses into
 * Figma's document, and boards of a thousand stickies are common after a workshop.
 *
 * - One `findAllWithCriteria` per node type, so no `type` read per node (the snapshot lists nodes
 *   grouped by type, each group in document order).
 * - Parents come from each section's `children` (read once per section) looked up by node object;
 *   only a node that is not found there (inside a group, or if the host hands out fresh objects)
 *   reads its own `parent`, walking up with a cache keyed by parent id.
 * - Stickies: id, absoluteBoundingBox, text, characters, fills, authorName = 6 reads. Their `name`
 *   is useless and FigJam has no way to hide one, so `visible` is taken as true.
 */
import type { BoardSnapshot, Rect, Rgb, SnapshotNode } from '../snapshot';
import { parseGeneratedTag, TAG_KEY, type GeneratedTag } from './pluginData';

export interface BoardRead {
  snapshot: BoardSnapshot;
  /** Sticky nodes by id, so writers need no second look-up. */
  stickies: Map<string, StickyNode>;
  /** Ids of nodes Journey Check created (valid tag). */
  generatedIds: Set<string>;
  /** The nodes Journey Check created, with their tags (the applier diffs against them). */
  tagged: { node: SceneNode; tag: GeneratedTag }[];
  /** Nodes carrying our tag key with data we cannot read (ignored, reported). */
  corruptTags: number;
  /** Container section of every node read (null: the page), for lock checks up the tree. */
  parentOf: Map<string, string | null>;
  /** Sections the team locked. */
  lockedSections: Set<string>;
}

export function readBoardSnapshot(page: PageNode, boardName: string): BoardRead {
  const parents = new ParentIndex(page);
  const generatedIds = new Set<string>();
  const tagged: BoardRead['tagged'] = [];
  // Only this plugin can write its tag key, so a node carrying it was made by some version of
  // Journey Check even when the data is unreadable: the engine ignores it like any marker, but it
  // is not diffed or removed (we cannot tell what it is), only reported.
  const unreadableIds = new Set<string>();
  for (const node of page.findAllWithCriteria({ pluginData: { keys: [TAG_KEY] } })) {
    const parsed = parseGeneratedTag(node.getPluginData(TAG_KEY));
    if (parsed.ok) {
      generatedIds.add(node.id);
      tagged.push({ node, tag: parsed.value });
    } else unreadableIds.add(node.id);
  }
  const corruptTags = unreadableIds.size;
  // The engine ignores what we generated: such nodes are listed by id only, without further reads.
  const ours = (id: string, kind: SnapshotNode['kind'], type: string, node: SceneNode): SnapshotNode | null =>
    generatedIds.has(id) ? { id, kind, type, name: '', text: '', bounds: null, parentId: parents.parentOf(node), fill: null, author: null, visible: true } : null;

  const sections = page.findAllWithCriteria({ types: ['SECTION'] });
  const nodes: SnapshotNode[] = [];

  // Sections first: reading their children fills the parent index for everything else.
  const sectionNodes: SnapshotNode[] = [];
  const lockedSections = new Set<string>();
  for (const section of sections) {
    const id = section.id;
    if (section.locked) lockedSections.add(id);
    parents.addChildren(id, section.children);
    sectionNodes.push({
      id, kind: 'section', type: 'SECTION', name: section.name, text: '', bounds: rect(section.absoluteBoundingBox),
      parentId: null, fill: firstSolid(section.fills), author: null, visible: section.visible,
    });
  }
  sections.forEach((section, i) => {
    const node = sectionNodes[i];
    if (node) node.parentId = parents.parentOf(section);
  });
  nodes.push(...sectionNodes);

  const stickies = new Map<string, StickyNode>();
  for (const sticky of page.findAllWithCriteria({ types: ['STICKY'] })) {
    const id = sticky.id;
    stickies.set(id, sticky);
    nodes.push({
      id, kind: 'sticky', type: 'STICKY', name: '', text: sticky.text.characters, bounds: rect(sticky.absoluteBoundingBox),
      parentId: parents.parentOf(sticky), fill: firstSolid(sticky.fills), author: sticky.authorName || null, visible: true,
    });
  }
  for (const shape of page.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })) {
    const id = shape.id;
    const generated = ours(id, 'shape', 'SHAPE_WITH_TEXT', shape);
    if (generated) {
      nodes.push(generated);
      continue;
    }
    nodes.push({
      id, kind: 'shape', type: 'SHAPE_WITH_TEXT', name: shape.name, text: shape.text.characters, bounds: rect(shape.absoluteBoundingBox),
      parentId: parents.parentOf(shape), fill: firstSolid(shape.fills), author: null, visible: shape.visible,
    });
  }
  for (const text of page.findAllWithCriteria({ types: ['TEXT'] })) {
    const id = text.id;
    const generated = ours(id, 'text', 'TEXT', text);
    if (generated) {
      nodes.push(generated);
      continue;
    }
    nodes.push({
      id, kind: 'text', type: 'TEXT', name: text.name, text: text.characters, bounds: rect(text.absoluteBoundingBox),
      parentId: parents.parentOf(text), fill: null, author: null, visible: text.visible,
    });
  }
  for (const connector of page.findAllWithCriteria({ types: ['CONNECTOR'] })) {
    const id = connector.id;
    const generated = ours(id, 'connector', 'CONNECTOR', connector);
    if (generated) {
      nodes.push(generated);
      continue;
    }
    nodes.push({
      id, kind: 'connector', type: 'CONNECTOR', name: '', text: connector.text.characters, bounds: rect(connector.absoluteBoundingBox),
      parentId: parents.parentOf(connector), fill: null, author: null, visible: connector.visible,
      connectorStart: endpointId(connector.connectorStart), connectorEnd: endpointId(connector.connectorEnd),
    });
  }
  for (const stamp of page.findAllWithCriteria({ types: ['STAMP'] })) {
    const host = stamp.stuckTo;
    nodes.push({
      id: stamp.id, kind: 'stamp', type: 'STAMP', name: stamp.name, text: '', bounds: rect(stamp.absoluteBoundingBox),
      parentId: parents.parentOf(stamp), fill: null, author: null, visible: stamp.visible, stuckTo: host ? host.id : null,
    });
  }

  const parentOf = new Map<string, string | null>();
  for (const node of nodes) {
    if (generatedIds.has(node.id) || unreadableIds.has(node.id)) node.generated = true;
    parentOf.set(node.id, node.parentId);
  }
  return { snapshot: { name: boardName, nodes }, stickies, generatedIds, tagged, corruptTags, parentOf, lockedSections };
}

/** Section id of a node's container, from section children first, by walking up otherwise. */
class ParentIndex {
  private readonly byNode = new Map<BaseNode, string | null>();
  /** Container id by node id, for the walk-up path (a group resolves to its own container). */
  private readonly containerById = new Map<string, string | null>();

  constructor(page: PageNode) {
    for (const child of page.children) this.byNode.set(child, null);
    this.containerById.set(page.id, null);
  }

  addChildren(sectionId: string, children: readonly SceneNode[]): void {
    for (const child of children) this.byNode.set(child, sectionId);
  }

  parentOf(node: SceneNode): string | null {
    const known = this.byNode.get(node);
    if (known !== undefined) return known;
    const parent = node.parent;
    return parent ? this.containerOf(parent) : null;
  }

  /** The section a node stands for or lies in: itself when a section, its container otherwise (groups are skipped). */
  private containerOf(node: BaseNode): string | null {
    const id = node.id;
    const cached = this.containerById.get(id);
    if (cached !== undefined) return cached;
    let result: string | null;
    if (node.type === 'SECTION') result = id;
    else if (node.type === 'PAGE' || node.type === 'DOCUMENT') result = null;
    else result = node.parent ? this.containerOf(node.parent) : null;
    this.containerById.set(id, result);
    return result;
  }
}

function rect(box: Rect | null): Rect | null {
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
}

/** First visible solid paint; `figma.mixed` (a symbol) never leaves the sandbox. */
function firstSolid(fills: ReadonlyArray<Paint> | PluginAPI['mixed']): Rgb | null {
  if (typeof fills === 'symbol') return null;
  for (const paint of fills) {
    if (paint.type === 'SOLID' && paint.visible !== false) return { r: paint.color.r, g: paint.color.g, b: paint.color.b };
  }
  return null;
}

function endpointId(end: ConnectorEndpoint): string | null {
  return 'endpointNodeId' in end ? end.endpointNodeId : null;
}
