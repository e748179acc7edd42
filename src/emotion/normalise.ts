/**
 * Lower case, accents off ("Geïrriteerd" → "geirriteerd", also when written with a combining
 * diaeresis), curly apostrophes straight. A table instead of String.prototype.normalize: the
 * plugin sandbox is a small VM, and the table is faster.
 */
const HAS_MARKS = /[\u00e0-\u00ff\u2019]|[\u0300-\u036f]/;
const MARKED = /[\u00e0-\u00ff\u2019]|[\u0300-\u036f]/g;

const PLAIN: Record<string, string> = { '\u2019': "'" };
for (const [plain, marked] of [
  ['a', 'àáâãäå'],
  ['c', 'ç'],
  ['e', 'èéêë'],
  ['i', 'ìíîï'],
  ['n', 'ñ'],
  ['o', 'òóôõöø'],
  ['u', 'ùúûü'],
  ['y', 'ýÿ'],
] as const) {
  for (const ch of marked) PLAIN[ch] = plain;
}
for (let c = 0x300; c <= 0x36f; c++) PLAIN[String.fromCharCode(c)] = '';

export function normalise(text: string): string {
  return foldMarks(text.toLowerCase());
}

/** normalise() of a text its caller has lower-cased already (one lower-casing serves more readers). */
export function foldMarks(lower: string): string {
  if (!HAS_MARKS.test(lower)) return lower;
  return lower.replace(MARKED, (ch) => PLAIN[ch] ?? ch);
}
