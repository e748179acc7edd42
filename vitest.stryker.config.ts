// The tests the mutation run (`npm run mutation`, stryker.config.mjs) uses: those that import the
// source directly. Tests of the BUILT plugin (dist/code.js, dist/ui.html, dist/cli.js) or a real
// browser cannot see a mutant in src/ (and refuse stale builds), so they are left out here.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'node_modules/**',
        'test/e2e/**',
        'test/sandbox/**',
        'test/quickjs/**',
        'test/fuzz/faults.test.ts',
        'test/fuzz/plugin.test.ts',
        ...['check', 'figures', 'live', 'pages', 'panel', 'readCounts', 'sharedRecords', 'undo', 'userSafety'].map((name) => `test/plugin/${name}.test.ts`),
        'test/ui/builtPanel.test.ts',
        'test/rest/downloadAfterCheck.test.ts',
        'test/cli/cli.test.ts',
      ],
      maxWorkers: 1,
    },
  }),
);
