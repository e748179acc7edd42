// What looks like structure but was not used, and why: a phase title that nearly names a stage
// but was refused, a section named like a stage outside every journey, a label named like a
// channel or lane that heads no row, a wide lane shape whose text names nothing. Nothing that
// looks like structure is dropped silently: the layout-unread rule names each with a fix.
import type { StageId } from '../domain';
import type { Rect } from '../snapshot';
import type { Vocabulary } from '../vocabulary/vocabulary';
import type { BoardLayout } from './boardLayout';
import { centreOf, usableRect } from './geometry';
import { containerOf, type SnapshotIndex } from './indexSnapshot';
import type { Journey } from './model';

/** What a label names: a channel, a lane or a touchpoint row. */
export type LabelKind = 'channel' | 'lane' | 'touchpoints';

export type UnreadStructure =
  | {
      kind: 'stage-refused';
      nodeId: string;
      journeyIndex: number;
      phaseIndex: number;
      title: string;
      /** taken: another phase names the stage exactly; shared: another phase nearly names it too; ambiguous: as near to two stages; two-stages: names two. */
      why: 'taken' | 'shared' | 'ambiguous' | 'two-stages';
      nearly: StageId | null;
      /** Titles of the phases it conflicts with (taken, shared). */
      others: string[];
    }
  | { kind: 'stage-section-outside'; nodeId: string; title: string; stage: StageId }
  | { kind: 'label-unplaced'; nodeId: string; text: string; what: LabelKind; journeyIndex: number | null; phaseIndex: number | null }
  | { kind: 'lane-unnamed'; nodeId: string; text: string; journeyIndex: number };

export function findUnreadLayout(index: SnapshotIndex, layout: BoardLayout, journeys: readonly Journey[], vocabulary: Vocabulary): UnreadStructure[] {
  const unread: UnreadStructure[] = [];

  for (const journey of journeys) {
    for (const phase of journey.phases) {
      const r = phase.reading;
      if (r.stage !== null || r.why === 'unknown') continue;
      const nearly = r.nearly;
      const others = journey.phases
        .filter((p) => {
          if (p === phase || nearly === null) return false;
          if (r.why === 'taken') return p.reading.stage !== null && p.reading.how !== 'tolerant' && p.reading.covers.includes(nearly);
          return r.why === 'shared' && p.reading.stage === null && p.reading.why === 'shared' && p.reading.nearly === nearly;
        })
        .map((p) => p.name);
      unread.push({ kind: 'stage-refused', nodeId: phase.id, journeyIndex: journey.index, phaseIndex: phase.index, title: phase.name, why: r.why, nearly: r.nearly, others });
    }
  }

  for (const section of index.sections) {
    if (layout.classified.roleOf(section).type !== 'other') continue;
    const stage = vocabulary.stageOf(section.node.name);
    if (stage !== null) unread.push({ kind: 'stage-section-outside', nodeId: section.node.id, title: section.node.name.trim(), stage });
  }

  const used = new Set<string>();
  for (const frame of layout.frames) for (const label of frame.rowLabels) used.add(label.nodeId);
  for (const node of index.labelNodes) {
    if (used.has(node.id) || (node.parentId !== null && index.leftOut.has(node.parentId))) continue;
    const text = node.text.trim();
    if (!text || !vocabulary.isExactRowName(text)) continue;
    const what: LabelKind = vocabulary.laneOf(text) ? 'lane' : vocabulary.isTouchpointRow(text) ? 'touchpoints' : 'channel';
    const b = usableRect(node.bounds);
    const container = containerOf(index, node, b ? centreOf(b) : null);
    const role = container ? layout.classified.roleOf(container) : null;
    // Inside a legend, a persona or an idea section, or a cell or row that already names its lane: no label meant.
    if (role?.type === 'special' || role?.type === 'cell' || role?.type === 'row') continue;
    const journeyIndex = role?.type === 'phase' || role?.type === 'journey' ? role.journey : null;
    const phaseIndex = role?.type === 'phase' ? role.phase : null;
    unread.push({ kind: 'label-unplaced', nodeId: node.id, text, what, journeyIndex, phaseIndex });
  }

  for (const lane of layout.unnamedLanes) unread.push({ kind: 'lane-unnamed', nodeId: lane.nodeId, text: lane.text, journeyIndex: lane.journey });

  // Listed by where they lie (top to bottom, left to right, then id), never by layer order.
  const at = new Map<string, Rect | null>();
  for (const section of index.sections) at.set(section.node.id, section.bounds);
  for (const node of index.labelNodes) at.set(node.id, usableRect(node.bounds));
  const place = unread.map((u) => ({ u, r: at.get(u.nodeId) ?? null }));
  place.sort((a, b) => comparePlaces(a.r, b.r) || (a.u.nodeId < b.u.nodeId ? -1 : a.u.nodeId > b.u.nodeId ? 1 : 0));
  return place.map((p) => p.u);
}

function comparePlaces(a: Rect | null, b: Rect | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.y - b.y || a.x - b.x;
}
