/**
 * renderBoardPng: the board's SVG (renderBoard.ts) screenshotted by Debian's headless Chromium
 * (/usr/bin/chromium through playwright-core, as test/e2e/browser.ts launches it — never a browser
 * download). The page is served by request routing on a made-up origin and every other request is
 * refused, so only locally installed fonts are used and nothing touches the network.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { renderBoard, type RenderOptions } from './renderBoard';

export const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'http://journey-check-render.test';
/** Chromium's largest screenshot side is 16 384 px; stay well below. */
const MAX_PIXELS_SIDE = 8000;

export interface PngResult {
  file: string;
  width: number;
  height: number;
}

/** Renders one page of a REST file to a PNG file; returns its size in pixels. */
export async function renderBoardPng(restJson: unknown, file: string, options: RenderOptions = {}): Promise<PngResult> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`render: Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (never download a browser)`);
  }
  const { svg, width, height } = renderBoard(restJson, options);
  if (width > MAX_PIXELS_SIDE || height > MAX_PIXELS_SIDE) {
    throw new Error(`render: the picture would be ${width}×${height} px; pass a smaller scale or crop (at most ${MAX_PIXELS_SIDE} px a side)`);
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`;
  const profile = mkdtempSync(join(tmpdir(), 'jc-render-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    deviceScaleFactor: 1,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await context.route('**/*', (route) =>
      route.request().url() === `${ORIGIN}/board.html` ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort('blockedbyclient'),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    await page.goto(`${ORIGIN}/board.html`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height }, type: 'png' });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { file, width, height };
}
