// A channel named in a sticky's own text: `#email`, `[Telefoon]`.
import type { Vocabulary } from '../vocabulary/vocabulary';
import { channelInfo } from './channelInfo';
import type { ChannelInfo } from './model';

const TAG = /#([\p{L}\p{N}][\p{L}\p{N}_-]*)|\[([^\]\n]{1,40})\]/gu;

/** The first tag in the text that names a known channel, or null. */
export function channelFromTag(text: string, vocabulary: Vocabulary): ChannelInfo | null {
  if (!text.includes('#') && !text.includes('[')) return null;
  for (const match of text.matchAll(TAG)) {
    const tag = match[1] ?? match[2] ?? '';
    const known = vocabulary.channelOfTag(tag);
    if (known) return channelInfo(tag.trim(), known);
  }
  return null;
}
