/**
 * Emoji and text emoticons on stickies: score (−2…+2) and the emotion the face clearly shows.
 * Data only. Written without variation selector (U+FE0F); the reader ignores it, so "☹" and "☹️"
 * read the same. Mild smiles, hearts and thumbs give a polarity but no emotion (the labelled data
 * reads "🙂", "😊", "👍", "❤️" that way); a big grin is happy, a heart-eyed face delighted.
 */
import type { Emotion } from '../domain';

export interface EmojiCue {
  score: number;
  emotion: Emotion | null;
}

const cue = (score: number, emotion: Emotion | null = null): EmojiCue => ({ score, emotion });

export const EMOJI: ReadonlyMap<string, EmojiCue> = new Map<string, EmojiCue>([
  // delighted
  ['😍', cue(2, 'delighted')], ['🤩', cue(2, 'delighted')], ['🥳', cue(2, 'delighted')], ['🥰', cue(2, 'delighted')],
  ['😻', cue(2, 'delighted')], ['🎉', cue(2, 'delighted')],
  // happy
  ['😀', cue(1.5, 'happy')], ['😃', cue(1.5, 'happy')], ['😄', cue(1.5, 'happy')], ['😁', cue(1.5, 'happy')],
  ['😆', cue(1.5, 'happy')], ['😂', cue(1.5, 'happy')], ['🤗', cue(1.5, 'happy')], ['😺', cue(1.5, 'happy')],
  // positive, no stated feeling
  ['🙂', cue(1)], ['😊', cue(1)], ['☺', cue(1)], ['😌', cue(1)], ['😎', cue(1)], ['😉', cue(1)],
  ['👍', cue(1)], ['👌', cue(1)], ['👏', cue(1)], ['🙌', cue(1)], ['💪', cue(1)], ['✅', cue(1)],
  ['✔', cue(1)], ['⭐', cue(1)], ['🌟', cue(1.5)], ['💯', cue(1.5)], ['🔥', cue(1)], ['🚀', cue(1)],
  ['❤', cue(1.5)], ['♥', cue(1.5)], ['💚', cue(1.5)], ['💙', cue(1.5)], ['💛', cue(1.5)], ['🧡', cue(1.5)],
  ['💜', cue(1.5)], ['💖', cue(1.5)], ['💕', cue(1.5)],
 
  // neutral: a stated "nothing special"
  ['😐', cue(0)], ['😑', cue(0)], ['😶', cue(0)], ['🤔', cue(0)], ['🤷', cue(0)],
 
  // uncertain
  ['😕', cue(-0.5, 'uncertain')], ['😟', cue(-1, 'uncertain')], ['😰', cue(-1, 'uncertain')],
  ['😬', cue(-0.5, 'uncertain')], ['🫤', cue(-0.5, 'uncertain')], ['❓', cue(-0.5, 'uncertain')],
  ['🤨', cue(-0.5, 'uncertain')],
  // irritated
  ['🙄', cue(-1, 'irritated')], ['😒', cue(-1, 'irritated')], ['😤', cue(-1.5, 'irritated')],
  ['😩', cue(-1.5, 'irritated')], ['😫', cue(-1.5, 'irritated')], ['🤦', cue(-1, 'irritated')],
 
  // disappointed
  ['😞', cue(-1.5, 'disappointed')], ['😔', cue(-1.5, 'disappointed')], ['😢', cue(-1.5, 'disappointed')],
  ['😭', cue(-2, 'disappointed')], ['💔', cue(-1.5, 'disappointed')], ['😿', cue(-1.5, 'disappointed')],
  // angry
  ['😡', cue(-2, 'angry')], ['😠', cue(-2, 'angry')], ['🤬', cue(-2, 'angry')], ['💢', cue(-2, 'angry')],
  ['👿', cue(-2, 'angry')],
  // negative, no stated feeling
  ['🙁', cue(-1)], ['☹', cue(-1)], ['👎', cue(-1)],
  ['❌', cue(-1)], ['⛔', cue(-1)], ['🚫', cue(-1)], ['⚠', cue(-1)],
  ['🐌', cue(-1)], ['😴', cue(-1)], ['🥱', cue(-1)], ['🤮', cue(-2)], ['🤢', cue(-1.5)], ['💩', cue(-1.5)],
  ['😖', cue(-1.5)], ['😣', cue(-1.5)], ['😓', cue(-1)],
]);

/** Text emoticons, read like emoji when they stand apart from words. */
export const EMOTICONS: ReadonlyMap<string, EmojiCue> = new Map<string, EmojiCue>([
  [':)', cue(1)], [':-)', cue(1)], ['(:', cue(1)], [';)', cue(1)], [';-)', cue(1)], [':]', cue(1)],
  [':d', cue(1.5, 'happy')], [':-d', cue(1.5, 'happy')], ['xd', cue(1.5, 'happy')], ['^^', cue(1)],
  ['<3', cue(1.5)], [':(', cue(-1)], [':-(', cue(-1)], ['):', cue(-1)], [":'(", cue(-1.5, 'disappointed')],
  [':/', cue(-0.5, 'uncertain')], [':-/', cue(-0.5, 'uncertain')], [':s', cue(-0.5, 'uncertain')],
  [':|', cue(0)], [':-|', cue(0)], ['>:(', cue(-2, 'angry')],
]);
