// The tests the mutation run (`npm run mutation`, stryker.config.mjs) uses: the unit tests of the
// mutated folders and of the engine that drives them, importing the source directly. Tests of the
// BUILT plugin (dist/code.js, dist/ui.html, dist/cli.js), of the emulator itself, of the panel, the
// browser and the fuzzers cannot see a mutant in src/ or only slow every mutant down.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Spread, not mergeConfig: mergeConfig would append to the base config's include list.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/engine/**/*.test.ts',
      'test/plan/**/*.test.ts',
      'test/report/**/*.test.ts',
      'test/cli/examples.test.ts',
      'test/plugin/containerIndex.test.ts',
      'test/plugin/readBoardSnapshot.test.ts',
    ],
    exclude: ['test/engine/builtCodeFreshness.test.ts'],
    maxWorkers: 1,
  },
});
