// Horizontal bands of a journey, each declared by a row label (section, shape, text or a sticky
// holding just a channel name). A sticky belongs to the band that holds its centre.
import type { RowMeaning } from '../vocabulary/vocabulary';

export interface RowLabel {
  nodeId: string;
  name: string;
  meaning: RowMeaning;
  top: number;
  bottom: number;
}

export class RowBands {
  private readonly labels: RowLabel[];

  constructor(labels: readonly RowLabel[]) {
    this.labels = [...labels].sort((a, b) => a.top - b.top || a.bottom - b.bottom || (a.nodeId < b.nodeId ? -1 : 1));
  }

  get all(): readonly RowLabel[] {
    return this.labels;
  }

  /** The label whose extent holds y (the thinnest), else the nearest label above y; null above all. */
  bandAt(y: number): RowLabel | null {
    let inside: RowLabel | null = null;
    let above: RowLabel | null = null;
    for (const label of this.labels) {
      if (y >= label.top && y <= label.bottom) {
        if (!inside || label.bottom - label.top < inside.bottom - inside.top) inside = label;
      }
      if (label.top <= y) above = label;
    }
    return inside ?? above;
  }
}
