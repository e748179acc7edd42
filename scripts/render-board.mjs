// `npm run render -- BOARD.json OUT.png [--after-check] [--crop x,y,w,h | --crop journeys] [--scale s]`:
// bundles test/render/cli.ts with esbuild into .tmp/render (Node 20 does not run TypeScript; the
// same pattern as scripts/make-examples.mjs and bench/run.mjs) and runs it. node_modules packages
// (playwright-core) stay external and load from node_modules. --after-check needs dist/code.js,
// which the npm script builds first.
import * as esbuild from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';

const out = `.tmp/render/cli-${process.pid}.mjs`;
await mkdir('.tmp/render', { recursive: true });
await esbuild.build({
  entryPoints: ['test/render/cli.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outfile: out,
  logLevel: 'warning',
});
try {
  const { main } = await import(new URL(`../${out}`, import.meta.url).href);
  await main(process.argv.slice(2));
} catch (error) {
  console.error(`render: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(out, { force: true });
}
