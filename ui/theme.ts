/**
 * Theme outside Figma. Inside Figma, `themeColors: true` puts `figma-light`/`figma-dark` on <html>
 * and supplies the colour variables; elsewhere (browser tests, preview) we set the class on
 * <body> ourselves from the system colour scheme, so theme.css supplies the same variables.
 */
export type Theme = 'figma-light' | 'figma-dark';

export function figmaSuppliesTheme(doc: Document): boolean {
  const c = doc.documentElement.classList;
  return c.contains('figma-light') || c.contains('figma-dark');
}

/** The part of `window` the theme needs (a fake in tests). */
export interface SchemeSource {
  matchMedia(query: string): {
    readonly matches: boolean;
    addEventListener(type: 'change', listener: () => void): void;
    removeEventListener(type: 'change', listener: () => void): void;
  };
}

/** Follows the system scheme until the returned function is called. No-op inside Figma. */
export function followSystemTheme(doc: Document, win: SchemeSource): () => void {
  if (figmaSuppliesTheme(doc)) return () => undefined;
  const query = win.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => {
    const theme: Theme = query.matches ? 'figma-dark' : 'figma-light';
    doc.body.classList.remove('figma-light', 'figma-dark');
    doc.body.classList.add(theme);
  };
  apply();
  query.addEventListener('change', apply);
  // Should Figma mark <html> after we started, its theme wins: drop ours and stop following.
  const observer = new MutationObserver(() => {
    if (!figmaSuppliesTheme(doc)) return;
    stop();
    doc.body.classList.remove('figma-light', 'figma-dark');
  });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
  function stop(): void {
    query.removeEventListener('change', apply);
    observer.disconnect();
  }
  return stop;
}
