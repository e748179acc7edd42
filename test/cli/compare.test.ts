/** journey-check --compare OLD.json NEW.json: gaps closed and new, completeness per journey, in every format. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportComparison } from '../../src/progress/compareReports';
import { runCli } from './runCli';

const OLD = 'examples/webshop-returns-en.json';
const dir = mkdtempSync(join(tmpdir(), 'journey-check-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The webshop board a little later: one pain rewritten (a gap closes, a new one opens) and a persona sticky gone. */
function newerBoard(): string {
  const board = JSON.parse(readFileSync(OLD, 'utf8')) as Record<string, unknown>;
  let rewritten = false;
  const walk = (node: { children?: { id?: string; type?: string; characters?: string; children?: unknown[] }[] }) => {
    for (const child of node.children ?? []) {
      if (!rewritten && child.type === 'STICKY' && /label|wait|lost|slow/i.test(child.characters ?? '')) {
        child.characters = 'Nobody answers the chat about my refund, furious 😡';
        child.id = '99:1';
        rewritten = true;
      }
      walk(child as { children?: { id?: string }[] });
    }
  };
  walk(board['document'] as { children?: { id?: string }[] });
  if (!rewritten) throw new Error('no pain sticky to rewrite');
  const path = join(dir, 'webshop-later.json');
  writeFileSync(path, JSON.stringify(board));
  return path;
}

describe('journey-check --compare', () => {
  const NEW = newerBoard();

  it('json: { closed, opened, journeys: [{ name, before, after }] } with findings in the report shape, exit 0', () => {
    const result = runCli(['--compare', OLD, NEW, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout) as ReportComparison;
    expect(Object.keys(comparison)).toEqual(['closed', 'opened', 'journeys']);
    expect(comparison.closed.length).toBeGreaterThan(0);
    expect(comparison.opened.some((f) => f.nodeIds.includes('99:1'))).toBe(true);
    for (const f of [...comparison.closed, ...comparison.opened]) expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'journey', 'phase', 'channel', 'stage', 'nodeIds']);
    expect(comparison.journeys).toHaveLength(1);
    const [journey] = comparison.journeys;
    expect(typeof journey?.before).toBe('number');
    expect(typeof journey?.after).toBe('number');
  });

  it('the same board twice: nothing closed, nothing new, the same completeness', () => {
    const comparison = JSON.parse(runCli(['--compare', OLD, OLD, '--format', 'json']).stdout) as ReportComparison;
    expect(comparison.closed).toEqual([]);
    expect(comparison.opened).toEqual([]);
    expect(comparison.journeys[0]?.before).toBe(comparison.journeys[0]?.after);
  });

  it('text and markdown say the same in words', () => {
    const text = runCli(['--compare', OLD, NEW]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Journey Check — what changed from webshop-returns-en\.json to webshop-later\.json/);
    expect(text.stdout).toMatch(/Gaps closed \(\d+\)/);
    expect(text.stdout).toMatch(/New gaps \(\d+\)\n( {2}- .*\n)* {2}- .*Nobody answers the chat/);
    expect(text.stdout).toMatch(/Completeness per journey\n {2}Northwind Outdoor — returns: \d+ % → \d+ %/);
    const markdown = runCli(['--compare', OLD, NEW, '--format', 'markdown', '--lang', 'nl']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^# Journey Check — wat er veranderde/);
    expect(markdown.stdout).toMatch(/## Nieuwe gaten \(\d+\)/);
    expect(markdown.stdout).toMatch(/\| Klantreis \| Voor \| Na \|\n\| --- \| ---: \| ---: \|\n\| Northwind Outdoor — returns \| \d+ % \| \d+ % \|/);
  });

  it('an unreadable input, a missing second file or csv: one line and exit 2', () => {
    for (const args of [['--compare', OLD], ['--compare', OLD, join(dir, 'nope.json')], ['--compare', OLD, NEW, '--format', 'csv']]) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
