/**
 * A string table cut down to what one bundle shows. build.mjs points `src/i18n/index.ts` at
 * sandbox.ts for dist/code.js and at panel.ts for dist/ui.html, so the groups a bundle never shows
 * are not shipped in it. The object claims the full `Strings` shape for the code that shares
 * src/ with the CLI; reading a group that was left out throws at once with a clear message instead
 * of failing later on `undefined`.
 */
import type { Strings } from './en';

export function partialTable<T extends object>(present: Partial<T>, what: string, audience: string): T {
  return new Proxy(present, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && key !== 'toJSON' && key !== 'then') {
        throw new Error(`i18n: the ${what}${key} strings are not bundled in the ${audience} (add them in src/i18n/${audience}.ts)`);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as T;
}

export type { Strings };
