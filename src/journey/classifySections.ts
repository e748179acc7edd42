// Which section is what: journeys, their phases, cells and rows, and the special sections.
import type { StageId } from '../domain';
import type { SpecialKind } from '../vocabulary/specialSectionNames';
import type { RowMeaning, Vocabulary } from '../vocabulary/vocabulary';
import { unionOf } from './geometry';
import type { IndexedSection, SnapshotIndex } from './indexSnapshot';
import type { RowLabel } from './rowBands';
import type { Rect } from '../snapshot';

export type SectionRole =
  | { type: 'journey'; journey: number }
  | { type: 'phase'; journey: number; phase: number }
  | { type: 'cell'; journey: number; phase: number; name: string; meaning: RowMeaning; cellId: string }
  | { type: 'row'; journey: number; label: RowLabel }
  | { type: 'special'; kind: SpecialKind; journey: number | null; sectionId: string }
  | { type: 'other' };

export interface PhaseFrame {
  section: IndexedSection;
  stage: StageId | null;
}

export interface JourneyFrame {
  id: string;
  name: string;
  section: IndexedSection | null;
  phases: PhaseFrame[];
  /** Row sections (shapes, texts and label stickies are added later). */
  rowLabels: RowLabel[];
  bounds: Rect | null;
}

export interface SpecialSection {
  section: IndexedSection;
  kind: SpecialKind;
  journey: number | null;
}

export interface ClassifiedSections {
  journeys: JourneyFrame[];
  /** Index of the journey formed by phase sections on the page, or null. */
  pageJourney: number | null;
  specials: SpecialSection[];
  roleOf(section: IndexedSection): SectionRole;
}

export const PAGE_JOURNEY_ID = 'page';

interface SplitChildren {
  phases: IndexedSection[];
  rows: { section: IndexedSection; meaning: RowMeaning }[];
  specials: { section: IndexedSection; kind: SpecialKind }[];
}

export function classifySections(index: SnapshotIndex, vocabulary: Vocabulary, boardName: string): ClassifiedSections {
  const roles = new Map<IndexedSection, SectionRole>();
  const specials: SpecialSection[] = [];
  const found: { frame: JourneyFrame; split: SplitChildren; order: number }[] = [];
  const leftovers: IndexedSection[] = [];

  for (const top of index.topSections) {
    const kind = vocabulary.specialOf(top.node.name);
    if (kind) {
      markSpecial(top, kind, null);
      continue;
    }
    const split = splitChildren(top.children, true, vocabulary);
    if (split.phases.length >= 2) {
      found.push({ frame: frame(top.node.id, top.node.name.trim() || top.node.id, top, split), split, order: top.order });
    } else {
      leftovers.push(top);
    }
  }

  // Phase sections lying on the page form the file's journey. When the board also has journey
  // sections, loose sections form one only if a standard stage is among them (not a parking lot).
  const pageSplit = splitChildren(leftovers, false, vocabulary);
  const pageHasStage = pageSplit.phases.some((s) => vocabulary.stageOf(s.node.name) !== null);
  const hasPageJourney = pageSplit.phases.length >= 2 && (found.length === 0 || pageHasStage);
  if (hasPageJourney) {
    found.push({ frame: frame(PAGE_JOURNEY_ID, boardName.trim() || 'Journey', null, pageSplit), split: pageSplit, order: Infinity });
  }

  // Journeys read top to bottom, then left to right (one journey per persona is usually a stack).
  found.sort((a, b) => compareRects(a.frame.bounds, b.frame.bounds) || a.order - b.order);
  const journeys = found.map((f) => f.frame);

  found.forEach(({ frame: journey, split }, j) => {
    if (journey.section) roles.set(journey.section, { type: 'journey', journey: j });
    journey.phases.forEach((phase, p) => {
      roles.set(phase.section, { type: 'phase', journey: j, phase: p });
      for (const child of phase.section.children) markCell(child, j, p);
    });
    for (const row of split.rows) {
      const label = rowLabel(row.section, row.meaning);
      journey.rowLabels.push(label);
      markSubtree(row.section, { type: 'row', journey: j, label });
    }
    for (const special of split.specials) markSpecial(special.section, special.kind, j);
  });
  for (const section of leftovers) if (!roles.has(section)) markOther(section);

  return {
    journeys,
    pageJourney: hasPageJourney ? journeys.findIndex((j) => j.id === PAGE_JOURNEY_ID) : null,
    specials,
    roleOf: (section) => roles.get(section) ?? { type: 'other' },
  };

  function markCell(cell: IndexedSection, journey: number, phase: number): void {
    const name = cell.node.name.trim();
    const lane = vocabulary.laneOf(name);
    const kind = lane ? null : vocabulary.specialOf(name);
    if (kind) {
      markSpecial(cell, kind, journey);
      return;
    }
    const meaning: RowMeaning = lane
      ? { type: 'lane', lane }
      : vocabulary.isTouchpointRow(name) || name === ''
        ? { type: 'touchpoints' }
        : { type: 'channel', channel: vocabulary.channelOf(name) };
    markSubtree(cell, { type: 'cell', journey, phase, name, meaning, cellId: cell.node.id });
  }

  function markSpecial(section: IndexedSection, kind: SpecialKind, journey: number | null): void {
    specials.push({ section, kind, journey });
    markSubtree(section, { type: 'special', kind, journey, sectionId: section.node.id });
  }

  // Iterative walks: a board nests sections as deep as it likes (no call-stack limit). Children
  // go on the stack last-first, so specials are met in the same (depth-first) order as before.
  function markOther(section: IndexedSection): void {
    const stack = [section];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const kind = next === section ? null : vocabulary.specialOf(next.node.name);
      if (kind) {
        markSpecial(next, kind, null);
        continue;
      }
      roles.set(next, { type: 'other' });
      for (let i = next.children.length - 1; i >= 0; i--) {
        const child = next.children[i];
        if (child) stack.push(child);
      }
    }
  }

  function markSubtree(section: IndexedSection, role: SectionRole): void {
    const stack = [section];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      roles.set(next, role);
      for (const child of next.children) stack.push(child);
    }
  }
}

function frame(id: string, name: string, section: IndexedSection | null, split: SplitChildren): JourneyFrame {
  const phases = [...split.phases].sort((a, b) => compareColumns(a, b));
  const rects: Rect[] = [];
  if (section?.bounds) rects.push(section.bounds);
  else for (const s of [...split.phases, ...split.rows.map((r) => r.section)]) if (s.bounds) rects.push(s.bounds);
  return {
    id,
    name,
    section,
    phases: phases.map((s) => ({ section: s, stage: null })),
    rowLabels: [],
    bounds: unionOf(rects),
  };
}

/** Sorts the children of a journey (or the page) into phases, rows and special sections. */
function splitChildren(children: readonly IndexedSection[], insideJourney: boolean, vocabulary: Vocabulary): SplitChildren {
  const split: SplitChildren = { phases: [], rows: [], specials: [] };
  const candidates: IndexedSection[] = [];
  const undecided: IndexedSection[] = [];
  for (const child of children) {
    const name = child.node.name;
    // Inside a journey "Kansen/Opportunities" is a lane; on the page it is an improvement section.
    const lane = vocabulary.laneOf(name);
    const laneFirst = insideJourney && lane !== null;
    const special = laneFirst ? null : vocabulary.specialOf(name);
    if (laneFirst && lane === 'opportunities' && vocabulary.specialOf(name) === 'improvements' && vocabulary.stageOf(name) === null) undecided.push(child);
    else if (special) split.specials.push({ section: child, kind: special });
    else if (lane && vocabulary.stageOf(name) === null) split.rows.push({ section: child, meaning: { type: 'lane', lane } });
    else if (vocabulary.isTouchpointRow(name)) split.rows.push({ section: child, meaning: { type: 'touchpoints' } });
    else if (vocabulary.channelOf(name)) split.rows.push({ section: child, meaning: { type: 'channel', channel: vocabulary.channelOf(name) } });
    else candidates.push(child);
  }
  for (const candidate of candidates) {
    if (isWideRow(candidate, candidates)) split.rows.push({ section: candidate, meaning: { type: 'channel', channel: null } });
    else split.phases.push(candidate);
  }
  // "Ideeën" or "Opportunities" in a journey: a lane when it runs under the phase columns, an
  // improvement section of the journey when it lies beside them.
  for (const section of undecided) {
    if (section.bounds === null || split.phases.some((p) => overlapsColumn(section.bounds, p.bounds))) {
      split.rows.push({ section, meaning: { type: 'lane', lane: 'opportunities' } });
    } else {
      split.specials.push({ section, kind: 'improvements' });
    }
  }
  return split;
}

/** Whether a row's x-range holds the middle of a phase's column. */
function overlapsColumn(row: Rect | null, phase: Rect | null): boolean {
  if (!row || !phase) return false;
  const middle = phase.x + phase.width / 2;
  return middle >= row.x && middle <= row.x + row.width;
}

/** A section spanning two side-by-side siblings is a row across phases, not a phase. */
function isWideRow(section: IndexedSection, siblings: readonly IndexedSection[]): boolean {
  const b = section.bounds;
  if (!b) return false;
  let minRight = Infinity;
  let maxLeft = -Infinity;
  let spanned = 0;
  for (const other of siblings) {
    const o = other.bounds;
    if (other === section || !o) continue;
    const cx = o.x + o.width / 2;
    if (cx < b.x || cx > b.x + b.width) continue;
    spanned++;
    minRight = Math.min(minRight, o.x + o.width);
    maxLeft = Math.max(maxLeft, o.x);
  }
  return spanned >= 2 && minRight <= maxLeft;
}

function rowLabel(section: IndexedSection, meaning: RowMeaning): RowLabel {
  const b = section.bounds;
  return {
    nodeId: section.node.id,
    name: section.node.name.trim(),
    meaning,
    top: b ? b.y : Infinity,
    bottom: b ? b.y + b.height : -Infinity,
  };
}

function compareColumns(a: IndexedSection, b: IndexedSection): number {
  if (!a.bounds || !b.bounds) return a.bounds ? -1 : b.bounds ? 1 : a.order - b.order;
  return a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.order - b.order;
}

function compareRects(a: Rect | null, b: Rect | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.y - b.y || a.x - b.x;
}
