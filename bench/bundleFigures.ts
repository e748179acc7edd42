/** Sizes of what ships: dist/code.js (sandbox) and dist/ui.html (panel), raw and gzip. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function bundleSizes(files: readonly string[] = ['dist/code.js', 'dist/ui.html']): BundleSize[] {
  return files.map((file) => {
    const content = readFileSync(file);
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
