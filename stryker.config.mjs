// Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS changes the code in small
// ways (a < for a <=, a dropped condition, another constant) and counts the changes no test notices.
// Scoped to the rule-heavy parts: checks, improvements, the write plan and the FigJam adapter.
// Concurrency 2: the machine has two cores, shared. Score and machine: BENCHMARKS.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/checks/**/*.ts', 'src/improve/**/*.ts', 'src/plan/**/*.ts', 'src/figjam/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) need every test per mutant: hours on two cores.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-artifacts/mutation/index.html' },
  jsonReporter: { fileName: 'test-artifacts/mutation/report.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: '.tmp/stryker',
  ignorePatterns: ['dist', 'test-artifacts', '.tmp', 'docs', 'coverage', 'test/e2e', 'test/sandbox', 'test/quickjs'],
  cleanTempDir: 'always',
};
