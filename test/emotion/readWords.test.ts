// Reading words keeps no state between calls: two texts split one after the other read as each alone.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/emotion/normalise';
import { languageLead, readTokens, readWords, tokeniseForReading } from '../../src/emotion/readWords';

describe('readWords', () => {
  it('is re-entrant: a text split before another is still read as itself', () => {
    const a = normalise('Niet tevreden over de bezorging');
    const b = normalise('Super blij met de snelle service, echt top');
    const alone = readWords(a, 'nl');
    const first = tokeniseForReading(a);
    const second = tokeniseForReading(b);
    expect(readTokens(first, 'nl')).toEqual(alone);
    expect(readTokens(second, 'nl')).toEqual(readWords(b, 'nl'));
    expect(readTokens(first, 'nl')).toEqual(alone);
    expect(alone.raw).toBeLessThan(0);
    expect(languageLead(first, 'nl')).toBeGreaterThan(0);
    expect(languageLead(tokeniseForReading(normalise('Not happy with the delivery')), 'nl')).toBeLessThan(0);
  });

  it('a negator or degree word at the end of one reading does not carry into the next', () => {
    const trailing = readWords(normalise('Bestelling kwam, niet'), 'nl');
    expect(readWords(normalise('blij'), 'nl').raw).toBeGreaterThan(0);
    expect(readWords(normalise('Bestelling kwam, niet'), 'nl')).toEqual(trailing);
  });
});
