/** Small pure helpers shared by the report renderers (no Node or DOM APIs: the panel bundles them). */
import type { Effort, Emotion, Impact, Sentiment } from './types';
import type { StageId } from '../settings';
import type { Strings } from '../i18n';

type ReportStrings = Strings['report'];

const BARS = '▁▂▃▄▅▆▇█';

/** One bar glyph for a mean score −2…+2; '·' when no feeling is stated. */
export function curveGlyph(score: number | null): string {
  if (score === null || !Number.isFinite(score)) return '·';
  const clamped = Math.max(-2, Math.min(2, score));
  return BARS.charAt(Math.round(((clamped + 2) / 4) * (BARS.length - 1)));
}

/** "+1.5", "−0.5", "0.0" (typographic minus, for reading); "–" when null. */
export function formatScore(score: number | null): string {
  if (score === null || !Number.isFinite(score)) return '–';
  const text = Math.abs(score).toFixed(1);
  if (text === '0.0') return '0.0';
  return score > 0 ? `+${text}` : `−${text}`;
}

/** A short sign for a touchpoint's feeling: ++ + 0 − −−, or · when none is stated. */
export function sentimentSign(sentiment: Sentiment): string {
  const { score } = sentiment;
  if (score === 0 && sentiment.emotion === null) return '·';
  if (score >= 1.5) return '++';
  if (score > 0) return '+';
  if (score <= -1.5) return '−−';
  if (score < 0) return '−';
  return '0';
}

export function emotionLabel(strings: ReportStrings, emotion: Emotion | null): string {
  return emotion === null ? '' : strings.emotions[emotion];
}

export function stageLabel(strings: ReportStrings, stage: StageId | null): string {
  return stage === null ? strings.customStage : strings.stages[stage];
}

export function levelLabel(strings: ReportStrings, level: Effort | Impact | null): string {
  return level === null ? '' : strings.levels[level];
}

/** Board text on one line: newlines and runs of white space become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Zero-width: combining marks, variation selectors, joiners. Wide: emoji and East Asian wide.
const ZERO_WIDTH = /^(?:\p{Mn}|\p{Me}|[\u200b-\u200f]|[\u{e0020}-\u{e007f}])$/u;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** Terminal columns a string takes (close enough for emoji and accented Dutch). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/** Cuts a string to at most `width` columns, ending in '…' when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

export function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

/** Word-wraps to `width` columns; lines after the first start with `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  // Tokens keep the spaces before them, so indents and double spaces survive (not at breaks).
  const tokens = text.replace(/\s*[\r\n]\s*/g, ' ').match(/\s*\S+/g) ?? [''];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const limit = lines.length === 0 ? width : width - indent.length;
    if (line !== '' && displayWidth(line + token) > limit) {
      lines.push(line);
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

/** "Journey: Daan" — without saying "Journey" twice when the board's name starts with it. */
export function journeyHeading(label: string, name: string): string {
  const shown = oneLine(name);
  return shown.toLowerCase().startsWith(label.toLowerCase()) ? shown : `${label}: ${shown}`;
}
