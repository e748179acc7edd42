// The mean feeling of a group of touchpoints (a phase, a phase × channel cell) and what it says.
import type { FeelingTone, Sentiment } from '../domain';
import { statesFeeling } from '../emotion/statesFeeling';

/** Mean score of the stickies (touchpoints, emotion-lane stickies) that state a feeling, rounded to 2 decimals; null when none does. */
export function meanScore(touchpoints: readonly { readonly sentiment: Readonly<Sentiment> }[]): number | null {
  let sum = 0;
  let count = 0;
  for (const t of touchpoints) {
    if (!statesFeeling(t.sentiment)) continue;
    sum += t.sentiment.score;
    count++;
  }
  return count === 0 ? null : Math.round((sum / count) * 100) / 100;
}

/** From this distance to neutral on (inclusive) a mean reads as negative or positive. */
export const TONE_THRESHOLD = 0.5;

/** What a mean says: none (no feeling stated), negative (≤ −0.5), positive (≥ +0.5), else neutral. */
export function feelingTone(mean: number | null): FeelingTone {
  if (mean === null) return 'none';
  if (mean <= -TONE_THRESHOLD) return 'negative';
  if (mean >= TONE_THRESHOLD) return 'positive';
  return 'neutral';
}
