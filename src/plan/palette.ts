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
export const TEXT_MUTED: Hex = '#757575';

export const SECTION_CURVE: Hex = '#F9F9F9'; // Light gray section
export const SECTION_IMPROVEMENTS: Hex = '#F5FBFF'; // Light blue section
export const ROW_DEFAULT: Hex = '#FFFFFF';
export const ROW_QUICK_WIN: Hex = '#AFF4C6'; // Light green
export const ROW_NEEDS_IDEA: Hex = '#FFE8A3'; // Light yellow
