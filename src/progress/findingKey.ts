/**
 * A finding's identity across checks: the same gap on the same board gives the same key, so two
 * checks (or two downloads) can say which gaps closed and which are new. The message is left out:
 * it may change wording (language, counts) while the gap stays the same.
 */
import type { Finding } from '../report/types';

export function findingKey(finding: Finding): string {
  return [
    finding.rule,
    finding.journey?.name ?? '',
    finding.phase?.name ?? '',
    finding.channel?.name ?? '',
    finding.stage ?? '',
    [...finding.nodeIds].sort().join(','),
  ].join('\u001f');
}

/**
 * A short hash of a key for the history kept on the board (FNV-1a, 32 bits, base 36: ≤ 7
 * characters). Two different gaps may share a hash with odds of about 1 in 4 billion per pair:
 * good enough for "2 closed, 1 new", never used to identify a node.
 */
export function shortKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
