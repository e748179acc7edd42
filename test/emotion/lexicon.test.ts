import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEXICON_EN, LEXICON_NL } from '../../src/emotion/generated/lexicon';

/** weight → keys, as the generator packs them. */
function entries(grouped: Record<string, string>): [string, number][] {
  return Object.entries(grouped).flatMap(([w, keys]) => keys.split(' ').map((k): [string, number] => [k, Number(w)]));
}

describe('generated lexicon (scripts/generate-lexicon.mjs)', () => {
  const nl = entries(LEXICON_NL);
  const en = entries(LEXICON_EN);

  it('keeps only single lower-case words with a clear weight', () => {
    expect(nl.length).toBeGreaterThan(1000);
    expect(en.length).toBeGreaterThan(1000);
    for (const [key, w] of [...nl, ...en]) {
      expect(key).toMatch(/^[a-z]{3,}$/);
      expect(Math.abs(w)).toBeGreaterThanOrEqual(3);
      expect(Math.abs(w)).toBeLessThanOrEqual(10);
    }
  });

  it('drops the proper nouns Pattern lists first, and AFINN forms the reader finds by inflection', () => {
    const nlKeys = new Set(nl.map(([k]) => k));
    expect(nlKeys.has('neurenberg')).toBe(false);
    expect(nlKeys.has('bourgondisch')).toBe(false);
    expect(nlKeys.has('aangenam')).toBe(true);
    const enKeys = new Map(en);
    expect(enKeys.get('annoy')).toBeLessThan(0);
    expect(enKeys.has('annoys')).toBe(false);
  });

  it('stays small enough for the plugin bundle', () => {
    const file = fileURLToPath(new URL('../../src/emotion/generated/lexicon.ts', import.meta.url));
    expect(statSync(file).size).toBeLessThan(45_000);
  });
});
