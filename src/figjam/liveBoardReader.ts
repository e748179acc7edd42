/**
 * Live mode's read of the board: the last full read (readBoardSnapshot) kept between updates, and
 * on a change only the stickies the change events name re-read — the rest of the snapshot is the
 * one read before. What a sticky's change can affect is the sticky's own entry and, when it was
 * added, removed or moved to another container, the stickies' document order: that order is taken
 * again from one `findAllWithCriteria` (node objects map back to their ids without a read).
 * Anything else — a section, shape, text, connector or stamp changed, a sticky carrying one of our
 * records, a sticky inside a group — falls back to a full read, so the snapshot is always the one a
 * full read would give (test/plugin/liveIncremental.test.ts compares them).
 *
 * Figma's change events: `nodechange` lists CREATE, DELETE and PROPERTY_CHANGE with the changed
 * properties (plugin-api.d.ts, NodeChangeEvent / PropertyChange.properties; 'parent' when a node
 * moves to another parent).
 */
import type { SnapshotNode } from '../snapshot';
import { TAG_KEY } from './pluginData';
import { readBoardSnapshot, readSticky, type BoardRead } from './readBoardSnapshot';
import { readRecord } from './storedRecords';

/** Properties of a sticky that change only what it says: stamps stuck to it and connectors ending on it stay as they were. */
const WORDS_ONLY = new Set<string>(['characters', 'text', 'fills', 'authorName', 'authorVisible']);
/** Properties of a sticky whose change leaves its place in the document order as it was. */
const IN_PLACE = new Set<string>(['characters', 'text', 'x', 'y', 'width', 'height', 'relativeTransform', 'rotation', 'fills', 'authorName', 'authorVisible', 'stuckNodes']);
/** A property change on one of our generated nodes that leaves the snapshot (id only) as it was. */
const OURS_UNCHANGED = new Set<string>(['x', 'y', 'width', 'height', 'relativeTransform', 'rotation', 'fills', 'characters', 'text', 'name', 'locked', 'visible', 'strokes']);

export class LiveBoardReader {
  private last: { page: PageNode; read: BoardRead } | null = null;
  /** Sticky ids to read again. */
  private readonly dirty = new Set<string>();
  /** Of those, the ones moved, resized or removed: what is stuck to them or ends on them may have changed too. */
  private readonly moved = new Set<string>();
  /** The stickies' document order may have changed (added, removed, moved to another container). */
  private reorder = false;
  private stale = true;

  /** Forget the kept read: the next read is a full one (after the plugin's own writes, a page change). */
  invalidate(): void {
    this.stale = true;
  }

  /** Every change event of the followed page, a person's or the plugin's own. */
  note(changes: readonly NodeChange[]): void {
    const last = this.last;
    if (this.stale || last === null) return;
    for (const change of changes) {
      if (!this.noteOne(last.read, change)) {
        this.stale = true;
        return;
      }
    }
  }

  /** Whether `change` can be followed without a full read. */
  private noteOne(read: BoardRead, change: NodeChange): boolean {
    const id = change.id;
    if (read.generatedIds.has(id)) return change.type === 'PROPERTY_CHANGE' && change.properties.every((p) => OURS_UNCHANGED.has(p));
    if (read.stickies.has(id)) {
      if (change.type === 'CREATE') return false;
      this.dirty.add(id);
      if (change.type === 'DELETE' || change.properties.some((p) => !WORDS_ONLY.has(p))) this.moved.add(id);
      if (change.type === 'DELETE' || change.properties.some((p) => !IN_PLACE.has(p))) this.reorder = true;
      return true;
    }
    if (change.type !== 'CREATE') return false;
    const node = change.node;
    if (node.removed || node.type !== 'STICKY') return false;
    this.dirty.add(id);
    this.reorder = true;
    return true;
  }

  /** The board as a full read would give it, re-reading only what changed since the last read (`full`: read it all, and keep that). */
  read(page: PageNode, boardName: string, full = false): BoardRead {
    const last = this.last;
    const next = !full && !this.stale && last !== null && last.page === page ? this.update(last.read, page) : null;
    const read = next ?? readBoardSnapshot(page, boardName);
    read.snapshot.name = boardName;
    this.last = { page, read };
    this.stale = false;
    this.dirty.clear();
    this.moved.clear();
    this.reorder = false;
    return read;
  }

  /** The kept read with the dirty stickies read again; null when only a full read will do. */
  private update(read: BoardRead, page: PageNode): BoardRead | null {
    if (this.dirty.size === 0) return read;
    if (!this.reorder) return this.updateInPlace(read);
    const nodes = read.snapshot.nodes;
    const { start, order } = read.stickyRun;
    const byId = new Map<string, SnapshotNode>();
    for (let i = start; i < start + order.length; i++) {
      const node = nodes[i];
      if (node) byId.set(node.id, node);
    }
    const stickies = new Map(read.stickies);
    const stickyIds = new Map(read.stickyIds);
    let nextOrder = order;
    if (this.reorder) {
      nextOrder = page.findAllWithCriteria({ types: ['STICKY'] });
      for (const sticky of nextOrder) {
        if (stickyIds.has(sticky)) continue;
        const id = sticky.id;
        // A pasted copy of something we generated is ours: only a full read tells.
        if (readRecord(sticky, TAG_KEY) !== '') return null;
        stickyIds.set(sticky, id);
        stickies.set(id, sticky);
        this.dirty.add(id);
      }
    }
    for (const id of this.dirty) {
      const sticky = stickies.get(id);
      if (!sticky || sticky.removed) {
        byId.delete(id);
        continue;
      }
      const parentId = containerOf(sticky, read.sectionIds);
      if (parentId === undefined) return null;
      byId.set(id, readSticky(sticky, id, parentId));
    }
    if (touchesOthers(nodes, start + order.length, this.moved)) return null;
    const run: SnapshotNode[] = [];
    const kept: StickyNode[] = [];
    for (const sticky of nextOrder) {
      const id = stickyIds.get(sticky);
      const node = id === undefined ? undefined : byId.get(id);
      if (node === undefined || id === undefined) return null;
      run.push(node);
      kept.push(sticky);
    }
    // Removed stickies leave the maps (writers look stickies up by id).
    if (this.reorder) {
      const present = new Set(kept);
      for (const [node, id] of stickyIds) {
        if (present.has(node as StickyNode)) continue;
        stickyIds.delete(node);
        stickies.delete(id);
      }
    }
    // A new order (a new stickyRun): its positions are found again when first needed.
    const nextNodes = nodes.slice(0, start).concat(run, nodes.slice(start + order.length));
    return { ...read, snapshot: { ...read.snapshot, nodes: nextNodes }, stickies, stickyIds, stickyRun: { start, order: kept } };
  }

  /**
   * Only stickies' own properties changed (text, position within their container): each is read
   * again into its place; the order, the id maps and everything else stay as read.
   */
  private updateInPlace(read: BoardRead): BoardRead | null {
    const at = positionsOf(read);
    const nodes = read.snapshot.nodes.slice();
    for (const id of this.dirty) {
      const sticky = read.stickies.get(id);
      const i = at.get(id);
      if (!sticky || sticky.removed || i === undefined) return null;
      const parentId = containerOf(sticky, read.sectionIds);
      if (parentId === undefined) return null;
      nodes[i] = readSticky(sticky, id, parentId);
    }
    if (touchesOthers(nodes, read.stickyRun.start + read.stickyRun.order.length, this.moved)) return null;
    return { ...read, snapshot: { ...read.snapshot, nodes } };
  }
}

/**
 * Stamps stuck to a moved or removed sticky and connectors ending on one may change with it: only a
 * full read tells what they became. `from`: where the nodes after the stickies begin.
 */
function touchesOthers(nodes: readonly SnapshotNode[], from: number, ids: ReadonlySet<string>): boolean {
  for (let i = from; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node) continue;
    if (node.stuckTo != null && ids.has(node.stuckTo)) return true;
    if ((node.connectorStart != null && ids.has(node.connectorStart)) || (node.connectorEnd != null && ids.has(node.connectorEnd))) return true;
  }
  return false;
}

/** Where each sticky of a read lies in its snapshot's nodes (made once per read that changed the order). */
const positions = new WeakMap<BoardRead['stickyRun'], Map<string, number>>();

function positionsOf(read: BoardRead): Map<string, number> {
  let byId = positions.get(read.stickyRun);
  if (byId === undefined) {
    byId = new Map();
    const { start, order } = read.stickyRun;
    const nodes = read.snapshot.nodes;
    for (let i = start; i < start + order.length; i++) {
      const node = nodes[i];
      if (node) byId.set(node.id, i);
    }
    positions.set(read.stickyRun, byId);
  }
  return byId;
}

/** The sticky's container section (null: the page); undefined when it lies deeper (a group): then only a full read knows. */
function containerOf(sticky: StickyNode, sectionIds: ReadonlyMap<BaseNode, string>): string | null | undefined {
  const parent = sticky.parent;
  if (parent === null) return undefined;
  const section = sectionIds.get(parent);
  if (section !== undefined) return section;
  return parent.type === 'PAGE' ? null : undefined;
}
