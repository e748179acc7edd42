// Building a finding with its place in the stable order (journey, phase, rule, as found).
import type { Journey, Phase } from '../journey/model';
import type { RuleId, StageId } from '../domain';
import type { Finding } from '../report/types';
import { SEVERITY_OF } from './rules';
import { stripControls } from '../stripControls';

export interface PlacedFinding {
  finding: Finding;
  journeyOrder: number;
  /** −1 for findings about the journey as a whole (they come before its phases). */
  phaseOrder: number;
}

export interface FindingPlace {
  journey?: Journey | null;
  phase?: Phase | null;
  channel?: string | null;
  stage?: StageId | null;
  nodeIds: string[];
}

export function finding(rule: RuleId, message: string, place: FindingPlace): PlacedFinding {
  const { journey = null, phase = null } = place;
  return {
    finding: {
      rule,
      severity: SEVERITY_OF.get(rule) ?? 'info',
      message,
      journey: journey ? { id: journey.id, name: journey.name } : null,
      phase: phase ? { id: phase.id, name: phase.name } : null,
      channel: place.channel ? { name: place.channel } : null,
      stage: place.stage ?? phase?.stage ?? null,
      nodeIds: place.nodeIds,
    },
    journeyOrder: journey ? journey.index : Infinity,
    phaseOrder: phase ? phase.index : -1,
  };
}

const SPACES = /\s+/g;
const PLAIN_LINE = /^[^\s]*(?: [^\s]+)*$/;
const MAX_QUOTE = 60;
/** Left-to-right and right-to-left marks: harmless in the sticky, confusing inside a message. */
const DIRECTION_MARKS = /[\u200e\u200f]/g;

/** A sticky's text as quoted in a message: one line, no control characters, at most 60 characters. */
export function quote(text: string): string {
  const spaced = PLAIN_LINE.test(text) ? text : text.replace(SPACES, ' ').trim();
  // White space is already one-line here, so only the controls and direction marks are left to drop.
  const line = stripControls(spaced).replace(DIRECTION_MARKS, '');
  return line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line;
}
