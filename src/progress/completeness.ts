/**
 * How complete a journey is, as one figure and a list of next steps. Five parts, each a fraction
 * 0…1, weighted (documented in docs/workshop-progress.md):
 * - stages (30): the five standard stages present — or, for a journey in the team's own phases,
 *   the phases that hold at least one touchpoint;
 * - feelings (25): phases where a feeling is stated (a touchpoint's or an emotion lane's);
 * - pains (20): pain touchpoints an improvement idea addresses (all, when there is no pain);
 * - channels (15): the nine channels of the template plus the team's own, considered when a
 *   touchpoint uses them (an empty lane of the template is not yet a channel considered);
 * - persona (10): someone the journey is about.
 * Computed from the report alone, so the plugin, the panel and the command line agree.
 */
import { STAGE_IDS, type StageId } from '../domain';
import type { ProgressStrings } from './progressStrings';
import type { CompletenessPart, CompletenessReport, ImprovementReport, JourneyReport } from '../report/types';

export type Completeness = CompletenessReport;
export type MissingStep = CompletenessReport['missing'][number];

export const COMPLETENESS_PARTS: readonly CompletenessPart[] = ['stages', 'feelings', 'pains', 'channels', 'persona'];

/** The journey as the engine reports it, before its completeness is known. */
type JourneyParts = Omit<JourneyReport, 'completeness'>;

/** Weights of the parts; they add up to 100. */
export const COMPLETENESS_WEIGHTS: Readonly<Record<CompletenessPart, number>> = {
  stages: 30,
  feelings: 25,
  pains: 20,
  channels: 15,
  persona: 10,
};

/** The channels of the journey template, in its order (display names in the strings). */
export const TEMPLATE_CHANNEL_IDS = ['face-to-face', 'phone', 'website', 'email', 'newsletter', 'social', 'tv', 'radio', 'print'] as const;

export function completenessOf(journey: JourneyParts, improvements: readonly ImprovementReport[], strings: ProgressStrings): Completeness {
  const parts: Record<CompletenessPart, { done: number; of: number; step: string | null }> = {
    stages: stagesPart(journey, strings),
    feelings: feelingsPart(journey, strings),
    pains: painsPart(journey, improvements, strings),
    channels: channelsPart(journey, strings),
    persona: journey.personas.length > 0 ? { done: 1, of: 1, step: null } : { done: 0, of: 1, step: strings.missing.persona },
  };
  let total = 0;
  const missing: MissingStep[] = [];
  for (const key of COMPLETENESS_PARTS) {
    const part = parts[key];
    total += COMPLETENESS_WEIGHTS[key] * (part.of === 0 ? 1 : part.done / part.of);
    if (part.step !== null) missing.push({ key, message: part.step });
  }
  return { percent: Math.round(total), missing };
}

function stagesPart(journey: JourneyParts, strings: ProgressStrings): { done: number; of: number; step: string | null } {
  const present = new Set<StageId>();
  for (const phase of journey.phases) for (const stage of stagesOfPhase(phase)) present.add(stage);
  if (present.size > 0) {
    const absent = STAGE_IDS.filter((s) => !present.has(s));
    return { done: present.size, of: STAGE_IDS.length, step: absent.length === 0 ? null : strings.missing.stages(absent.map((s) => strings.stages[s])) };
  }
  // The team's own phases: complete when every phase holds something.
  const empty = journey.phases.filter((p) => p.touchpoints.length === 0);
  if (journey.phases.length === 0) return { done: 0, of: 1, step: strings.missing.noPhases };
  return { done: journey.phases.length - empty.length, of: journey.phases.length, step: empty.length === 0 ? null : strings.missing.emptyPhases(empty.map((p) => p.name)) };
}

/** A phase's standard stages: the one it is read as, and those a merged name covers ("Pre-purchase"). */
function stagesOfPhase(phase: JourneyParts['phases'][number]): StageId[] {
  const covers = phase.read?.covers ?? [];
  return phase.stage === null ? [...covers] : [phase.stage, ...covers];
}

function feelingsPart(journey: JourneyParts, strings: ProgressStrings): { done: number; of: number; step: string | null } {
  const silent = journey.phases.filter((phase) => !phaseStatesFeeling(phase));
  return { done: journey.phases.length - silent.length, of: journey.phases.length, step: silent.length === 0 ? null : strings.missing.feelings(silent.map((p) => p.name)) };
}

function phaseStatesFeeling(phase: JourneyParts['phases'][number]): boolean {
  if (phase.meanScore !== null) return true;
  return phase.attributes.some((a) => a.lane === 'emotion' && (a.sentiment.polarity !== 0 || a.sentiment.emotion !== null || a.sentiment.source !== 'none'));
}

function painsPart(journey: JourneyParts, improvements: readonly ImprovementReport[], strings: ProgressStrings): { done: number; of: number; step: string | null } {
  const pains = journey.phases.flatMap((p) => p.touchpoints.filter((t) => t.sentiment.polarity < 0).map((t) => t.nodeId));
  const addressed = new Set<string>();
  for (const idea of improvements) if (idea.kind === 'idea') for (const id of idea.addresses) addressed.add(id);
  const open = pains.filter((id) => !addressed.has(id)).length;
  return { done: pains.length - open, of: pains.length, step: open === 0 ? null : strings.missing.pains(open) };
}

function channelsPart(journey: JourneyParts, strings: ProgressStrings): { done: number; of: number; step: string | null } {
  const considered = new Set<string>();
  const own = new Set<string>();
  const note = (channel: { id: string | null; name: string } | null) => {
    if (!channel) return;
    if (channel.id === null) own.add(channel.name.toLowerCase());
    else considered.add(channel.id);
  };
  for (const lane of journey.channels) if (lane.touchpointCount > 0) note(lane);
  for (const phase of journey.phases) for (const touchpoint of phase.touchpoints) note(touchpoint.channel);
  const template = TEMPLATE_CHANNEL_IDS.filter((id) => considered.has(id)).length;
  const other = [...considered].filter((id) => !(TEMPLATE_CHANNEL_IDS as readonly string[]).includes(id)).length;
  const absent = TEMPLATE_CHANNEL_IDS.filter((id) => !considered.has(id));
  const of = TEMPLATE_CHANNEL_IDS.length + own.size + other;
  return { done: template + own.size + other, of, step: absent.length === 0 ? null : strings.missing.channels(absent.map((id) => strings.channels[id])) };
}
