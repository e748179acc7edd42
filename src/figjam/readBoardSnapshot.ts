/**
 * The live board → BoardSnapshot, with as few property reads as we can: every read crosses into
 * Figma's document, and boards of a thousand stickies are common after a workshop.
 *
 * - One `findAllWithCriteria` per node type, so no `type` read per node (the snapshot lists nodes
 *   grouped by type, each group in document order).
 * - Parents come from each section's `children` (read once per section) looked up by node object
 *   (containerIndex.ts); the same index answers lock checks of the write that follows.
 * - Stickies: id, absoluteBoundingBox, text, characters, authorName = 5 reads. Their `name` is
 *   useless and FigJam has no way to hide one, so `visible` is taken as true. Their `fills` are not
 *   read: the engine does not use a sticky's colour, and the recolour step reads the fill of only
 *   the stickies it plans to touch (snapshot `fill` is null for stickies).
 * - The id of every sticky is kept with its node object, so writers never read it again.
 */
import type { BoardSnapshot, Rect, Rgb, SnapshotNode } from '../snapshot';
import { ContainerIndex } from './containerIndex';
import { TAG_KEY, type GeneratedTag } from './pluginData';
import { findStickiesWithRecord, findWithRecord, readGeneratedTag } from './storedRecords';

export interface BoardRead {
  snapshot: BoardSnapshot;
  /** Sticky nodes by id, so writers need no second look-up. */
  stickies: Map<string, StickyNode>;
  /** The id of every sticky node object read (writers find nodes by criteria and map them back without reading `id`). */
  stickyIds: ReadonlyMap<BaseNode, string>;
  /** Ids of nodes Journey Check created (valid tag, or an earlier version's tag we cannot read). */
  generatedIds: Set<string>;
  /**
   * The nodes Journey Check created, with their ids and tags (the applier diffs against them). A node
   * an earlier version tagged under another plugin id gets a key no plan has: a run removes it.
   */
  tagged: { node: SceneNode; id: string; tag: GeneratedTag }[];
  /** Nodes carrying our tag key with data we cannot read (ignored, reported). */
  corruptTags: number;
  /** Containers and locks of the nodes read, for lock checks without walking up the tree. */
  containers: ContainerIndex;
  /**
   * Where the stickies lie in `snapshot.nodes` (one run, document order) and their node objects in
   * that order, and every section's id by node object: what a live refresh needs to re-read only the
   * stickies a change names (liveBoardReader.ts). Empty for a language read.
   */
  stickyRun: { start: number; order: StickyNode[] };
  sectionIds: ReadonlyMap<BaseNode, string>;
}

/**
 * `purpose`: 'analysis' reads what the engine uses; 'language' reads only what tells the board's
 * language (the engine's language detection reads section names, sticky texts and labels): stickies
 * without bounds and author (null), and no stamps. The engine gives both the same language. Unless a
 * sticky carries our tag (then it must be known by id, to be ignored), a language read does not read
 * sticky ids either: its stickies get stand-in ids, and `stickies`/`stickyIds` stay empty.
 */
export function readBoardSnapshot(page: PageNode, boardName: string, purpose: 'analysis' | 'language' = 'analysis'): BoardRead {
  const full = purpose === 'analysis';
  const parents = new ContainerIndex(page);
  const generatedIds = new Set<string>();
  const tagged: BoardRead['tagged'] = [];
  // Only this plugin can write its tag key, so a node carrying it was made by some version of
  // Journey Check even when the data is unreadable: the engine ignores it like any marker, but it
  // is not diffed or removed (we cannot tell what it is), only reported.
  const unreadableIds = new Set<string>();
  // Ids of tagged node objects: the per-type loops below find them again without reading `id`.
  const taggedIds = new Map<BaseNode, string>();
  for (const node of findWithRecord(page, TAG_KEY)) {
    const reading = readGeneratedTag(node);
    const id = node.id;
    taggedIds.set(node, id);
    if (reading.state === 'corrupt') {
      unreadableIds.add(id);
      continue;
    }
    generatedIds.add(id);
    tagged.push({ node, id, tag: reading.state === 'ok' ? reading.tag : legacyTag(id, node.type) });
  }
  const corruptTags = unreadableIds.size;
  // The engine ignores what we generated: such nodes are listed by id only, without further reads.
  const ours = (id: string, kind: SnapshotNode['kind'], type: string, node: SceneNode): SnapshotNode | null =>
    generatedIds.has(id) ? { id, kind, type, name: '', text: '', bounds: null, parentId: parents.containerOf(node), fill: null, author: null, visible: true } : null;

  const sections = page.findAllWithCriteria({ types: ['SECTION'] });
  const nodes: SnapshotNode[] = [];

  // Sections first: reading their children fills the parent index for everything else.
  const sectionNodes: SnapshotNode[] = [];
  const sectionIds: string[] = [];
  const sectionIdOf = new Map<BaseNode, string>();
  for (const section of sections) {
    const id = section.id;
    const locked = section.locked;
    sectionIds.push(id);
    sectionIdOf.set(section, id);
    parents.addSection(id, locked, section.children);
    sectionNodes.push({
      id, kind: 'section', type: 'SECTION', name: section.name, text: '', bounds: rect(section.absoluteBoundingBox),
      parentId: null, fill: firstSolid(section.fills), author: null, visible: section.visible,
    });
  }
  parents.resolveSections(sections, sectionIds);
  sections.forEach((section, i) => {
    const node = sectionNodes[i];
    if (node) node.parentId = parents.containerOf(section);
  });
  nodes.push(...sectionNodes);

  const stickies = new Map<string, StickyNode>();
  const stickyIds = new Map<BaseNode, string>();
  const readStickyIds = full || findStickiesWithRecord(page, TAG_KEY).length > 0;
  let standIn = 0;
  const stickyRun = { start: nodes.length, order: [] as StickyNode[] };
  for (const sticky of page.findAllWithCriteria({ types: ['STICKY'] })) {
    const id = readStickyIds ? sticky.id : `language-read:${standIn++}`;
    if (full) {
      stickies.set(id, sticky);
      stickyIds.set(sticky, id);
      stickyRun.order.push(sticky);
      nodes.push(readSticky(sticky, id, parents.containerOf(sticky)));
    } else {
      nodes.push({
        id, kind: 'sticky', type: 'STICKY', name: '', text: sticky.text.characters, bounds: null,
        parentId: parents.containerOf(sticky), fill: null, author: null, visible: true,
      });
    }
  }
  for (const shape of page.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })) {
    const id = taggedIds.get(shape) ?? shape.id;
    const generated = ours(id, 'shape', 'SHAPE_WITH_TEXT', shape);
    if (generated) {
      nodes.push(generated);
      continue;
    }
    nodes.push({
      id, kind: 'shape', type: 'SHAPE_WITH_TEXT', name: shape.name, text: shape.text.characters, bounds: rect(shape.absoluteBoundingBox),
      parentId: parents.containerOf(shape), fill: firstSolid(shape.fills), author: null, visible: shape.visible,
    });
  }
  for (const text of page.findAllWithCriteria({ types: ['TEXT'] })) {
    const id = taggedIds.get(text) ?? text.id;
    const generated = ours(id, 'text', 'TEXT', text);
    if (generated) {
      nodes.push(generated);
      continue;
    }
    nodes.push({
      id, kind: 'text', type: 'TEXT', name: text.name, text: text.characters, bounds: rect(text.absoluteBoundingBox),
      parentId: parents.containerOf(text), fill: null, author: null, visible: text.visible,
    });
  }
  for (const connector of page.findAllWithCriteria({ types: ['CONNECTOR'] })) {
    const id = taggedIds.get(connector) ?? connector.id;
    const generated = ours(id, 'connector', 'CONNECTOR', connector);
    if (generated) {
      nodes.push(generated);
      continue;
    }
    nodes.push({
      id, kind: 'connector', type: 'CONNECTOR', name: '', text: connector.text.characters, bounds: rect(connector.absoluteBoundingBox),
      parentId: parents.containerOf(connector), fill: null, author: null, visible: connector.visible,
      connectorStart: endpointId(connector.connectorStart), connectorEnd: endpointId(connector.connectorEnd),
    });
  }
  for (const stamp of full ? page.findAllWithCriteria({ types: ['STAMP'] }) : []) {
    const host = stamp.stuckTo;
    // Stamps are stuck to stickies almost always: their id is known from the node object.
    const hostId = host ? (stickyIds.get(host) ?? host.id) : null;
    nodes.push({
      id: stamp.id, kind: 'stamp', type: 'STAMP', name: stamp.name, text: '', bounds: rect(stamp.absoluteBoundingBox),
      parentId: parents.containerOf(stamp), fill: null, author: null, visible: stamp.visible, stuckTo: hostId,
    });
  }

  for (const node of nodes) {
    if (generatedIds.has(node.id) || unreadableIds.has(node.id)) node.generated = true;
  }
  return { snapshot: { name: boardName, nodes }, stickies, stickyIds, generatedIds, tagged, corruptTags, containers: parents, stickyRun, sectionIds: sectionIdOf };
}

/** A sticky as the analysis reads it (5 reads with `id`): the one way both a full and a live read make one. */
export function readSticky(sticky: StickyNode, id: string, parentId: string | null): SnapshotNode {
  return {
    id, kind: 'sticky', type: 'STICKY', name: '', text: sticky.text.characters, bounds: rect(sticky.absoluteBoundingBox),
    parentId, fill: null, author: sticky.authorName || null, visible: true,
  };
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

/** A stand-in tag for a node of an earlier version: no plan wants its key, so a full run removes it. */
function legacyTag(id: string, type: NodeType): GeneratedTag {
  const kind = type === 'SECTION' ? 'section' : type === 'TEXT' ? 'text' : type === 'CONNECTOR' ? 'connector' : 'shape';
  return { v: 1, kind, key: `legacy:${id}`, hash: '', journey: null, source: null };
}
