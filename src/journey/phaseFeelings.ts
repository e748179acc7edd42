// The feelings a phase states: its touchpoints' and the stickies of its emotion lane ("Emotie",
// "Feelings", "Gevoel"), which are the phase's stated feelings for emotion-missing, the mean and
// the curve. A touchpoint states a feeling when its text does; an emotion-lane sticky states one
// by standing in that lane, even when its words are not read (the mean counts only read scores).
import { statesFeeling } from '../emotion/statesFeeling';
import { meanScore } from './meanScore';
import type { Attribute, Phase } from './model';

/** The stickies of the phase's emotion lane, in reading order. */
export function laneFeelings(phase: Phase): Attribute[] {
  return phase.attributes.filter((a) => a.lane === 'emotion');
}

/** Whether anything in the phase states how the customer feels. */
export function phaseStatesFeeling(phase: Phase): boolean {
  return phase.touchpoints.some((t) => statesFeeling(t.sentiment)) || phase.attributes.some((a) => a.lane === 'emotion');
}

/** Mean score of the phase's touchpoints and emotion-lane stickies that state a feeling; null when none does. */
export function phaseMeanScore(phase: Phase): number | null {
  if (!phase.attributes.some((a) => a.lane === 'emotion')) return meanScore(phase.touchpoints);
  return meanScore([...phase.touchpoints, ...laneFeelings(phase)]);
}
