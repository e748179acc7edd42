/**
 * Colours the plugin writes, all from FigJam's own palettes (reference sheet §5.4), so the board
 * keeps FigJam's look and recoloured stickies show a named swatch, not "custom".
 */
import type { Severity } from '../domain';
import type { Hex } from './types';

/** FigJam UI3 sticky swatches for emotion polarity. Neutral/unknown stickies are left alone. */
export const STICKY_POSITIVE: Hex = '#B3EFBD'; // Green
export const STICKY_NEGATIVE: Hex = '#FFB8A8'; // Red

/** Marker fill (figJamBaseLight) and outline (figJamBase) per severity. */
export const SEVERITY_FILL: Record<Severity, Hex> = {
  error: '#FFC7C2', // Light red
  warning: '#FCD19C', // Light orange
  info: '#BDE3FF', // Light blue
};
export const SEVERITY_STROKE: Record<Severity, Hex> = {
  error: '#F24822', // Red
  warning: '#FFA629', // Orange
  info: '#0D99FF', // Blue
};

export const CURVE_POSITIVE: Hex = '#AFF4C6'; // Light green
export const CURVE_NEGATIVE: Hex = '#FFC7C2'; // Light red
export const CURVE_NEUTRAL: Hex = '#E6E6E6'; // Light gray
export const CURVE_HOLLOW: Hex = '#FFFFFF';
export const CURVE_LINE: Hex = '#757575'; // Dark gray connector
export const CURVE_BASELINE: Hex = '#B3B3B3'; // Gray
export const TEXT_CHARCOAL: Hex = '#1E1E1E';
/**
 * Secondary text (the scale, the legend, "no feeling stated"): darker than FigJam's Dark gray
 * (#757575 is 4.4:1 on the curve's section, under WCAG's 4.5:1 for text).
 */
export const TEXT_MUTED: Hex = '#5E5E5E';
/** Outlines that only need to be seen (the "+ 3 more" row): FigJam's Dark gray. */
export const OUTLINE_MUTED: Hex = '#757575';
/** The text of every shape the plugin writes (markers, badges, rows, curve points), set explicitly. */
export const SHAPE_TEXT: Hex = TEXT_CHARCOAL;
/** WCAG 2.x minimum contrast for normal text (1.4.3), asserted for every text the plugin writes. */
export const MIN_TEXT_CONTRAST = 4.5;

export const SECTION_CURVE: Hex = '#F9F9F9'; // Light gray section
export const SECTION_IMPROVEMENTS: Hex = '#F5FBFF'; // Light blue section
export const SECTION_FINDINGS: Hex = '#FFF7F0'; // Light orange section
export const ROW_DEFAULT: Hex = '#FFFFFF';
export const ROW_QUICK_WIN: Hex = '#AFF4C6'; // Light green
export const ROW_NEEDS_IDEA: Hex = '#FFE8A3'; // Light yellow

/** FigJam UI3 sticky swatches by name (reference sheet §5.4). */
export const STICKY_SWATCHES: Readonly<Record<string, Hex>> = {
  White: '#FFFFFF',
  Gray: '#E6E6E6',
  Green: '#B3EFBD',
  Teal: '#B3F4EF',
  Blue: '#A8DAFF',
  Violet: '#D3BDFF',
  Pink: '#FFA8DB',
  Red: '#FFB8A8',
  Orange: '#FFD3A8',
  Yellow: '#FFE299',
};
/** Emotion swatches in order of preference: the first one the team does not use for another meaning wins. */
export const POSITIVE_CHOICES = ['Green', 'Teal', 'Blue'] as const;
export const NEGATIVE_CHOICES = ['Red', 'Pink', 'Orange'] as const;

/** WCAG relative luminance contrast of two colours (1…21). */
export function contrastRatio(a: Hex, b: Hex): number {
  const lum = (hex: Hex): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
