/**
 * The command line applies the board settings the panel stores, so CLI and plugin analyse a board
 * the same way: from --settings FILE, else from the download itself (plugin_data=shared carries
 * the document's shared record).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types';
import { runCli } from './runCli';

const SUPERMARKT = 'examples/supermarkt-ketenmodel-nl.json';
const dir = mkdtempSync(join(tmpdir(), 'journey-check-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const SETTINGS = {
  lang: 'en',
  extraStageNames: { orientation: ['Instroom'], purchase: ['Verkoop'] },
  extraChannelNames: {},
  writeBack: { markers: true, colours: true, curve: true, improvements: true },
};

function stagesOf(stdout: string): (string | null)[] {
  const report = JSON.parse(stdout) as Report;
  return report.journeys.flatMap((j) => j.phases.map((p) => p.stage));
}

describe('journey-check --settings', () => {
  it('without settings the team model has no standard stages', () => {
    const result = runCli([SUPERMARKT, '--format', 'json']);
    expect(stagesOf(result.stdout).filter((s) => s !== null)).toEqual([]);
  });

  for (const [label, content] of [
    ['the stored record', { v: 1, settings: SETTINGS }],
    ['the settings object alone', SETTINGS],
  ] as const) {
    it(`applies extra stage names and the language from ${label}`, () => {
      const path = file(`settings-${label.length}.json`, JSON.stringify(content));
      const result = runCli([SUPERMARKT, '--format', 'json', '--settings', path]);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout) as Report;
      expect(report.lang).toBe('en');
      const phases = report.journeys.flatMap((j) => j.phases.map((p) => [p.name.toLowerCase(), p.stage]));
      expect(phases).toContainEqual(['instroom', 'orientation']);
      expect(phases).toContainEqual(['verkoop', 'purchase']);
    });
  }

  it('--lang still wins over the settings language', () => {
    const path = file('settings-lang.json', JSON.stringify({ v: 1, settings: SETTINGS }));
    const report = JSON.parse(runCli([SUPERMARKT, '--format', 'json', '--settings', path, '--lang', 'nl']).stdout) as Report;
    expect(report.lang).toBe('nl');
  });

  it('reads the settings a download with plugin_data=shared carries on the document', () => {
    const board = JSON.parse(readFileSync(SUPERMARKT, 'utf8')) as { document: Record<string, unknown> };
    board.document['sharedPluginData'] = { journeycheck: { 'journeyCheck.settings': JSON.stringify({ v: 1, settings: SETTINGS }) } };
    const result = runCli([file('with-settings.json', JSON.stringify(board)), '--format', 'json']);
    expect(stagesOf(result.stdout)).toContain('orientation');
    // A corrupt record is ignored, as the plugin ignores it.
    board.document['sharedPluginData'] = { journeycheck: { 'journeyCheck.settings': '{"v":1,"settings":' } };
    const corrupt = runCli([file('corrupt-settings.json', JSON.stringify(board)), '--format', 'json']);
    expect(corrupt.code).not.toBe(2);
    expect(stagesOf(corrupt.stdout).filter((s) => s !== null)).toEqual([]);
  });

  it('a missing or wrong settings file is one plain line and exit 2', () => {
    const missing = runCli([SUPERMARKT, '--settings', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/settings file .*nope\.json/);
    const wrong = runCli([SUPERMARKT, '--settings', file('wrong.json', JSON.stringify({ lang: 'fr' }))]);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(/holds no board settings \(lang: /);
    const notJson = runCli([SUPERMARKT, '--settings', file('broken.json', '{"v":1,')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/holds no board settings/);
  });
});
