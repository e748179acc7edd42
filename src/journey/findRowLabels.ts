// Row labels that are not sections: shapes and texts (and stickies that hold just a channel or
// lane name) outside the phases of a journey, heading a horizontal band of it.
import type { Rect, SnapshotNode } from '../snapshot';
import type { RowMeaning, Vocabulary } from '../vocabulary/vocabulary';
import type { ClassifiedSections, JourneyFrame } from './classifySections';
import { centreOf, containsPoint, type Point, usableRect } from './geometry';
import { containerOf, type IndexedSection, type SnapshotIndex } from './indexSnapshot';
import type { RowLabel } from './rowBands';

const MAX_LABEL_CHARS = 40;
const MAX_LABEL_WORDS = 4;
const SPACES = /\s+/;
/** How far left of the first page-level phase a row label may lie. */
const PAGE_LABEL_REACH = 1000;

export interface PhaseSpan {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box the phases of a journey cover, or null when none has bounds. */
function phaseSpanOf(journey: JourneyFrame): PhaseSpan | null {
  let span: PhaseSpan | null = null;
  for (const { section } of journey.phases) {
    const b = section.bounds;
    if (!b) continue;
    span = span
      ? {
          left: Math.min(span.left, b.x),
          right: Math.max(span.right, b.x + b.width),
          top: Math.min(span.top, b.y),
          bottom: Math.max(span.bottom, b.y + b.height),
        }
      : { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
  }
  return span;
}

/**
 * What a label node says, or null when it is no label. `allowCustom`: an unknown short name left of
 * the first phase and level with the phases counts as a custom channel (shapes and texts only).
 */
function rowLabelFor(
  node: SnapshotNode,
  centre: Point,
  span: PhaseSpan | null,
  allowCustom: boolean,
  vocabulary: Vocabulary,
): RowLabel | null {
  const text = node.text.trim();
  const b = node.bounds;
  if (!text || !b || text.length > MAX_LABEL_CHARS || text.split(SPACES).length > MAX_LABEL_WORDS) return null;
  // A label is a name, not a note that starts with one ("Gevoel: onzeker").
  if (text.includes(':') || (!allowCustom && !vocabulary.isExactRowName(text))) return null;
  let meaning: RowMeaning | null = null;
  const lane = vocabulary.laneOf(text);
  if (lane) meaning = { type: 'lane', lane };
  else if (vocabulary.isTouchpointRow(text)) meaning = { type: 'touchpoints' };
  else if (vocabulary.channelOf(text)) meaning = { type: 'channel', channel: vocabulary.channelOf(text) };
  else if (allowCustom && vocabulary.specialOf(text) === null && span && centre.x < span.left && centre.y >= span.top && centre.y <= span.bottom) {
    meaning = { type: 'channel', channel: null };
  }
  return meaning ? { nodeId: node.id, name: text, meaning, top: b.y, bottom: b.y + b.height } : null;
}

/** A wide shape drawn across the phase columns like a lane whose text names no lane or channel. */
export interface UnnamedLane {
  nodeId: string;
  text: string;
  journey: number;
}

export interface FoundRowLabels {
  /** Ids of the stickies that serve as labels (they are no touchpoints). */
  stickies: Set<string>;
  unnamedLanes: UnnamedLane[];
}

/** Shape, text and sticky labels of every journey, added to the journeys' row labels. */
export function findRowLabels(
  index: SnapshotIndex,
  classified: ClassifiedSections,
  stickyContainers: readonly (IndexedSection | null)[],
  vocabulary: Vocabulary,
): FoundRowLabels {
  const spans = classified.journeys.map(phaseSpanOf);
  const page = classified.pageJourney;
  const labelStickies = new Set<string>();

  const journeyOf = (container: IndexedSection | null, centre: Point, isSticky: boolean): number | null => {
    if (container) {
      const role = classified.roleOf(container);
      if (role.type === 'journey') return role.journey;
      // A sticky naming the row it lies in, outside the phase columns, labels that row section.
      if (isSticky && role.type === 'row' && !insidePhaseColumn(role.journey, centre)) return role.journey;
      return null;
    }
    if (page === null) return null;
    const span = spans[page];
    if (!span) return null;
    // Phases on the page are often just headers: labels head the rows below them, on the left.
    const leftOfPhases = centre.x < span.left && centre.x >= span.left - PAGE_LABEL_REACH && centre.y >= span.top;
    const besidePhases = centre.y >= span.top && centre.y <= span.bottom && centre.x <= span.right;
    return leftOfPhases || besidePhases ? page : null;
  };

  const consider = (node: SnapshotNode, container: IndexedSection | null, allowCustom: boolean): boolean => {
    const b = usableRect(node.bounds);
    if (!b) return false;
    const centre = centreOf(b);
    const journey = journeyOf(container, centre, node.kind === 'sticky');
    if (journey === null) return false;
    const label = rowLabelFor(node, centre, spans[journey] ?? null, allowCustom, vocabulary);
    if (!label) return false;
    classified.journeys[journey]?.rowLabels.push(label);
    return true;
  };

  function insidePhaseColumn(journey: number, centre: Point): boolean {
    for (const phase of classified.journeys[journey]?.phases ?? []) {
      const b = phase.section.bounds;
      if (b && centre.x >= b.x && centre.x <= b.x + b.width) return true;
    }
    return false;
  }

  const unnamedLanes: UnnamedLane[] = [];
  for (const node of index.labelNodes) {
    if (node.parentId !== null && index.leftOut.has(node.parentId)) continue;
    const b = usableRect(node.bounds);
    const container = containerOf(index, node, b ? centreOf(b) : null);
    if (consider(node, container, true) || node.kind !== 'shape' || !b) continue;
    // A swimlane: a wide shape drawn behind the phase columns, its text naming the lane.
    const role = container ? classified.roleOf(container).type : null;
    if (role === 'special' || role === 'other') continue;
    const journey = swimlaneJourney(b, classified, spans);
    if (journey === null) continue;
    const label = swimlaneLabel(node, b, vocabulary);
    if (label === 'unnamed') unnamedLanes.push({ nodeId: node.id, text: node.text.trim(), journey });
    else if (label) classified.journeys[journey]?.rowLabels.push(label);
  }
  index.stickies.forEach((sticky, i) => {
    if (sticky.generated || !sticky.visible) return;
    if (consider(sticky, stickyContainers[i] ?? null, false)) labelStickies.add(sticky.id);
  });
  return { stickies: labelStickies, unnamedLanes };
}

/** Phase columns a lane must run across to be one (a shape over one column is a note or a cell). */
const MIN_LANE_COLUMNS = 2;
const MAX_CUSTOM_LANE_WORDS = 3;
const NOT_A_NAME = /[!?:;.]/;

/**
 * The journey a wide shape runs across like a swimlane: it spans the middle of two or more of
 * the journey's phase columns and its middle lies level with or below the top of the phases
 * (a banner over the phase titles is no lane), inside the journey's section when it has one, and
 * it does not cover the phases from top to bottom (a backdrop behind the whole journey).
 */
function swimlaneJourney(b: Rect, classified: ClassifiedSections, spans: readonly (PhaseSpan | null)[]): number | null {
  const centre = centreOf(b);
  for (let j = 0; j < classified.journeys.length; j++) {
    const frame = classified.journeys[j];
    const span = spans[j];
    if (!frame || !span || centre.y < span.top) continue;
    // A backdrop behind the whole journey (from above the phase titles to below the phases) is no row.
    if (b.y <= span.top && b.y + b.height >= span.bottom) continue;
    const section = frame.section?.bounds;
    if (frame.section && (!section || !containsPoint(section, centre))) continue;
    let columns = 0;
    for (const phase of frame.phases) {
      const p = phase.section.bounds;
      if (p && p.x + p.width / 2 >= b.x && p.x + p.width / 2 <= b.x + b.width) columns++;
    }
    if (columns >= MIN_LANE_COLUMNS) return j;
  }
  return null;
}

/**
 * What a swimlane's text says: a lane, a touchpoint row, a known channel, or a custom channel
 * (a short name); 'unnamed' when the text is no name (a sentence, "key: value"); null when the
 * shape is bare (drawn only as a background: the label beside it, if any, names the row).
 */
function swimlaneLabel(node: SnapshotNode, b: Rect, vocabulary: Vocabulary): RowLabel | 'unnamed' | null {
  const text = node.text.trim();
  if (!text) return null;
  const band = { nodeId: node.id, name: text, top: b.y, bottom: b.y + b.height };
  const short = text.length <= MAX_LABEL_CHARS && text.split(SPACES).length <= MAX_LABEL_WORDS && !text.includes(':');
  if (!short) return 'unnamed';
  const lane = vocabulary.laneOf(text);
  if (lane) return { ...band, meaning: { type: 'lane', lane } };
  if (vocabulary.isTouchpointRow(text)) return { ...band, meaning: { type: 'touchpoints' } };
  const channel = vocabulary.channelOf(text);
  if (channel) return { ...band, meaning: { type: 'channel', channel } };
  // A band over the phases named like a stage or a special section groups phases: no lane.
  if (vocabulary.specialOf(text) !== null || vocabulary.stageOf(text) !== null) return null;
  if (NOT_A_NAME.test(text) || text.split(SPACES).length > MAX_CUSTOM_LANE_WORDS || (text.match(/\p{L}/gu)?.length ?? 0) < 2) return 'unnamed';
  return { ...band, meaning: { type: 'channel', channel: null } };
}
