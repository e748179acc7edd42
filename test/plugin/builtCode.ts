/**
 * The plugin tests run the BUILT dist/code.js (`npm test` builds first). Running them alone after
 * editing the plugin's own code would test stale code: fail loudly instead. (Only the plugin's
 * directories are compared: in a shared working tree the engine's files change all the time.)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function assertBuiltCodeIsFresh(): void {
  if (!existsSync('dist/code.js')) throw new Error('dist/code.js is missing: run `npm run build` first');
  const built = statSync('dist/code.js').mtimeMs;
  const newest = Math.max(newestSource('src/figjam'), newestSource('src/plan'), statSync('src/main.ts').mtimeMs);
  if (built < newest) throw new Error('dist/code.js is older than the plugin sources: run `npm run build` first');
}
