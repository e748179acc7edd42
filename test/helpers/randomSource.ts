/**
 * A small deterministic random source (mulberry32, bench/seededRandom.ts), so one integer from
 * fast-check can drive a whole structured board: `pick(n)` returns 0 … n−1.
 */
import { seededRandom } from '../../bench/seededRandom';

export function randomSource(seed: number): (n: number) => number {
  const next = seededRandom(seed);
  return (n) => Math.floor(next() * n);
}
