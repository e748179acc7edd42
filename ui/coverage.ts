/**
 * Colours of the Coverage view. The engine decides each cell (count, mean, tone: see
 * CoverageCellReport in src/report/types.ts); this only turns its tone and mean into CSS.
 */
import type { FeelingTone } from '../src/domain';

const HUE: Record<Exclude<FeelingTone, 'none'>, string> = {
  negative: 'var(--jc-negative)',
  neutral: 'var(--jc-neutral)',
  positive: 'var(--jc-positive)',
};

/**
 * A CSS colour for a cell: the tone's hue, stronger the further the mean lies from neutral (−2…+2),
 * mixed with the panel background so text stays readable in light and dark themes.
 */
export function toneTint(tone: FeelingTone, mean: number | null): string {
  if (tone === 'none') return 'transparent';
  const distance = mean === null ? 0 : Math.min(2, Math.abs(mean)) / 2;
  return `color-mix(in srgb, ${HUE[tone]} ${Math.round(30 + 35 * distance)}%, transparent)`;
}
