// Words of a sticky text, folded, and the meaningful ones among them for matching ideas to pains.
import { foldText } from '../vocabulary/foldName';
import { DOMAIN_STOP_WORDS, DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopWords';

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const ASCII_ONLY = /^[\t\n\r\x20-\x7e]*$/;
const DIGITS_ONLY = /^\d+$/;
// Longest first: the first suffix that leaves a stem of 4+ letters is removed.
const SUFFIXES = ['ingen', 'ing', 'heid', 'en', 'es', 'ed', 'er', 's', 'e'] as const;
const KEY_LENGTH = 5;
const IGNORED_WORDS: ReadonlySet<string> = new Set([...DUTCH_STOP_WORDS, ...ENGLISH_STOP_WORDS, ...DOMAIN_STOP_WORDS]);

/** Folded words of a text (lower case, no accents), in order. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower.match(ASCII_WORD) ?? [];
  // Fold accents word by word: emoji and punctuation never reach the (slow) normalisation.
  const found = lower.match(WORD) ?? [];
  for (let i = 0; i < found.length; i++) {
    const w = found[i] ?? '';
    if (!ASCII_ONLY.test(w)) found[i] = foldText(w);
  }
  return found;
}

/** Words that carry meaning: no stop words (NL/EN), no domain words, no numbers, 3+ letters. */
export function meaningfulWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 3 || DIGITS_ONLY.test(w)) continue;
    if (IGNORED_WORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

/**
 * The matching key of a word: a light stem (one common NL/EN suffix off) cut to its first five
 * letters, so "levering"/"leveringen" and "wachten"/"wachttijd" meet.
 */
export function wordKey(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 4) {
      stem = stem.slice(0, stem.length - suffix.length);
      break;
    }
  }
  return stem.slice(0, KEY_LENGTH);
}
