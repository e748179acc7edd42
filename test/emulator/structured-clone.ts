/**
 * The structured clone that postMessage applies, written by hand because the values come from
 * another realm (node:vm) and may be proxies (node objects, read-only paint views) that V8's
 * `structuredClone` would reject or copy wrongly. Functions, symbols and Figma nodes cannot cross:
 * they throw a DataCloneError, as postMessage does.
 */
import { EmulatorError } from './realm';
import type { Realm } from './types';

/** What postMessage throws for a value it cannot clone (re-created in the plugin's realm). */
export class DataCloneError extends EmulatorError {
  constructor(message: string) {
    super(message);
    this.name = 'DataCloneError';
  }
}

/** Tag of a value whatever its realm ("[object Date]", …). */
function tagOf(value: object): string {
  return Object.prototype.toString.call(value);
}

/** A plain object of any realm: its prototype is null or a realm's Object.prototype. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || (typeof proto === 'object' && Object.getPrototypeOf(proto) === null && tagOf(value) === '[object Object]');
}

const FIGMA_MESSAGE_TYPES =
  'objects, arrays, numbers, strings, booleans, null, undefined, Date objects and Uint8Array objects';

/**
 * The clone of figma.ui.postMessage (and of the panel's messages to the plugin): only what Figma
 * documents (typings, UIAPI.postMessage; developers.figma.com/docs/plugins/api/properties/figma-ui-postmessage):
 * "You can send objects, arrays, numbers, strings, booleans, null, undefined, Date objects and Uint8Array
 * objects. However, functions and prototype chains of objects will not be sent." Everything else throws
 * a DataCloneError here: Map, Set, bigint, other typed arrays, ArrayBuffer, RegExp, Error, boxed
 * primitives, and class instances (Figma drops their prototype; a plugin relying on it is broken, so
 * the emulator refuses it rather than silently flattening it).
 */
export function figmaMessageClone(value: unknown, realm: Realm, isForbidden: (value: object) => boolean = () => false): unknown {
  return structuredCloneInto(value, realm, isForbidden, true);
}

/**
 * Clones `value` into `realm`. `isForbidden` flags objects that cannot cross (Figma nodes); `figmaOnly`
 * restricts the types to Figma's documented message types (see figmaMessageClone).
 */
export function structuredCloneInto(
  value: unknown,
  realm: Realm,
  isForbidden: (value: object) => boolean = () => false,
  figmaOnly = false,
): unknown {
  const seen = new Map<object, unknown>();
  const refuse = (path: string, what: string): never => {
    throw new DataCloneError(`${path}: ${what} cannot be sent in a Figma message (only ${FIGMA_MESSAGE_TYPES})`);
  };
  const clone = (v: unknown, path: string): unknown => {
    if (typeof v === 'function') throw new DataCloneError(`${path}: a function could not be cloned`);
    if (typeof v === 'symbol') throw new DataCloneError(`${path}: ${String(v)} could not be cloned`);
    if (figmaOnly && typeof v === 'bigint') refuse(path, 'a bigint');
    if (v === null || typeof v !== 'object') return v;
    if (isForbidden(v)) {
      throw new DataCloneError(`${path}: a Figma node could not be cloned (send its id instead)`);
    }
    const done = seen.get(v);
    if (done !== undefined) return done;
    const tag = tagOf(v);
    if (figmaOnly && !Array.isArray(v) && tag !== '[object Date]' && tag !== '[object Uint8Array]' && !isPlainObject(v)) {
      const proto: unknown = Object.getPrototypeOf(v);
      const name =
        typeof proto === 'object' && proto !== null && 'constructor' in proto && typeof proto.constructor === 'function' ? proto.constructor.name : '';
      refuse(path, tag === '[object Object]' ? `an instance of ${name || 'a class'} (its prototype would be lost)` : `a ${tag.slice(8, -1)}`);
    }
    if (Array.isArray(v)) {
      const out = new realm.Array<unknown>();
      seen.set(v, out);
      v.forEach((item: unknown, i) => out.push(clone(item, `${path}[${i}]`)));
      return out;
    }
    if (tag === '[object Date]') {
      const out = new realm.Date(Date.prototype.getTime.call(v));
      seen.set(v, out);
      return out;
    }
    if (ArrayBuffer.isView(v)) {
      if (tag !== '[object Uint8Array]') throw new DataCloneError(`${path}: ${tag} is not supported by Figma messages`);
      const bytes = new realm.Uint8Array(v.byteLength);
      bytes.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      seen.set(v, bytes);
      return bytes;
    }
    if (tag === '[object Map]') {
      const out = new realm.Map<unknown, unknown>();
      seen.set(v, out);
      const entries: [unknown, unknown][] = [];
      Map.prototype.forEach.call(v, (item: unknown, key: unknown) => entries.push([key, item]));
      for (const [key, item] of entries) out.set(clone(key, `${path}<key>`), clone(item, `${path}<value>`));
      return out;
    }
    if (tag === '[object Set]') {
      const out = new realm.Set<unknown>();
      seen.set(v, out);
      const items: unknown[] = [];
      Set.prototype.forEach.call(v, (item: unknown) => items.push(item));
      for (const item of items) out.add(clone(item, `${path}<item>`));
      return out;
    }
    if (tag === '[object Error]' || tag === '[object Promise]' || tag === '[object WeakMap]') {
      throw new DataCloneError(`${path}: ${tag} could not be cloned`);
    }
    const out = new realm.Object();
    seen.set(v, out);
    for (const key of Object.keys(v)) {
      const item: unknown = Reflect.get(v, key);
      Reflect.set(out, key, clone(item, `${path}.${key}`));
    }
    return out;
  };
  return clone(value, 'message');
}
