// Plural and verb forms of one folded word (NL/EN), so "Considerations", "Retouren", "Gebruikt",
// "Oriënteer" and "Buying" meet the stage names they are forms of. Light on purpose: each form
// is the word with at most one common ending off, then Dutch spelling evened out.

// Endings of plurals, verb forms and participles. 'ies' → 'y' is handled apart.
const ENDINGS = ['ingen', 'ing', 'end', 'ende', 'es', 'en', 'ed', 'de', 'te', 's', 'e', 't', 'd'] as const;
const MIN_STEM = 3;
const VOWELS = 'aeiou';

/**
 * The forms a word can be compared by: the word and every stem left by taking one ending off,
 * each with a doubled end consonant made single ("bestell" → "bestel") and a doubled vowel made
 * single ("koop" → "kop"), so open and closed Dutch syllables meet.
 */
export function wordForms(word: string): Set<string> {
  const out = new Set<string>([even(word)]);
  if (word.endsWith('ies') && word.length - 3 >= MIN_STEM - 1) out.add(even(`${word.slice(0, -3)}y`));
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) out.add(even(word.slice(0, -ending.length)));
  }
  return out;
}

/** One spelling for Dutch open/closed syllables: the last doubled consonant and doubled vowels made single. */
function even(stem: string): string {
  let s = stem;
  const last = s.charAt(s.length - 1);
  if (s.length > MIN_STEM && last === s.charAt(s.length - 2) && !VOWELS.includes(last)) s = s.slice(0, -1);
  return s.replace(/([aeou])\1/g, '$1');
}
