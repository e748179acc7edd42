// Folding makes "1. Oriëntatie", "ORIENTATIE" and "oriëntatie!" the same key.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII_ONLY = /^[\t\n\r\x20-\x7e]*$/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Lower case without accents (text kept otherwise). */
export function foldText(text: string): string {
  // Most sticky texts are plain ASCII: skip the (slow) Unicode normalisation for them.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Lower case, no accents, every run of punctuation/space/emoji becomes one space, trimmed. */
export function foldName(text: string): string {
  return foldText(text).replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}
