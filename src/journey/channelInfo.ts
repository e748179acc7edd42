// One place that turns a written channel name into the channel it is.
import { foldName } from '../vocabulary/foldName';
import type { KnownChannel } from '../vocabulary/vocabulary';
import type { ChannelInfo } from './model';

export function channelInfo(name: string, known: KnownChannel | null): ChannelInfo {
  if (known) return { name, id: known.id, kind: known.kind, key: `id:${known.id}` };
  return { name, id: null, kind: 'unknown', key: `custom:${foldName(name)}` };
}
