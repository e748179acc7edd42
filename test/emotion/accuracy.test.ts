import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelled } from '../../src/emotion/evaluate';

const load = (url: URL) => parseLabelled(readFileSync(fileURLToPath(url), 'utf8'));

describe('accuracy on labelled sticky texts', () => {
  it('reaches the targets on the shared dev file (polarity ≥ 92 %, emotion ≥ 85 %)', () => {
    const items = load(new URL('../../../shared/data/sentiment-dev.tsv', import.meta.url));
    expect(items.length).toBeGreaterThan(100);
    const ev = evaluate(items);
    expect(ev.polarityCorrect / ev.total).toBeGreaterThanOrEqual(0.92);
    expect(ev.emotionCorrect / ev.total).toBeGreaterThanOrEqual(0.85);
  });

  it.each(['holdout.tsv', 'holdout-hard.tsv', 'holdout-voice.tsv'])(
    'holds on held-out %s, labelled before it was run (polarity ≥ 90 %%, emotion ≥ 85 %%)',
    (file) => {
      const items = load(new URL(`./${file}`, import.meta.url));
      expect(items.length).toBeGreaterThanOrEqual(30);
      const ev = evaluate(items);
      expect(ev.polarityCorrect / ev.total).toBeGreaterThanOrEqual(0.9);
      expect(ev.emotionCorrect / ev.total).toBeGreaterThanOrEqual(0.85);
    },
  );

  it('reads every misreading found while writing examples right (misreadings.tsv)', () => {
    const items = load(new URL('./misreadings.tsv', import.meta.url));
    expect(items.length).toBeGreaterThanOrEqual(10);
    const ev = evaluate(items);
    expect(ev.polarityCorrect).toBe(ev.total);
    expect(ev.emotionCorrect).toBe(ev.total);
  });

  it('names the line of a malformed TSV row', () => {
    expect(() => parseLabelled('lang\tpolarity\temotion\ttext\nnl\t2\t-\tx')).toThrow(/line 2: polarity/);
    expect(() => parseLabelled('lang\tpolarity\temotion\ttext\nfr\t0\t-\tx')).toThrow(/line 2: language/);
    expect(() => parseLabelled('lang\tpolarity\temotion\ttext\nnl\t0\tsad\tx')).toThrow(/line 2: emotion/);
  });
});
