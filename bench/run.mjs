// `npm run bench` (after `node build.mjs`): bundles bench/main.ts with esbuild into .tmp/bench,
// runs it with --expose-gc, and puts the figures into BENCHMARKS.md between the bench markers
// (the prose around them is kept). Extra arguments (e.g. --quick) are passed on.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';

const OUT_DIR = '.tmp/bench';
const FIGURES = `${OUT_DIR}/figures.md`;
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

mkdirSync(OUT_DIR, { recursive: true });
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
  // happy-dom is plain ESM with optional native bits: load it from node_modules.
  external: ['happy-dom'],
  plugins: [stripBang],
  logLevel: 'warning',
});

const result = spawnSync(process.execPath, ['--expose-gc', `${OUT_DIR}/main.mjs`, FIGURES, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error(`bench failed (exit ${result.status ?? result.signal})`);
  process.exit(1);
}

const figures = readFileSync(FIGURES, 'utf8');
const current = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
const from = current.indexOf(START);
const to = current.indexOf(END);
const next = from >= 0 && to > from ? `${current.slice(0, from + START.length)}\n${figures}${current.slice(to)}` : `${current.trimEnd()}\n\n${START}\n${figures}${END}\n`;
writeFileSync('BENCHMARKS.md', next);
console.log('BENCHMARKS.md updated');
