/** Rough text measurement for layout (the sandbox cannot measure text before it is written). */
import { stripControls } from '../stripControls';

/** Height a text of `fontSize` needs in a box `width` wide, with padding; generous on purpose. */
export function estimateTextHeight(text: string, width: number, fontSize: number, padding: number): number {
  const charsPerLine = Math.max(8, Math.floor((width - 2 * padding) / (fontSize * 0.56)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    // Code points never outnumber UTF-16 units: a short paragraph is one line without counting them.
    lines += paragraph.length <= charsPerLine ? 1 : Math.max(1, Math.ceil([...paragraph].length / charsPerLine));
  }
  return Math.ceil(lines * fontSize * 1.4 + 2 * padding);
}

/** Vertical tab, form feed and carriage return would break a label's lines; tabs and newlines stay. */
const LINE_BREAKERS = /[\v\f\r]/g;

/** Board text (a name, a sticky's text) made safe to write into a label (no text spoofing). */
export function cleanText(text: string): string {
  return stripControls(text).replace(LINE_BREAKERS, '');
}

/** Text shortened to `max` characters with an ellipsis (rows show the idea, not an essay). */
export function shorten(text: string, max: number): string {
  const flat = cleanText(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat; // fewer UTF-16 units than max: fewer code points too
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Text on what goes under or beside a journey is at least this share of the journey's width, so it
 * stays legible at "zoom to fit" of the journey (a 3,400-unit journey fills a 1,400-pixel screen at
 * about 40 %: 41-unit text shows as 17 pixels, where a fixed 14 would show as 6).
 */
export const JOURNEY_TEXT_SHARE = 0.012;

/** The font size for text that belongs to a journey `journeyWidth` wide: `base`, or 1.2 % of the width when larger. */
export function journeyFontSize(journeyWidth: number, base: number): number {
  return Math.max(base, Math.round(journeyWidth * JOURNEY_TEXT_SHARE));
}
