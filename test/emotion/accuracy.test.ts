import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelled } from '../../src/emotion/evaluate';

const load = (url: URL) => parseLabelled(readFileSync(fileURLToPath(url), 'utf8'));

/**
 * Misreadings measured on each labelled file in the repository (BENCHMARKS.md; the team's tuning
 * set lives outside it and is measured with `npm run bench:sentiment`), and the floor: one sticky of slack
 * above what was measured, so a change that misreads two more texts in a file fails (on 121 texts
 * one sticky is 0.8 points; the targets of the brief, 92 % / 85 %, sit far lower).
 */
const MEASURED: { file: string; url: URL; texts: number; polarityMisses: number; emotionMisses: number }[] = [
  { file: 'holdout.tsv', url: new URL('./holdout.tsv', import.meta.url), texts: 78, polarityMisses: 0, emotionMisses: 1 },
  { file: 'holdout-hard.tsv', url: new URL('./holdout-hard.tsv', import.meta.url), texts: 73, polarityMisses: 0, emotionMisses: 1 },
  { file: 'holdout-voice.tsv', url: new URL('./holdout-voice.tsv', import.meta.url), texts: 39, polarityMisses: 0, emotionMisses: 0 },
];
const SLACK = 1;

describe('accuracy on labelled sticky texts', () => {
  it.each(MEASURED)('$file: at most one misreading more than measured', (m) => {
    const items = load(m.url);
    // A file that grew needs its figures measured again (and this table updated).
    expect(items.length).toBe(m.texts);
    const ev = evaluate(items);
    expect(ev.total - ev.polarityCorrect).toBeLessThanOrEqual(m.polarityMisses + SLACK);
    expect(ev.total - ev.emotionCorrect).toBeLessThanOrEqual(m.emotionMisses + SLACK);
    // The brief's targets still hold on every file (polarity ≥ 92 % dev / 90 % held out, emotion ≥ 85 %).
    expect(ev.polarityCorrect / ev.total).toBeGreaterThanOrEqual(m.file === 'sentiment-dev.tsv' ? 0.92 : 0.9);
    expect(ev.emotionCorrect / ev.total).toBeGreaterThanOrEqual(0.85);
  });

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
