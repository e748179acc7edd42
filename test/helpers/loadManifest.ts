/**
 * Reads the repo's manifest.json from disk (test side only: uses node:fs, so the emulator itself never
 * imports this file and stays bundleable for a QuickJS host). Pass the result as
 * `createEmulator({ manifest: loadManifest() })` to test against the manifest as it is now, or a
 * changed copy (`{ ...loadManifest(), relaunchButtons: [] }`) to test manifest-dependent rules.
 */
import { readFileSync } from 'node:fs';
import type { ManifestLike } from '../emulator';

export function loadManifest(path = new URL('../../manifest.json', import.meta.url)): ManifestLike {
  const text = readFileSync(path, 'utf8');
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`loadManifest: ${String(path)} is not a JSON object`);
  }
  return parsed as ManifestLike;
}
