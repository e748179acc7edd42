/**
 * The plugin tests run the BUILT dist/code.js (`npm test` builds first). Running them alone after
 * editing any source the bundle is made from would test stale code: fail loudly instead. Every
 * module src/main.ts reaches counts (engine, adapters, entry, generated tables), since an engine
 * edit changes the plugin as much as an adapter edit does; files the bundle does not reach (a new
 * module nobody imports yet) do not.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']*)'|^\s*import\s+'(\.[^']*)'/gm;

/** The file a relative import names (TypeScript's resolution: as written, .ts, /index.ts), or null. */
function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every file reachable from `entry` through relative imports (the entry included). */
export function bundleSources(entry: string): string[] {
  const seen = new Set<string>([resolve(entry)]);
  const queue = [...seen];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2] ?? '');
      if (target !== null && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen];
}

/** Throws when dist/code.js under `root` is missing or older than src/main.ts, anything it imports, or the build scripts (build.mjs, scripts/plugin-build.mjs). */
export function assertBuiltCodeIsFresh(root = '.'): void {
  const bundle = join(root, 'dist/code.js');
  if (!existsSync(bundle)) throw new Error('dist/code.js is missing: run `npm run build` first');
  const built = statSync(bundle).mtimeMs;
  const sources = [...bundleSources(join(root, 'src/main.ts')), join(root, 'build.mjs'), join(root, 'scripts/plugin-build.mjs')];
  const stale = sources.find((file) => existsSync(file) && statSync(file).mtimeMs > built);
  if (stale !== undefined) throw new Error(`dist/code.js is older than ${stale}: run \`npm run build\` first`);
}
