/** FigJam paints ⇄ '#RRGGBB'. Swatches are written as exact hex/255 channels so FigJam recognises them. */
import type { Hex } from '../plan/types';

export function solidPaint(hex: Hex): SolidPaint {
  const n = parseInt(hex.slice(1), 16);
  return { type: 'SOLID', color: { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 } };
}

/** The first visible solid paint of a fills value as hex (channels rounded), or null. */
export function hexOfFills(fills: ReadonlyArray<Paint> | PluginAPI['mixed']): Hex | null {
  if (typeof fills === 'symbol') return null; // figma.mixed
  for (const paint of fills) {
    if (paint.type === 'SOLID' && paint.visible !== false) return hexOfRgb(paint.color);
  }
  return null;
}

/** '#RRGGBB' of 0…1 channels, rounded the way FigJam's swatches are stored (hex/255). */
export function hexOfRgb(c: { r: number; g: number; b: number }): Hex {
  return `#${[c.r, c.g, c.b].map((x) => Math.round(x * 255).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
