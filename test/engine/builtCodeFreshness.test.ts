// The plugin tests' guard against a stale bundle notices an edit in any source folder.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertBuiltCodeIsFresh, bundleSources } from '../plugin/builtCode';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The files of a small project and what each imports. */
const FILES: Record<string, string> = {
  'src/main.ts': "import { analyse } from './analyse';\nimport type { Paint } from './figjam/paint';\nimport './figjam';\n",
  'src/analyse.ts': "export { buildJourneyModel } from './journey/buildJourneyModel';\n",
  'src/journey/buildJourneyModel.ts': "import {\n  LEXICON,\n} from '../emotion/generated/lexicon';\n",
  'src/emotion/generated/lexicon.ts': 'export const LEXICON = {};\n',
  'src/figjam/paint.ts': 'export type Paint = string;\n',
  'src/figjam/index.ts': '',
  'src/progress/unused.ts': 'export const NOBODY_IMPORTS_THIS = 1;\n',
  'build.mjs': '',
  'dist/code.js': '',
};

/** A project with dist/code.js built at t=2000 s and every source at t=1000 s. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'jc-fresh-'));
  roots.push(root);
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
    utimesSync(join(root, file), 1000, file === 'dist/code.js' ? 2000 : 1000);
  }
  return root;
}

describe('built code freshness', () => {
  it('passes when the bundle is newer than every source', () => {
    expect(() => assertBuiltCodeIsFresh(project())).not.toThrow();
  });

  it('reaches every module the entry imports, through re-exports, type imports and index files', () => {
    const root = project();
    const reached = bundleSources(join(root, 'src/main.ts')).map((f) => relative(root, f)).sort();
    expect(reached).toEqual(Object.keys(FILES).filter((f) => f.startsWith('src/') && f !== 'src/progress/unused.ts').sort());
  });

  it('ignores a module the bundle does not reach', () => {
    const root = project();
    utimesSync(join(root, 'src/progress/unused.ts'), 3000, 3000);
    expect(() => assertBuiltCodeIsFresh(root)).not.toThrow();
  });

  it.each(['src/journey/buildJourneyModel.ts', 'src/emotion/generated/lexicon.ts', 'src/figjam/paint.ts', 'src/figjam/index.ts', 'src/main.ts', 'build.mjs'])('fails after an edit in %s', (file) => {
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
