/**
 * Gap markers: one speech bubble per finding, worded as a question, coloured by severity, placed
 * in or next to what the finding is about (a sticky, a phase or cell, or the journey).
 */
import type { Lang, RuleId } from '../domain';
import type { Finding, Report } from '../report/types';
import type { Rect } from '../snapshot';
import { stringsFor } from '../i18n';
import { SEVERITY_FILL, SEVERITY_STROKE } from './palette';
import type { NodeLookup } from './nodeLookup';
import { cleanText, estimateTextHeight, shorten } from './textBox';
import type { ParentRef, ShapeItem } from './types';

type StickyRule = 'pain-unaddressed' | 'unplaced-sticky' | 'empty-sticky' | 'duplicate-touchpoint';
const STICKY_RULES: ReadonlySet<RuleId> = new Set<StickyRule>(['pain-unaddressed', 'unplaced-sticky', 'empty-sticky', 'duplicate-touchpoint']);
/** More sticky-level findings of one rule in one phase than this become one marker on the phase. */
const GROUP_FROM = 4;
const JOURNEY_RULES: ReadonlySet<RuleId> = new Set(['persona-missing', 'phase-missing', 'no-journey']);

const AREA_WIDTH = 240; // markers on a phase, cell or journey
const STICKY_WIDTH = 200; // markers beside one sticky
const MIN_STICKY_WIDTH = 120; // narrower than this, a marker's question is unreadable
const FONT_SIZE = 16;
const GAP = 12;

type Anchor =
  | { kind: 'inside'; id: string; box: Rect; parent: ParentRef } // stacked in the bottom-right corner of a section
  | { kind: 'beside'; id: string; box: Rect; parent: ParentRef; container: Rect | null } // stacked beside a node, within its section
  | { kind: 'above'; id: string; box: Rect; parent: ParentRef }; // in a row above a journey

export function planMarkers(report: Report, index: NodeLookup, lang: Lang): ShapeItem[] {
  const strings = stringsFor(lang).plugin;
  const items: ShapeItem[] = [];
  const usedKeys = new Set<string>();
  // Per anchor: how far the stack has grown (y offset for inside/beside, x offset for above).
  const stacks = new Map<string, number>();
  const places = new AnchorPlaces(report, index);

  for (const entry of groupStickyFindings(report.findings)) {
    const finding = entry.finding;
    const anchor = entry.count > 1 ? groupAnchorOf(finding, index, places) : anchorOf(finding, index, places);
    if (!anchor) continue;
    const text = entry.count > 1 && isStickyRule(finding.rule) ? strings.markersGrouped[finding.rule](entry.count) : questionFor(finding, strings);
    const width = anchor.kind === 'beside' ? besideWidth(anchor) : AREA_WIDTH;
    const height = estimateTextHeight(text, width, FONT_SIZE, 20) + 16; // room for the bubble's tail
    const stackKey = `${anchor.kind}:${anchor.id}`;
    const offset = stacks.get(stackKey) ?? 0;
    const box = placeMarker(anchor, offset, width, height);
    stacks.set(stackKey, offset + (anchor.kind === 'above' ? width : height) + GAP);

    const detail = entry.count > 1 ? 'group' : (finding.stage ?? finding.channel?.name ?? '');
    let key = `marker:${finding.rule}:${anchor.id}:${detail}`;
    for (let n = 2; usedKeys.has(key); n++) key = `marker:${finding.rule}:${anchor.id}:${detail}:${n}`;
    usedKeys.add(key);

    items.push({
      kind: 'shape',
      role: 'marker',
      key,
      journeyId: finding.journey?.id ?? null,
      parent: anchor.parent,
      shapeType: 'SPEECH_BUBBLE',
      text,
      fontSize: FONT_SIZE,
      box,
      fill: SEVERITY_FILL[finding.severity],
      stroke: SEVERITY_STROKE[finding.severity],
      severity: finding.severity,
      source: anchor.kind === 'beside' ? anchor.id : null,
    });
  }
  return items;
}

function isStickyRule(rule: RuleId): rule is StickyRule {
  return STICKY_RULES.has(rule);
}

/**
 * Findings in board order; sticky-level findings of one rule in one phase (or outside every
 * journey) collapse into one entry, at the place of the first, when there are many of them.
 * Two linear passes: groups are found by rule, journey id and phase id in nested maps (no key
 * string per finding), and each finding keeps its group for the second pass.
 */
function groupStickyFindings(findings: readonly Finding[]): { finding: Finding; count: number }[] {
  const groups = new Map<RuleId, Map<string, Map<string, StickyGroup>>>();
  const groupOf: (StickyGroup | null)[] = new Array<StickyGroup | null>(findings.length);
  findings.forEach((f, i) => {
    if (!isStickyRule(f.rule)) {
      groupOf[i] = null;
      return;
    }
    let byJourney = groups.get(f.rule);
    if (!byJourney) groups.set(f.rule, (byJourney = new Map()));
    const journeyId = f.journey?.id ?? '';
    let byPhase = byJourney.get(journeyId);
    if (!byPhase) byJourney.set(journeyId, (byPhase = new Map()));
    const phaseId = f.phase?.id ?? '';
    let group = byPhase.get(phaseId);
    if (!group) byPhase.set(phaseId, (group = { size: 0, emitted: false }));
    group.size++;
    groupOf[i] = group;
  });
  const entries: { finding: Finding; count: number }[] = [];
  findings.forEach((f, i) => {
    const group = groupOf[i];
    if (!group || group.size < GROUP_FROM) {
      entries.push({ finding: f, count: 1 });
      return;
    }
    if (group.emitted) return;
    group.emitted = true;
    entries.push({ finding: f, count: group.size });
  });
  return entries;
}

interface StickyGroup {
  size: number;
  /** Its one entry is already in the list. */
  emitted: boolean;
}

/** Journeys by id and the board's extent, each worked out once per plan (not per finding). */
class AnchorPlaces {
  private journeys: Map<string, Report['journeys'][number]> | null = null;
  private extent: Rect | null | undefined = undefined;

  constructor(
    private readonly report: Report,
    private readonly index: NodeLookup,
  ) {}

  journey(id: string): Report['journeys'][number] | undefined {
    if (!this.journeys) {
      this.journeys = new Map();
      // The first journey of an id wins, as `find` would.
      for (const j of this.report.journeys) if (!this.journeys.has(j.id)) this.journeys.set(j.id, j);
    }
    return this.journeys.get(id);
  }

  boardExtent(): Rect | null {
    if (this.extent === undefined) this.extent = this.index.extent();
    return this.extent;
  }
}

/** A group marker sits on the phase (or above the journey / board when there is none). */
function groupAnchorOf(finding: Finding, index: NodeLookup, places: AnchorPlaces): Anchor | null {
  const phase = finding.phase ? index.node(finding.phase.id) : undefined;
  if (phase?.bounds && phase.kind === 'section') return { kind: 'inside', id: phase.id, box: phase.bounds, parent: { node: phase.id } };
  return journeyOrBoardAnchor(finding, index, places);
}

function anchorOf(finding: Finding, index: NodeLookup, places: AnchorPlaces): Anchor | null {
  if (STICKY_RULES.has(finding.rule)) {
    for (const id of finding.nodeIds) {
      const node = index.node(id);
      if (node?.bounds) return besideAnchor(id, node.bounds, node.parentId, index);
    }
  }
  if (!JOURNEY_RULES.has(finding.rule)) {
    // A lane or cell (channel-unused) before its phase; then the phase itself.
    const candidates = finding.rule === 'channel-unused' ? [...finding.nodeIds, finding.phase?.id] : [finding.phase?.id, ...finding.nodeIds];
    for (const id of candidates) {
      if (!id) continue;
      const node = index.node(id);
      if (!node?.bounds) continue;
      if (node.kind === 'section') return { kind: 'inside', id, box: node.bounds, parent: { node: id } };
      return besideAnchor(id, node.bounds, node.parentId, index);
    }
  }
  return journeyOrBoardAnchor(finding, index, places);
}

function besideAnchor(id: string, box: Rect, parentId: string | null, index: NodeLookup): Anchor {
  return { kind: 'beside', id, box, parent: parentId ? { node: parentId } : null, container: parentId ? index.bounds(parentId) : null };
}

/** Above the finding's journey, or above the whole board when it concerns no journey. */
function journeyOrBoardAnchor(finding: Finding, index: NodeLookup, places: AnchorPlaces): Anchor {
  const journey = finding.journey ? places.journey(finding.journey.id) : undefined;
  const journeyBox = (journey && (index.bounds(journey.id) ?? journey.bounds)) || null;
  if (journey && journeyBox) return { kind: 'above', id: journey.id, box: journeyBox, parent: null };
  const extent = places.boardExtent() ?? { x: 0, y: 0, width: 0, height: 0 };
  return { kind: 'above', id: 'board', box: extent, parent: null };
}

/** Room inside the node's section (cell) right and left of the node; unbounded on the page. */
function besideSpace(anchor: Extract<Anchor, { kind: 'beside' }>): { right: number; left: number } {
  const b = anchor.box;
  const c = anchor.container;
  if (!c) return { right: Infinity, left: 0 };
  return { right: c.x + c.width - (b.x + b.width + GAP) - GAP, left: b.x - GAP - (c.x + GAP) };
}

/**
 * Right of the node when a full-width marker fits in its section; else left; else the roomier side
 * with a narrower marker; when neither side has room, right as it is (overlapping the section's
 * edge rather than covering a team's sticky).
 */
function besideSide(anchor: Extract<Anchor, { kind: 'beside' }>): 'right' | 'left' {
  const { right, left } = besideSpace(anchor);
  if (right >= STICKY_WIDTH) return 'right';
  if (left >= STICKY_WIDTH) return 'left';
  return left > right && left >= MIN_STICKY_WIDTH ? 'left' : 'right';
}

function besideWidth(anchor: Extract<Anchor, { kind: 'beside' }>): number {
  const { right, left } = besideSpace(anchor);
  const room = besideSide(anchor) === 'left' ? left : right;
  return room >= STICKY_WIDTH || room < MIN_STICKY_WIDTH ? STICKY_WIDTH : Math.floor(room);
}

function placeMarker(anchor: Anchor, offset: number, width: number, height: number): Rect {
  const b = anchor.box;
  switch (anchor.kind) {
    case 'inside': {
      // Bottom-right, stacking upwards: teams fill phases from the top, so this is where a marker covers least.
      const x = b.width >= width + 32 ? b.x + b.width - width - 16 : b.x + (b.width - width) / 2;
      return { x: Math.round(x), y: Math.round(Math.max(b.y + 16, b.y + b.height - 16 - height - offset)), width, height };
    }
    case 'beside': {
      const right = b.x + b.width + GAP;
      const x = besideSide(anchor) === 'left' ? b.x - GAP - width : right;
      return { x: Math.round(x), y: Math.round(b.y + offset), width, height };
    }
    case 'above':
      return { x: Math.round(b.x + offset), y: Math.round(b.y - height - 40), width, height };
  }
}

type PluginStrings = ReturnType<typeof stringsFor>['plugin'];

function questionFor(finding: Finding, strings: PluginStrings): string {
  const context = {
    phase: shorten(finding.phase?.name ?? '', 60),
    stage: finding.stage ? strings.stages[finding.stage] : '',
    channel: shorten(finding.channel?.name ?? '', 60),
  };
  const word = strings.markers[finding.rule];
  // A rule the plugin has no question for yet falls back to the engine's own message.
  return word ? word(context) : cleanText(finding.message);
}
