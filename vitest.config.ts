import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // @create-figma-plugin/ui imports its global CSS as '!../css/base.css' (see build.mjs):
  // strip the bang, and let Vite transform the package so its CSS-module imports resolve.
  resolve: { alias: [{ find: /^!(\.\.?\/.*)$/, replacement: '$1' }] },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Two cores on CI: keep workers bounded so browser tests are not starved.
    maxWorkers: 2,
    server: { deps: { inline: ['@create-figma-plugin/ui'] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
