// Edit distance for reading typos in names: insertions, deletions, substitutions and a swap of two
// neighbouring letters ("Gerbuik") each count one (optimal string alignment distance).

/**
 * The distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`
 * (names are short, but this runs against every vocabulary name).
 */
export function editDistance(a: string, b: string, limit: number = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0); // row i - 2
  let previous = Array.from({ length: n + 1 }, (_, j) => j); // row i - 1
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[n] ?? 0;
  return distance > limit ? limit + 1 : distance;
}

/**
 * How many edits a name of this many letters may carry and still be read as a known name:
 * none under 5 letters, one from 5, two from 8.
 */
export function allowedEdits(letters: number): number {
  if (letters >= 8) return 2;
  if (letters >= 5) return 1;
  return 0;
}
