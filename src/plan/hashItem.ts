/** A short stable hash of a planned item, stored with the node so a rerun can tell "unchanged". */

/** FNV-1a over the UTF-16 code units of `text`, twice with different seeds: 16 hex digits. */
function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Hash of a plain-data value; key order follows construction, which is fixed by the planner. */
export function hashItem(item: unknown): string {
  return hashText(JSON.stringify(item));
}
