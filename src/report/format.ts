/** Small pure helpers shared by the report renderers (no Node or DOM APIs: the panel bundles them). */
import type { Effort, Emotion, Impact, PhaseReport, Sentiment } from './types';
import type { Lang, StageId } from '../domain';
import { stringsFor, type Strings } from '../i18n';
import { statesFeeling } from '../emotion/statesFeeling';
import { stripControls } from '../stripControls';

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
  if (!statesFeeling(sentiment)) return '·';
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

/** The stage column of a phase: "use", and for a tolerant reading "use (read as Use, from 'Gebruick')". */
export function stageWithReading(strings: ReportStrings, phase: PhaseReport, lang: Lang): string {
  const label = stageLabel(strings, phase.stage);
  const read = phase.read;
  if (!read || read.how !== 'tolerant' || phase.stage === null) return label;
  return `${label} (${strings.readAs(stringsFor(lang).engine.stages[phase.stage], oneLine(read.from))})`;
}

export function levelLabel(strings: ReportStrings, level: Effort | Impact | null): string {
  return level === null ? '' : strings.levels[level];
}

/** Board text on one line: control characters dropped; newlines and runs of white space become one space. */
export function oneLine(text: string): string {
  return stripControls(text).replace(/\s+/g, ' ').trim();
}

/** Anything outside printable Latin may be zero or two columns wide (or a control character). */
const NOT_PLAIN = /[^\u0020-\u02ff]/;

/** Columns of one code point: 0 for combining marks, joiners and variation selectors; 2 for wide. */
function charWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x20d0 && cp <= 0x20ff)) return 0;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Terminal columns a string takes (close enough for emoji and accented Dutch). */
export function displayWidth(text: string): number {
  if (!NOT_PLAIN.test(text)) return text.length; // fast path: one column a character
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}

/** Cuts a string to at most `width` columns, ending in '…' when cut. */
export function truncate(text: string, width: number): string {
  if (!NOT_PLAIN.test(text)) return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char.codePointAt(0) ?? 0);
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
  let used = 0;
  for (const token of tokens) {
    const limit = lines.length === 0 ? width : width - indent.length;
    const tokenWidth = displayWidth(token);
    if (line !== '' && used + tokenWidth > limit) {
      lines.push(line);
      line = token.trimStart();
      used = displayWidth(line);
    } else {
      line += token;
      used += tokenWidth;
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
