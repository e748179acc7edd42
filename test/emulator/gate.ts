/**
 * The proxies the plugin (and the test) hold instead of the internal records. Every access passes
 * here: the closed-plugin and removed-node checks, the read/write counters, the fault clock, the
 * non-extensible rule, and the conversion of results and errors into the plugin's realm.
 */
import { exportValue, toRealmError, type ExportContext } from './realm';
import type { Realm } from './types';

export interface Member<T> {
  get?: (self: T) => unknown;
  set?: (self: T, value: unknown) => void;
  call?: (self: T, ...args: unknown[]) => unknown;
  /** A mutating method: counted in writes.sets under its name. */
  write?: boolean;
}
export type MemberTable<T> = Readonly<Record<string, Member<T>>>;

/** Who holds the proxy: the plugin (counted, gated, realm-converted) or the test (neither). */
export type Side = 'plugin' | 'test';

/** What a gate needs from the document. */
export interface GateHost {
  readonly realm: Realm;
  /** Starts one API operation: closed check, fault clock. Throws EmulatorError when closed. */
  beginOp(side: Side, name: string): void;
  /** Throws when the plugin was closed (for a method fetched before closePlugin and called after). */
  assertOpen(side: Side, name: string): void;
  countRead(side: Side, name: string): void;
  /** Counts a plugin write and records it in the undo history under `label` ('set fills', 'setPluginData'). */
  countWrite(side: Side, name: string, label?: string): void;
  /** Runs `fn` as an edit by `side` (origin LOCAL for the plugin, REMOTE for the test). */
  actAs<R>(side: Side, fn: () => R): R;
  exportContext(side: Side): ExportContext;
}

export interface GateSpec<T> {
  side: Side;
  /** Type label for messages: 'StickyNode', 'figma', 'figma.ui'. */
  label: string;
  /** Prefix of operation names for the fault clock: '' for nodes, 'figma.' for the API. */
  opPrefix: string;
  members: MemberTable<T>;
  /** Counts reads (nodes only). */
  countReads: boolean;
  /** Throws when the node was removed; called for every member except `exempt`. */
  aliveCheck?: () => void;
  exempt?: ReadonlySet<string>;
  /** Unknown members: `undefined` like JS (nodes) or a clear error (the API object). */
  unknown: 'undefined' | 'throw';
}

export function createGate<T extends object>(host: GateHost, self: T, spec: GateSpec<T>): object {
  const { side, members } = spec;
  const ctx = (): ExportContext => host.exportContext(side);
  const guard = <R>(fn: () => R): R => {
    try {
      return fn();
    } catch (error) {
      throw toRealmError(error, ctx().realm);
    }
  };
  const enter = (name: string) => {
    host.beginOp(side, spec.opPrefix + name);
    if (spec.aliveCheck && !spec.exempt?.has(name)) spec.aliveCheck();
  };
  const target: object = Object.create(null);
  return new Proxy(target, {
    get(_t, property) {
      if (typeof property === 'symbol') return undefined;
      const member = Object.hasOwn(members, property) ? members[property] : undefined;
      // Promise resolution probes `then` on every resolved value: not a plugin read.
      if (property === 'then' && !member) return undefined;
      return guard(() => {
        enter(property);
        if (spec.countReads) host.countRead(side, property);
        if (!member) {
          if (spec.unknown === 'throw') throw new (ctx().realm.Error)(`${spec.label}.${property} is not available in the FigJam emulator`);
          return undefined;
        }
        if (member.get) {
          const getter = member.get;
          return exportValue(host.actAs(side, () => getter(self)), ctx());
        }
        const method = member.call;
        if (!method) return undefined;
        return (...args: unknown[]) =>
          guard(() => {
            host.assertOpen(side, spec.opPrefix + property);
            if (spec.aliveCheck && !spec.exempt?.has(property)) spec.aliveCheck();
            const result = host.actAs(side, () => method(self, ...args));
            if (member.write) host.countWrite(side, property);
            return exportValue(result, ctx());
          });
      });
    },
    set(_t, property, value: unknown) {
      if (typeof property === 'symbol') throw new (ctx().realm.TypeError)('Cannot add a symbol property: object is not extensible');
      const member = Object.hasOwn(members, property) ? members[property] : undefined;
      return guard(() => {
        enter(property);
        if (!member) {
          throw new (ctx().realm.TypeError)(`Cannot add property ${property}, object is not extensible`);
        }
        const setter = member.set;
        if (!setter) {
          throw new (ctx().realm.TypeError)(`Cannot assign to read only property '${property}' of object '#<${spec.label}>'`);
        }
        host.actAs(side, () => setter(self, value));
        host.countWrite(side, property, `set ${property}`);
        return true;
      });
    },
    has(_t, property) {
      return typeof property === 'string' && Object.hasOwn(members, property);
    },
    ownKeys() {
      return [];
    },
    getOwnPropertyDescriptor() {
      return undefined;
    },
    defineProperty(_t, property) {
      throw new (ctx().realm.TypeError)(`Cannot define property ${String(property)}, object is not extensible`);
    },
    deleteProperty(_t, property) {
      throw new (ctx().realm.TypeError)(`Cannot delete property '${String(property)}' of #<${spec.label}>`);
    },
    setPrototypeOf() {
      return false;
    },
  });
}
