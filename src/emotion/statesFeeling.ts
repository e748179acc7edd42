// Whether a reading says how the customer feels: the one rule every mean, count and render uses.
import type { Sentiment } from '../domain';

/**
 * A feeling is stated by a score, a named emotion, or an explicit neutral mark: a tag such as
 * "emotie: neutraal" / "(0)" or a neutral face (😐). Those read as score 0 and no emotion, yet
 * the team did say how the customer feels, so they count for the phase's mean and coverage.
 */
export function statesFeeling(s: Readonly<Sentiment>): boolean {
  return s.score !== 0 || s.emotion !== null || s.source === 'tag' || s.source === 'emoji';
}
