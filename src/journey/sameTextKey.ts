/** "Same text" for the duplicate check: ignoring case and spacing (accents, punctuation and tags still count). */
const SPACES = /\s+/g;
const PLAIN_LINE = /^\S*(?: \S+)*$/;

export function sameTextKey(text: string): string {
  return sameTextKeyOfLower(text.toLowerCase());
}

/** sameTextKey of a text its caller has lower-cased already. */
export function sameTextKeyOfLower(lower: string): string {
  return PLAIN_LINE.test(lower) ? lower : lower.replace(SPACES, ' ').trim();
}
