/**
 * The one plain-data shape of a board that both adapters produce: the REST adapter
 * (src/rest) from a Figma REST file JSON, the FigJam adapter (src/figjam) from the live
 * document. The engine reads nothing else.
 */

/** Page-space rectangle (absolute coordinates). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A colour with channels 0…1 (as Figma stores them); alpha is kept separately in paints. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export type SnapshotNodeKind =
  | 'section'
  | 'sticky'
  | 'shape' // SHAPE_WITH_TEXT
  | 'text'
  | 'connector'
  | 'stamp'
  | 'other'; // any type the engine does not read (tolerated, never an error)

export interface SnapshotNode {
  id: string;
  kind: SnapshotNodeKind;
  /** Figma type string as read (e.g. "STICKY", "WASHI_TAPE"), for diagnostics. */
  type: string;
  /** Layer name: a section's title; for stamps the stamp kind ("Thumbs up"). */
  name: string;
  /** Plain text: sticky / shape / text characters, connector label; "" when none. */
  text: string;
  /** Absolute bounds; null when the source has none (treat as "not placed"). */
  bounds: Rect | null;
  /** Id of the containing section, or null when it lies on the page. Groups are skipped. */
  parentId: string | null;
  /** First visible solid fill, or null. */
  fill: Rgb | null;
  /** Sticky author name where known (plugin API); REST has none → null. */
  author: string | null;
  visible: boolean;
  /** Connectors: the node ids at either end (null when loose or the end is a position). */
  connectorStart?: string | null;
  connectorEnd?: string | null;
  /** Stamps (and other stickables): the node it is stuck to, when known. */
  stuckTo?: string | null;
  /** True for nodes Journey Check itself created (tagged with plugin data): the engine ignores them. */
  generated?: boolean;
}

export interface BoardSnapshot {
  /** File name (names the journey of phase sections lying on the page). */
  name: string;
  /**
   * false when the source may not carry stamps at all (a REST download without a single STAMP
   * node): votes are then unknown rather than 0. Absent: stamps are read (the plugin always).
   */
  stampsKnown?: boolean;
  /** Nodes in document order (pre-order, back to front). */
  nodes: SnapshotNode[];
}
