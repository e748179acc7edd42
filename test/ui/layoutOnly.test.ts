// The panel lays out what the engine decided: it never reads a sticky's sentiment to score, average
// or classify it itself (the coverage cells, tones and means come in the report).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the panel computes no feeling of its own', () => {
  it('no file in ui/ reads a sentiment (score, emotion or source)', () => {
    const files = readdirSync('ui', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(join('ui', file), 'utf8');
      expect(source, file).not.toMatch(/\.sentiment\b|statesFeeling/);
    }
  });
});
