/**
 * Builds the in-VM harness (vm-entry.ts + the emulator) into one IIFE with esbuild, at test time,
 * once per process. The emulator's `setTimeout`/`clearTimeout`/`setImmediate` are bound to the
 * virtual event loop by `inject`, so the bundle defines no global but `__journeyCheckHarness`.
 */
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Next to this file; when this file is itself bundled (bench/run.mjs bundles bench/main.ts into
// .tmp/bench), import.meta.url is the bundle's, so fall back to test/quickjs under the working directory.
const ownDir = fileURLToPath(new URL('.', import.meta.url));
const dir = existsSync(resolve(ownDir, 'vm-entry.ts')) ? ownDir : resolve('test/quickjs');
const here = (name: string) => resolve(dir, name);

const cached = new Map<string, Promise<string>>();

/** `entry`: vm-entry.ts, or a file that imports it and adds to the harness (measure-entry.ts). */
export function harnessBundle(entry = './vm-entry.ts'): Promise<string> {
  let bundle = cached.get(entry);
  if (!bundle) {
    bundle = build(here(entry));
    cached.set(entry, bundle);
  }
  return bundle;
}

async function build(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    inject: [here('./event-loop.ts')],
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // QuickJS (quickjs-emscripten 0.32) parses ES2023; the harness is test code, not shipped.
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no harness bundle');
  return file.text;
}
