/**
 * snapshotState: a deterministic plain-data dump of the whole document (every node, every
 * property the emulator models), for "clear restores exactly" comparisons with toEqual.
 * Reads internals directly: nothing is counted and it works after closePlugin.
 */
import { documentOf } from './emulator';
import { absoluteBox, NodeImpl, sizeOf, TextModel } from './model';
import type { Emulator } from './types';

export interface NodeState {
  id: string;
  type: string;
  name: string;
  parentId: string | null;
  /** Position among the parent's children (z-order). */
  index: number;
  props: Record<string, unknown>;
  pluginData: Record<string, string>;
  sharedPluginData: Record<string, Record<string, string>>;
  relaunchData: Record<string, string>;
}

export interface StateSnapshot {
  nodes: NodeState[];
  selection: string[];
}

function sortedRecord(map: Map<string, string>): Record<string, string> {
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function textState(text: TextModel): Record<string, unknown> {
  const segments: { start: number; end: number; font: string; size: number }[] = [];
  for (let i = 0; i < text.chars.length; i++) {
    const font = text.fonts[i];
    const size = text.sizes[i] ?? text.baseSize;
    const fontName = font ? `${font.family} ${font.style}` : '';
    const last = segments[segments.length - 1];
    if (last && last.font === fontName && last.size === size) last.end = i + 1;
    else segments.push({ start: i, end: i + 1, font: fontName, size });
  }
  return {
    characters: text.chars,
    baseFont: `${text.baseFont.family} ${text.baseFont.style}`,
    baseSize: text.baseSize,
    segments,
    fills: plain(text.fills),
    textCase: text.textCase,
    letterSpacing: plain(text.letterSpacing),
    lineHeight: plain(text.lineHeight),
  };
}

function propsOf(node: NodeImpl): Record<string, unknown> {
  if (node.type === 'DOCUMENT' || node.type === 'PAGE') return {};
  const size = sizeOf(node);
  const props: Record<string, unknown> = {
    visible: node.visible,
    locked: node.locked,
    x: node.x,
    y: node.y,
    width: size.width,
    height: size.height,
    absoluteBoundingBox: absoluteBox(node),
    opacity: node.opacity,
    fills: plain(node.fills),
    strokes: plain(node.strokes),
    stuckTo: node.stuckTo?.id ?? null,
  };
  if (node.text) props.text = textState(node.text);
  switch (node.type) {
    case 'STICKY':
      Object.assign(props, { authorName: node.authorName, authorVisible: node.authorVisible, isWideWidth: node.isWideWidth });
      break;
    case 'SECTION':
      props.sectionContentsHidden = node.sectionContentsHidden;
      break;
    case 'SHAPE_WITH_TEXT':
      props.shapeType = node.shapeType;
      break;
    case 'TEXT':
      Object.assign(props, {
        textAutoResize: node.textAutoResize,
        textAlignHorizontal: node.textAlignHorizontal,
        textAlignVertical: node.textAlignVertical,
        autoRename: node.autoRename,
      });
      break;
    case 'CONNECTOR':
      Object.assign(props, {
        connectorStart: plain(node.connectorStart),
        connectorEnd: plain(node.connectorEnd),
        connectorLineType: node.connectorLineType,
        connectorStartStrokeCap: node.connectorStartStrokeCap,
        connectorEndStrokeCap: node.connectorEndStrokeCap,
      });
      break;
    default:
      break;
  }
  return props;
}

export function snapshotState(emulator: Emulator): StateSnapshot {
  const doc = documentOf(emulator);
  const nodes: NodeState[] = [];
  const visit = (node: NodeImpl, index: number) => {
    nodes.push({
      id: node.id,
      type: node.type,
      name: node.name,
      parentId: node.parent?.id ?? null,
      index,
      props: propsOf(node),
      pluginData: sortedRecord(node.pluginData),
      sharedPluginData: Object.fromEntries(
        [...node.sharedPluginData].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ns, table]) => [ns, sortedRecord(table)]),
      ),
      relaunchData: sortedRecord(new Map(Object.entries(node.relaunchData))),
    });
    (node.children ?? []).forEach((child, i) => visit(child, i));
  };
  visit(doc.root, 0);
  return { nodes, selection: doc.page.selection.map((n) => n.id) };
}
