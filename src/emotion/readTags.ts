/**
 * Explicit tags on a sticky, which win over everything else: an emotion tag ("emotie: boos",
 * "emotion: happy", "gevoel: twijfel") and/or a score ("+2", "-1", "(+)", "(--)").
 * Input is normalised text (see normalise.ts).
 */
import type { Emotion } from '../domain';
import { TAG_EMOTIONS } from './overlay';

export interface TagReading {
  /** −2…+2, or null when only an emotion tag is present. */
  score: number | null;
  emotion: Emotion | null;
  /** An emotion tag was present (also "neutraal", whose emotion is null). */
  emotionTagged: boolean;
}

/** The score an emotion tag implies when no score tag is given. */
const EMOTION_SCORE: Record<Emotion, number> = {
  delighted: 2,
  happy: 1.5,
  satisfied: 1,
  neutral: 0,
  uncertain: -0.5,
  irritated: -1,
  disappointed: -1.5,
  angry: -2,
};

const EMOTION_TAG = /(?:^|[^a-z])(?:emoties?|emotions?|gevoel(?:ens)?|feelings?|stemming|mood|sentiment)\s*[:=]\s*([a-z][a-z'-]*)/;
// A signed digit standing apart: "+2", "-1", "−2" (minus sign), "+1.5"; not "1-2" or "+31 6…".
const SCORE_TAG = /(?:^|[\s([{,;:])([+\-\u2212])\s?([0-3](?:[.,]5)?)(?=$|[\s)\]},;:.!?])/;
const SIGN_TAG = /[([](\+\+|--|\+|-|\+\/-|\u00b1|0|=)[)\]]/;

export function readTags(text: string): TagReading | null {
  let score: number | null = null;
  let emotion: Emotion | null = null;
  let emotionTagged = false;

  // Cheap character checks first: most stickies carry no tag at all.
  const e = text.includes(':') || text.includes('=') ? EMOTION_TAG.exec(text) : null;
  if (e?.[1] !== undefined) {
    const named = TAG_EMOTIONS.get(e[1]);
    if (named !== undefined) {
      emotionTagged = true;
      emotion = named === 'neutral' ? null : named;
      score = EMOTION_SCORE[named];
    }
  }

  const signed = text.includes('+') || text.includes('-') || text.includes('\u2212');
  const s = signed ? SCORE_TAG.exec(text) : null;
  if (s?.[2] !== undefined) {
    const value = Math.min(2, Number(s[2].replace(',', '.')));
    score = s[1] === '+' || value === 0 ? value : -value;
  } else if (text.includes('(') || text.includes('[')) {
    const sign = SIGN_TAG.exec(text)?.[1];
    if (sign !== undefined) score = SIGN_SCORES[sign] ?? null;
  }

  if (score === null && !emotionTagged) return null;
  return { score, emotion, emotionTagged };
}

const SIGN_SCORES: Record<string, number> = { '++': 2, '+': 1, '--': -2, '-': -1, '+/-': 0, '\u00b1': 0, '0': 0, '=': 0 };
