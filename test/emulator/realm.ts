/**
 * The boundary between the emulator (host realm) and the plugin (possibly a node:vm realm).
 * Everything handed to the plugin passes through `exportValue`; errors the emulator raises are
 * `EmulatorError`s, re-created in the plugin's realm by `toRealmError` so `instanceof Error` holds.
 */
import type { Realm } from './types';

export const hostRealm: Realm = { Object, Array, Error, TypeError, Promise, Date, Uint8Array, Map, Set };

/** An error the emulator raises on purpose (a Figma rule was broken). */
export class EmulatorError extends Error {
  constructor(
    message: string,
    readonly kind: 'Error' | 'TypeError' = 'Error',
  ) {
    super(message);
    this.name = kind;
  }
}

export function fail(message: string): never {
  throw new EmulatorError(message);
}

export function failType(message: string): never {
  throw new EmulatorError(message, 'TypeError');
}

/** Re-creates an emulator error in the plugin's realm; anything else (e.g. a plugin callback's error) passes unchanged. */
export function toRealmError(error: unknown, realm: Realm): unknown {
  if (!(error instanceof EmulatorError)) return error;
  const Ctor = error.kind === 'TypeError' ? realm.TypeError : realm.Error;
  const copy = new Ctor(error.message);
  if (error.name !== error.kind) copy.name = error.name;
  return copy;
}

/** Marks data the plugin must not mutate (paint arrays, paints): exported as a deep read-only view. */
export class Immutable {
  constructor(readonly value: unknown) {}
}

export interface ExportContext {
  realm: Realm;
  /** Returns the plugin-facing object for an internal one (node proxies), or undefined. */
  facadeOf(value: object): object | undefined;
  /** Wraps a host promise so that its settlement is tracked and its value exported. */
  exportPromise(promise: Promise<unknown>): Promise<unknown>;
}

function isPlainRecord(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** Converts a host value into what the plugin sees. */
export function exportValue(value: unknown, ctx: ExportContext): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') return value;
  if (value instanceof Immutable) return readOnlyCopy(value.value, ctx);
  const facade = ctx.facadeOf(value);
  if (facade) return facade;
  if (value instanceof Promise) return ctx.exportPromise(value);
  if (Array.isArray(value)) {
    const out = new ctx.realm.Array<unknown>();
    for (const item of value) out.push(exportValue(item, ctx));
    return out;
  }
  if (value instanceof Uint8Array) return new ctx.realm.Uint8Array(value);
  if (isPlainRecord(value)) {
    return ctx.realm.Object.fromEntries(Object.entries(value).map(([key, item]) => [key, exportValue(item, ctx)]));
  }
  return value;
}

function readOnlyError(target: object, property: string | symbol, Ctor: TypeErrorConstructor): TypeError {
  const what = Array.isArray(target) ? '[object Array]' : '#<Object>';
  return new Ctor(`Cannot assign to read only property '${String(property)}' of object '${what}'`);
}

/**
 * A deep copy that throws on any write (even in sloppy-mode code, where a frozen object would
 * silently ignore the write): `fills[0].color.r = 1`, `fills.push(p)` both throw.
 */
function readOnlyCopy(value: unknown, ctx: ExportContext): unknown {
  if (value === null || typeof value !== 'object') return value;
  const realm = ctx.realm;
  let target: object;
  if (Array.isArray(value)) {
    const arr = new realm.Array<unknown>();
    for (const item of value) arr.push(readOnlyCopy(item, ctx));
    target = arr;
  } else {
    target = realm.Object.fromEntries(Object.entries(value).map(([key, item]) => [key, readOnlyCopy(item, ctx)]));
  }
  realm.Object.freeze(target);
  const Ctor = realm.TypeError;
  const refuse = (t: object, p: string | symbol): never => {
    throw readOnlyError(t, p, Ctor);
  };
  return new Proxy(target, { set: refuse, defineProperty: refuse, deleteProperty: refuse });
}
