/**
 * The feeling a sticky states, read in the contract's order: an explicit tag wins, then emoji,
 * then words (the board's language first, the other when the first states nothing decisive).
 * Score −2…+2 with one decimal; polarity its sign (words: beyond a small dead zone); emotion only
 * when a canonical feeling is stated or clearly shown. A stronger source without an emotion takes
 * the emotion the words state when they point the same way ("+2 blij met de service").
 */
import type { Emotion, Lang, Polarity, Sentiment } from '../domain';
import { foldMarks, normalise } from './normalise';
import { readEmoji } from './readEmoji';
import { readTags } from './readTags';
import { languageLead, readTokens, tokeniseForReading, type WordReading } from './readWords';

/** Word sums (tenths of the unit scale) closer to zero than this state no feeling. */
const WORD_DEAD_ZONE = 3;
/** Texts longer than this are read from their start: a sticky is short; a pasted essay need not cost more. */
const MAX_CHARS = 2000;

const NONE: Sentiment = { score: 0, polarity: 0, emotion: null, source: 'none' };

export function readSentiment(text: string, lang: Lang): Sentiment {
  return readNormalised(normalise(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text), lang);
}

/** readSentiment of `text` whose caller holds `lower` = text.toLowerCase() already (the model shares it with the duplicate key). */
export function readSentimentOfLowered(text: string, lower: string, lang: Lang): Sentiment {
  return text.length > MAX_CHARS ? readSentiment(text, lang) : readNormalised(foldMarks(lower), lang);
}

function readNormalised(norm: string, lang: Lang): Sentiment {
  if (norm.trim() === '') return { ...NONE };

  const tag = readTags(norm);
  if (tag !== null) {
    const score = tag.score ?? 0;
    const emotion = tag.emotionTagged ? tag.emotion : wordEmotionAgreeing(norm, lang, score);
    return { score, polarity: sign(score), emotion, source: 'tag' };
  }

  const emoji = readEmoji(norm);
  if (emoji !== null && emoji.score !== 0) {
    const emotion = emoji.emotion ?? wordEmotionAgreeing(norm, lang, emoji.score);
    return { score: emoji.score, polarity: sign(emoji.score), emotion, source: 'emoji' };
  }

  const words = readBothLanguages(norm, lang);
  if (Math.abs(words.raw) >= WORD_DEAD_ZONE) {
    const score = clampScore(words.raw / 5);
    const emotion = words.emotion !== null && emotionSign(words.emotion, words.raw) ? words.emotion : null;
    return { score, polarity: sign(score), emotion, source: 'words' };
  }
  // A neutral face is a statement too: "nothing special here".
  if (emoji !== null) return { score: 0, polarity: 0, emotion: null, source: 'emoji' };
  return { ...NONE };
}

/** The board's language first; the other one when the first states nothing decisive. */
function readBothLanguages(norm: string, lang: Lang): WordReading {
  // One split serves both readings.
  const text = tokeniseForReading(norm);
  const first = readTokens(text, lang);
  const lead = languageLead(text, lang);
  // A text plainly in the other language is read in that one only: "the same boots" are no
  // Dutch "boos" on a Dutch board.
  if (lead < 0) return readTokens(text, lang === 'nl' ? 'en' : 'nl');
  // Not when the text is plainly in the board's language: "feels" is no Dutch "fel".
  if (Math.abs(first.raw) >= WORD_DEAD_ZONE || lead > 0) return first;
  const other = readTokens(text, lang === 'nl' ? 'en' : 'nl');
  return Math.abs(other.raw) > Math.abs(first.raw) ? other : first;
}

function wordEmotionAgreeing(norm: string, lang: Lang, score: number): Emotion | null {
  if (score === 0) return null;
  const words = readBothLanguages(norm, lang);
  return words.emotion !== null && emotionSign(words.emotion, score) ? words.emotion : null;
}

const NEGATIVE: ReadonlySet<Emotion> = new Set(['uncertain', 'irritated', 'disappointed', 'angry']);

function emotionSign(emotion: Emotion, value: number): boolean {
  return NEGATIVE.has(emotion) ? value < 0 : value > 0;
}

function sign(score: number): Polarity {
  return score > 0 ? 1 : score < 0 ? -1 : 0;
}

function clampScore(value: number): number {
  return Math.max(-2, Math.min(2, Math.round(value * 10) / 10));
}
