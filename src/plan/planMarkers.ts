/**
 * Gap markers: one speech bubble per finding, worded as a question, coloured by severity, placed
 * in or next to what the finding is about (a sticky, a phase or cell, or the journey).
 */
import type { Lang, RuleId, Severity } from '../domain';
import type { Finding, Report } from '../report/types';
import type { Rect } from '../snapshot';
import { stringsFor } from '../i18n';
import { SEVERITY_FILL, SEVERITY_STROKE } from './palette';
import type { NodeLookup } from './nodeLookup';
import { cleanText, estimateTextHeight, shorten } from './textBox';
import type { ShapeItem } from './types';
import type { FreeSpace } from './placement';

type StickyRule = 'pain-unaddressed' | 'unplaced-sticky' | 'empty-sticky' | 'duplicate-touchpoint';
const STICKY_RULES: ReadonlySet<RuleId> = new Set<StickyRule>(['pain-unaddressed', 'unplaced-sticky', 'empty-sticky', 'duplicate-touchpoint']);
/** More sticky-level findings of one rule in one phase than this become one marker on the phase. */
const GROUP_FROM = 4;
const JOURNEY_RULES: ReadonlySet<RuleId> = new Set(['persona-missing', 'phase-missing', 'no-journey']);

const AREA_WIDTHS = [240, 200, 160]; // markers on a phase, cell or journey, narrower where room is short
const STICKY_WIDTHS = [200, 160, 120]; // markers beside one sticky, narrower where the cell is tight
const BADGE = 36; // the compact form: a numbered badge where no question fits (fits a 60 px cell margin)
const FONT_SIZE = 16;
/** How far above a journey its journey-level markers may go. */
const ABOVE_JOURNEY = 480;

/** A finding that got no room where it belongs: its full question goes into the journey's findings strip. */
export interface StripRow {
  key: string;
  journeyId: string | null;
  /** The phase column it belongs in (null: the journey as a whole). */
  phaseId: string | null;
  text: string;
  severity: Severity;
  /** The sticky it is about, for "show source". */
  source: string | null;
}

export interface MarkerPlan {
  markers: ShapeItem[];
  /** Per journey id: the findings that go into its strip, in board order. */
  strip: Map<string, StripRow[]>;
}

/**
 * Every marker gets a free box from `space` (placement.ts), claimed as it is planned:
 * - a sticky's marker: beside its sticky, inside its cell, nearer to it than to any other sticky;
 *   where no question fits, a numbered badge that is as near to it, with the question in the strip
 *   ("3 · “Levering duurt…” / Which improvement…"); where not even a badge fits, the strip row alone,
 *   quoting the sticky;
 * - a phase or cell finding: inside that section, as near its header as there is room;
 * - a journey finding: in the band above the journey; a board finding above the board.
 * Phase and journey findings without room go into the strip too.
 */
export function planMarkers(
  report: Report,
  index: NodeLookup,
  lang: Lang,
  space: FreeSpace,
  inScope: (journeyId: string | null) => boolean = () => true,
): MarkerPlan {
  const strings = stringsFor(lang).plugin;
  const markers: ShapeItem[] = [];
  const strip = new Map<string, StripRow[]>();
  const usedKeys = new Set<string>();
  const badgeCount = new Map<string, number>();
  const places = new AnchorPlaces(report, index);

  // Markers beside a sticky first, then those in a phase, cell or above a journey: a sticky's marker
  // needs the place next to its own sticky, a phase's may go anywhere in the phase (else a phase
  // question can take the spot under a sticky and read as being about it).
  const planned: { entry: { finding: Finding; count: number }; anchor: Anchor }[] = [];
  for (const entry of groupStickyFindings(report.findings)) {
    if (!inScope(entry.finding.journey?.id ?? null)) continue;
    const anchor = entry.count > 1 ? groupAnchorOf(entry.finding, index, places) : anchorOf(entry.finding, index, places);
    if (anchor) planned.push({ entry, anchor });
  }
  const bySticky = planned.filter((p) => p.anchor.kind === 'sticky');
  for (const { entry, anchor } of [...bySticky, ...planned.filter((p) => p.anchor.kind !== 'sticky')]) {
    const finding = entry.finding;
    const journeyId = finding.journey?.id ?? null;
    const grouped = entry.count > 1;
    const text = grouped && isStickyRule(finding.rule) ? strings.markersGrouped[finding.rule](entry.count) : questionFor(finding, strings);
    const detail = grouped ? 'group' : (finding.stage ?? finding.channel?.name ?? '');
    let key = `marker:${finding.rule}:${anchor.id}:${detail}`;
    for (let n = 2; usedKeys.has(key); n++) key = `marker:${finding.rule}:${anchor.id}:${detail}:${n}`;
    usedKeys.add(key);
    const shape = (box: Rect, body: string, shapeType: ShapeItem['shapeType'], fontSize: number): ShapeItem => ({
      kind: 'shape',
      role: 'marker',
      key,
      journeyId,
      parent: anchor.container !== null ? { node: anchor.container } : null,
      shapeType,
      text: body,
      fontSize,
      box,
      fill: SEVERITY_FILL[finding.severity],
      stroke: SEVERITY_STROKE[finding.severity],
      severity: finding.severity,
      source: anchor.kind === 'area' ? null : anchor.id,
    });
    const toStrip = (rowText: string): void => {
      if (journeyId === null) return;
      const rows = strip.get(journeyId) ?? [];
      rows.push({
        key: `findings:${journeyId}:${key}`,
        journeyId,
        phaseId: finding.phase?.id ?? null,
        text: rowText,
        severity: finding.severity,
        source: anchor.kind === 'sticky' ? anchor.id : null,
      });
      strip.set(journeyId, rows);
    };

    if (anchor.kind === 'sticky') {
      const nearest = (b: Rect) => space.nearestIs(b, anchor.id);
      let box: Rect | null = null;
      for (const width of STICKY_WIDTHS) {
        box = space.findNear(anchor.box, width, bubbleHeight(text, width), anchor.container, null, nearest);
        if (box) break;
      }
      if (box) {
        space.claim(box, key);
        markers.push(shape(box, text, 'SPEECH_BUBBLE', FONT_SIZE));
        continue;
      }
      const quote = `“${shorten(index.node(anchor.id)?.text ?? '', 48)}”`;
      const badge = journeyId !== null ? space.findNear(anchor.box, BADGE, BADGE, anchor.container, null, nearest) : null;
      if (badge && journeyId !== null) {
        const n = (badgeCount.get(journeyId) ?? 0) + 1;
        badgeCount.set(journeyId, n);
        space.claim(badge, key);
        markers.push(shape(badge, String(n), 'ELLIPSE', 16));
        toStrip(`${n} · ${quote}\n${text}`);
      } else {
        toStrip(`${quote}\n${text}`);
      }
      continue;
    }

    let box: Rect | null = null;
    for (const width of AREA_WIDTHS) {
      box = space.findNear(anchor.target, width, bubbleHeight(text, width), anchor.container, anchor.within);
      if (box) break;
    }
    if (box) {
      space.claim(box, key);
      markers.push(shape(box, text, 'SPEECH_BUBBLE', FONT_SIZE));
    } else {
      // In the strip, a phase's finding names its phase ("here" is no longer where it stands).
      toStrip(finding.phase ? `“${shorten(finding.phase.name, 48)}”\n${text}` : text);
    }
  }
  return { markers, strip };
}

function bubbleHeight(text: string, width: number): number {
  return estimateTextHeight(text, width, FONT_SIZE, 20) + 16; // room for the bubble's tail
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

type Anchor =
  | { kind: 'sticky'; id: string; box: Rect; container: string | null } // beside one sticky
  | { kind: 'beside'; id: string; target: Rect; container: string | null; within: null } // beside a lane label or other node
  | { kind: 'area'; id: string; target: Rect; container: string | null; within: Rect | null }; // in a section near its header, or above a journey

/** A group marker sits in the phase (or above the journey / board when there is none). */
function groupAnchorOf(finding: Finding, index: NodeLookup, places: AnchorPlaces): Anchor | null {
  const phase = finding.phase ? index.node(finding.phase.id) : undefined;
  if (phase?.bounds && phase.kind === 'section') return sectionAnchor(phase.id, phase.bounds);
  return journeyOrBoardAnchor(finding, index, places);
}

function anchorOf(finding: Finding, index: NodeLookup, places: AnchorPlaces): Anchor | null {
  if (STICKY_RULES.has(finding.rule)) {
    for (const id of finding.nodeIds) {
      const node = index.node(id);
      if (node?.bounds) return { kind: 'sticky', id, box: node.bounds, container: node.parentId };
    }
  }
  if (!JOURNEY_RULES.has(finding.rule)) {
    // A lane or cell (channel-unused) before its phase; then the phase itself.
    const candidates = finding.rule === 'channel-unused' ? [...finding.nodeIds, finding.phase?.id] : [finding.phase?.id, ...finding.nodeIds];
    for (const id of candidates) {
      if (!id) continue;
      const node = index.node(id);
      if (!node?.bounds) continue;
      if (node.kind === 'section') return sectionAnchor(id, node.bounds);
      return { kind: 'beside', id, target: node.bounds, container: node.parentId, within: null };
    }
  }
  return journeyOrBoardAnchor(finding, index, places);
}

/** Inside a section, as near its header (top edge) as there is room. */
function sectionAnchor(id: string, box: Rect): Anchor {
  return { kind: 'area', id, target: { x: box.x, y: box.y, width: box.width, height: 1 }, container: id, within: null };
}

/** In the band above the finding's journey, or above the whole board when it concerns no journey. */
function journeyOrBoardAnchor(finding: Finding, index: NodeLookup, places: AnchorPlaces): Anchor {
  const journey = finding.journey ? places.journey(finding.journey.id) : undefined;
  const journeyBox = (journey && (index.bounds(journey.id) ?? journey.bounds)) || null;
  const box = journey && journeyBox ? journeyBox : (places.boardExtent() ?? { x: 0, y: 0, width: 0, height: 0 });
  const id = journey && journeyBox ? journey.id : 'board';
  // 40 units clear of the section's title pill, which FigJam draws above its top-left corner.
  const within = { x: box.x, y: box.y - 40 - ABOVE_JOURNEY, width: Math.max(box.width, AREA_WIDTHS[0]! + 20), height: ABOVE_JOURNEY };
  return { kind: 'area', id, target: { x: box.x, y: box.y - 41, width: Math.max(1, box.width), height: 1 }, container: null, within };
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
