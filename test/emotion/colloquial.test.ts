// Colloquial sticky language (issue #11, part 4): accuracy per labelled set with floors one sticky
// under the measured figures, and the rules that read slang, sarcasm, idioms and shorthand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelled, type LabelledText } from '../../src/emotion/evaluate';
import { readSentiment } from '../../src/emotion/readSentiment';

const load = (...urls: URL[]): LabelledText[] => urls.flatMap((url) => parseLabelled(readFileSync(fileURLToPath(url), 'utf8')));
const here = (name: string): URL => new URL(`./${name}`, import.meta.url);

/**
 * Correct readings measured per set (BENCHMARKS.md, "Sentiment"). The floor is one sticky under
 * what was measured, so a change that misreads two more texts of a set fails. "plain" is the four
 * plain files together (the three plain held-out files in the repository).
 */
const SETS: { name: string; items: () => LabelledText[]; texts: number; polarity: number; emotion: number }[] = [
  {
    name: 'plain (holdout + holdout-hard + holdout-voice)',
    items: () => load(here('holdout.tsv'), here('holdout-hard.tsv'), here('holdout-voice.tsv')),
    texts: 190,
    polarity: 190,
    emotion: 188,
  },
  { name: 'colloquial.tsv (tuning)', items: () => load(here('colloquial.tsv')), texts: 140, polarity: 137, emotion: 139 },
  { name: 'colloquial-holdout.tsv (held out)', items: () => load(here('colloquial-holdout.tsv')), texts: 66, polarity: 63, emotion: 62 },
  // Sets 2–5 were blind at their first run (74.1 / 80.0 / 75.8 / 70.5 %), then looked at for general
  // forms; set 6 is still blind (its first run is the figure below). See BENCHMARKS.md.
  { name: 'colloquial-holdout-2.tsv', items: () => load(here('colloquial-holdout-2.tsv')), texts: 54, polarity: 51, emotion: 50 },
  { name: 'colloquial-holdout-3.tsv', items: () => load(here('colloquial-holdout-3.tsv')), texts: 60, polarity: 57, emotion: 56 },
  { name: 'colloquial-holdout-4.tsv', items: () => load(here('colloquial-holdout-4.tsv')), texts: 62, polarity: 59, emotion: 61 },
  { name: 'colloquial-holdout-5.tsv', items: () => load(here('colloquial-holdout-5.tsv')), texts: 61, polarity: 55, emotion: 56 },
  { name: 'colloquial-holdout-6.tsv (blind)', items: () => load(here('colloquial-holdout-6.tsv')), texts: 61, polarity: 41, emotion: 56 },
];

describe('accuracy per set, floors one sticky under the measured figures', () => {
  it.each(SETS)('$name', (set) => {
    const items = set.items();
    // A set that grew needs its figures measured again (and this table and BENCHMARKS.md updated).
    expect(items.length).toBe(set.texts);
    const ev = evaluate(items);
    expect(ev.polarityCorrect).toBeGreaterThanOrEqual(set.polarity - 1);
    expect(ev.emotionCorrect).toBeGreaterThanOrEqual(set.emotion - 1);
  });

  // The 92 % target holds on the tuning set and the first held-out set, not on text written after the
  // rules: the blind first runs of sets 2–6 read 67–80 % (BENCHMARKS.md), so they are left out here.
  it('meets the targets where they are met: ≥ 92 % polarity on colloquial tuning and held-out set 1, ≥ 97 % on plain text', () => {
    for (const set of SETS.slice(0, 3)) {
      const ev = evaluate(set.items());
      expect(ev.polarityCorrect / ev.total, set.name).toBeGreaterThanOrEqual(set.name.startsWith('plain') ? 0.97 : 0.92);
    }
  });
});

const read = (text: string, lang: 'nl' | 'en' = 'nl'): string => {
  const s = readSentiment(text, lang);
  return `${s.polarity} ${s.emotion ?? '-'}`;
};

describe('sarcasm', () => {
  it('reads short praise beside a complaint as irritation', () => {
    // a marker in the praise ("hoor", "oh", "just") and a complaint or repetition in the rest
    expect(read('Leuk hoor, weer een wachtrij van 20 minuten')).toBe('-1 irritated');
    expect(read('Fijn hoor, de link werkt niet')).toBe('-1 irritated');
    expect(read('Oh great, another password reset', 'en')).toBe('-1 irritated');
    expect(read('Just great, the parcel went back to the depot again', 'en')).toBe('-1 irritated');
    // a repetition beside a complaint, without a marker
    expect(read('Geweldig, weer een storing')).toBe('-1 irritated');
    // a lone strong word of praise closing a complaint
    expect(read('Lost my parcel, brilliant', 'en')).toBe('-1 irritated');
    // praise asked as a question, answered by a complaint
    expect(read('Klantvriendelijk? Laat me niet lachen')).toBe('-1 irritated');
    // a closing "Not." turns what came before
    expect(read('Loved the new checkout. Not.', 'en')).toBe('-1 irritated');
    // praise said over and over
    expect(read('Cool cool cool, the store is closed again', 'en')).toBe('-1 irritated');
  });

  it('leaves sincere praise alone', () => {
    expect(read('Goed geregeld hoor!')).toBe('1 -');
    expect(read('Top!! Binnen een dag in huis')).toBe('1 -');
    expect(read('Nice, weer thuis')).toBe('1 -');
    expect(read('Snel geleverd, top')).toBe('1 -');
    expect(read('Wauw, dit had ik niet verwacht!')).toBe('1 delighted');
    expect(read('Zalig, koffie terwijl je wacht')).toBe('1 -');
    expect(read('Thanks a lot for the quick help', 'en')).toBe('1 -');
    // "maar" weighs the clauses already: a mixed sticky, not an ironic one
    expect(read('Leuk hoor, maar weer te laat')).toBe('-1 -');
  });
});

describe('slang, swearing, degree words and shorthand', () => {
  it('reads slang and swearing', () => {
    expect(read('Hun app is echt bagger')).toBe('-1 -');
    expect(read('Kut app crasht steeds')).toBe('-1 irritated');
    expect(read('Klote service')).toBe('-1 irritated');
    expect(read('Wtf, weer uitgelogd')).toBe('-1 irritated');
    expect(read('Form keeps crashing smh', 'en')).toBe('-1 irritated');
    expect(read('Ik word hier zo pissig van')).toBe('-1 angry');
    expect(read('Echt vet dat je kan chatten')).toBe('1 -');
    expect(read('Driver was a legend', 'en')).toBe('1 -');
    // swear words glued to a noun, but not the city or the roundabout
    expect(read('Wat een kutapp')).toBe('-1 -');
    expect(read('Rotzooi in de winkel')).toBe('-1 -');
    expect(read('Rotterdam vestiging bezoeken')).toBe('0 -');
    expect(read('Rotonde bij de ingang')).toBe('0 -');
  });

  it('lets a degree word with nothing to scale speak for itself', () => {
    expect(read('Super!')).toBe('1 -');
    expect(read('Echt super dit')).toBe('1 -');
    expect(read('Niet super')).toBe('-1 -');
    expect(read('Mega handig, die track & trace')).toBe('1 -');
    expect(read('Site is dead slow today', 'en')).toBe('-1 -');
    expect(read('Dead easy to set up', 'en')).toBe('1 -');
    expect(read('So damn annoying', 'en')).toBe('-1 irritated');
  });

  it('reads shorthand and quantifiers as the words they stand for', () => {
    expect(read('Nul reactie op mijn mail')).toBe('-1 -');
    expect(read('Zero response from support', 'en')).toBe('-1 -');
    expect(read('Zero clue where my parcel is', 'en')).toBe('-1 uncertain');
    expect(read('Chatbot snapt er helemaal niks van')).toBe('-1 -');
    expect(read('Nul procent rente')).toBe('0 -');
    expect(read('idk which plan I am on', 'en')).toBe('-1 uncertain');
    // laughter states nothing of its own
    expect(read('Texts a friend for advice lol', 'en')).toBe('0 -');
    // stretched words
    expect(read('Grrr, code werkt niet')).toBe('-1 irritated');
    expect(read('Heeeel traag')).toBe('-1 -');
    expect(read('Yesss!! Eindelijk')).toBe('1 happy');
  });

  it('reads idioms of time, money and failure', () => {
    expect(read('Duurt eindeloos voordat de pagina laadt')).toBe('-1 -');
    expect(read('Took like forever to get a reply', 'en')).toBe('-1 -');
    expect(read('Geen reet aan gehad')).toBe('-1 -');
    expect(read('No help at all from the chatbot', 'en')).toBe('-1 -');
    expect(read('Bereikbaarheid is om te huilen')).toBe('-1 -');
    expect(read('Het is te gek voor woorden')).toBe('-1 -');
    expect(read('Te gek!')).toBe('1 -');
    expect(read('Got my refund in no time', 'en')).toBe('1 -');
    expect(read('Kon niet blijer zijn')).toBe('1 happy');
    expect(read('Meh, expected way more', 'en')).toBe('-1 disappointed');
    expect(read('Laat de monteur binnen')).toBe('0 -');
    expect(read('Bestelt nog snel iets')).toBe('0 -');
  });

  it('lets exclamation marks strengthen what the words say, never turn it', () => {
    const plain = readSentiment('Handig', 'nl').score;
    const one = readSentiment('Handig!', 'nl').score;
    const two = readSentiment('Handig!!!', 'nl').score;
    expect(plain).toBeGreaterThan(0);
    expect(one).toBeGreaterThan(plain);
    expect(two).toBeGreaterThan(one);
    expect(readSentiment('Traag!!', 'nl').score).toBeLessThan(readSentiment('Traag', 'nl').score);
    expect(readSentiment('Folder ontvangen!!', 'nl').polarity).toBe(0);
  });
});
