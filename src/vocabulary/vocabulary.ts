// The board's vocabulary: the data tables plus the board's own extensions, folded into maps
// once per analysis so every look-up is a hash look-up.
import { type ChannelKind, type LaneKind, STAGE_IDS, type StageId } from '../domain';
import type { BoardSettings } from '../settings';
import { CHANNELS } from './channelNames';
import { foldName } from './foldName';
import { LANE_NAMES, TOUCHPOINT_ROW_NAMES } from './laneNames';
import { SPECIAL_SECTION_NAMES, type SpecialKind } from './specialSectionNames';
import { PHASE_FILLER_WORDS, STAGE_NAMES } from './stageNames';

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
  stageOf(name: string): StageId | null;
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
const DIGITS_ONLY = /^\d+$/;
const FILLER = new Set(PHASE_FILLER_WORDS.map(foldName));

type ExtraNames = Pick<BoardSettings, 'extraStageNames' | 'extraChannelNames'>;

export function buildVocabulary(extra: Partial<ExtraNames> = {}): Vocabulary {
  const stages = new Map<string, StageId>();
  for (const stage of STAGE_IDS) {
    for (const name of STAGE_NAMES[stage]) stages.set(stageKey(name), stage);
    for (const name of extra.extraStageNames?.[stage] ?? []) stages.set(stageKey(name), stage);
  }

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
      const key = stageKey(name);
      if (!key) return null;
      const whole = stages.get(key);
      if (whole) return whole;
      // "Oriëntatie & bewustwording" → one stage; "Kopen en gebruik" → two → custom.
      const words = key.split(' ');
      let found: StageId | null = null;
      for (let i = 0; i < words.length; i++) {
        const one = stages.get(words[i] ?? '');
        const two = i + 1 < words.length ? stages.get(`${words[i]} ${words[i + 1]}`) : undefined;
        for (const stage of [one, two]) {
          if (!stage) continue;
          if (found && found !== stage) return null;
          found = stage;
        }
      }
      return found;
    },
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

function stageKey(name: string): string {
  return foldName(name)
    .split(' ')
    .filter((w) => w && !DIGITS_ONLY.test(w) && !FILLER.has(w))
    .join(' ');
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
