/**
 * What ships stays small (#13 point 5): Figma loads dist/ui.html into the panel's iframe on every
 * open and evaluates dist/code.js in QuickJS without a JIT, so every kilobyte is paid on each run.
 * Each bundle carries only its audience's strings (src/i18n/sandbox.ts, src/i18n/panel.ts), and
 * the panel neither the UI kit's theme.css (Figma supplies the colours with `themeColors: true`)
 * nor the CSS of kit components it does not use (ui/kit.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const kB = 1000;

function bytes(file: string): number {
  try {
    return readFileSync(file).length;
  } catch {
    throw new Error(`${file} is missing: run "node build.mjs" first`);
  }
}

describe('bundle sizes', () => {
  it('dist/ui.html ≤ 138 kB', () => {
    // The target is 120 kB. Today: Preact 11 kB + its compat layer 6 kB (the UI kit's
    // forwardRef), valibot 9 kB (every message is validated), the panel's labels and the report,
    // progress and summary texts its exports render, in both languages, ≈ 37 kB, our CSS 11 kB.
    // Was 204 kB before the split by audience, kit-by-path and Figma-supplied theme.
    expect(bytes('dist/ui.html')).toBeLessThanOrEqual(138 * kB);
  });

  it('dist/code.js ≤ 230 kB', () => {
    // The target is 140 kB. What remains is mostly the engine: the sentiment lexicons
    // (generated 36 kB, hand-made overlay 22 kB, reader 10 kB), placement, checks and write-back.
    // Strings are the engine, plugin and progress groups only. Was 258 kB before the split.
    expect(bytes('dist/code.js')).toBeLessThanOrEqual(230 * kB);
  });

  it('the sandbox carries no panel labels nor CLI help, the panel no CLI help nor plugin notices', () => {
    const code = readFileSync('dist/code.js', 'utf8');
    const panel = readFileSync('dist/ui.html', 'utf8');
    // One string from each group that must stay out (src/i18n/en/panelLabels.ts, en/commandLine.ts, en/plugin.ts,
    // en/engine.ts), and one that must be in, so a renamed string cannot make this pass vacuously.
    expect(code).not.toContain('Drag to resize the panel');
    expect(code).not.toContain('usage: journey-check BOARD.json');
    expect(code).toContain('pain hotspot');
    expect(panel).not.toContain('usage: journey-check BOARD.json');
    expect(panel).not.toContain('pain hotspot');
    expect(panel).not.toContain('No journey found. Lay one out');
    expect(code).toContain('No journey found. Lay one out');
    expect(panel).toContain('Drag to resize the panel');
  });
});

describe('string tables by audience', () => {
  it('hand each bundle the same texts as the full tables, and name a group left out', async () => {
    const full = await import('../src/i18n');
    const panel = await import('../src/i18n/panel');
    const sandbox = await import('../src/i18n/sandbox');
    for (const lang of ['nl', 'en'] as const) {
      expect(panel.stringsFor(lang).ui).toBe(full.stringsFor(lang).ui);
      expect(panel.stringsFor(lang).engine.stages).toBe(full.stringsFor(lang).engine.stages);
      expect(panel.stringsFor(lang).report.csv).toBe(full.stringsFor(lang).report.csv);
      expect(sandbox.stringsFor(lang).plugin).toBe(full.stringsFor(lang).plugin);
      expect(sandbox.stringsFor(lang).engine).toBe(full.stringsFor(lang).engine);
    }
    expect(() => panel.stringsFor('en').plugin).toThrow("i18n: the plugin strings are not bundled in the panel (add them in src/i18n/panel.ts)");
    expect(() => panel.stringsFor('en').engine.findings).toThrow('the engine.findings strings are not bundled in the panel');
    expect(() => panel.stringsFor('en').report.cli).toThrow('the report.cli strings are not bundled in the panel');
    expect(() => sandbox.stringsFor('nl').ui).toThrow('the ui strings are not bundled in the sandbox');
  });
});
