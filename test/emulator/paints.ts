/** Paint validation (what Figma accepts in `fills`/`strokes`) and colour parsing for figma.util. */
import { fail } from './realm';

const PAINT_TYPES = new Set([
  'SOLID',
  'GRADIENT_LINEAR',
  'GRADIENT_RADIAL',
  'GRADIENT_ANGULAR',
  'GRADIENT_DIAMOND',
  'IMAGE',
  'VIDEO',
  'PATTERN',
]);
const BLEND_MODES = [
  'PASS_THROUGH', 'NORMAL', 'DARKEN', 'MULTIPLY', 'LINEAR_BURN', 'COLOR_BURN', 'LIGHTEN', 'SCREEN', 'LINEAR_DODGE',
  'COLOR_DODGE', 'OVERLAY', 'SOFT_LIGHT', 'HARD_LIGHT', 'DIFFERENCE', 'EXCLUSION', 'HUE', 'SATURATION', 'COLOR', 'LUMINOSITY',
] as const satisfies readonly BlendMode[];
const SOLID_KEYS = new Set(['type', 'color', 'opacity', 'visible', 'blendMode', 'boundVariables']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unit(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    fail(`${what}: expected a number between 0 and 1, got ${String(value)}`);
  }
  return value;
}

/** Validates a paint list written by the plugin and returns a host-realm copy. */
export function validatePaints(value: unknown, property: string): SolidPaint[] | Paint[] {
  if (!Array.isArray(value)) fail(`in set_${property}: expected an array of paints, got ${typeof value}`);
  return value.map((paint: unknown, i): Paint => {
    const where = `in set_${property}: paint [${i}]`;
    if (!isRecord(paint) || typeof paint.type !== 'string' || !PAINT_TYPES.has(paint.type)) {
      fail(`${where}: expected a paint with a known type`);
    }
    if (paint.type !== 'SOLID') fail(`${where}: only SOLID paints are emulated (got ${paint.type})`);
    for (const key of Object.keys(paint)) {
      if (!SOLID_KEYS.has(key)) fail(`${where}: Unrecognized key(s) in object: '${key}'`);
    }
    const color = paint.color;
    if (!isRecord(color)) fail(`${where}: color must be {r, g, b}`);
    for (const key of Object.keys(color)) {
      if (key !== 'r' && key !== 'g' && key !== 'b') {
        fail(`${where}: Unrecognized key(s) in object: '${key}' (a SOLID paint's color is {r, g, b}; put alpha in opacity)`);
      }
    }
    const solid: { -readonly [K in keyof SolidPaint]: SolidPaint[K] } = {
      type: 'SOLID',
      color: { r: unit(color.r, `${where} color.r`), g: unit(color.g, `${where} color.g`), b: unit(color.b, `${where} color.b`) },
    };
    if (paint.opacity !== undefined) solid.opacity = unit(paint.opacity, `${where} opacity`);
    if (paint.visible !== undefined) {
      if (typeof paint.visible !== 'boolean') fail(`${where}: visible must be a boolean`);
      solid.visible = paint.visible;
    }
    if (paint.blendMode !== undefined) {
      const mode = BLEND_MODES.find((m) => m === paint.blendMode);
      if (!mode) fail(`${where}: unknown blendMode ${String(paint.blendMode)}`);
      solid.blendMode = mode;
    }
    return solid;
  });
}

/** Parses '#RGB', '#RRGGBB', '#RRGGBBAA', 'rgb()/rgba()' or {r,g,b,a?} into RGBA (0–1). */
export function parseColor(input: unknown): RGBA {
  if (isRecord(input)) {
    const a = input.a === undefined ? 1 : unit(input.a, 'a');
    return { r: unit(input.r, 'r'), g: unit(input.g, 'g'), b: unit(input.b, 'b'), a };
  }
  if (typeof input !== 'string') fail(`Invalid color: ${String(input)}`);
  const text = input.trim();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text);
  if (hex?.[1]) {
    let digits = hex[1];
    if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
    const byte = (i: number) => parseInt(digits.slice(i, i + 2), 16) / 255;
    return { r: byte(0), g: byte(2), b: byte(4), a: digits.length === 8 ? byte(6) : 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(text);
  if (fn) {
    const channel = (s: string | undefined) => Math.min(255, Number(s)) / 255;
    return { r: channel(fn[1]), g: channel(fn[2]), b: channel(fn[3]), a: fn[4] === undefined ? 1 : Math.min(1, Number(fn[4])) };
  }
  return fail(`Invalid color: "${text}"`);
}

export function solidPaintOf(input: unknown): SolidPaint {
  const { r, g, b, a } = parseColor(input);
  return { type: 'SOLID', color: { r, g, b }, opacity: a };
}

/** Accepts a hex string, one paint or a paint list (builders' FillSpec). */
export function paintsFromSpec(spec: string | SolidPaint | readonly Paint[]): Paint[] {
  if (typeof spec === 'string') return [solidPaintOf(spec)];
  if (Array.isArray(spec)) return validatePaints(spec, 'fills');
  return validatePaints([spec], 'fills');
}
