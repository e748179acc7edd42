// Words of a sticky text, folded, and the meaningful ones among them for matching ideas to pains.
import { foldText } from '../vocabulary/foldName';
import { DOMAIN_STOP_WORDS, DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopWords';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING = /^[\u0300-\u036f]$/;
const DIGITS_ONLY = /^\d+$/;
// Anything but printable ASCII and white space: such a text takes the char loop (same words, slower).
const NOT_ASCII = /[^\t\n\v\f\r -\x7f]/;
const ASCII_WORD = /[a-z0-9]+/g;
// Longest first: the first suffix that leaves a stem of 4+ letters is removed.
const SUFFIXES = ['ingen', 'ing', 'heid', 'en', 'es', 'ed', 'er', 's', 'e'] as const;
const KEY_LENGTH = 5;
const IGNORED_WORDS: ReadonlySet<string> = new Set([...DUTCH_STOP_WORDS, ...ENGLISH_STOP_WORDS, ...DOMAIN_STOP_WORDS]);

/** Folded words of a text (lower case, no accents), in order. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // Plain ASCII (most sticky texts): the words are the runs of a-z and 0-9, found by the regex
  // engine natively (a char loop in JS costs several times more without a JIT).
  if (!NOT_ASCII.test(lower)) return lower.match(ASCII_WORD) ?? [];
  const found: string[] = [];
  // A hand-written scanner: sticky texts are mostly ASCII with emoji, and a Unicode regex over
  // every text was the engine's hottest spot. Letters beyond ASCII are checked one by one.
  let start = -1;
  let accented = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    let inWord: boolean;
    if (c < 128) inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdfff) inWord = false; // emoji and other astral symbols
    else inWord = LETTER_OR_DIGIT.test(lower.charAt(i)) || COMBINING.test(lower.charAt(i));
    if (inWord) {
      if (start < 0) {
        start = i;
        accented = false;
      }
      if (c >= 128) accented = true;
    } else if (start >= 0) {
      const w = lower.slice(start, i);
      found.push(accented ? foldText(w) : w);
      start = -1;
    }
  }
  return found;
}

/** Words that carry meaning: no stop words (NL/EN), no domain words, no numbers, 3+ letters. */
export function meaningfulWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (isMeaningful(w)) out.push(w);
  return out;
}

function isMeaningful(w: string): boolean {
  return w.length >= 3 && !IGNORED_WORDS.has(w) && !DIGITS_ONLY.test(w);
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
