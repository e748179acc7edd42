// Folding makes "1. Oriëntatie", "ORIENTATIE" and "oriëntatie!" the same key.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Lower case without accents (text kept otherwise). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Lower case, no accents, every run of punctuation/space/emoji becomes one space, trimmed. */
export function foldName(text: string): string {
  return foldText(text).replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}
