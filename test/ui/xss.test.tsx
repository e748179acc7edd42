// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent } from '@testing-library/preact';
import { DEFAULT_PREFERENCES } from '../../src/messages';
import { DEFAULT_BOARD_SETTINGS } from '../../src/settings';
import { bakeryReport } from './fixtures';
import { mountPanel } from './harness';

afterEach(cleanup);

const IMG = '<img src=x onerror="window.__pwned = 1">';
/** The board's name (the export's file name and the report's title). */
const SCRIPT = '<script>window.__pwned = 2</script>';

declare global {
  interface Window {
    __pwned?: number;
  }
}

describe('board text is shown as text, never as markup', () => {
  it('a sticky with <img onerror> or <script> in any view does nothing', () => {
    // Hostile text in a journey name, a channel (row header), a sticky, so in findings and in an
    // improvement that still needs an idea; the engine builds the report as it would from a board.
    const hostile = bakeryReport({ hostile: IMG });
    expect(hostile.findings.some((f) => f.message.includes(IMG))).toBe(true);
    expect(hostile.improvements.some((i) => i.text.includes(IMG))).toBe(true);
    hostile.board.name = SCRIPT;
    const panel = mountPanel();
    panel.deliver({ type: 'init', settings: DEFAULT_BOARD_SETTINGS, preferences: { ...DEFAULT_PREFERENCES, uiLang: 'en' }, editorLang: 'en' });
    panel.deliver({ type: 'report', report: hostile, live: true, elapsedMs: 1 });
    panel.deliver({ type: 'notice', level: 'error', message: IMG });
    for (const tab of ['Coverage', 'Emotion', 'Findings', 'Improvements']) {
      fireEvent.click(panel.getByRole('tab', { name: tab }));
      // The hostile strings are visible as typed…
      expect(panel.container.textContent).toContain(IMG);
      // …and no element was made from them.
      expect(panel.container.querySelectorAll('img, script, iframe, object')).toHaveLength(0);
      expect(panel.container.querySelector('[onerror]')).toBeNull();
    }
    expect(window.__pwned).toBeUndefined();
  });
});

describe('no markup from strings anywhere in the panel source', () => {
  it('ui/ never sets innerHTML or dangerouslySetInnerHTML', () => {
    const files = readdirSync('ui', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(join('ui', file), 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/);
    }
  });
});
