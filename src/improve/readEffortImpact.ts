// Effort and impact tags on an improvement sticky: "inspanning: laag", "effort: S", "impact: hoog".
import type { Effort, Impact } from '../domain';
import { foldText } from '../vocabulary/foldName';

const EFFORT_TAG = /\b(?:inspanning|effort|moeite|kosten|cost)\s*[:=]\s*([\p{L}]+)/u;
const IMPACT_TAG = /\b(?:impact|waarde|value|effect)\s*[:=]\s*([\p{L}]+)/u;

const LEVELS: ReadonlyMap<string, Effort> = new Map<string, Effort>([
  ['laag', 'low'], ['low', 'low'], ['s', 'low'], ['xs', 'low'], ['klein', 'low'], ['small', 'low'], ['weinig', 'low'],
  ['middel', 'medium'], ['medium', 'medium'], ['m', 'medium'], ['gemiddeld', 'medium'], ['mid', 'medium'],
  ['hoog', 'high'], ['high', 'high'], ['l', 'high'], ['xl', 'high'], ['groot', 'high'], ['large', 'high'], ['veel', 'high'],
]);

export function readEffortImpact(text: string): { effort: Effort | null; impact: Impact | null } {
  const folded = foldText(text);
  return { effort: level(EFFORT_TAG.exec(folded)?.[1]), impact: level(IMPACT_TAG.exec(folded)?.[1]) };
}

function level(word: string | undefined): Effort | null {
  return word === undefined ? null : (LEVELS.get(word) ?? null);
}
