/**
 * What Journey Check keeps in plugin data (shared, see storedRecords.ts), each under one key as
 * small versioned JSON, read defensively: data that does not parse or has another version is reported as corrupt and never
 * trusted (the caller ignores it and says so).
 */
import * as v from 'valibot';
import { SETTINGS_RECORD_KEY } from '../settingsRecord';

/**
 * The namespace of all our records. Shared data survives a change of plugin id (publishing), and a
 * REST download with `plugin_data=shared` carries it, so the command line skips our nodes too.
 */
export const SHARED_NAMESPACE = 'journeycheck';
/** On every node the plugin created: its tag. */
export const TAG_KEY = 'journeyCheck';
/** On a sticky the plugin recoloured: its original paint, so "restore" can put it back. */
export const COLOUR_KEY = 'journeyCheck.colour';
/** On the document root: the board's settings, shared by everyone on the board. */
export const SETTINGS_KEY = SETTINGS_RECORD_KEY;

const Hex = v.pipe(v.string(), v.regex(/^#[0-9A-F]{6}$/));

const GeneratedTagSchema = v.object({
  v: v.literal(1),
  kind: v.picklist(['section', 'shape', 'text', 'connector']),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  hash: v.pipe(v.string(), v.maxLength(64)),
  journey: v.nullable(v.string()),
  /** The user node the item points at (improvement row → sticky), for "show source". */
  source: v.nullable(v.string()),
});
export type GeneratedTag = v.InferOutput<typeof GeneratedTagSchema>;

const SolidPaintSchema = v.object({
  type: v.literal('SOLID'),
  color: v.object({ r: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), g: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), b: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }),
  opacity: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  visible: v.optional(v.boolean()),
  blendMode: v.optional(
    v.picklist([
      'PASS_THROUGH', 'NORMAL', 'DARKEN', 'MULTIPLY', 'LINEAR_BURN', 'COLOR_BURN', 'LIGHTEN', 'SCREEN', 'LINEAR_DODGE',
      'COLOR_DODGE', 'OVERLAY', 'SOFT_LIGHT', 'HARD_LIGHT', 'DIFFERENCE', 'EXCLUSION', 'HUE', 'SATURATION', 'COLOR', 'LUMINOSITY',
    ]),
  ),
});
export type StoredPaint = v.InferOutput<typeof SolidPaintSchema>;

const ColourRecordSchema = v.variant('state', [
  /** We recoloured the sticky: `written` is our swatch, `original` what it had before. */
  v.object({ v: v.literal(1), state: v.literal('recoloured'), journey: v.string(), written: Hex, original: v.array(SolidPaintSchema) }),
  /** The user recoloured it by hand after we did: it is theirs now, we leave it alone. */
  v.object({ v: v.literal(1), state: v.literal('released'), journey: v.string() }),
]);
export type ColourRecord = v.InferOutput<typeof ColourRecordSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false };

function parseJson<T>(raw: string, schema: v.GenericSchema<unknown, T>): Parsed<T> {
  try {
    const result = v.safeParse(schema, JSON.parse(raw));
    return result.success ? { ok: true, value: result.output } : { ok: false };
  } catch {
    return { ok: false };
  }
}

export function parseGeneratedTag(raw: string): Parsed<GeneratedTag> {
  return parseJson(raw, GeneratedTagSchema);
}

export function parseColourRecord(raw: string): Parsed<ColourRecord> {
  return parseJson(raw, ColourRecordSchema);
}

/** Paints as stored: plain JSON of SOLID paints only (other paints are not recoloured at all). */
export function storablePaints(fills: unknown): StoredPaint[] | null {
  const parsed = v.safeParse(v.pipe(v.array(SolidPaintSchema), v.minLength(1)), fills);
  return parsed.success ? parsed.output : null;
}
