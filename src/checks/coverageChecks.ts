// Is the journey complete: every phase filled, every standard stage there, a persona, channels used.
import { STAGE_IDS } from '../domain';
import type { CheckContext } from './checkContext';
import { finding, type PlacedFinding } from './finding';

/** Standard stages a journey must name before a missing one counts as forgotten. */
const MIN_STANDARD_PHASES = 3;
const MIN_TOUCHPOINTS_FOR_CHANNEL_CHECK = 3;

export function coverageChecks({ model, strings }: CheckContext): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  for (const journey of model.journeys) {
    const staged = journey.phases.filter((p) => p.stage !== null);
    if (staged.length >= MIN_STANDARD_PHASES) {
      // A merged phase ("Retentie/Loyaliteit", "Post-purchase") stands for every stage it covers.
      const present = new Set(staged.flatMap((p) => (p.reading.stage === null ? [] : p.reading.covers)));
      for (const stage of STAGE_IDS) {
        if (present.has(stage)) continue;
        out.push(
          finding('phase-missing', strings.findings.phaseMissing(journey.name, strings.stages[stage]), {
            journey,
            stage,
            nodeIds: journey.sectionId ? [journey.sectionId] : journey.phases.map((p) => p.id),
          }),
        );
      }
    }
    if (journey.personas.length === 0) {
      out.push(
        finding('persona-missing', strings.findings.personaMissing(journey.name), {
          journey,
          nodeIds: journey.sectionId ? [journey.sectionId] : journey.phases.map((p) => p.id),
        }),
      );
    }
    // On a journey with no touchpoint at all (a fresh template) every lane is trivially unused and
    // phase-empty already says what to do: one marker per channel would only be noise.
    const hasTouchpoints = journey.phases.some((p) => p.touchpoints.length > 0);
    for (const lane of hasTouchpoints ? journey.channels : []) {
      if (lane.nodeIds.length === 0 || lane.touchpointCount > 0) continue;
      out.push(finding('channel-unused', strings.findings.channelUnused(lane.channel.name), { journey, channel: lane.channel.name, nodeIds: [...lane.nodeIds] }));
    }
    for (const phase of journey.phases) {
      if (phase.touchpoints.length === 0) {
        out.push(finding('phase-empty', strings.findings.phaseEmpty(phase.name), { journey, phase, nodeIds: [phase.id] }));
        continue;
      }
      if (phase.touchpoints.length < MIN_TOUCHPOINTS_FOR_CHANNEL_CHECK) continue;
      // Only where the board names a channel for every touchpoint: otherwise we cannot tell.
      const first = phase.touchpoints[0]?.channel;
      if (first && phase.touchpoints.every((t) => t.channel?.key === first.key)) {
        out.push(
          finding('single-channel', strings.findings.singleChannel(phase.name, first.name), {
            journey,
            phase,
            channel: first.name,
            nodeIds: phase.touchpoints.map((t) => t.nodeId),
          }),
        );
      }
    }
  }
  return out;
}
