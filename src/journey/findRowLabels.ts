// Row labels that are not sections: shapes and texts (and stickies that hold just a channel or
// lane name) outside the phases of a journey, heading a horizontal band of it.
import type { SnapshotNode } from '../snapshot';
import type { RowMeaning, Vocabulary } from '../vocabulary/vocabulary';
import type { ClassifiedSections, JourneyFrame } from './classifySections';
import { centreOf, type Point, usableRect } from './geometry';
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

/**
 * Shape, text and sticky labels of every journey, added to the journeys' row labels. Returns the
 * ids of the stickies that serve as labels (they are no touchpoints).
 */
export function findRowLabels(
  index: SnapshotIndex,
  classified: ClassifiedSections,
  stickyContainers: readonly (IndexedSection | null)[],
  vocabulary: Vocabulary,
): Set<string> {
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

  for (const node of index.labelNodes) {
    if (node.parentId !== null && index.leftOut.has(node.parentId)) continue;
    const b = usableRect(node.bounds);
    consider(node, containerOf(index, node, b ? centreOf(b) : null), true);
  }
  index.stickies.forEach((sticky, i) => {
    if (sticky.generated || !sticky.visible) return;
    if (consider(sticky, stickyContainers[i] ?? null, false)) labelStickies.add(sticky.id);
  });
  return labelStickies;
}
