// The words an idea and a pain can share: whole words after folding (case, accents) and one
// plural or verb ending off, so "levering"/"leveringen" and "check"/"checked" meet but "check"
// never meets "checkout" or "check-in" (a compound is a word of its own).
import { DOMAIN_STOP_WORDS, DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from '../language/stopWords';
import { foldText } from '../vocabulary/foldName';

/** A word with its hyphen or apostrophe joins ("check-in", "e-mail", "sms'je"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** The same for plain ASCII text, most sticky texts (the Unicode pattern is several times slower). */
const ASCII_WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;
const ASCII_ONLY = /^[\t\n\r\x20-\x7e]*$/;
const DIGITS_ONLY = /^\d+$/;
const MIN_LETTERS = 3;
/** Endings taken off (the first that fits, leaving 4+ letters). */
const ENDINGS = ['ingen', 'ing', 'es', 'en', 'ed', 's', 'e'] as const;
const MIN_STEM = 4;
const IGNORED: ReadonlySet<string> = new Set([...DUTCH_STOP_WORDS, ...ENGLISH_STOP_WORDS, ...DOMAIN_STOP_WORDS]);
const VOWELS = 'aeiou';

export interface MatchWord {
  /** As written, folded ("leveringen"): what the report quotes. */
  word: string;
  /** What it is compared by ("lever"). */
  key: string;
}

/** The meaningful words of a text, each once, in order: no stop words, numbers or words under 3 letters. */
export function matchWords(text: string): MatchWord[] {
  const out: MatchWord[] = [];
  const seen = new Set<string>();
  const folded = foldText(text);
  for (const [raw] of folded.matchAll(ASCII_ONLY.test(folded) ? ASCII_WORD : WORD)) {
    const word = raw.replace(/’/g, "'");
    if (word.length < MIN_LETTERS || IGNORED.has(word) || DIGITS_ONLY.test(word)) continue;
    const key = matchKey(word);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ word, key });
  }
  return out;
}

/** The key a word is compared by: one plural or verb ending off, a doubled last consonant made single. */
export function matchKey(word: string): string {
  let stem = word;
  if (stem.endsWith('ies') && stem.length - 3 >= MIN_STEM - 1) stem = `${stem.slice(0, -3)}y`;
  else {
    for (const ending of ENDINGS) {
      if (stem.endsWith(ending) && stem.length - ending.length >= MIN_STEM) {
        stem = stem.slice(0, -ending.length);
        break;
      }
    }
  }
  const last = stem.charAt(stem.length - 1);
  if (stem.length > MIN_STEM && last === stem.charAt(stem.length - 2) && !VOWELS.includes(last)) stem = stem.slice(0, -1);
  return stem;
}
