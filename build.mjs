// Builds everything Journey Check ships, with esbuild:
//   scripts/generate-lexicon.mjs → src/emotion/generated/ (pruned field-made lexicons)
//   src/main.ts  → dist/code.js   (FigJam sandbox: one IIFE, ES2020)
//   ui/main.tsx  → dist/ui.html   (the panel, JS and CSS inlined into one self-contained file)
//   src/cli.ts   → dist/cli.js    (the journey-check command line)
//   bench/sentiment.ts → dist/bench-sentiment.js
// `node build.mjs --watch` is not offered: builds take well under a second.
import * as esbuild from 'esbuild';
import { mkdir, writeFile, chmod } from 'node:fs/promises';
import { generateLexicon } from './scripts/generate-lexicon.mjs';
import { pluginBuildOptions, stringsFor } from './scripts/plugin-build.mjs';

await generateLexicon();
await mkdir('dist', { recursive: true });

await esbuild.build(pluginBuildOptions({ outfile: 'dist/code.js', minify: true }));

await esbuild.build({
  entryPoints: { cli: 'src/cli.ts', 'bench-sentiment': 'bench/sentiment.ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
await chmod('dist/cli.js', 0o755);

await buildPanel();

/** Bundles the Preact panel and inlines JS and CSS into dist/ui.html (Figma loads one file). */
async function buildPanel() {
  // @create-figma-plugin/ui imports its global CSS as '!../css/base.css' (a prefix meant for
  // its own bundler); strip the bang so esbuild resolves the file.
  const stripBang = {
    name: 'strip-bang',
    setup(build) {
      build.onResolve({ filter: /^!/ }, (args) =>
        build.resolve(args.path.slice(1), { resolveDir: args.resolveDir, kind: args.kind }),
      );
    },
  };
  const result = await esbuild.build({
    entryPoints: ['ui/main.tsx'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.module.css': 'local-css', '.css': 'css', '.svg': 'text' },
    outdir: 'dist/.ui',
    write: false,
    minify: true,
    legalComments: 'none',
    plugins: [stripBang, stringsFor('panel')],
    // The page declares <meta charset="utf-8">: write ë, — and … as themselves, not as \uXXXX escapes.
    charset: 'utf8',
    logLevel: 'warning',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  // No remote resources at all: the CSP forbids every fetch, font, image or script from outside.
  const csp =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'";
  // Join, never String.replace with a string: minified code contains `$&` and friends.
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<style>',
    css.split('</style').join('<\\/style'),
    '</style></head><body><div id="app"></div><script>',
    js.split('</script').join('<\\/script'),
    '</script></body></html>',
  ].join('');
  await writeFile('dist/ui.html', html);
}
