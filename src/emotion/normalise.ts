/** Lower case, accents off ("Geïrriteerd" → "geirriteerd"), curly apostrophes straight. */
const HAS_MARKS = /[\u00c0-\u024f\u2019]|[\u0300-\u036f]/;
const COMBINING = /[\u0300-\u036f]/g;

export function normalise(text: string): string {
  const lower = text.toLowerCase();
  if (!HAS_MARKS.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING, '').replace(/\u2019/g, "'");
}
