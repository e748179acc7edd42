// `npm run bench` (after `node build.mjs`): bundles bench/main.ts with esbuild into .tmp/bench,
// runs it with --expose-gc, and puts the figures into BENCHMARKS.md between the bench markers
// (the prose around them is kept). Extra arguments (e.g. --quick) are passed on.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';

const OUT_DIR = '.tmp/bench';
const FIGURES = `${OUT_DIR}/figures.md`;
const QUICKJS_FIGURES = `${OUT_DIR}/figures-quickjs.md`;
const SECTIONS = [
  { file: FIGURES, start: '<!-- bench:start -->', end: '<!-- bench:end -->' },
  { file: QUICKJS_FIGURES, start: '<!-- bench-quickjs:start -->', end: '<!-- bench-quickjs:end -->' },
];

mkdirSync(OUT_DIR, { recursive: true });
// A section whose file this run does not write (--quickjs-only, --no-quickjs) keeps its old figures.
for (const { file } of SECTIONS) rmSync(file, { force: true });
// The panel imports Figma's UI kit, whose global CSS is imported as '!../css/base.css'.
const stripBang = {
  name: 'strip-bang',
  setup(build) {
    build.onResolve({ filter: /^!/ }, (args) => build.resolve(args.path.slice(1), { resolveDir: args.resolveDir, kind: args.kind }));
  },
};
await esbuild.build({
  entryPoints: { main: 'bench/main.ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: OUT_DIR,
  outExtension: { '.js': '.mjs' },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.module.css': 'local-css', '.css': 'css', '.svg': 'text' },
  // happy-dom is plain ESM with optional native bits, esbuild (the QuickJS harness is bundled at run
  // time) has a native binary, quickjs-emscripten finds its .wasm next to its own files: load
  // them from node_modules.
  external: ['happy-dom', 'esbuild', 'quickjs-emscripten'],
  plugins: [stripBang],
  logLevel: 'warning',
});

const result = spawnSync(process.execPath, ['--expose-gc', `${OUT_DIR}/main.mjs`, FIGURES, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error(`bench failed (exit ${result.status ?? result.signal})`);
  process.exit(1);
}

let next = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '# Benchmarks\n';
for (const { file, start, end } of SECTIONS) {
  if (!existsSync(file)) continue;
  const figures = readFileSync(file, 'utf8');
  const from = next.indexOf(start);
  const to = next.indexOf(end);
  next = from >= 0 && to > from ? `${next.slice(0, from + start.length)}\n${figures}${next.slice(to)}` : `${next.trimEnd()}\n\n${start}\n${figures}${end}\n`;
}
writeFileSync('BENCHMARKS.md', next);
console.log('BENCHMARKS.md updated');
