import type { BuildOptions, Plugin } from 'esbuild';

export function stringsFor(audience: 'sandbox' | 'panel'): Plugin;
export function pluginBuildOptions(options: { outfile: string; minify: boolean }): BuildOptions;
