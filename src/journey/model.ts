// The journey model: what the board means, before any check or ranking looks at it.
import type { ChannelRef, LaneKind, Sentiment, StageId } from '../domain';
import type { PersonaReport, StickyAccount } from '../report/types';
import type { Rect } from '../snapshot';
import type { StageReading } from '../vocabulary/stageReading';
import type { UnreadStructure } from './unreadLayout';

/** A channel as a touchpoint uses it; `key` groups the same channel under different spellings. */
export interface ChannelInfo extends ChannelRef {
  key: string;
}

/**
 * What the engine derives from one distinct sticky text, shared by every touchpoint with that
 * text in one analysis: the sentiment is read when the model is built, the rest on first need.
 * A general per-analysis memo (copied stickies, "?"), so a repeated text costs nothing extra and
 * a unique one pays no look-up.
 */
export interface TextFacts {
  readonly sentiment: Readonly<Sentiment>;
  /** The text ignoring case and spacing (hygiene checks); set when first read as a touchpoint, else on first need. */
  sameTextKey: string | null;
  /** The text as a message quotes it (checks); null until first needed. */
  quoted: string | null;
  /** Matching keys of the text's meaningful words (idea matching); null until first needed. */
  matchKeys: readonly string[] | null;
}

export interface Touchpoint {
  nodeId: string;
  text: string;
  channel: ChannelInfo | null;
  /** Shared by stickies with the same text: read, never change. */
  sentiment: Readonly<Sentiment>;
  facts: TextFacts;
  votes: number;
  author: string | null;
  journeyIndex: number;
  phaseIndex: number;
}

export interface Attribute {
  nodeId: string;
  lane: LaneKind;
  text: string;
  /** Shared by stickies with the same text: read, never change. */
  sentiment: Readonly<Sentiment>;
  author: string | null;
}

export interface Phase {
  id: string;
  name: string;
  stage: StageId | null;
  /** How the title was read as a stage (or why not), among the journey's other phase titles. */
  reading: StageReading;
  bounds: Rect | null;
  index: number;
  touchpoints: Touchpoint[];
  /** Stickies of the phase's lanes (emotion, thoughts, pains, opportunities, conversion), in reading order. */
  attributes: Attribute[];
  /**
   * The stickies of a pain-point lane as pains (no touchpoints: they count for pain-unaddressed,
   * hotspots and idea matching). A lane sticky whose words state no feeling is a pain all the
   * same: its sentiment here is at least −1 (the attribute keeps the reading as is); one whose
   * words are positive ("no problem here 👍") is none.
   */
  lanePains: Touchpoint[];
}

/** A channel the journey declares (cell or row label) or a touchpoint names by tag (nodeIds empty). */
export interface ChannelLane {
  channel: ChannelInfo;
  nodeIds: string[];
  touchpointCount: number;
}

export interface StickyRef {
  nodeId: string;
  text: string;
  /** Phase index within its journey, or null. */
  phaseIndex: number | null;
  /** Where it lies (centre), when it has bounds. */
  centre?: { x: number; y: number } | null;
}

export interface Journey {
  id: string;
  name: string;
  index: number;
  /** Id of the journey's section; null for the journey of phases lying on the page. */
  sectionId: string | null;
  bounds: Rect | null;
  phases: Phase[];
  channels: ChannelLane[];
  personas: PersonaReport[];
  /** Stickies inside the journey but outside every phase. */
  unplaced: StickyRef[];
  /** Stickies without text inside the journey. */
  empty: StickyRef[];
}

export interface Idea {
  nodeId: string;
  text: string;
  /** The journey whose improvement section (or opportunity lane) holds it; null for a board-level section. */
  journeyIndex: number | null;
  /** The phase whose opportunity lane holds it; null for an improvement section. */
  phaseIndex: number | null;
  votes: number;
}

export interface JourneyModel {
  journeys: Journey[];
  ideas: Idea[];
  /** Stickies outside every journey and special section. */
  unplaced: StickyRef[];
  stickies: StickyAccount[];
  /** Touchpoints a connector ends on, by id (the only ones links can name). */
  touchpointsById: Map<string, Touchpoint>;
  /** Improvement sticky id → touchpoint ids joined to it by connectors (document order). */
  links: Map<string, string[]>;
  /** What looks like structure but was not used, and why (the layout-unread rule). */
  unread: UnreadStructure[];
}
