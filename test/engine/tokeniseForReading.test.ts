// tokeniseForReading splits with one regex (fast without a JIT); it must split exactly as the
// char-code loop it replaced, kept here as the reference, on any text.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokeniseForReading } from '../../src/emotion/readWords';
import { normalise } from '../../src/emotion/normalise';

/** The former scanner (src/emotion/readWords.ts before #13): raw tokens, before aliases and squeezing. */
function referenceTokens(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && isWordCode(text.charCodeAt(i))) i++;
        const j = text.charCodeAt(i);
        if ((j === 39 || j === 45) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      tokens.push(text.slice(start, i));
    } else if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014) {
      tokens.push(text.charAt(i));
      i++;
    } else if (i + 2 < n && text.charCodeAt(i + 1) === 45 && isSpaceCode(c) && isSpaceCode(text.charCodeAt(i + 2))) {
      tokens.push(text.slice(i, i + 3));
      i += 3;
    } else {
      i++;
    }
  }
  return tokens;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0xff);
}

function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Characters that matter to the scanner, and some that do not.
const CHARS = [..."abzAZ09ßéÿ'-.,;:!?()–— \t\n\u00a0\u2003\u3000\ufeff\u2019#+*/😀xyq"];

/** The reference tokens as the reader keeps them (aliases, stretched words squeezed): each token read alone. */
function canonicalOfEach(tokens: readonly string[]): string[] {
  return tokens.map((t) => tokeniseForReading(t).tokens.join('|'));
}

describe('tokeniseForReading', () => {
  test('splits any text as the former char-code scanner did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const ref = referenceTokens(text);
        const got = tokeniseForReading(text).tokens;
        expect(got).toEqual(canonicalOfEach(ref));
        // And so on what the reader is given: normalised text.
        const norm = normalise(text);
        expect(tokeniseForReading(norm).tokens).toEqual(canonicalOfEach(referenceTokens(norm)));
      }),
      { numRuns: 3000 },
    );
  });

  test('a few sticky texts, token by token', () => {
    expect(tokeniseForReading("zo'n e-mail - won't  -x te duur!! (echt) – nee").tokens).toEqual(["zo'n", 'e-mail', ' - ', "won't", 'x', 'te', 'duur', '!', '!', '(', 'echt', ')', '–', 'nee']);
  });
});
