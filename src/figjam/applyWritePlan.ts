/**
 * Applies a WritePlan to the live board, idempotently:
 * - every node we create carries TAG_KEY = {v, kind, key, hash, journey, source} in shared data;
 * - an item whose stored hash equals the planned one is left untouched (a rerun on an unchanged
 *   board writes nothing), a changed one is updated in place, a missing one created;
 * - tagged nodes whose key is no longer planned are removed (only in the plan's scope);
 * - stickies are recoloured by applyRecoloursAsync (original paint kept in plugin data).
 * Every node is handled on its own: one deleted by a collaborator mid-run, a locked one, or a
 * missing font skips that node and is reported, never aborts the run. The caller commits the
 * undo step (one action, one step). Every id written goes into the WriteLog (live mode's echo filter).
 */
import { hashItem } from '../plan/hashItem';
import { SHAPE_TEXT } from '../plan/palette';
import type { ConnectorItem, EndRef, PlanItem, SectionItem, ShapeItem, TextItem, WritePlan } from '../plan/types';
import type { WriteSummary } from '../messages';
import type { Rect } from '../snapshot';
import { stringsFor } from '../i18n';
import { fontLabel, LABEL_FONT, loadFontsAsync } from './fonts';
import { solidPaint } from './paint';
import { TAG_KEY, type GeneratedTag } from './pluginData';
import type { BoardRead } from './readBoardSnapshot';
import { applyRecoloursAsync } from './applyRecolours';
import { removeGenerated } from './removeGenerated';
import { SkipReporter } from './skipReporter';
import { writeRecord } from './storedRecords';
import { RELAUNCH_PROPERTIES, type WriteLog } from './writeLog';

export interface ApplyResult {
  summary: WriteSummary;
  /** "Inter Medium" when the label font is missing (text items were skipped). */
  missingFont: string | null;
  /** Colour records with unreadable data met while writing (ignored; tags are counted by the reader). */
  corrupt: number;
}

type Existing = BoardRead['tagged'][number];

/**
 * For a run scoped to `scope`: the boxes of what earlier runs wrote for other journeys (or for the
 * board as a whole), which this run leaves in place; buildWritePlan plans around them. Only the
 * outermost of our nodes are read (a curve's section, not its points). Empty for a whole-board run.
 */
export function boxesOutsideScope(read: BoardRead, scope: readonly string[] | null): Rect[] {
  if (scope === null) return [];
  const boxes: Rect[] = [];
  for (const { node, id, tag } of read.tagged) {
    if (tag.journey !== null && scope.includes(tag.journey)) continue;
    const parent = node.parent;
    if (parent && 'id' in parent && read.generatedIds.has(parent.id)) continue; // inside one of ours: its parent counts
    const box = node.absoluteBoundingBox;
    if (box && !node.removed && read.generatedIds.has(id)) boxes.push({ x: box.x, y: box.y, width: box.width, height: box.height });
  }
  return boxes;
}

export async function applyWritePlanAsync(plan: WritePlan, read: BoardRead, log: WriteLog): Promise<ApplyResult> {
  const page = figma.currentPage;
  const strings = stringsFor(plan.lang).plugin;
  const skips = new SkipReporter(strings.skip);
  const summary: WriteSummary = { markers: 0, recoloured: 0, curvePoints: 0, improvementRows: 0, created: 0, updated: 0, removed: 0, skipped: skips.list };
  const inScope = (journey: string | null): boolean => plan.scope === null || (journey !== null && plan.scope.includes(journey));

  // What earlier runs left.
  const existing = new Map<string, Existing>();
  const duplicates: Existing[] = [];
  for (const entry of read.tagged) {
    if (existing.has(entry.tag.key)) duplicates.push(entry);
    else existing.set(entry.tag.key, entry);
  }

  const needsFont = plan.items.some((item) => item.kind === 'text' || (item.kind === 'shape' && item.text !== ''));
  const missingFonts = needsFont ? await loadFontsAsync([LABEL_FONT]) : [];
  const fontOk = missingFonts.length === 0;

  // Remove what is no longer wanted (and copies a user made of our nodes), in scope only.
  const wanted = new Set(plan.items.map((item) => item.key));
  const stale = [...duplicates, ...[...existing.values()].filter((e) => !wanted.has(e.tag.key))];
  for (const entry of stale) {
    if (!inScope(entry.tag.journey)) continue;
    if (existing.get(entry.tag.key) === entry) existing.delete(entry.tag.key); // a copy leaves the original in place
    await skips.guard(entry.node, () => {
      if (entry.node.removed) return;
      if (read.containers.isEffectivelyLocked(entry.node)) return skips.add(entry.id, 'locked');
      log.own(entry.id);
      removeGenerated(entry.node, page, log);
      summary.removed++;
    });
  }

  // Create or update each planned item, parents first (the plan is ordered so).
  const placed = new Map<string, SceneNode>();
  const userNodes = new NodeCache();
  for (const item of plan.items) {
    const before = existing.get(item.key);
    const current = before && !before.node.removed ? before : undefined;
    if (current) placed.set(item.key, current.node);
    const endpoints = item.kind === 'connector' ? resolveEnds(item, placed) : null;
    if (item.kind === 'connector' && !endpoints) {
      skips.add(current?.id ?? item.key, 'deleted');
      continue;
    }
    // Connectors hash their resolved ends: a point recreated this run has a new id.
    const hash = hashItem(endpoints ? { item, endpoints } : item);
    if (current && current.tag.hash === hash && current.tag.kind === item.kind) {
      count(summary, item);
      continue;
    }
    const parent = await resolveParentAsync(item, placed, userNodes, page);
    if (!parent) {
      skips.add(current?.id ?? item.key, 'deleted');
      continue;
    }
    if (needsText(item) && !fontOk) {
      skips.add(current?.id ?? item.key, 'font');
      continue;
    }
    let made: SceneNode | null = null;
    await skips.guard(current?.node ?? null, () => {
      if (current && read.containers.isEffectivelyLocked(current.node)) return skips.add(current.id, 'locked');
      let node = current && matchesKind(current.node, item) ? current.node : null;
      if (current) log.own(current.id);
      if (current && !node) {
        removeGenerated(current.node, page, log);
        summary.removed++;
      }
      const tag: GeneratedTag = { v: 1, kind: item.kind, key: item.key, hash, journey: item.journeyId, source: item.kind === 'shape' ? item.source : null };
      if (!node) {
        node = made = createFor(item);
        log.own(node);
        // Tagged before anything else: whatever happens next, a node of ours is known as ours.
        writeRecord(node, TAG_KEY, JSON.stringify(tag));
      }
      if (node.parent !== parent) parent.appendChild(node);
      writeItem(node, item, parent, endpoints, strings.improvements.showSource);
      // An update gets its new hash only once written in full (a failed write is redone next run).
      if (!made) writeRecord(node, TAG_KEY, JSON.stringify(tag));
      placed.set(item.key, node);
      if (made) summary.created++;
      else summary.updated++;
      count(summary, item);
      made = null;
    });
    // A node made for an item that then failed (its section deleted meanwhile) is not left behind untagged.
    if (made !== null) discard(made);
  }

  summary.recoloured = await applyRecoloursAsync(plan, read, skips, log);
  await setRelaunchDataAsync(plan.relaunchSections, strings.relaunch.check, userNodes, log);

  const missing = missingFonts[0];
  return { summary, missingFont: missing ? fontLabel(missing) : null, corrupt: skips.corrupt };
}

function discard(node: SceneNode): void {
  try {
    if (!node.removed) node.remove();
  } catch {
    // Already gone with its parent.
  }
}

function count(summary: WriteSummary, item: PlanItem): void {
  if (item.kind !== 'shape') return;
  if (item.role === 'marker') summary.markers++;
  else if (item.role === 'curve-point') summary.curvePoints++;
  else if (item.role === 'improvement-row') summary.improvementRows++;
}

function needsText(item: PlanItem): boolean {
  return item.kind === 'text' || (item.kind === 'shape' && item.text !== '');
}

/** The container a planned item goes into; null when it cannot be placed (its parent is gone). */
async function resolveParentAsync(
  item: PlanItem,
  placed: Map<string, SceneNode>,
  userNodes: NodeCache,
  page: PageNode,
): Promise<(BaseNode & ChildrenMixin) | null> {
  const ref = item.parent;
  if (ref === null) return page;
  if ('item' in ref) {
    const node = placed.get(ref.item);
    return node && !node.removed && node.type === 'SECTION' ? node : null;
  }
  // A user's section: markers go into it so they move with it, unless the team locked it.
  const node = await userNodes.getAsync(ref.node);
  if (!node || node.type !== 'SECTION' || node.locked) return page;
  return node;
}

function resolveEnds(item: ConnectorItem, placed: Map<string, SceneNode>): [string, string] | null {
  const idOf = (end: EndRef): string | null => {
    if ('node' in end) return end.node;
    const node = placed.get(end.item);
    return node && !node.removed ? node.id : null;
  };
  const start = idOf(item.start);
  const end = idOf(item.end);
  return start && end ? [start, end] : null;
}

function matchesKind(node: SceneNode, item: PlanItem): boolean {
  switch (item.kind) {
    case 'section':
      return node.type === 'SECTION';
    case 'shape':
      return node.type === 'SHAPE_WITH_TEXT';
    case 'text':
      return node.type === 'TEXT';
    case 'connector':
      return node.type === 'CONNECTOR';
  }
}

function createFor(item: PlanItem): SceneNode {
  switch (item.kind) {
    case 'section':
      return figma.createSection();
    case 'shape':
      return figma.createShapeWithText();
    case 'text':
      return figma.createText();
    case 'connector':
      return figma.createConnector();
  }
}

function writeItem(node: SceneNode, item: PlanItem, parent: BaseNode & ChildrenMixin, endpoints: [string, string] | null, showSource: string): void {
  if (item.kind === 'section' && node.type === 'SECTION') writeSection(node, item);
  else if (item.kind === 'shape' && node.type === 'SHAPE_WITH_TEXT') writeShape(node, item, showSource);
  else if (item.kind === 'text' && node.type === 'TEXT') writeText(node, item);
  else if (item.kind === 'connector' && node.type === 'CONNECTOR' && endpoints) writeConnector(node, item, endpoints);
  if (item.kind !== 'connector') place(node, item.box, parent);
}

function writeSection(node: SectionNode, item: SectionItem): void {
  node.name = item.name;
  node.resizeWithoutConstraints(item.box.width, item.box.height);
  node.fills = [solidPaint(item.fill)];
}

function writeShape(node: ShapeWithTextNode, item: ShapeItem, showSource: string): void {
  node.shapeType = item.shapeType;
  node.resize(item.box.width, item.box.height);
  node.fills = [solidPaint(item.fill)];
  node.strokes = item.stroke ? [solidPaint(item.stroke)] : [];
  if (item.text !== '') {
    const label = node.text; // the text sublayer, read once
    label.fontName = LABEL_FONT;
    label.fontSize = item.fontSize;
    label.characters = item.text;
    label.fills = [solidPaint(SHAPE_TEXT)]; // dark on every fill the plan uses (test/plan/contrast.test.ts)
  }
  // An improvement row links to the sticky it comes from: its context menu offers "show source".
  if (item.role === 'improvement-row') node.setRelaunchData(item.source ? { 'show-source': showSource } : {});
}

function writeText(node: TextNode, item: TextItem): void {
  node.fontName = LABEL_FONT;
  node.fontSize = item.fontSize;
  node.characters = item.text;
  node.resize(item.box.width, item.box.height);
  node.textAutoResize = 'HEIGHT';
  node.textAlignHorizontal = item.align;
  node.fills = [solidPaint(item.colour)];
}

function writeConnector(node: ConnectorNode, item: ConnectorItem, [start, end]: [string, string]): void {
  node.connectorStart = { endpointNodeId: start, magnet: 'AUTO' };
  node.connectorEnd = { endpointNodeId: end, magnet: 'AUTO' };
  node.connectorLineType = 'STRAIGHT';
  node.connectorStartStrokeCap = 'NONE';
  node.connectorEndStrokeCap = 'NONE';
  node.strokes = [solidPaint(item.stroke)];
}

/** Page-space box → position relative to the container (sections are coordinate containers). */
function place(node: SceneNode, box: Rect, parent: BaseNode & ChildrenMixin): void {
  let originX = 0;
  let originY = 0;
  if (parent.type === 'SECTION') {
    const origin = parent.absoluteBoundingBox;
    originX = origin?.x ?? 0;
    originY = origin?.y ?? 0;
  }
  node.x = box.x - originX;
  node.y = box.y - originY;
}

async function setRelaunchDataAsync(sectionIds: string[], description: string, nodes: NodeCache, log: WriteLog): Promise<void> {
  for (const id of sectionIds) {
    const node = await nodes.getAsync(id);
    if (!node || node.type !== 'SECTION' || node.locked) continue;
    try {
      const data = node.getRelaunchData();
      if (data['check'] === description) continue;
      log.touch(id, ...RELAUNCH_PROPERTIES);
      node.setRelaunchData({ ...data, check: description });
    } catch {
      // Deleted meanwhile: the button is a convenience, the run goes on.
    }
  }
}

/** getNodeByIdAsync with a per-run cache (the sync getNodeById throws under dynamic-page). */
export class NodeCache {
  private readonly known = new Map<string, SceneNode | null>();

  async getAsync(id: string): Promise<SceneNode | null> {
    const cached = this.known.get(id);
    if (cached !== undefined) return cached && !cached.removed ? cached : null;
    const node = await figma.getNodeByIdAsync(id);
    const scene = node && node.type !== 'PAGE' && node.type !== 'DOCUMENT' ? node : null;
    this.known.set(id, scene);
    return scene;
  }
}
