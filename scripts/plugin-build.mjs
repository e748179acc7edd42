// How dist/code.js is built, shared by build.mjs and the bench's unminified profile build, so the
// profiled code is the shipped code but for minification.
import path from 'node:path';

/**
 * Each bundle ships only the string groups it shows (#13 point 5): every import of
 * src/i18n/index.ts (the full tables, kept for the CLI and the tests) is pointed at the bundle's
 * audience module, src/i18n/sandbox.ts or src/i18n/panel.ts. Reading a group left out throws a
 * clear error (src/i18n/audience.ts), and the built bundles run in test/sandbox, test/quickjs, test/e2e.
 * @param {'sandbox' | 'panel'} audience
 */
export function stringsFor(audience) {
  const full = path.resolve('src/i18n/index.ts');
  const target = path.resolve(`src/i18n/${audience}.ts`);
  return {
    name: `strings-for-${audience}`,
    /** @param {import('esbuild').PluginBuild} build */
    setup(build) {
      build.onResolve({ filter: /i18n(\/index)?$/ }, async (args) => {
        if (args.pluginData?.stringsFor) return undefined;
        const resolved = await build.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: { stringsFor: true },
        });
        return resolved.path === full ? { path: target } : resolved;
      });
    },
  };
}

/**
 * The esbuild options of the plugin's main file. The sandbox offers "modern JavaScript (ES2020 and
 * beyond)" (https://developers.figma.com/docs/plugins/how-plugins-run); it is QuickJS compiled to
 * WebAssembly (https://www.figma.com/blog/an-update-on-plugin-security/), and test/quickjs runs
 * the built file in QuickJS. es2017 would turn every \p{…} regex into a `new RegExp` call, which
 * minification cannot tree-shake.
 * @param {{ outfile: string, minify: boolean }} options
 * @returns {import('esbuild').BuildOptions}
 */
export function pluginBuildOptions({ outfile, minify }) {
  return {
    entryPoints: ['src/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile,
    minify,
    legalComments: 'none',
    plugins: [stringsFor('sandbox')],
    logLevel: 'warning',
  };
}
