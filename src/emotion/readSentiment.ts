// Seed: explicit score tags only. Replaced by the emotion work (tags, emoji, lexicon words).
import type { Sentiment } from '../report/types';
import type { Lang } from '../settings';

export function readSentiment(text: string, _lang: Lang): Sentiment {
  const m = /(^|\s)([+-][12])\b/.exec(text);
  if (!m || !m[2]) return { score: 0, polarity: 0, emotion: null, source: 'none' };
  const score = Number(m[2]);
  return { score, polarity: score > 0 ? 1 : -1, emotion: null, source: 'tag' };
}
