// The pains of a phase: its negative touchpoints, then the stickies of its pain-point lane
// ("Pijnpunten", "Pain points"), which are pains whatever their words say.
import type { Phase, Touchpoint } from './model';

export function painsOf(phase: Phase): Touchpoint[] {
  const pains = phase.touchpoints.filter((t) => t.sentiment.polarity < 0);
  return phase.lanePains.length === 0 ? pains : [...pains, ...phase.lanePains];
}
