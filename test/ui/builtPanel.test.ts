/** The shipped panel file: one self-contained page that may load nothing from anywhere. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PANEL = 'dist/ui.html';

describe('dist/ui.html', () => {
  it('exists (run "npm run build" first)', () => {
    expect(existsSync(PANEL), `${PANEL} is missing: run "npm run build" first`).toBe(true);
  });

  it('inlines its script and style and forbids every remote resource by CSP', () => {
    const html = readFileSync(PANEL, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import\s+url\(|fonts\.googleapis/);
    // No stylesheet pulls anything in (fonts.css of the UI kit would: it must not be bundled).
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
  });
});
