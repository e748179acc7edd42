import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stemNl } from '../../src/emotion/stemNl';

const require = createRequire(import.meta.url);

interface NlpStemmer {
  stemWord(word: string): string;
}
function isStemmerClass(value: unknown): value is new () => NlpStemmer {
  return typeof value === 'function';
}

describe('stemNl (Snowball Dutch)', () => {
  it('stems exactly like nlp.js, whose stems key the Pattern Dutch lexicon', () => {
    const Stemmer: unknown = require('@nlpjs/lang-nl/src/stemmer-nl.js');
    if (!isStemmerClass(Stemmer)) throw new Error('@nlpjs/lang-nl stemmer not found');
    const reference = new Stemmer();
    const pattern: Record<string, number> = JSON.parse(
      readFileSync(require.resolve('@nlpjs/lang-nl/src/sentiment/pattern_nl.json'), 'utf8'),
    );

    const words = new Set<string>();
    // Real Dutch board text: the Dutch example boards and the labelled Dutch stickies of the tests.
    const sources = [
      ...readdirSync('examples').filter((f) => f.endsWith('-nl.json')).map((f) => `examples/${f}`),
      ...readdirSync(fileURLToPath(new URL('./', import.meta.url))).filter((f) => f.endsWith('.tsv')).map((f) => fileURLToPath(new URL(`./${f}`, import.meta.url))),
    ];
    for (const file of sources) {
      for (const w of readFileSync(file, 'utf8').toLowerCase().match(/[a-zà-ÿ]+/g) ?? []) words.add(w);
    }
    // Every rated stem with the suffixes the algorithm handles, so each rule is exercised.
    for (const stem of Object.keys(pattern)) {
      for (const suffix of ['', 'e', 'en', 'ene', 'heden', 'heid', 'ing', 'end', 'ig', 'lijk', 'baar', 's', 'se']) {
        words.add(stem + suffix);
      }
    }
    const differ = [...words].filter((w) => reference.stemWord(w) !== stemNl(w));
    expect(words.size).toBeGreaterThan(30_000);
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it.each([
    ['teleurstellend', 'teleurstell'],
    ['gelukkig', 'gelukk'],
    ['aangenaam', 'aangenam'],
    ['geïrriteerd', 'geirriteerd'],
    ['vriendelijkheid', 'vriendelijk'],
  ])('%s → %s', (word, stem) => {
    expect(stemNl(word)).toBe(stem);
  });
});
