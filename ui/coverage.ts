/**
 * How the Coverage view marks a cell's tone. The engine decides each cell (count, mean, tone:
 * see CoverageCellReport in src/report/types.ts, the same neutral band as the curve); this only
 * turns the tone into a sign and a CSS class. The sign makes the tone readable without colour.
 */
import type { FeelingTone } from '../src/domain';

export const TONE_SIGN: Record<FeelingTone, string> = { negative: '−', neutral: '0', positive: '+', none: '' };

/**
 * Fills (styles.css, --jc-tone-*): one set for both themes, each ≥ 3:1 against Figma's light
 * (#ffffff) and dark (#2c2c2c) backgrounds, with black text ≥ 6:1 on them:
 * negative #d9722e 3.28 / 4.25, neutral #8c8c8c 3.36 / 4.15, positive #3f8fd8 3.42 / 4.08.
 * Orange against blue, not red against green, so red–green colour-blind readers tell them apart.
 */
export function toneClass(tone: FeelingTone): string {
  return `jc-tone-${tone}`;
}
