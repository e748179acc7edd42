// How the customer feels: phases without a stated emotion, pain hotspots, sudden drops, pains nobody tackles.
import type { Phase } from '../journey/model';
import type { CheckContext } from './checkContext';
import { finding, type PlacedFinding, quote } from './finding';
import { phaseMeanScore, phaseStatesFeeling } from '../journey/phaseFeelings';
import { painsOf } from '../journey/phasePains';

const HOTSPOT_MIN_PAINS = 2;
const DROP = 2;
const EPSILON = 1e-9;

export function emotionChecks({ model, strings, addressedPains }: CheckContext): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  for (const journey of model.journeys) {
    let previous: { phase: Phase; mean: number } | null = null;
    for (const phase of journey.phases) {
      const { touchpoints } = phase;
      // An emotion lane's stickies are the phase's stated feelings, as much as a touchpoint's words.
      if (touchpoints.length > 0 && !phaseStatesFeeling(phase)) {
        out.push(finding('emotion-missing', strings.findings.emotionMissing(phase.name), { journey, phase, nodeIds: [phase.id] }));
      }
      // Negative touchpoints and the stickies of the phase's pain lane.
      const pains = painsOf(phase);
      const mean = phaseMeanScore(phase);
      if (pains.length >= HOTSPOT_MIN_PAINS && mean !== null && mean < 0) {
        out.push(finding('pain-hotspot', strings.findings.painHotspot(phase.name, pains.length), { journey, phase, nodeIds: pains.map((t) => t.nodeId) }));
      }
      // Phases where no feeling is stated are skipped: the drop is measured to the next phase that has one.
      if (mean !== null) {
        if (previous && previous.mean - mean >= DROP - EPSILON) {
          const drop = formatDrop(previous.mean - mean);
          out.push(
            finding('emotion-drop', strings.findings.emotionDrop(previous.phase.name, phase.name, drop), {
              journey,
              phase,
              nodeIds: [previous.phase.id, phase.id],
            }),
          );
        }
        previous = { phase, mean };
      }
      for (const pain of pains) {
        if (addressedPains.has(pain.nodeId)) continue;
        out.push(
          finding('pain-unaddressed', strings.findings.painUnaddressed((pain.facts.quoted ??= quote(pain.text))), {
            journey,
            phase,
            channel: pain.channel?.name ?? null,
            nodeIds: [pain.nodeId],
          }),
        );
      }
    }
  }
  return out;
}

function formatDrop(drop: number): string {
  return String(Math.round(drop * 10) / 10);
}
