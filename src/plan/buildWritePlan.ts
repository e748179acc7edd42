/** Report + snapshot → everything the plugin should have on the board (pure; see types.ts). */
import type { ImprovementReport, Report } from '../report/types';
import type { BoardSnapshot, Rect } from '../snapshot';
import type { Lang } from '../domain';
import type { WriteBackChoices } from '../settings';
import { planCurve } from './planCurve';
import { planImprovements } from './planImprovements';
import { planMarkers } from './planMarkers';
import { emotionSwatches, planRecolours } from './planRecolours';
import { lookupNodes } from './nodeLookup';
import { FreeSpace } from './placement';
import { planFindingsStrip } from './planFindingsStrip';
import { stringsFor } from '../i18n';
import type { PlanItem, WritePlan } from './types';

/**
 * `scope`: the journeys a selection-scoped run covers (the report is then scoped too); items that
 * belong to no journey (board-level markers) are only planned for a whole-board run.
 * `keep`: the boxes of what earlier runs wrote that this run leaves alone (in a scoped run: the
 * other journeys' markers, strips, curves and lists, see boxesOutsideScope in
 * src/figjam/applyWritePlan.ts); nothing planned goes over them. Generated nodes are otherwise no
 * obstacles, since a run replaces them.
 */
export function buildWritePlan(
  report: Report,
  snapshot: BoardSnapshot,
  choices: WriteBackChoices,
  lang: Lang,
  scope: string[] | null = null,
  keep: readonly Rect[] = [],
): WritePlan {
  const index = lookupNodes(snapshot);
  const inScope = (journeyId: string | null): boolean => scope === null || (journeyId !== null && scope.includes(journeyId));
  const journeys = report.journeys.filter((j) => inScope(j.id));
  const space = new FreeSpace(snapshot, index);
  for (const box of keep) space.claim(box, 'kept');
  const strings = stringsFor(lang).plugin.curve;
  const swatches = emotionSwatches(report, snapshot, index);
  const legend = choices.colours ? strings.legend(strings.swatches[swatches.positive] ?? swatches.positive, strings.swatches[swatches.negative] ?? swatches.negative) : null;

  // Markers first: they go in the team's own sections, next to what they are about.
  const items: PlanItem[] = [];
  const markers = choices.markers ? planMarkers(report, index, lang, space, inScope) : null;
  if (markers) items.push(...markers.markers);

  // Then per journey, one rule for all: findings strip and curve straight under the journey (in that
  // order, as one block), improvements to its right. What fits there is placed first, for every
  // journey; what does not (another journey lies in the way) moves further out in its direction,
  // never sideways, afterwards and in journey order: so what sits right under or beside a journey
  // is always its own, and each displaced block still lines up with its own journey's phases.
  const boxOf = (journey: Report['journeys'][number]) => index.bounds(journey.id) ?? journey.bounds;
  const improvementsOf = choices.improvements ? improvementsByJourney(report) : null;
  const displacedBelow: PlanItem[][][] = [];
  const displacedBeside: PlanItem[][] = [];
  const parts: PlanItem[][] = []; // in journey order; settle() moves their items in place
  for (const journey of journeys) {
    const box = boxOf(journey);
    if (!box) continue;
    const below = box.y + box.height + GAP_BELOW;
    const strip = planFindingsStrip(journey, box, markers?.strip.get(journey.id) ?? [], index, lang, below);
    const stripBox = strip.length > 0 ? sectionBox(strip) : null;
    const stripBottom = stripBox ? stripBox.y + stripBox.height : null;
    const curve = choices.curve && journey.phases.length > 0 ? planCurve(journey, box, index, lang, stripBottom !== null ? stripBottom + GAP_BELOW : below, legend) : [];
    const block = [strip, curve].filter((part) => part.length > 0);
    if (fitsInPlace(block, space, 'down')) block.forEach((part) => settle(part, space, 'down'));
    else displacedBelow.push(block);
    parts.push(strip, curve);
    if (improvementsOf) {
      const list = planImprovements(journey, box, improvementsOf.get(journey.id) ?? [], lang);
      if (fitsInPlace([list], space, 'right')) settle(list, space, 'right');
      else displacedBeside.push(list);
      parts.push(list);
    }
  }
  for (const block of displacedBelow) {
    // The block stays together: its curve starts under wherever its strip went.
    let floor = -Infinity;
    for (const part of block) {
      const top = sectionBox(part).y;
      if (floor > top) shift(part, 0, floor - top);
      floor = settle(part, space, 'down', 2 * GAP_BELOW) + GAP_BELOW; // well clear of what it is not about
    }
  }
  for (const list of displacedBeside) settle(list, space, 'right');
  for (const part of parts) items.push(...part);
  // Improvements that belong to no one journey (a multi-journey board): their own list, board-wide.
  const unassigned = improvementsOf?.get('') ?? [];
  const firstBox = report.journeys[0] ? boxOf(report.journeys[0]) : null;
  if (scope === null && unassigned.length > 0 && firstBox) {
    const board = { ...report.journeys[0]!, id: 'board', name: report.board.name };
    const list = planImprovements(board, firstBox, unassigned, lang).map((item) => ({ ...item, journeyId: null }));
    settle(list, space, 'right');
    items.push(...list);
  }

  return {
    version: 1,
    lang,
    scope,
    recolours: choices.colours ? planRecolours(report, index, swatches).filter((r) => inScope(r.journeyId)) : [],
    items: orderForApply(items),
    relaunchSections: journeys.filter((j) => index.node(j.id)?.kind === 'section').map((j) => j.id),
  };
}

/**
 * Each journey's improvements in report order, in one pass (not one scan of every improvement per
 * journey). Improvements without a journey belong to the only journey there is (a one-journey board),
 * else to the board-wide list (key '').
 */
function improvementsByJourney(report: Report): Map<string, ImprovementReport[]> {
  const byJourney = new Map<string, ImprovementReport[]>();
  const only = report.journeys.length === 1 ? report.journeys[0] : undefined;
  for (const improvement of report.improvements) {
    const id = improvement.journey?.id ?? only?.id ?? '';
    const list = byJourney.get(id);
    if (list) list.push(improvement);
    else byJourney.set(id, [improvement]);
  }
  return byJourney;
}

/** Sections first (they are parents), then shapes and texts, connectors last (they join shapes). */
function orderForApply(items: PlanItem[]): PlanItem[] {
  const rank = (item: PlanItem): number => (item.kind === 'section' ? 0 : item.kind === 'connector' ? 2 : 1);
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map((e) => e.item);
}

/** Room between a journey and what goes under it, and between generated sections and team nodes. */
const GAP_BELOW = 120;
const MARGIN = 40;

/** Whether the planned sections (each part's first item) are free where they were planned, as one block. */
function fitsInPlace(parts: PlanItem[][], space: FreeSpace, direction: 'down' | 'right'): boolean {
  const boxes = parts.map(sectionBox);
  if (boxes.length === 0) return true;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const block = { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
  const moved = space.pushOut(block, direction, MARGIN);
  return moved.x === block.x && moved.y === block.y;
}

/** The box of a part's section (its first item). */
function sectionBox(part: PlanItem[]): Rect {
  const section = part[0];
  if (section?.kind !== 'section') throw new Error('a placed part starts with its section');
  return section.box;
}

/** Moves every item of a part (connectors follow their ends). */
function shift(items: PlanItem[], dx: number, dy: number): void {
  if (dx === 0 && dy === 0) return;
  items.forEach((item, i) => {
    if (item.kind !== 'connector') items[i] = { ...item, box: { ...item.box, x: item.box.x + dx, y: item.box.y + dy } };
  });
}

/**
 * Moves a planned section with everything in it (`items[0]` is the section) down or right until
 * nothing lies within `margin` of it, claims its box and returns its bottom edge.
 */
function settle(items: PlanItem[], space: FreeSpace, direction: 'down' | 'right', margin = MARGIN): number {
  const section = items[0];
  if (!section || section.kind !== 'section') return 0;
  const box = space.pushOut(section.box, direction, margin);
  shift(items, box.x - section.box.x, box.y - section.box.y);
  space.claim(box, section.key);
  return box.y + box.height;
}
