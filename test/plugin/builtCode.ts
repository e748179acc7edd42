/**
 * The plugin tests run the BUILT dist/code.js (`npm test` builds first). Running them alone after
 * editing any source the bundle is made from would test stale code: fail loudly instead. Every
 * folder counts (src/ whole: engine, adapters, entry; the build script), since an engine edit
 * changes the plugin just as much as an adapter edit does.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What dist/code.js is built from, relative to the project root. */
export const BUNDLE_SOURCES = ['src', 'build.mjs', 'package.json'] as const;

/** Newest modification time (ms) of a file, or of any file below a folder. */
export function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) newest = Math.max(newest, newestSource(join(path, entry.name)));
  return newest;
}

/** Throws when dist/code.js under `root` is missing or older than any of its sources. */
export function assertBuiltCodeIsFresh(root = '.'): void {
  const bundle = join(root, 'dist/code.js');
  if (!existsSync(bundle)) throw new Error('dist/code.js is missing: run `npm run build` first');
  const built = statSync(bundle).mtimeMs;
  for (const source of BUNDLE_SOURCES) {
    const path = join(root, source);
    if (existsSync(path) && newestSource(path) > built) {
      throw new Error(`dist/code.js is older than ${source}: run \`npm run build\` first`);
    }
  }
}
