import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Report } from '../../src/report/types';
import { generateRestBoard } from '../../bench/generateBoard';
import { runCli, type CliResult } from './runCli';

const BAKKERIJ = 'examples/bakkerij-nl.json';
const SUPERMARKT = 'examples/supermarkt-ketenmodel-nl.json';
const BIKES = 'examples/bike-subscription-en.json';
const dir = mkdtempSync(join(tmpdir(), 'journey-check-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Exit 2 with exactly one plain line on stderr, nothing on stdout, no stack trace. */
function expectReadFailure(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|node:internal/);
  expect(result.stderr).toMatch(/^journey-check: /);
  expect(result.stderr).toMatch(pattern);
}

describe('journey-check formats', () => {
  it('prints the text report by default and exits 0 on a board without errors', () => {
    const result = runCli([BAKKERIJ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Journey Check — Bakkerij De Korenschoof');
    expect(result.stdout).toContain('━━ Klantreis: Verjaardagstaart bestellen');
    expect(result.stdout).toContain('Emotiecurve');
    expect(result.stdout).toMatch(/Samenvatting: 1 klantreis, 5 fasen/);
    expect(result.stdout).not.toContain('\u001b['); // not a TTY: no colour
  });

  it('prints the JSON report of the contract', () => {
    const result = runCli([BAKKERIJ, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.version).toBe(1);
    expect(report.lang).toBe('nl');
    expect(report.journeys).toHaveLength(1);
    expect(report.journeys[0]?.phases.map((p) => p.stage)).toEqual(['orientation', 'consideration', 'purchase', 'use', 'aftersales']);
    expect(report.findings.every((f) => f.severity !== 'error')).toBe(true);
    expect(report.improvements.some((i) => i.quickWin)).toBe(true);
  });

  it('switches the report language with --lang', () => {
    const json = JSON.parse(runCli([BAKKERIJ, '-f', 'json', '--lang', 'en']).stdout) as Report;
    expect(json.lang).toBe('en');
    const text = runCli([BAKKERIJ, '--lang=en']).stdout;
    expect(text).toContain('━━ Journey: Verjaardagstaart bestellen');
    expect(text).toContain('Emotion curve');
  });

  it('prints Markdown', () => {
    const result = runCli([BIKES, '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# Journey Check: Pedal Club')).toBe(true);
    expect(result.stdout).toContain('## Journey: Daan, the commuter');
    expect(result.stdout).toContain('## Journey: Priya, the student');
  });

  it('prints CSV with the separator and BOM asked for', () => {
    const comma = runCli([BIKES, '--format', 'csv']);
    expect(comma.code).toBe(0);
    expect(comma.stdout.startsWith('type,severity,rule,')).toBe(true);
    const excel = runCli([BAKKERIJ, '--format', 'csv', '--csv-separator', ';', '--csv-bom']);
    expect(excel.stdout.startsWith('\uFEFFsoort;ernst;regel;')).toBe(true);
    expect(excel.stdout).toContain('\r\nverbeterpunt;');
  });

  it('writes --output atomically and prints nothing', () => {
    const target = join(dir, 'rapport.md');
    const result = runCli([BAKKERIJ, '--format', 'markdown', '--output', target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toContain('# Journey Check: Bakkerij De Korenschoof');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Overwrites an existing report.
    expect(runCli([BAKKERIJ, '-f', 'json', '-o', target]).code).toBe(0);
    expect((JSON.parse(readFileSync(target, 'utf8')) as Report).version).toBe(1);
  });

  it('reads the page asked for with --page (default: the first page with content)', () => {
    const board = JSON.parse(readFileSync(BAKKERIJ, 'utf8')) as { document: { children: Record<string, unknown>[] } };
    const workshop = { ...board.document.children[0], id: '0:2', name: 'Workshop' };
    const archive = { id: '0:3', type: 'CANVAS', name: 'Archief', children: [{ id: '9:1', type: 'STICKY', name: 'oud', characters: 'oud', absoluteBoundingBox: { x: 0, y: 0, width: 240, height: 240 } }] };
    const path = file('pages.json', JSON.stringify({ ...board, document: { ...board.document, children: [archive, workshop] } }));
    expect(runCli([path, '-f', 'json']).code).toBe(1); // the archive page holds no journey
    const result = runCli([path, '-f', 'json', '--page', 'workshop']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).summary.journeys).toBe(1);
  });

  it('colours the text report with --color and never without', () => {
    expect(runCli([BAKKERIJ, '--color']).stdout).toContain('\u001b[1m');
    expect(runCli([BAKKERIJ, '--no-color']).stdout).not.toContain('\u001b[');
  });

  it('reads standard input with "-"', () => {
    const result = runCli(['-', '-f', 'json'], { input: readFileSync(BAKKERIJ, 'utf8') });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).board.name).toBe('Bakkerij De Korenschoof — klantreis');
  });

  it('reads a big board (10,000 stickies)', () => {
    const path = file('big.json', JSON.stringify(generateRestBoard({ stickies: 10_000, seed: 7 })));
    const result = runCli([path, '-f', 'json']);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary.journeys).toBe(10);
    expect(report.summary.touchpoints).toBeGreaterThan(9000);
  });
});

describe('journey-check exit codes', () => {
  it('exits 1 when the board has an error-severity finding', () => {
    const result = runCli([SUPERMARKT]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('phase-empty');
  });

  it('exits 1 with no-journey on a board without a journey', () => {
    const empty = file('leeg.json', JSON.stringify({ name: 'Leeg', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', name: 'Page 1', children: [] }] } }));
    const result = runCli([empty, '-f', 'json']);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Report).findings.map((f) => f.rule)).toContain('no-journey');
  });

  it('exits 0 on --help and --version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: journey-check BOARD\.json/);
    expect(help.stdout).toContain('Exit codes');
    const version = runCli(['-v']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(runCli(['-h'], { env: { LANG: 'nl_NL.UTF-8' } }).stdout).toMatch(/^gebruik: journey-check/);
  });

  it('exits 2 with one line when the input cannot be read', () => {
    expectReadFailure(runCli(['missing.json']), /cannot find missing\.json — check the path/);
    expectReadFailure(runCli([file('not.json', 'this is not json')]), /the file is not valid JSON/);
    expectReadFailure(runCli([file('cut.json', readFileSync(BAKKERIJ, 'utf8').slice(0, 5000))]), /not valid JSON .*cut off/);
    expectReadFailure(runCli([file('array.json', '[1, 2, 3]')]), /expected a Figma REST file JSON with a document, got an array/);
    expectReadFailure(runCli([file('nopages.json', '{"name":"x","document":{"type":"DOCUMENT","children":[]}}')]), /the document has no pages/);
    expectReadFailure(runCli([file('empty.json', '')]), /the file is empty/);
    expectReadFailure(runCli([dir]), /is a folder, not a board file/);
  });

  it('exits 2 with one line on a bad command line', () => {
    expectReadFailure(runCli([BAKKERIJ, '--bogus']), /unknown option --bogus — run journey-check --help/);
    expectReadFailure(runCli([BAKKERIJ, '--format', 'pdf']), /unknown format "pdf" — use text, json, markdown, csv, summary-html or summary-md/);
    expectReadFailure(runCli([BAKKERIJ, '--lang', 'de']), /unknown language "de" — use nl or en/);
    expectReadFailure(runCli([BAKKERIJ, '--csv-separator', 'tab']), /unknown CSV separator "tab"/);
    expectReadFailure(runCli([BAKKERIJ, '--format']), /--format/);
    expectReadFailure(runCli([]), /no board file given/);
    expectReadFailure(runCli([BAKKERIJ, BIKES]), /one board at a time/);
    expectReadFailure(runCli([BAKKERIJ, '--page', 'Archief']), /no page named "Archief" — the file has "Page 1"/);
  });

  it('exits 2 when --output cannot be written, leaving no temp file', () => {
    expectReadFailure(runCli([BIKES, '-o', join(dir, 'nope', 'report.txt')]), /cannot write .*report\.txt \(ENOENT\) — check the folder exists/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('speaks Dutch on errors when asked', () => {
    expectReadFailure(runCli(['weg.json', '--lang', 'nl']), /weg\.json niet gevonden/);
    expectReadFailure(runCli([file('lijst.json', '[]'), '--lang', 'nl']), /verwacht een Figma REST-bestand met een document, maar dit is een lijst/);
    expectReadFailure(runCli([file('kapot.json', '{"document": {"children": [')], { env: { LANG: 'nl_NL.UTF-8' } }), /het lijkt afgebroken/);
  });
});
