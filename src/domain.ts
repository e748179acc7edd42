/**
 * The engine's value types: the words every layer shares (language, stage, feeling, channel,
 * lane, rule, severity, effort/impact, sticky role). A leaf: it imports nothing, so any module may
 * import it without making a cycle. `report/types.ts` composes the report from these; the
 * settings, the model, the checks and the panel name them from here.
 */

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

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

export const POLARITIES = [-1, 0, 1] as const;
export type Polarity = (typeof POLARITIES)[number];
/** Where the reading came from: explicit tag, emoji, words, or nothing stated. */
export const SENTIMENT_SOURCES = ['tag', 'emoji', 'words', 'none'] as const;
export type SentimentSource = (typeof SENTIMENT_SOURCES)[number];

export interface Sentiment {
  /** −2…+2; 0 when no feeling is stated. */
  score: number;
  polarity: Polarity;
  emotion: Emotion | null;
  source: SentimentSource;
}

/** What a mean feeling says, for colouring: none stated, negative, neutral or positive. */
export const FEELING_TONES = ['none', 'negative', 'neutral', 'positive'] as const;
export type FeelingTone = (typeof FEELING_TONES)[number];

export const CHANNEL_KINDS = ['traditional', 'digital', 'unknown'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface ChannelRef {
  /** Display name as written on the board ("Telefoon"). */
  name: string;
  /** Canonical id ("phone") or null for a custom channel. */
  id: string | null;
  kind: ChannelKind;
}

export const LANE_KINDS = ['emotion', 'thoughts', 'pains', 'opportunities', 'conversion'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const RULE_IDS = [
  'no-journey',
  'phase-empty',
  'phase-missing',
  'emotion-missing',
  'pain-hotspot',
  'emotion-drop',
  'pain-unaddressed',
  'channel-unused',
  'single-channel',
  'persona-missing',
  'unplaced-sticky',
  'empty-sticky',
  'duplicate-touchpoint',
  'single-author',
  'layout-unread',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Effort and impact are both read on this three-step scale. */
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Effort = (typeof LEVELS)[number];
export type Impact = (typeof LEVELS)[number];

/** Every sticky on the board is accounted for exactly once, in one of these roles. */
export const STICKY_ROLES = ['touchpoint', 'attribute', 'persona', 'improvement', 'unplaced', 'ignored'] as const;
export type StickyRole = (typeof STICKY_ROLES)[number];

/**
 * For the default branch of a switch over a closed union: the call only compiles when every case
 * is handled (x has narrowed to never), and throws if a value from outside the type arrives anyway.
 */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
