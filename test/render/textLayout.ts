/**
 * Text wrapping WITHOUT a font engine: the width of a line is estimated from per-character
 * advance widths of Inter (FigJam's default font) in em, grouped by character class:
 *
 *   space 0.28 · narrow (i l j t f r . , : ; ' ! | I ( ) [ ]) 0.30 · wide (m w M W @ % & — emoji) 0.85 ·
 *   other capitals 0.68 · digits 0.58 · anything else 0.56
 *
 * Measured against Inter Medium's advance widths these classes are within ~10 % per line on
 * ordinary Dutch/English sentences (a line of a few words can be off by a character). The
 * picture is rendered with Inter when it is installed, else DejaVu Sans Condensed, whose widths
 * are close to Inter's (Chromium's fallback; see renderBoard.ts FONT_STACK). Lines are broken at
 * spaces and explicit newlines; a word longer than the line is broken by character, as FigJam
 * does. Good enough to see whether text fits, overflows or is tiny — not for pixel comparisons.
 */

const NARROW = new Set([...'iljtfr.,:;\'!|I()[]']);
const WIDE = new Set([...'mwMW@%&—']);

export function charWidthEm(ch: string): number {
  if (ch === ' ') return 0.28;
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch) || (ch.codePointAt(0) ?? 0) > 0x2000) return 0.85;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (ch >= '0' && ch <= '9') return 0.58;
  return 0.56;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

/**
 * Lines of `text` wrapped to `width` at `fontSize` (width ≤ 0 or Infinity: only explicit newlines).
 * `breakWords: false` lets a word wider than the line overflow instead (used for shapes, whose
 * small text areas — a 28 px curve point — would otherwise split "+0.5" into characters).
 */
export function wrapText(text: string, width: number, fontSize: number, breakWords = true): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (!(width > 0) || !Number.isFinite(width)) {
      lines.push(paragraph);
      continue;
    }
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, fontSize) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      if (!breakWords || textWidth(word, fontSize) <= width) {
        line = word;
        continue;
      }
      // A word wider than the line is broken by character.
      for (const ch of word) {
        if (line !== '' && textWidth(line + ch, fontSize) > width) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    lines.push(line);
  }
  return lines;
}

export const LINE_HEIGHT = 1.3;
