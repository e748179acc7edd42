/**
 * Emoji and emoticons on a sticky. Variation selectors, skin tones and gender signs are ignored,
 * so 👍🏽, ☹️ and ☹ read alike. Several emoji: the mean score; the emotion of the strongest face.
 */
import type { Emotion } from '../domain';
import { EMOJI, EMOTICONS, type EmojiCue } from './emoji';

export interface EmojiReading {
  score: number;
  emotion: Emotion | null;
}

// Any character that could start an emoji: misc symbols/dingbats, or a high surrogate of U+1Fxxx.
const MAYBE_EMOJI = /[\u2190-\u2bff\ud83c-\ud83e]/;
// Modifiers that do not change the reading: VS16, skin tones, ZWJ + gender sign.
const MODIFIERS = /\ufe0f|\ud83c[\udffb-\udfff]|\u200d[\u2640\u2642]/g;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

// No `u` flag: the keys are matched as UTF-16 sequences, which also works on older engines.
const EMOJI_RE = new RegExp(alternation(EMOJI.keys()), 'g');
const EMOTICON_RE = new RegExp(`(?:^|\\s)(${alternation(EMOTICONS.keys())})(?=$|\\s|[.,!?])`, 'g');
const MAYBE_EMOTICON = /[:;(<^>x][-')(/|3dsp\]^:]/;

interface Tally {
  sum: number;
  count: number;
  strongest: EmojiCue | null;
}

/** `text` is the normalised (lower-case) sticky text. */
export function readEmoji(text: string): EmojiReading | null {
  const seen: Tally = { sum: 0, count: 0, strongest: null };
  const take = (c: EmojiCue): void => {
    seen.sum += c.score;
    seen.count++;
    const s = seen.strongest;
    if (c.emotion !== null && (s === null || Math.abs(c.score) > Math.abs(s.score))) seen.strongest = c;
  };

  if (MAYBE_EMOJI.test(text)) {
    const plain = text.replace(MODIFIERS, '');
    EMOJI_RE.lastIndex = 0;
    for (let m = EMOJI_RE.exec(plain); m !== null; m = EMOJI_RE.exec(plain)) {
      const c = EMOJI.get(m[0]);
      if (c) take(c);
    }
  }
  if (MAYBE_EMOTICON.test(text)) {
    EMOTICON_RE.lastIndex = 0;
    for (let m = EMOTICON_RE.exec(text); m !== null; m = EMOTICON_RE.exec(text)) {
      const c = m[1] === undefined ? undefined : EMOTICONS.get(m[1]);
      if (c) take(c);
    }
  }
  if (seen.count === 0) return null;
  const score = Math.round((seen.sum / seen.count) * 10) / 10;
  const found = seen.strongest;
  const emotion = found !== null && Math.sign(found.score) === Math.sign(score) ? found.emotion : null;
  return { score, emotion };
}
