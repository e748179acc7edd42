// The command line on a corpus of malformed files (test/fixtures/malformed plus files made here:
// empty, blank, binary garbage, a directory, a missing path, deep nesting, a 50 MB valid board).
// Each ends with exit 2 and exactly one plain stderr line, or with a correct report; never a stack
// trace, never a hang (spawned with a timeout).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateRestBoard } from '../../bench/generateBoard';
import { CLI, ROOT } from '../cli/runCli';

const FIXTURES = join(ROOT, 'test/fixtures/malformed');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-check-malformed-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], timeoutMs = 20_000, input = ''): Outcome {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 512 * 1024 * 1024,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C' },
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Control characters other than the final newline: a raw byte from the input echoed back. */
function controlCharacters(text: string): number[] {
  return [...text].map((c) => c.codePointAt(0) ?? 0).filter((cp) => (cp < 0x20 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f));
}

/** Exit 2 with one clear line; or 0/1 with a JSON report that parses. Never a stack trace or a hang. */
function expectCleanOutcome(name: string, out: Outcome): 'rejected' | 'reported' {
  expect(out.signal, `${name}: killed (hang?)`).toBeNull();
  expect(out.stderr, name).not.toMatch(/\n\s+at |Error:|node:internal|file:\/\//);
  if (out.code === 2) {
    expect(out.stdout, name).toBe('');
    expect(out.stderr.endsWith('\n'), name).toBe(true);
    const lines = out.stderr.slice(0, -1).split('\n');
    expect(lines, name).toHaveLength(1);
    expect(lines[0], name).toMatch(/^journey-check: \S/);
    expect(controlCharacters(out.stderr), `${name}: ${JSON.stringify(out.stderr)}`).toEqual([]);
    expect((lines[0] ?? '').length, name).toBeLessThan(400);
    // Replacement characters mean raw bytes of the file were echoed: not a clear message.
    expect(out.stderr, name).not.toContain('\uFFFD');
    return 'rejected';
  }
  expect([0, 1], `${name}: exit ${out.code} ${out.stderr}`).toContain(out.code);
  expect(out.stderr, name).toBe('');
  const report = JSON.parse(out.stdout) as { version: number; stickies: unknown[] };
  expect(report.version, name).toBe(1);
  return 'reported';
}

describe('CLI on malformed input', () => {
  test.each(readdirSync(FIXTURES).sort())('fixture %s: one clear line (exit 2) or a correct report', (file) => {
    // Small files: 10 s is a hang (far-coordinates.json once looped forever in countVotes).
    expectCleanOutcome(file, cli([join(FIXTURES, file), '--format', 'json'], 10_000));
  });

  test('fixtures that must be refused are refused, with their own reason', () => {
    const reasons: Record<string, RegExp> = {
      'truncated.json': /cut off/,
      'document-without-pages.json': /no pages/,
      'api-error.json': /403/,
      'wrong-types.json': /characters/,
    };
    for (const [file, reason] of Object.entries(reasons)) {
      const out = cli([join(FIXTURES, file)]);
      expect(out.code, file).toBe(2);
      expect(out.stderr, file).toMatch(reason);
    }
  });

  test('a UTF-16 file with its byte order mark (PowerShell 5 `>` redirect) reads like the same file in UTF-8', () => {
    const utf16 = readFileSync(join(FIXTURES, 'utf16le-bom.json'));
    const utf8 = join(dir, 'utf8.json');
    writeFileSync(utf8, new TextDecoder('utf-16le').decode(utf16.subarray(2)));
    const fromUtf16 = cli([join(FIXTURES, 'utf16le-bom.json'), '--format', 'json']);
    expect(expectCleanOutcome('utf16', fromUtf16)).toBe('reported');
    expect(fromUtf16.stdout).toBe(cli([utf8, '--format', 'json']).stdout);
  });

  test('empty, blank, binary garbage, a directory, a missing path, standard input closed at once', () => {
    const cases: [string, string[], string?][] = [];
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    cases.push(['empty file', [empty]]);
    const blank = join(dir, 'blank.json');
    writeFileSync(blank, ' \n\t\r\n ');
    cases.push(['blank file', [blank]]);
    // Seeded garbage, with and without NUL bytes, newlines and escape sequences in the first bytes.
    let seed = 20261125;
    const byte = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 255;
    for (const [name, head] of [
      ['binary', Buffer.alloc(0)],
      ['binary with newline', Buffer.from([0x60, 0x0a, 0x1b, 0x5b, 0x32, 0x4a])],
      ['binary with NUL', Buffer.from([0x00, 0x00, 0x7b])],
      ['gzip', Buffer.from([0x1f, 0x8b, 0x08, 0x00])],
      ['escape sequence', Buffer.from('\u001b]0;owned\u0007{', 'utf8')],
    ] as const) {
      const path = join(dir, `${name.replace(/ /g, '-')}.json`);
      writeFileSync(path, Buffer.concat([head, Buffer.from(Array.from({ length: 4096 }, byte))]));
      cases.push([name, [path]]);
    }
    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder);
    cases.push(['directory', [folder]]);
    cases.push(['missing path', [join(dir, 'nope.json')]]);
    cases.push(['stdin closed at once', ['-'], '']);
    cases.push(['stdin garbage', ['-'], '{"document": ']);
    for (const [name, args, input] of cases) {
      expect(expectCleanOutcome(name, cli([...args, '--format', 'json'], 20_000, input ?? '')), name).toBe('rejected');
    }
  });

  test('deeply nested sections (100,000 levels) are a valid board: a correct report, not a stack overflow', () => {
    const depth = 100_000;
    const open = '{"id":"1:N","type":"SECTION","name":"Kopen","absoluteBoundingBox":{"x":0,"y":0,"width":10,"height":10},"children":[';
    const text = `{"name":"Deep","document":{"id":"0:0","type":"DOCUMENT","children":[{"id":"0:1","type":"CANVAS","name":"P","children":[${Array.from({ length: depth }, (_, i) => open.replace('N', `${i + 1}`)).join('')}${']}'.repeat(depth)}]}]}}`;
    const path = join(dir, 'deep.json');
    writeFileSync(path, text);
    const out = cli([path, '--format', 'json'], 30_000);
    expect(expectCleanOutcome('deep nesting', out), out.stderr).toBe('reported');
    expect((JSON.parse(out.stdout) as { stickies: unknown[] }).stickies).toEqual([]);
  });

  test('a 50 MB valid board: a correct report with every sticky, in bounded time', () => {
    const board = generateRestBoard({ stickies: 37_000, seed: 50 });
    const path = join(dir, 'big.json');
    writeFileSync(path, JSON.stringify(board, null, 2));
    expect(statSync(path).size).toBeGreaterThan(50 * 1000 * 1000);
    const out = cli([path, '--format', 'json'], 50_000);
    expect(expectCleanOutcome('50 MB board', out)).toBe('reported');
    const report = JSON.parse(out.stdout) as { stickies: { nodeId: string }[]; summary: { touchpoints: number } };
    const stickies = JSON.stringify(board).match(/"type":"STICKY"/g)?.length ?? 0;
    expect(report.stickies).toHaveLength(stickies);
    expect(report.summary.touchpoints).toBeGreaterThan(stickies / 2);
  }, 120_000);
});
