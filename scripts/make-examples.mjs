// Writes examples/*.json from scripts/make-examples.ts (bundled on the fly with esbuild, since
// Node 20 does not run TypeScript). Usage: node scripts/make-examples.mjs
import * as esbuild from 'esbuild';
import { mkdir, writeFile, rm } from 'node:fs/promises';

const out = `dist/.make-examples-${process.pid}.mjs`;
await mkdir('dist', { recursive: true });
await esbuild.build({ entryPoints: ['scripts/make-examples.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'warning' });
try {
  const { exampleBoards, serialiseExample } = await import(new URL(`../${out}`, import.meta.url).href);
  await mkdir('examples', { recursive: true });
  for (const [name, board] of Object.entries(exampleBoards())) {
    await writeFile(`examples/${name}`, serialiseExample(board));
    console.log(`examples/${name}`);
  }
} finally {
  await rm(out, { force: true });
}
