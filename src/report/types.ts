/**
 * The report: the contract's JSON shape (`journey-check --format json`, the panel, the
 * plugin's export). Fields of the contract (README, "The report") are kept exactly;
 * extra fields are additions, never renames. Keep this stable; document changes in README.
 */
import type {
  ChannelRef,
  Effort,
  FeelingTone,
  Impact,
  Lang,
  LaneKind,
  RuleId,
  Sentiment,
  Severity,
  StageId,
  StickyRole,
} from '../domain';
import type { StageHow } from '../vocabulary/stageReading';

// The report speaks in the engine's value types; importers of the contract find them here too.
export {
  EMOTIONS,
  STAGE_IDS,
  type ChannelKind,
  type ChannelRef,
  type Effort,
  type Emotion,
  type FeelingTone,
  type Impact,
  type Lang,
  type LaneKind,
  type Polarity,
  type RuleId,
  type Sentiment,
  type SentimentSource,
  type Severity,
  type StageId,
  type StickyRole,
} from '../domain';

export interface TouchpointReport {
  nodeId: string;
  text: string;
  channel: ChannelRef | null;
  sentiment: Sentiment;
  votes: number;
  author: string | null;
}

export interface AttributeReport {
  nodeId: string;
  lane: LaneKind;
  text: string;
  sentiment: Sentiment;
}

export interface PhaseReport {
  id: string;
  name: string;
  stage: StageId | null;
  touchpoints: TouchpointReport[];
  /**
   * Stickies of the phase's lanes. Those of an emotion lane are the phase's lane feelings (they
   * count in meanScore and for emotion-missing); a pain lane's are pains; an opportunity lane's
   * are improvement candidates too (role 'improvement').
   */
  attributes: AttributeReport[];
  /** Mean score of the touchpoints and emotion-lane stickies that state a feeling; null if none. Includes lane feelings. */
  meanScore: number | null;
  /**
   * How the title was read as its stage (addition): exactly, by an alias, or tolerantly (a
   * plural, verb form or typo: "Gebruick" → use), from which title, and every stage the phase
   * stands for (two for a merged name such as "Post-purchase"). null for an own phase. The engine
   * always sets it; optional only so reports written before it existed still read.
   */
  read?: StageReadReport | null;
}

export type BoardVotes = 'counted' | 'not-in-download';

export interface StageReadReport {
  how: StageHow;
  /** The title as written (trimmed). */
  from: string;
  covers: StageId[];
}

/** One phase × channel cell of the coverage grid: what the panel's Coverage view shows as is. */
export interface CoverageCellReport {
  phaseId: string;
  /** Touchpoints in the cell. */
  touchpoints: number;
  /** Whether any of them states a feeling (score, emotion, or an explicit neutral tag or face). */
  feelingStated: boolean;
  /** Mean score of those that state a feeling, rounded to 2 decimals; null if none does. */
  meanScore: number | null;
  /** What the mean says: negative at ≤ −0.5, positive at ≥ +0.5, none when no feeling is stated. */
  tone: FeelingTone;
  /** The touchpoints' node ids, in phase order. */
  nodeIds: string[];
}

/** A channel's row of the coverage grid; one cell per phase, in phase order. */
export interface CoverageRowReport {
  /** The channel's display name, or null for the row of touchpoints without a channel. */
  channel: string | null;
  cells: CoverageCellReport[];
}

export interface PersonaReport {
  nodeId: string;
  name: string;
  /** Texts of the stickies in the persona section. */
  notes: string[];
  /** true when the persona section lies on the page level and serves every journey. */
  global: boolean;
}

export interface ChannelLaneReport extends ChannelRef {
  /** Node id of the cell section(s) or row label that declares it. */
  nodeIds: string[];
  touchpointCount: number;
}

export interface ParticipationReport {
  /** phase id → author → number of stickies written. Empty when no author names are known. */
  byPhase: { phaseId: string; phaseName: string; authors: { name: string; count: number }[] }[];
}

export interface ChannelMixReport {
  byPhase: { phaseId: string; phaseName: string; traditional: number; digital: number; unknown: number }[];
}

export interface JourneyReport {
  id: string;
  name: string;
  personas: PersonaReport[];
  phases: PhaseReport[];
  channels: ChannelLaneReport[];
  /** Mean score per phase in phase order (null where no feeling is stated). */
  emotionCurve: { phaseId: string; phaseName: string; score: number | null }[];
  participation: ParticipationReport;
  channelMix: ChannelMixReport;
  /**
   * Phase × channel grid: a row per channel of `channels` (same order), then a row with channel
   * null when some touchpoints name no channel. Addition to the contract.
   */
  coverage: CoverageRowReport[];
  bounds: { x: number; y: number; width: number; height: number } | null;
  /** How complete the journey is, and what is missing as next steps (src/progress/completeness.ts). */
  completeness: CompletenessReport;
}

/** The parts of a journey's completeness, each with its weight in docs/workshop-progress.md. */
export type CompletenessPart = 'stages' | 'feelings' | 'pains' | 'channels' | 'persona';

export interface CompletenessReport {
  /** 0…100, whole percent. */
  percent: number;
  /** One next step per part that is not full, in the report language. */
  missing: { key: CompletenessPart; message: string }[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  journey: { id: string; name: string } | null;
  phase: { id: string; name: string } | null;
  channel: { name: string } | null;
  stage: StageId | null;
  nodeIds: string[];
}

export interface ImprovementReport {
  rank: number;
  text: string;
  /** The improvement sticky, or null for a pain that still needs an idea. */
  nodeId: string | null;
  /** For "needs an idea" rows: the pain touchpoint it stands for. */
  painNodeId: string | null;
  kind: 'idea' | 'needs-idea';
  journey: { id: string; name: string } | null;
  score: number;
  effort: Effort | null;
  impact: Impact | null;
  votes: number;
  quickWin: boolean;
  /** Node ids of the pain touchpoints it addresses. */
  addresses: string[];
  /** How the pains were matched: connector, shared words, or none. */
  matchedBy: 'connector' | 'words' | 'none';
  /** Short reason in the report language ("2 pains in Kopen, 3 votes, effort low"). */
  why: string;
}

export interface StickyAccount {
  nodeId: string;
  role: StickyRole;
  /** For 'ignored': why (legend, empty, generated by Journey Check, hidden …). */
  reason: string | null;
}

export interface Report {
  /** Report format version; bump on breaking change. */
  version: 1;
  board: {
    name: string;
    /**
     * Whether votes could be counted (addition; the engine always sets it): 'counted' in the
     * plugin and for a download that holds stamps; 'not-in-download' for a REST download with no
     * stamp at all, where every vote count reads 0 because the download may not carry stamps.
     */
    votes?: BoardVotes;
  };
  lang: Lang;
  journeys: JourneyReport[];
  findings: Finding[];
  improvements: ImprovementReport[];
  stickies: StickyAccount[];
  summary: {
    journeys: number;
    phases: number;
    touchpoints: number;
    errors: number;
    warnings: number;
    infos: number;
    improvements: number;
  };
}
