// The plugin tests' guard against a stale bundle notices an edit in any source folder.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertBuiltCodeIsFresh } from '../plugin/builtCode';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project with dist/code.js built at t=2000 s and every source at t=1000 s. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'jc-fresh-'));
  roots.push(root);
  for (const file of ['src/main.ts', 'src/journey/buildJourneyModel.ts', 'src/figjam/paint.ts', 'src/emotion/generated/nl.ts', 'build.mjs', 'package.json', 'dist/code.js']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), 1000, file === 'dist/code.js' ? 2000 : 1000);
  }
  return root;
}

describe('built code freshness', () => {
  it('passes when the bundle is newer than every source', () => {
    expect(() => assertBuiltCodeIsFresh(project())).not.toThrow();
  });

  it.each(['src/journey/buildJourneyModel.ts', 'src/emotion/generated/nl.ts', 'src/figjam/paint.ts', 'src/main.ts', 'build.mjs'])('fails after an edit in %s', (file) => {
    const root = project();
    utimesSync(join(root, file), 3000, 3000);
    expect(() => assertBuiltCodeIsFresh(root)).toThrow(/older than/);
  });

  it('fails when there is no bundle', () => {
    const root = project();
    rmSync(join(root, 'dist/code.js'));
    expect(() => assertBuiltCodeIsFresh(root)).toThrow(/missing/);
  });
});
