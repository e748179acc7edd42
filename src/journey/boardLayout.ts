// Where things lie on the board: sections classified, row labels and bands, and the place (journey,
// phase, row meaning) a sticky's container and centre give it. Read once per analysis.
import type { Rect } from '../snapshot';
import type { RowMeaning, Vocabulary } from '../vocabulary/vocabulary';
import { classifySections, type ClassifiedSections, type JourneyFrame } from './classifySections';
import { findRowLabels, type UnnamedLane } from './findRowLabels';
import { centreOf, containsPoint, type Point, unionOf, usableRect } from './geometry';
import { containerOf, type IndexedSection, type SnapshotIndex } from './indexSnapshot';
import { RowBands } from './rowBands';

/** Where a sticky lies, as far as the board's structure says. */
export interface Place {
  journey: number | null;
  phase: number | null;
  /** Meaning of the cell or row section or row band that holds it, when one does. */
  meaning: PlacedMeaning | null;
}

export interface PlacedMeaning {
  meaning: RowMeaning;
  name: string;
  /** The cell section or row label that declares it. */
  nodeId: string;
}

const NOWHERE: Place = { journey: null, phase: null, meaning: null };

export class BoardLayout {
  readonly classified: ClassifiedSections;
  readonly frames: readonly JourneyFrame[];
  /** Per sticky of the index (same order): its centre and the section that holds it. */
  readonly stickyCentres: readonly (Point | null)[];
  readonly stickyContainers: readonly (IndexedSection | null)[];
  /** Ids of stickies that serve as row labels. */
  readonly labels: ReadonlySet<string>;
  /** Wide shapes across the phase columns whose text names no lane or channel. */
  readonly unnamedLanes: readonly UnnamedLane[];
  /** Per journey: its row labels as horizontal bands. */
  readonly bands: readonly RowBands[];
  private readonly pageArea: Rect | null;

  constructor(index: SnapshotIndex, vocabulary: Vocabulary, boardName: string) {
    this.classified = classifySections(index, vocabulary, boardName);
    this.frames = this.classified.journeys;
    this.stickyCentres = index.stickies.map((s) => usableCentre(s.bounds));
    this.stickyContainers = index.stickies.map((s, i) => containerOf(index, s, this.stickyCentres[i] ?? null));
    const found = findRowLabels(index, this.classified, this.stickyContainers, vocabulary);
    this.labels = found.stickies;
    this.unnamedLanes = found.unnamedLanes;
    this.bands = this.frames.map((f) => new RowBands(f.rowLabels));
    const page = this.classified.pageJourney;
    this.pageArea = page === null ? null : pageAreaOf(this.frames[page]);
  }

  /** The journey, phase and row meaning of a sticky in `container` (or on the page) centred at `centre`. */
  placeOf(container: IndexedSection | null, centre: Point | null): Place {
    const role = container ? this.classified.roleOf(container) : null;
    switch (role?.type) {
      case 'phase':
        return { journey: role.journey, phase: role.phase, meaning: null };
      case 'cell':
        return { journey: role.journey, phase: role.phase, meaning: { meaning: role.meaning, name: role.name, nodeId: role.cellId } };
      case 'row':
        return {
          journey: role.journey,
          phase: this.columnAt(role.journey, centre),
          meaning: { meaning: role.label.meaning, name: role.label.name, nodeId: role.label.nodeId },
        };
      case 'journey':
        return { journey: role.journey, phase: this.columnAt(role.journey, centre), meaning: null };
      case undefined: {
        const page = this.classified.pageJourney;
        if (page !== null && this.pageArea && centre && containsPoint(this.pageArea, centre)) {
          return { journey: page, phase: this.columnAt(page, centre), meaning: null };
        }
        return NOWHERE;
      }
      default:
        return NOWHERE;
    }
  }

  /** The row band of `journey` at the centre's height (a sticky placed by position, not by a cell). */
  bandMeaning(journey: number, centre: Point | null): PlacedMeaning | null {
    const label = centre ? this.bands[journey]?.bandAt(centre.y) : null;
    return label ? { meaning: label.meaning, name: label.name, nodeId: label.nodeId } : null;
  }

  /** The phase column holding x (a sticky in a row or on the journey but not in a phase). */
  private columnAt(journey: number, centre: Point | null): number | null {
    const frame = this.frames[journey];
    if (!frame || !centre) return null;
    let column: number | null = null;
    for (let p = 0; p < frame.phases.length; p++) {
      const b = frame.phases[p]?.section.bounds;
      if (!b || centre.x < b.x || centre.x > b.x + b.width) continue;
      if (centre.y >= b.y && centre.y <= b.y + b.height) return p;
      column ??= p;
    }
    return column;
  }
}

function usableCentre(bounds: Rect | null): Point | null {
  const b = usableRect(bounds);
  return b ? centreOf(b) : null;
}

/** The page journey's area: its phases and row labels together. */
function pageAreaOf(frame: JourneyFrame | undefined): Rect | null {
  if (!frame) return null;
  const rects: Rect[] = [];
  for (const p of frame.phases) if (p.section.bounds) rects.push(p.section.bounds);
  for (const l of frame.rowLabels) if (Number.isFinite(l.top) && Number.isFinite(l.bottom)) rects.push({ x: Infinity, y: l.top, width: 0, height: l.bottom - l.top });
  const phases = unionOf(rects.filter((r) => Number.isFinite(r.x)));
  if (!phases) return null;
  let top = phases.y;
  let bottom = phases.y + phases.height;
  for (const r of rects) {
    top = Math.min(top, r.y);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: phases.x, y: top, width: phases.width, height: bottom - top };
}
