// The mean feeling of a phase: over the touchpoints that state one.
import type { Touchpoint } from './model';
import type { Sentiment } from '../domain';

/**
 * A feeling is stated by a score, a named emotion, or an explicit neutral mark: a tag such as
 * "emotie: neutraal" / "(0)" or a neutral face (😐). Those read as score 0 and no emotion, yet
 * the team did say how the customer feels, so they count for the phase's mean and coverage.
 */
export function statesFeeling(s: Sentiment): boolean {
  return s.score !== 0 || s.emotion !== null || s.source === 'tag' || s.source === 'emoji';
}

/** Mean score of the touchpoints that state a feeling, rounded to 2 decimals; null when none does. */
export function meanScore(touchpoints: readonly Touchpoint[]): number | null {
  let sum = 0;
  let count = 0;
  for (const t of touchpoints) {
    if (!statesFeeling(t.sentiment)) continue;
    sum += t.sentiment.score;
    count++;
  }
  return count === 0 ? null : Math.round((sum / count) * 100) / 100;
}
