// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../ui/exportFile';
import { followSystemTheme, type SchemeSource } from '../../ui/theme';

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.className = '';
  document.body.className = '';
});

describe('download plumbing', () => {
  it('saves through a Blob, an object URL and a temporary <a download>, with no network', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:journey-check/1';
    });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const bytes = new TextEncoder().encode('\uFEFFa;b');
    downloadFile({ filename: 'bord.csv', mime: 'text/csv;charset=utf-8', bytes });
    expect(clicked).toEqual([{ href: 'blob:journey-check/1', download: 'bord.csv' }]);
    const blob = blobs[0];
    if (!blob) throw new Error('no Blob was made');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect([...new Uint8Array(await blob.arrayBuffer())].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    // The link does not stay in the page.
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });
});

describe('theme outside Figma', () => {
  function fakeWindow(dark: boolean) {
    const listeners: (() => void)[] = [];
    const query = {
      matches: dark,
      addEventListener: (_type: string, fn: () => void) => listeners.push(fn),
      removeEventListener: (_type: string, fn: () => void) => {
        const i = listeners.indexOf(fn);
        if (i >= 0) listeners.splice(i, 1);
      },
    };
    const win: SchemeSource = { matchMedia: () => query };
    return { win, query, flip: (to: boolean) => ((query.matches = to), listeners.forEach((l) => l())) };
  }

  it('follows the system colour scheme with figma-light / figma-dark on <body>', () => {
    const { win, flip } = fakeWindow(false);
    followSystemTheme(document, win);
    expect(document.body.className).toBe('figma-light');
    flip(true);
    expect(document.body.className).toBe('figma-dark');
  });

  it('hands over to Figma when Figma marks <html> later', async () => {
    const { win, flip } = fakeWindow(true);
    followSystemTheme(document, win);
    expect(document.body.className).toBe('figma-dark');
    document.documentElement.classList.add('figma-light');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.body.className).toBe('');
    flip(false);
    expect(document.body.className).toBe('');
  });

  it('leaves the theme to Figma when Figma has set one', () => {
    document.documentElement.classList.add('figma-dark');
    const { win } = fakeWindow(false);
    followSystemTheme(document, win);
    expect(document.body.className).toBe('');
  });
});
