/**
 * Measures readSentiment against labelled sticky texts (the TSV shape of
 * test/emotion/holdout.tsv: `#` comments, a header, then lang polarity emotion text,
 * emotion `-` = none). Used by bench/sentiment.ts and the accuracy tests; not part of the plugin.
 */
import { type Emotion, EMOTIONS, type Lang, type Polarity, type Sentiment } from '../domain';
import { readSentiment } from './readSentiment';

export interface LabelledText {
  line: number;
  lang: Lang;
  polarity: Polarity;
  emotion: Emotion | null;
  text: string;
}

export interface Misreading {
  item: LabelledText;
  got: Sentiment;
}

export interface Evaluation {
  total: number;
  polarityCorrect: number;
  emotionCorrect: number;
  /** expected → read → count, for polarity ("-1", "0", "1") and emotion (canonical or "-"). */
  polarityConfusion: Record<string, Record<string, number>>;
  emotionConfusion: Record<string, Record<string, number>>;
  misreadings: Misreading[];
}

/** Parses the TSV; a malformed line throws one clear line naming it. */
export function parseLabelled(tsv: string): LabelledText[] {
  const out: LabelledText[] = [];
  let headerSeen = false;
  const lines = tsv.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!headerSeen) {
      headerSeen = true;
      continue;
    }
    const [lang, polarity, emotion, ...rest] = line.split('\t');
    const text = rest.join('\t');
    if (lang !== 'nl' && lang !== 'en') throw new Error(`line ${i + 1}: language must be nl or en, got "${lang}"`);
    if (polarity !== '-1' && polarity !== '0' && polarity !== '1')
      throw new Error(`line ${i + 1}: polarity must be -1, 0 or 1, got "${polarity}"`);
    const canonical = EMOTIONS.find((e) => e === emotion);
    if (emotion !== '-' && canonical === undefined)
      throw new Error(`line ${i + 1}: emotion must be canonical or -, got "${emotion}"`);
    out.push({ line: i + 1, lang, polarity: Number(polarity) as Polarity, emotion: canonical ?? null, text });
  }
  return out;
}

export function evaluate(items: readonly LabelledText[]): Evaluation {
  const ev: Evaluation = {
    total: items.length,
    polarityCorrect: 0,
    emotionCorrect: 0,
    polarityConfusion: {},
    emotionConfusion: {},
    misreadings: [],
  };
  for (const item of items) {
    const got = readSentiment(item.text, item.lang);
    const polOk = got.polarity === item.polarity;
    const emoOk = got.emotion === item.emotion;
    if (polOk) ev.polarityCorrect++;
    if (emoOk) ev.emotionCorrect++;
    count(ev.polarityConfusion, String(item.polarity), String(got.polarity));
    count(ev.emotionConfusion, item.emotion ?? '-', got.emotion ?? '-');
    if (!polOk || !emoOk) ev.misreadings.push({ item, got });
  }
  return ev;
}

function count(table: Record<string, Record<string, number>>, expected: string, read: string): void {
  const row = (table[expected] ??= {});
  row[read] = (row[read] ?? 0) + 1;
}
