/**
 * Builds the in-VM harness (vm-entry.ts + the emulator) into one IIFE with esbuild, at test time,
 * once per process. The emulator's `setTimeout`/`clearTimeout`/`setImmediate` are bound to the
 * virtual event loop by `inject`, so the bundle defines no global but `__journeyCheckHarness`.
 */
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

let cached: Promise<string> | null = null;

export function harnessBundle(): Promise<string> {
  cached ??= build();
  return cached;
}

async function build(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [here('./vm-entry.ts')],
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
