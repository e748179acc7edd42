/** journey-check --format summary-html | summary-md: the facilitator's one-page summary. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendCheck, checkRecord } from '../../src/progress/checkHistory';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'journey-check-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('facilitator summary', () => {
  for (const file of ['bakkerij-nl.json', 'bike-subscription-en.json', 'supermarkt-ketenmodel-nl.json', 'webshop-returns-en.json']) {
    it(`summary-html of ${file}: every journey with completeness, curve (SVG and table) and top improvements; self-contained`, () => {
      const result = runCli([`examples/${file}`, '--format', 'summary-html']);
      expect(result.stderr).toBe('');
      const page = result.stdout;
      expect(page.startsWith('<!doctype html>')).toBe(true);
      const report = JSON.parse(runCli([`examples/${file}`, '--format', 'json']).stdout) as { journeys: { name: string; phases: { name: string }[] }[] };
      for (const journey of report.journeys) {
        expect(page).toContain(`<h2>${journey.name.replace(/&/g, '&amp;')}</h2>`);
        for (const phase of journey.phases) expect(page).toContain(phase.name.replace(/&/g, '&amp;').slice(0, 17));
      }
      expect(page.match(/<svg /g)?.length).toBe(report.journeys.length);
      expect(page).toMatch(/\d+ % (complete|compleet)/);
      expect(page).toContain('@page{size:A4 landscape');
      // Nothing fetched from anywhere: no external URL in any src, href or url().
      expect(page).not.toMatch(/(src|href)=|url\(/);
    });
  }

  it('summary-md says the same in Markdown', () => {
    const result = runCli(['examples/bakkerij-nl.json', '--format', 'summary-md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Journey Check — /);
    expect(result.stdout).toMatch(/\*\*\d+ % compleet\*\*/);
    expect(result.stdout).toMatch(/### Emotiecurve\n\n`[▁▂▃▄▅▆▇█·](?: [▁▂▃▄▅▆▇█·])*`/);
    expect(result.stdout).toMatch(/### Belangrijkste verbeteringen\n\n1\. /);
  });

  it('with the history a plugin_data=shared download carries, it tells what happened during the session', () => {
    const board = JSON.parse(readFileSync('examples/bakkerij-nl.json', 'utf8')) as { document: Record<string, unknown> };
    const name = (JSON.parse(runCli(['examples/bakkerij-nl.json', '--format', 'json']).stdout) as { journeys: { name: string }[] }).journeys[0]?.name ?? '';
    let history = appendCheck([], checkRecord(Date.UTC(2026, 10, 29, 9, 30), [{ name, percent: 52 }], ['a', 'b', 'c']));
    history = appendCheck(JSON.parse(history).checks, checkRecord(Date.UTC(2026, 10, 29, 10, 15), [{ name, percent: 83 }], ['c']));
    board.document['sharedPluginData'] = { journeycheck: { 'journeyCheck.history': history } };
    const path = join(dir, 'with-history.json');
    writeFileSync(path, JSON.stringify(board));
    const page = runCli([path, '--format', 'summary-html']).stdout;
    expect(page).toContain('2 checks: 2 gaten gedicht, 0 nieuw sinds de eerste');
    expect(page).toMatch(/52 % → \d\d:\d\d 83 %/);
    const plain = runCli(['examples/bakkerij-nl.json', '--format', 'summary-html']).stdout;
    expect(plain).toContain('Geen geschiedenis van checks in dit bestand');
  });

  it('board text cannot inject markup', () => {
    const board = JSON.parse(readFileSync('examples/bakkerij-nl.json', 'utf8')) as { name: string };
    board.name = '<script>alert(1)</script> & <img onerror=x>';
    const path = join(dir, 'hostile.json');
    writeFileSync(path, JSON.stringify(board));
    const page = runCli([path, '--format', 'summary-html']).stdout;
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;');
  });
});
