/**
 * The write plan: everything the plugin should have written on the board, as plain data.
 * Built purely from a report and a snapshot (buildWritePlan); applied by src/figjam/applyWritePlan,
 * which diffs it against what an earlier run left (by `key` and a hash of the item).
 * Geometry is in page space; the applier converts to parent-relative coordinates.
 */
import type { Rect } from '../snapshot';
import type { Lang, Severity } from '../domain';

/** '#RRGGBB', upper case. */
export type Hex = string;

/** A parent of a created node: a user's section (by node id), another planned item, or the page. */
export type ParentRef = { node: string } | { item: string } | null;

/** A connector end: a user's node or a planned item. */
export type EndRef = { node: string } | { item: string };

interface ItemBase {
  /** Stable across runs for the same finding / journey / phase / improvement. */
  key: string;
  /** The journey the item belongs to (null: board-wide); a scoped run only touches its own journeys. */
  journeyId: string | null;
  parent: ParentRef;
}

export interface SectionItem extends ItemBase {
  kind: 'section';
  role: 'curve' | 'improvements' | 'findings';
  name: string;
  box: Rect;
  fill: Hex;
}

export type PlanShapeType = 'ROUNDED_RECTANGLE' | 'SPEECH_BUBBLE' | 'ELLIPSE' | 'SQUARE';

export interface ShapeItem extends ItemBase {
  kind: 'shape';
  role: 'marker' | 'curve-point' | 'curve-baseline' | 'improvement-row';
  shapeType: PlanShapeType;
  /** "" for shapes without text (the baseline). */
  text: string;
  fontSize: number;
  box: Rect;
  fill: Hex;
  stroke: Hex | null;
  /** Marker severity (markers only). */
  severity: Severity | null;
  /** The user node this item is about (improvement row → its sticky), for "show source". */
  source: string | null;
}

export interface TextItem extends ItemBase {
  kind: 'text';
  role: 'curve-label';
  text: string;
  fontSize: number;
  /** x, y and width are used; the text grows in height. */
  box: Rect;
  align: 'LEFT' | 'CENTER';
  colour: Hex;
}

export interface ConnectorItem extends ItemBase {
  kind: 'connector';
  role: 'curve-line';
  start: EndRef;
  end: EndRef;
  stroke: Hex;
}

export type PlanItem = SectionItem | ShapeItem | TextItem | ConnectorItem;

/** A touchpoint sticky to take FigJam's sticky colour for its polarity. */
export interface Recolour {
  stickyId: string;
  journeyId: string;
  hex: Hex;
  polarity: 1 | -1;
}

export interface WritePlan {
  version: 1;
  lang: Lang;
  /** Journeys this plan covers; null = the whole board (items of other journeys are left alone). */
  scope: string[] | null;
  recolours: Recolour[];
  /** Sections first, then shapes and texts, then connectors (parents before children). */
  items: PlanItem[];
  /** Journey sections that get the "check" relaunch button. */
  relaunchSections: string[];
}
