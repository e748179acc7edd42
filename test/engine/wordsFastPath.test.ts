// words() takes plain-ASCII texts through one regex (fast without a JIT) and the rest through its
// char loop: both must give the words the char loop gives, and the stemmer's vowel test is a list
// of comparisons that must agree with the vowels it replaced.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { words } from '../../src/language/tokenise';
import { stemNl } from '../../src/emotion/stemNl';

/** The char loop on ASCII: runs of a-z and 0-9 in the lower-cased text. */
function referenceAsciiWords(text: string): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      found.push(lower.slice(start, i));
      start = -1;
    }
  }
  return found;
}

describe('words', () => {
  test('plain ASCII texts give the words of the char loop', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ09 -\'.,!?#@_\t\n\x00\x7f'.split('')), maxLength: 40 }), (text) => {
        expect(words(text)).toEqual(referenceAsciiWords(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('texts beyond ASCII: accents folded, emoji split words, the Kelvin sign lower-cases to k', () => {
    expect(words('Geïrriteerd😡door de app')).toEqual(['geirriteerd', 'door', 'de', 'app']);
    expect(words('\u212Aoffie')).toEqual(['koffie']);
    expect(words('')).toEqual([]);
  });
});

describe('stemNl', () => {
  test('a few stems that turn on vowels (y after a vowel, i between vowels, è)', () => {
    expect(['lopen', 'mooie', 'koopjes', 'haaien', 'royaal', 'crèche', 'gebruiksvriendelijk', 'tevredenheid'].map(stemNl)).toEqual([
      'lop', 'mooi', 'koopjes', 'haai', 'royal', 'crèch', 'gebruiksvriend', 'tevred',
    ]);
  });
});
