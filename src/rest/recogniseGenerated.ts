/**
 * What Journey Check wrote on a board, recognised by its FORM, for REST downloads that carry no
 * plugin data (a plain `GET /v1/files/:key` leaves out `pluginData` and `sharedPluginData` unless
 * `plugin_data=…` is asked for: https://www.figma.com/developers/api#get-files-endpoint).
 * Without this, the CLI reads the plugin's own output as the team's: an improvements section
 * becomes a phase, a marker's question a row label.
 *
 * The forms are exactly what src/plan/* plans and src/figjam/applyWritePlan.ts writes:
 * - improvements section: SECTION named `Prioritised improvements · <journey>` (nl: `Geprioriteerde
 *   verbeteringen · …`), fill SECTION_IMPROVEMENTS, holding only improvement rows;
 * - improvement row: ROUNDED_RECTANGLE shape, fill ROW_DEFAULT / ROW_QUICK_WIN / ROW_NEEDS_IDEA,
 *   no stroke or OUTLINE_MUTED, text `#<rank> · score <n>[ · ★ quick win | needs an idea]\n…`, or the
 *   "+ n more" / "no improvements yet" row;
 * - curve section: SECTION named `Emotion curve · <journey>` (nl: `Emotiecurve · …`), fill
 *   SECTION_CURVE, holding only a baseline (SQUARE, CURVE_BASELINE, no text), points (ELLIPSE, a
 *   curve fill, CURVE_LINE or CURVE_BASELINE stroke, text `?` or a score), labels (TEXT in
 *   TEXT_CHARCOAL or TEXT_MUTED, or OUTLINE_MUTED as earlier versions wrote it) and lines (STRAIGHT CONNECTOR in CURVE_LINE between two points);
 * - marker: SPEECH_BUBBLE shape with a severity's fill AND that same severity's stroke, and a
 *   text that is one of the plugin's marker questions (either language), optionally after a line
 *   quoting a sticky (`3 · “…”`); a badge: ELLIPSE with that fill and stroke and a number;
 * - findings strip: SECTION named `Findings · <journey>` (nl: `Bevindingen · …`), fill
 *   SECTION_FINDINGS, holding only markers.
 *
 * Conservative on purpose: a team's own node is never taken for ours on one signal. Every rule
 * below needs several at once — node type and shape type, an exact fill (and stroke) from the
 * plugin's palette, and wording the plugin writes. A section needs its name pattern AND its fill
 * AND contents made only of the plugin's kinds: FigJam's template gives the team's Improvements
 * section the same light-blue fill and its phases the curve's light gray, so fill alone proves
 * nothing; and a team section named like ours that holds a sticky (or anything else the plugin
 * never puts there) is the team's and is read. A sticky is never ours (the plugin makes none), so
 * a sticky the plugin or a person recoloured stays team content.
 *
 * Wording and colours come from the same tables the plugin writes with (src/i18n, src/plan/
 * palette.ts), so a change of wording there changes what is recognised here.
 */
import { stringsFor } from '../i18n';
import type { Strings } from '../i18n';
import {
  CURVE_BASELINE,
  CURVE_HOLLOW,
  CURVE_LINE,
  CURVE_NEGATIVE,
  CURVE_NEUTRAL,
  CURVE_POSITIVE,
  ROW_DEFAULT,
  ROW_NEEDS_IDEA,
  ROW_QUICK_WIN,
  SECTION_CURVE,
  SECTION_FINDINGS,
  SECTION_IMPROVEMENTS,
  SEVERITY_FILL,
  SEVERITY_STROKE,
  OUTLINE_MUTED,
  TEXT_CHARCOAL,
  TEXT_MUTED,
} from '../plan/palette';
import type { Hex } from '../plan/types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: Json): Json[] {
  const children = node['children'];
  return Array.isArray(children) ? children.filter(isObject) : [];
}

function textOf(node: Json): string {
  const text = node['characters'];
  return typeof text === 'string' ? text : '';
}

// ── Wording ───────────────────────────────────────────────────────────────────────────────────

const LANGS = [stringsFor('en'), stringsFor('nl')] as const;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Stand-ins for the variable parts of a template; none occurs in any wording. */
const PHASE = '\u{E000}';
const STAGE = '\u{E001}';
const CHANNEL = '\u{E002}';
const JOURNEY = '\u{E003}';
const COUNT = 987654321;

/** A template's text with its stand-ins turned into patterns, as one anchored regex. */
function pattern(text: string, parts: Readonly<Record<string, string>>): string {
  let out = escape(text);
  for (const [stand, regex] of Object.entries(parts)) out = out.split(escape(stand)).join(regex);
  return out;
}

function anyOf(sources: Iterable<string>, flags = 'u'): RegExp {
  return new RegExp(`^(?:${[...new Set(sources)].join('|')})$`, flags);
}

/** Every question a marker can carry (single and grouped), in both languages. */
const MARKER_TEXT = anyOf(
  LANGS.flatMap((s) => {
    const stages = `(?:${Object.values(s.plugin.stages).map(escape).join('|')})`;
    // Names are shortened and flattened to one line by the plugin (src/plan/textBox.ts `shorten`).
    const parts = { [PHASE]: '.*', [CHANNEL]: '.*', [STAGE]: stages, [String(COUNT)]: '\\d+' };
    const context = { phase: PHASE, stage: STAGE, channel: CHANNEL };
    // A strip row first quotes the sticky (numbered when a badge points at it) or phase it is about.
    const quote = '(?:(?:\\d+ · )?“[^\\n]*”\\n)?';
    return [
      ...Object.values(s.plugin.markers).map((question) => quote + pattern(question(context), parts)),
      ...Object.values(s.plugin.markersGrouped).map((question) => quote + pattern(question(COUNT), parts)),
    ];
  }),
);

/** An improvement row's text: the head line (rank · score · marks), then the idea and why. */
const ROW_TEXT = anyOf(
  LANGS.flatMap((s) => {
    const t = s.plugin.improvements;
    const marks = `(?: · (?:${escape(t.quickWin)}|${escape(t.needsIdea)}))*`;
    const head = `#\\d+ · ${pattern(t.score(PHASE), { [PHASE]: '[^\\s·]+' })}${marks}`;
    return [`${head}(?:\\n[^]*)?`, pattern(t.more(COUNT), { [String(COUNT)]: '\\d+' }), escape(t.empty)];
  }),
);

/** Section titles, with or without the journey's name. */
function titles(pick: (s: Strings) => string[]): RegExp {
  return anyOf(LANGS.flatMap((s) => pick(s).map((title) => pattern(title, { [JOURNEY]: '.+' }))));
}
const IMPROVEMENTS_TITLE = titles((s) => [s.plugin.improvements.title, s.plugin.improvements.titleFor(JOURNEY)]);
const CURVE_TITLE = titles((s) => [s.plugin.curve.title(JOURNEY)]);
const FINDINGS_TITLE = titles((s) => [s.plugin.findings.title(JOURNEY)]);

/** A curve point's text: `?` (no feeling stated) or a score as formatScore writes it (real minus sign). */
const POINT_TEXT = /^(?:\?|0|[+−]\d+(?:\.\d)?)$/u;

// ── Colours ───────────────────────────────────────────────────────────────────────────────────

function bytes(hex: Hex): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Within half a step of the byte: REST sends float32 channels (0.9607843… for 245/255). */
function sameChannel(value: unknown, byte: number): boolean {
  return typeof value === 'number' && Math.abs(value * 255 - byte) <= 0.5;
}

function opaque(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && value >= 0.999);
}

/**
 * The one paint, when `paints` is exactly one visible, opaque SOLID paint of a colour in
 * `allowed`: the plugin always writes a single such paint (applyWritePlan `solidPaint`).
 */
function onlyPaint(paints: unknown, allowed: readonly Hex[]): Hex | null {
  if (!Array.isArray(paints) || paints.length !== 1) return null;
  const paint: unknown = paints[0];
  if (!isObject(paint) || paint['type'] !== 'SOLID' || paint['visible'] === false || !opaque(paint['opacity'])) return null;
  const color = paint['color'];
  if (!isObject(color) || !opaque(color['a'])) return null;
  for (const hex of allowed) {
    const [r, g, b] = bytes(hex);
    if (sameChannel(color['r'], r) && sameChannel(color['g'], g) && sameChannel(color['b'], b)) return hex;
  }
  return null;
}

/** No paint at all: the plugin writes `strokes = []` where it wants none. */
function noPaint(paints: unknown): boolean {
  return paints === undefined || (Array.isArray(paints) && paints.length === 0);
}

// ── Forms ─────────────────────────────────────────────────────────────────────────────────────

const SEVERITIES = Object.keys(SEVERITY_FILL) as (keyof typeof SEVERITY_FILL)[];

function isShape(node: Json, shapeType: string): boolean {
  return node['type'] === 'SHAPE_WITH_TEXT' && node['shapeType'] === shapeType;
}

/** A marker: speech bubble + a severity's fill and the SAME severity's outline + a marker question. */
function isMarker(node: Json): boolean {
  const bubble = isShape(node, 'SPEECH_BUBBLE');
  if (!bubble && !isShape(node, 'ELLIPSE')) return false;
  const pair = SEVERITIES.some((s) => onlyPaint(node['fills'], [SEVERITY_FILL[s]]) && onlyPaint(node['strokes'], [SEVERITY_STROKE[s]]));
  return pair && (bubble ? MARKER_TEXT.test(textOf(node)) : /^\d{1,4}$/u.test(textOf(node)));
}

/** Name pattern + fill + only markers inside. */
function isFindingsSection(node: Json): boolean {
  if (node['type'] !== 'SECTION' || !FINDINGS_TITLE.test(nameOf(node))) return false;
  if (!onlyPaint(node['fills'], [SECTION_FINDINGS])) return false;
  return childrenOf(node).every(isMarker);
}

/** An improvement row: rounded rectangle + a row fill + no outline (or the muted one) + row wording. */
function isImprovementRow(node: Json): boolean {
  if (!isShape(node, 'ROUNDED_RECTANGLE')) return false;
  if (!onlyPaint(node['fills'], [ROW_DEFAULT, ROW_QUICK_WIN, ROW_NEEDS_IDEA])) return false;
  if (!noPaint(node['strokes']) && !onlyPaint(node['strokes'], [OUTLINE_MUTED])) return false;
  return ROW_TEXT.test(textOf(node));
}

function isCurvePoint(node: Json): boolean {
  return (
    isShape(node, 'ELLIPSE') &&
    onlyPaint(node['fills'], [CURVE_POSITIVE, CURVE_NEGATIVE, CURVE_NEUTRAL, CURVE_HOLLOW]) !== null &&
    onlyPaint(node['strokes'], [CURVE_LINE, CURVE_BASELINE]) !== null &&
    POINT_TEXT.test(textOf(node))
  );
}

function isCurveBaseline(node: Json): boolean {
  return isShape(node, 'SQUARE') && textOf(node) === '' && onlyPaint(node['fills'], [CURVE_BASELINE]) !== null && noPaint(node['strokes']);
}

/** A phase-name or scale label: TEXT in one of the two colours the plugin writes labels in. */
function isCurveLabel(node: Json): boolean {
  // OUTLINE_MUTED: the muted text colour of boards checked before TEXT_MUTED was darkened.
  return node['type'] === 'TEXT' && onlyPaint(node['fills'], [TEXT_CHARCOAL, TEXT_MUTED, OUTLINE_MUTED]) !== null;
}

function endId(end: unknown): string | null {
  if (!isObject(end)) return null;
  const id = end['endpointNodeId'];
  return typeof id === 'string' && id !== '' ? id : null;
}

/** A curve line: straight, no caps, the curve's gray, between two points of the same curve. */
function isCurveLine(node: Json, points: ReadonlySet<string>): boolean {
  if (node['type'] !== 'CONNECTOR' || node['connectorLineType'] !== 'STRAIGHT') return false;
  const caps = [node['connectorStartStrokeCap'], node['connectorEndStrokeCap']];
  if (!caps.every((cap) => cap === undefined || cap === 'NONE')) return false;
  if (!onlyPaint(node['strokes'], [CURVE_LINE])) return false;
  const start = endId(node['connectorStart']);
  const end = endId(node['connectorEnd']);
  return start !== null && end !== null && points.has(start) && points.has(end);
}

function nameOf(node: Json): string {
  const name = node['name'];
  return typeof name === 'string' ? name : '';
}

/** Name pattern + fill + only rows inside. */
function isImprovementsSection(node: Json): boolean {
  if (node['type'] !== 'SECTION' || !IMPROVEMENTS_TITLE.test(nameOf(node))) return false;
  if (!onlyPaint(node['fills'], [SECTION_IMPROVEMENTS])) return false;
  return childrenOf(node).every(isImprovementRow);
}

/** Name pattern + fill + only a baseline, points, labels and lines between its own points inside (at least one baseline or point). */
function isCurveSection(node: Json): boolean {
  if (node['type'] !== 'SECTION' || !CURVE_TITLE.test(nameOf(node))) return false;
  if (!onlyPaint(node['fills'], [SECTION_CURVE])) return false;
  const children = childrenOf(node);
  const points = new Set<string>();
  for (const child of children) if (isCurvePoint(child) && typeof child['id'] === 'string') points.add(child['id']);
  // Labels alone (plain text in near-black) prove little: a curve that holds anything holds its
  // baseline or a point, shapes a team does not make by chance.
  if (children.length > 0 && points.size === 0 && !children.some(isCurveBaseline)) return false;
  return children.every((child) => isCurvePoint(child) || isCurveBaseline(child) || isCurveLabel(child) || isCurveLine(child, points));
}

/**
 * Ids of the nodes under `roots` (a page's children) that have Journey Check's form: the
 * generated sections with everything in them, and markers and improvement rows wherever they lie.
 */
export function recogniseGenerated(roots: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  const markAll = (node: Json): void => {
    const stack = [node];
    for (let next = stack.pop(); next; next = stack.pop()) {
      if (typeof next['id'] === 'string') ids.add(next['id']);
      for (const child of childrenOf(next)) stack.push(child);
    }
  };
  const stack = roots.filter(isObject);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isImprovementsSection(node) || isCurveSection(node) || isFindingsSection(node)) {
      markAll(node);
      continue;
    }
    if ((isMarker(node) || isImprovementRow(node)) && typeof node['id'] === 'string') ids.add(node['id']);
    // No spread: a page can hold more children than a call takes arguments.
    for (const child of childrenOf(node)) stack.push(child);
  }
  return ids;
}
