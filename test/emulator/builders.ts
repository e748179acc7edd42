/**
 * Builders for user content, acting as a user: no font loading needed, not counted, changes
 * reported with origin REMOTE (another user) or LOCAL inside emu.asRunner. Coordinates in specs are
 * PAGE coordinates.
 */
import type { EmulatedDocument } from './document';
import { containerOffset, DEFAULT_STICKY_FONT, DEFAULT_TEXT_FONT, NodeImpl, TextModel } from './model';
import { paintsFromSpec, solidPaintOf } from './paints';
import { fail } from './realm';
import { groupNodes } from './node-members';
import type { GroupSpec, ConnectorEndSpec, ConnectorSpec, ContentBuilders, FontRange, PlacedSpec, SectionSpec, ShapeSpec, StampSpec, StickySpec, TextSpec } from './types';

/**
 * The facade the test holds for a record. The proxy implements the emulated subset of the typed
 * node and throws for the rest, so this is the one place a facade is typed as a Figma node.
 */
export function testNode<T extends BaseNode>(doc: EmulatedDocument, impl: NodeImpl): T {
  return doc.facade(impl, 'test') as T;
}

function parentOf(doc: EmulatedDocument, parent: SectionNode | PageNode | undefined): NodeImpl {
  if (!parent) return doc.page;
  const impl = doc.nodeOf(parent);
  if (!impl || impl.removed || (impl.type !== 'SECTION' && impl.type !== 'PAGE')) fail('Builder parent must be a live section or a page of this emulator');
  return impl;
}

/** Creates a node under the spec's parent and places it at the spec's page coordinates. */
export function place(doc: EmulatedDocument, type: NodeType, spec: PlacedSpec): NodeImpl {
  const node = doc.createNode(type, parentOf(doc, spec.parent), spec.id);
  const offset = containerOffset(node);
  node.x = (spec.x ?? 0) - offset.x;
  node.y = (spec.y ?? 0) - offset.y;
  if (spec.name !== undefined) node.name = spec.name;
  if (spec.locked !== undefined) node.locked = spec.locked;
  if (spec.visible !== undefined) node.visible = spec.visible;
  for (const [key, value] of Object.entries(spec.pluginData ?? {})) node.pluginData.set(key, value);
  for (const [ns, table] of Object.entries(spec.sharedPluginData ?? {})) node.sharedPluginData.set(ns, new Map(Object.entries(table)));
  return node;
}

/** Fills a text model, registering every font as available on this machine (it is on the board). */
export function writeText(doc: EmulatedDocument, model: TextModel, text: string, font: FontName, size: number, ranges: readonly FontRange[] = []): void {
  doc.fonts.makeAvailable(font);
  model.setPlain(text, font, size);
  for (const range of ranges) {
    if (range.start < 0 || range.end > text.length || range.start >= range.end) {
      fail(`Font range ${range.start}..${range.end} is outside the text (length ${text.length})`);
    }
    doc.fonts.makeAvailable(range.font);
    for (let i = range.start; i < range.end; i++) model.fonts[i] = { family: range.font.family, style: range.font.style };
  }
}

export const DEFAULT_STICKY_FILL = '#FFE299';
export const DEFAULT_STICKY_FONT_SIZE = 24;

export function createBuilders(doc: EmulatedDocument): ContentBuilders {
  const act = <T>(fn: () => T): T => doc.actAs('test', fn);
  const endpoint = (spec: ConnectorEndSpec, connector: NodeImpl) => {
    if ('node' in spec) {
      const target = doc.nodeOf(spec.node);
      if (!target || target.removed) fail('Connector endpoint node must be a live node of this emulator');
      return { endpointNodeId: target.id, magnet: spec.magnet ?? 'AUTO' };
    }
    const offset = containerOffset(connector);
    return { position: { x: spec.x - offset.x, y: spec.y - offset.y } };
  };
  return {
    page: (name?: string) => testNode<PageNode>(doc, doc.addPage(name)),
    section: (spec: SectionSpec = {}) =>
      act(() => {
        const node = place(doc, 'SECTION', spec);
        node.width = spec.width ?? 600;
        node.height = spec.height ?? 400;
        node.fills = paintsFromSpec(spec.fill ?? '#FFFFFF');
        node.sectionContentsHidden = spec.contentsHidden ?? false;
        return testNode<SectionNode>(doc, node);
      }),
    sticky: (spec: StickySpec = {}) =>
      act(() => {
        const node = place(doc, 'STICKY', spec);
        node.text = new TextModel(node, spec.font ?? DEFAULT_STICKY_FONT, spec.fontSize ?? DEFAULT_STICKY_FONT_SIZE);
        writeText(doc, node.text, spec.text ?? '', spec.font ?? DEFAULT_STICKY_FONT, spec.fontSize ?? DEFAULT_STICKY_FONT_SIZE, spec.fontRanges);
        node.fills = paintsFromSpec(spec.fill ?? DEFAULT_STICKY_FILL);
        node.authorName = spec.authorName ?? 'Workshop Participant';
        node.authorVisible = spec.authorVisible ?? true;
        node.isWideWidth = spec.wide ?? false;
        return testNode<StickyNode>(doc, node);
      }),
    stamp: (spec: StampSpec) =>
      act(() => {
        const node = place(doc, 'STAMP', spec);
        node.name = spec.name;
        node.width = 40;
        node.height = 40;
        if (spec.stuckTo) {
          const host = doc.nodeOf(spec.stuckTo);
          if (!host || host.removed) fail('stuckTo must be a live node of this emulator');
          node.stuckTo = host;
        }
        return testNode<StampNode>(doc, node);
      }),
    connector: (spec: ConnectorSpec) =>
      act(() => {
        const node = place(doc, 'CONNECTOR', spec);
        node.x = 0;
        node.y = 0;
        node.connectorStart = endpoint(spec.start, node);
        node.connectorEnd = endpoint(spec.end, node);
        node.connectorLineType = spec.lineType ?? 'ELBOWED';
        node.strokes = [solidPaintOf(spec.stroke ?? '#1E1E1E')];
        node.text = new TextModel(node, DEFAULT_TEXT_FONT, 16);
        writeText(doc, node.text, spec.text ?? '', DEFAULT_TEXT_FONT, 16);
        return testNode<ConnectorNode>(doc, node);
      }),
    shape: (spec: ShapeSpec = {}) =>
      act(() => {
        const node = place(doc, 'SHAPE_WITH_TEXT', spec);
        node.shapeType = spec.shapeType ?? 'SQUARE';
        node.width = spec.width ?? 208;
        node.height = spec.height ?? 208;
        node.fills = paintsFromSpec(spec.fill ?? '#FFFFFF');
        node.strokes = [solidPaintOf('#1E1E1E')];
        node.text = new TextModel(node, DEFAULT_STICKY_FONT, 16);
        writeText(doc, node.text, spec.text ?? '', DEFAULT_STICKY_FONT, 16);
        return testNode<ShapeWithTextNode>(doc, node);
      }),
    group: (spec: GroupSpec) =>
      act(() => {
        const nodes = spec.nodes.map((n) => {
          const impl = doc.nodeOf(n);
          if (!impl || impl.removed) fail('group: every node must be a live node of this emulator');
          return impl;
        });
        const parent = nodes[0]?.parent;
        if (!parent) fail('group: expected at least one node on the page');
        const group = groupNodes(doc, nodes, parent, undefined, spec.id);
        if (spec.name !== undefined) group.name = spec.name;
        return testNode<GroupNode>(doc, group);
      }),
    text: (spec: TextSpec) =>
      act(() => {
        const node = place(doc, 'TEXT', spec);
        const font = spec.font ?? DEFAULT_TEXT_FONT;
        node.text = new TextModel(node, font, spec.fontSize ?? 24);
        writeText(doc, node.text, spec.text, font, spec.fontSize ?? 24, spec.fontRanges);
        if (spec.fill) node.text.fills = paintsFromSpec(spec.fill);
        return testNode<TextNode>(doc, node);
      }),
  };
}
