// The board's vocabulary: the data tables plus the board's own extensions, folded into maps
// once per analysis so every look-up is a hash look-up.
import type { ChannelKind, LaneKind, StageId } from '../domain';
import type { BoardSettings } from '../settings';
import { CHANNELS } from './channelNames';
import { foldName } from './foldName';
import { LANE_NAMES, TOUCHPOINT_ROW_NAMES } from './laneNames';
import { SPECIAL_SECTION_NAMES, type SpecialKind } from './specialSectionNames';
import { buildStageTables, type StageReading } from './stageReading';

export interface KnownChannel {
  /** Canonical id, or the board's own declared name for an extension. */
  id: string;
  kind: ChannelKind;
}

/** What a row or cell name says about the stickies it holds. */
export type RowMeaning =
  | { type: 'channel'; channel: KnownChannel | null }
  | { type: 'lane'; lane: LaneKind }
  | { type: 'touchpoints' };

export interface Vocabulary {
  /** The stage a name is exactly or by an alias (no tolerance: a lone name has no rival to lose to), or null. */
  stageOf(name: string): StageId | null;
  /** How one name reads as a stage, tolerance included (see stageReading.ts). */
  readStage(name: string): StageReading;
  /**
   * How a journey's phase titles (in order) read as stages: tolerance for plurals, verb forms and
   * typos, but never two phases on one stage by tolerance alone. Use this for a journey's phases.
   */
  readPhaseStages(names: readonly string[]): StageReading[];
  /** The known channel a name is (exact folded name), or null. */
  channelOf(name: string): KnownChannel | null;
  /** The known channel a sticky tag names (`#email`, `[Telefoon]`), or null. */
  channelOfTag(tag: string): KnownChannel | null;
  laneOf(name: string): LaneKind | null;
  isTouchpointRow(name: string): boolean;
  specialOf(name: string): SpecialKind | null;
  /** True when the whole name is a lane, touchpoint-row or channel name (not just its start). */
  isExactRowName(name: string): boolean;
}

const LANE_KINDS: readonly LaneKind[] = ['emotion', 'thoughts', 'pains', 'opportunities', 'conversion'];
const SPECIAL_KINDS: readonly SpecialKind[] = ['persona', 'improvements', 'legend'];

type ExtraNames = Pick<BoardSettings, 'extraStageNames' | 'extraChannelNames'>;

export function buildVocabulary(extra: Partial<ExtraNames> = {}): Vocabulary {
  const stages = buildStageTables(extra.extraStageNames ?? {});

  const channels = new Map<string, KnownChannel>();
  const byId = new Map<string, KnownChannel>();
  for (const def of CHANNELS) {
    const known: KnownChannel = { id: def.id, kind: def.kind };
    byId.set(def.id, known);
    for (const name of def.names) channels.set(foldName(name), known);
  }
  for (const [key, aliases] of Object.entries(extra.extraChannelNames ?? {})) {
    const known = byId.get(key) ?? { id: key, kind: 'unknown' as const };
    for (const name of [key, ...aliases]) {
      const folded = foldName(name);
      if (folded) channels.set(folded, known);
    }
  }

  const lanes = prefixTable(LANE_KINDS.flatMap((lane) => LANE_NAMES[lane].map((n) => [n, lane] as const)));
  const touchpointRows = prefixTable(TOUCHPOINT_ROW_NAMES.map((n) => [n, true] as const));
  const specials = prefixTable(
    SPECIAL_KINDS.flatMap((kind) => SPECIAL_SECTION_NAMES[kind].map((n) => [n, kind] as const)),
  );

  return {
    stageOf(name) {
      const reading = stages.read(name);
      return reading.how === 'exact' || reading.how === 'alias' ? reading.stage : null;
    },
    readStage: (name) => stages.read(name),
    readPhaseStages: (names) => stages.readAll(names),
    channelOf: (name) => channels.get(foldName(name)) ?? null,
    channelOfTag(tag) {
      const folded = foldName(tag);
      return folded.length >= 2 ? (channels.get(folded) ?? null) : null;
    },
    laneOf: (name) => lanes.match(foldName(name)),
    isTouchpointRow: (name) => touchpointRows.match(foldName(name)) ?? false,
    specialOf: (name) => specials.match(foldName(name)),
    isExactRowName(name) {
      const folded = foldName(name);
      return lanes.exact.has(folded) || touchpointRows.exact.has(folded) || channels.has(folded);
    },
  };
}

/** A look-up that matches a folded name exactly or by its first words ("persona anna" → persona). */
function prefixTable<T>(entries: readonly (readonly [string, T])[]): {
  exact: ReadonlyMap<string, T>;
  match: (folded: string) => T | null;
} {
  const table = new Map<string, T>();
  for (const [name, value] of entries) table.set(foldName(name), value);
  const match = (folded: string): T | null => {
    if (!folded) return null;
    const exact = table.get(folded);
    if (exact !== undefined) return exact;
    const words = folded.split(' ');
    for (let n = Math.min(words.length - 1, 3); n >= 1; n--) {
      const hit = table.get(words.slice(0, n).join(' '));
      if (hit !== undefined) return hit;
    }
    return null;
  };
  return { exact: table, match };
}
