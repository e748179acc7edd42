/**
 * The engine's value types: the words every layer shares (language, stage, feeling, channel,
 * lane, rule, severity, effort/impact, sticky role). A leaf: it imports nothing, so any module may
 * import it without making a cycle. `report/types.ts` composes the report from these; the
 * settings, the model, the checks and the panel name them from here.
 */

export type Lang = 'nl' | 'en';

export const STAGE_IDS = ['orientation', 'consideration', 'purchase', 'use', 'aftersales'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const EMOTIONS = [
  'delighted',
  'happy',
  'satisfied',
  'neutral',
  'uncertain',
  'irritated',
  'disappointed',
  'angry',
] as const;
export type Emotion = (typeof EMOTIONS)[number];

export type Polarity = -1 | 0 | 1;
/** Where the reading came from: explicit tag, emoji, words, or nothing stated. */
export type SentimentSource = 'tag' | 'emoji' | 'words' | 'none';

export interface Sentiment {
  /** −2…+2; 0 when no feeling is stated. */
  score: number;
  polarity: Polarity;
  emotion: Emotion | null;
  source: SentimentSource;
}

export type ChannelKind = 'traditional' | 'digital' | 'unknown';

export interface ChannelRef {
  /** Display name as written on the board ("Telefoon"). */
  name: string;
  /** Canonical id ("phone") or null for a custom channel. */
  id: string | null;
  kind: ChannelKind;
}

export type LaneKind = 'emotion' | 'thoughts' | 'pains' | 'opportunities' | 'conversion';

export type RuleId =
  | 'no-journey'
  | 'phase-empty'
  | 'phase-missing'
  | 'emotion-missing'
  | 'pain-hotspot'
  | 'emotion-drop'
  | 'pain-unaddressed'
  | 'channel-unused'
  | 'single-channel'
  | 'persona-missing'
  | 'unplaced-sticky'
  | 'empty-sticky'
  | 'duplicate-touchpoint'
  | 'single-author';

export type Severity = 'error' | 'warning' | 'info';

export type Effort = 'low' | 'medium' | 'high';
export type Impact = 'low' | 'medium' | 'high';

/** Every sticky on the board is accounted for exactly once, in one of these roles. */
export type StickyRole = 'touchpoint' | 'attribute' | 'persona' | 'improvement' | 'unplaced' | 'ignored';

/**
 * For the default branch of a switch over a closed union: the call only compiles when every case
 * is handled (x has narrowed to never), and throws if a value from outside the type arrives anyway.
 */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
