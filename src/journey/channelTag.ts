// A channel named in a sticky's own text: `#email`, `#insta`, `[Telefoon]`, or a custom channel
// in square brackets (`[Servicepunt]`). Unknown hashtags (#idee, #quickwin) are no channel.
import { foldName } from '../vocabulary/foldName';
import { NOT_CHANNEL_TAGS } from '../vocabulary/channelNames';
import { stageKey } from '../vocabulary/stageReading';
import type { Vocabulary } from '../vocabulary/vocabulary';
import { channelInfo } from './channelInfo';
import type { ChannelInfo } from './model';

const TAG = /#([\p{L}\p{N}][\p{L}\p{N}_-]*)|\[([^\]\n]{1,40})\]/gu;
const NOT_CHANNELS = new Set(NOT_CHANNEL_TAGS.map(foldName));
/** A custom channel name: 2+ letters, at most three words, no "key: value" and no score. */
const MAX_CUSTOM_WORDS = 3;
const LETTERS = /\p{L}/gu;
const KEY_VALUE = /[:=]/;

/**
 * The channel a sticky's tags name: the first tag naming a known channel; else the first bracket
 * tag that reads as a custom channel name; else null.
 */
export function channelFromTag(text: string, vocabulary: Vocabulary): ChannelInfo | null {
  if (!text.includes('#') && !text.includes('[')) return null;
  let custom: string | null = null;
  for (const match of text.matchAll(TAG)) {
    const tag = (match[1] ?? match[2] ?? '').trim();
    const known = vocabulary.channelOfTag(tag);
    if (known) return channelInfo(tag, known);
    if (custom === null && match[2] !== undefined && isCustomChannelName(tag, vocabulary)) custom = tag;
  }
  return custom === null ? null : channelInfo(custom, null);
}

/** Whether a bracket tag's text can be a channel the board names itself ("Servicepunt", "Bezorger"). */
export function isCustomChannelName(tag: string, vocabulary: Vocabulary): boolean {
  const folded = foldName(tag);
  if ((tag.match(LETTERS)?.length ?? 0) < 2 || KEY_VALUE.test(tag)) return false;
  if (folded.split(' ').length > MAX_CUSTOM_WORDS || NOT_CHANNELS.has(folded)) return false;
  // Brackets that name a lane, a stage or a special section mark what a sticky is, not where.
  // A stage counts only as the whole name: "[Kopen]" is no channel, "[Service desk]" is one.
  const stage = vocabulary.readStage(tag);
  const isStage = (stage.how === 'exact' || stage.how === 'alias') && stage.matched === stageKey(tag);
  return !isStage && vocabulary.laneOf(tag) === null && vocabulary.specialOf(tag) === null;
}
