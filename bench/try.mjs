// Bundles bench/quickjsTry.ts like bench/run.mjs bundles bench/main.ts and runs it (figures to stdout only).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

await esbuild.build({
  entryPoints: { try: 'bench/quickjsTry.ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: '.tmp/bench',
  outExtension: { '.js': '.mjs' },
  external: ['happy-dom', 'esbuild', 'quickjs-emscripten'],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', '.tmp/bench/try.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
