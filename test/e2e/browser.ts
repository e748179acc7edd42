/**
 * Real Chromium for panel end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core
 * (no browser download, ever). The built dist/ui.html is loaded in an <iframe> inside a host page,
 * so `parent.postMessage` and `event.data.pluginMessage` work as in Figma. Both pages are served
 * by request routing on a made-up origin: nothing touches the network.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import type { SandboxToUi, UiToSandbox } from '../../src/messages';

export const CHROMIUM = '/usr/bin/chromium';
export const ORIGIN = 'http://journey-check.test';
/** The built panel; JC_PANEL_HTML points elsewhere, e.g. at an older build to see a test fail on it. */
const PANEL = process.env.JC_PANEL_HTML ?? 'dist/ui.html';

/** The colour variables Figma supplies to a panel opened with `themeColors: true`, as the UI kit writes them down. */
const FIGMA_THEME = 'node_modules/@create-figma-plugin/ui/lib/css/theme.css';

/**
 * Fails with a clear message instead of skipping: CI installs chromium, a missing one is a broken setup.
 * Returns the built panel with what Figma adds to it: dist/ui.html ships no theme, because with
 * `themeColors: true` Figma inserts a <style id="figma-style"> holding every --figma-color-*
 * variable (https://developers.figma.com/docs/plugins/css-variables); here the UI kit's copy of
 * those variables stands in, keyed on the figma-light / figma-dark class that ui/theme.ts sets
 * outside Figma.
 */
export function requireBrowserAndBuild(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (never download a browser).`);
  }
  if (!existsSync(PANEL)) throw new Error(`${PANEL} is missing: run "npm run build" first.`);
  return withFigmaTheme(readFileSync(PANEL, 'utf8'));
}

/** The panel page as Figma shows it: the theme's <style id="figma-style"> first in <head>. */
export function withFigmaTheme(html: string): string {
  const at = html.indexOf('<head>');
  if (at < 0) throw new Error('the panel page has no <head> to put the Figma theme in');
  const style = `<style id="figma-style">${readFileSync(FIGMA_THEME, 'utf8')}</style>`;
  return html.slice(0, at + '<head>'.length) + style + html.slice(at + '<head>'.length);
}

const HOST_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>FigJam stand-in</title>
<style>html,body{margin:0;background:#888}iframe{display:block;border:0;width:360px;height:640px}</style></head>
<body><iframe id="plugin" title="Journey Check" src="/ui.html"></iframe><script>
const frame = document.getElementById('plugin');
// What Figma does with the panel's parent.postMessage: hand pluginMessage to the sandbox.
window.addEventListener('message', (event) => {
  if (event.source === frame.contentWindow && event.data && 'pluginMessage' in event.data) {
    window.toSandbox(event.data.pluginMessage);
  }
});
// What figma.ui.postMessage does: deliver { pluginMessage } to the panel.
window.toUi = (msg) => frame.contentWindow.postMessage({ pluginMessage: msg }, '*');
</script></body></html>`;

export interface PanelSession {
  context: BrowserContext;
  page: Page;
  panel: Frame;
  /** Messages the panel sent, in order. */
  received: UiToSandbox[];
  /** Console errors and uncaught exceptions in either page (a CSP violation shows up here). */
  errors: string[];
  /** Sends a message to the panel, as figma.ui.postMessage would. */
  toUi(msg: SandboxToUi | unknown): Promise<void>;
  waitForMessage(type: UiToSandbox['type'], after?: number): Promise<UiToSandbox>;
  /** Sizes the panel's iframe as figma.ui.resize would (the host page grows to hold it). */
  setPanelSize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface PanelOptions {
  /** The browser's language list starts with this (navigator.languages): 'en-GB', 'nl-NL' … */
  locale?: string;
}

/** Opens the built panel in Chromium with `onMessage` standing in for the plugin sandbox. */
export async function openPanel(
  html: string,
  onMessage: (msg: UiToSandbox, session: PanelSession) => void | Promise<void>,
  options: PanelOptions = {},
): Promise<PanelSession> {
  const profile = mkdtempSync(join(tmpdir(), 'jc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 360, height: 640 },
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Serve the two pages; refuse everything else so a stray remote request fails loudly.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/host.html`) return route.fulfill({ contentType: 'text/html', body: HOST_PAGE });
    if (url === `${ORIGIN}/ui.html`) return route.fulfill({ contentType: 'text/html', body: html });
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Shorter than the test timeout, so a stuck step fails with Playwright's own explanation.
  page.setDefaultTimeout(10_000);
  const received: UiToSandbox[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const waiters: { type: string; after: number; resolve: (m: UiToSandbox) => void }[] = [];
  const session: PanelSession = {
    context,
    page,
    panel: page.mainFrame(),
    received,
    errors,
    toUi: async (msg) => {
      await page.evaluate((m) => (window as unknown as { toUi(x: unknown): void }).toUi(m), msg);
    },
    waitForMessage: (type, after = 0) =>
      new Promise((resolve, reject) => {
        const found = received.slice(after).find((m) => m.type === type);
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error(`panel sent no "${type}" message`)), 10_000);
        waiters.push({ type, after, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      }),
    setPanelSize: async (width, height) => {
      await page.setViewportSize({ width: Math.max(width, 360), height: Math.max(height, 640) });
      await page.evaluate(
        ({ w, h }) => {
          const frame = document.getElementById('plugin');
          if (!(frame instanceof HTMLIFrameElement)) throw new Error('no plugin frame');
          frame.style.width = `${w}px`;
          frame.style.height = `${h}px`;
        },
        { w: width, h: height },
      );
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  await page.exposeFunction('toSandbox', async (msg: UiToSandbox) => {
    received.push(msg);
    for (const w of waiters.splice(0)) {
      if (w.type === msg.type) w.resolve(msg);
      else waiters.push(w);
    }
    await onMessage(msg, session);
  });
  await page.goto(`${ORIGIN}/host.html`);
  const frame = page.frame({ url: `${ORIGIN}/ui.html` });
  if (!frame) throw new Error('the panel iframe did not load');
  session.panel = frame;
  return session;
}
