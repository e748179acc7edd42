import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { stringsFor } from '../../src/i18n';
import { changeSinceLast } from '../../src/progress/changeSinceLast';
import { appendCheck, checkRecord, HISTORY_MAX_BYTES, HISTORY_MAX_CHECKS, parseHistory, type CheckRecord } from '../../src/progress/checkHistory';
import { compareReports } from '../../src/progress/compareReports';
import { findingKey } from '../../src/progress/findingKey';
import { readRestBoardText } from '../../src/rest/readRestFile';

const bytes = (text: string) => new TextEncoder().encode(text).length;

function keys(n: number, prefix = 'k'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
}

describe('history of checks on the board', () => {
  it('keeps the last 50 checks, oldest dropped first', () => {
    let raw = '';
    for (let i = 0; i < 60; i++) {
      const reading = parseHistory(raw);
      expect(reading.state).toBe('ok');
      raw = appendCheck(reading.checks, checkRecord(i, [{ name: 'Klantreis', percent: i }], keys(5, `c${i}-`)));
    }
    const checks = parseHistory(raw).checks;
    expect(checks).toHaveLength(HISTORY_MAX_CHECKS);
    expect(checks[0]?.t).toBe(10);
    expect(checks.at(-1)?.t).toBe(59);
  });

  it('stays under the 100 kB entry limit however big the checks, dropping the oldest', () => {
    let checks: CheckRecord[] = [];
    for (let i = 0; i < 20; i++) {
      const raw = appendCheck(checks, checkRecord(i, [{ name: 'Klantreis '.repeat(30), percent: 50 }], keys(2500, `c${i}-`)));
      expect(bytes(raw)).toBeLessThanOrEqual(HISTORY_MAX_BYTES);
      checks = parseHistory(raw).checks as CheckRecord[];
      expect(checks.at(-1)?.t).toBe(i); // the newest check is always kept
    }
    expect(checks.length).toBeGreaterThan(1);
    expect(checks.length).toBeLessThan(20);
    // A single check bigger than the limit keeps its time and figures, not its finding list.
    const huge = appendCheck([], checkRecord(1, [{ name: 'x'.repeat(200), percent: 1 }], keys(40_000)));
    expect(bytes(huge)).toBeLessThanOrEqual(HISTORY_MAX_BYTES);
    expect(parseHistory(huge).checks[0]?.cut).toBe(true);
  });

  it('ignores a corrupt or oversized record (reported by its state), never throws', () => {
    for (const raw of ['{', '{"v":2,"checks":[]}', '{"v":1,"checks":[{"t":"x"}]}', 'null', '[]']) expect(parseHistory(raw)).toEqual({ state: 'corrupt', checks: [] });
    expect(parseHistory(`{"v":1,"checks":[],"pad":"${'x'.repeat(100_001)}"}`)).toEqual({ state: 'oversized', checks: [] });
    expect(parseHistory('')).toEqual({ state: 'ok', checks: [] });
  });
});

describe('what changed since the last check', () => {
  it('counts gaps closed and new and says how completeness moved, in both languages', () => {
    const before = checkRecord(1, [{ name: 'Klantreis', percent: 62 }], ['a', 'b', 'c']);
    const after = checkRecord(2, [{ name: 'Klantreis', percent: 78 }], ['c', 'd']);
    const en = changeSinceLast(before, after, stringsFor('en').progress.change);
    expect(en).toMatchObject({ closed: 2, opened: 1, journeys: [{ name: 'Klantreis', before: 62, after: 78 }] });
    expect(en.sentence).toBe('2 gaps closed, 1 new · completeness 62 → 78 %');
    expect(changeSinceLast(before, after, stringsFor('nl').progress.change).sentence).toBe('2 gaten gedicht, 1 nieuw · volledigheid 62 → 78 %');
    const same = changeSinceLast(after, after, stringsFor('en').progress.change);
    expect(same.sentence).toBe('no gap closed, none new · completeness 78 → 78 %');
  });

  it('names each journey when there are several, and a new journey has no "before"', () => {
    const before = checkRecord(1, [{ name: 'Daan', percent: 40 }], []);
    const after = checkRecord(2, [{ name: 'Daan', percent: 55 }, { name: 'Priya', percent: 30 }], ['x']);
    expect(changeSinceLast(before, after, stringsFor('en').progress.change).sentence).toBe('no gap closed, 1 new · Daan 40 → 55 %, Priya 30 %');
  });
});

describe('comparing two reports', () => {
  it('a finding that disappears is closed, one that appears is opened; journeys matched by name', () => {
    const text = readFileSync('examples/webshop-returns-en.json', 'utf8');
    const before = analyseBoard(readRestBoardText(text));
    // The team removes a pain nobody tackled and writes a new one elsewhere.
    const unaddressed = before.findings.find((f) => f.rule === 'pain-unaddressed');
    const painId = unaddressed?.nodeIds[0];
    if (!painId) throw new Error('no unaddressed pain');
    const board = JSON.parse(text) as Record<string, unknown>;
    let removed = false;
    const walk = (node: { children?: { id?: string; characters?: string }[] }) => {
      if (!node.children) return;
      const index = node.children.findIndex((c) => c.id === painId);
      if (index >= 0) {
        const [pain] = node.children.splice(index, 1);
        node.children.push({ ...pain, id: '99:1', characters: 'Label printer broken again, furious 😡' });
        removed = true;
      }
      for (const child of node.children) walk(child as { children?: { id?: string }[] });
    };
    walk(board['document'] as { children?: { id?: string }[] });
    expect(removed).toBe(true);
    const after = analyseBoard(readRestBoardText(JSON.stringify(board)));
    const comparison = compareReports(before, after);
    expect(comparison.closed.map(findingKey)).toContain(findingKey(unaddressed as NonNullable<typeof unaddressed>));
    expect(comparison.opened.some((f) => f.rule === 'pain-unaddressed' && f.nodeIds.includes('99:1'))).toBe(true);
    for (const f of comparison.closed) expect(after.findings.map(findingKey)).not.toContain(findingKey(f));
    for (const f of comparison.opened) expect(before.findings.map(findingKey)).not.toContain(findingKey(f));
    expect(comparison.journeys.map((j) => j.name)).toEqual(after.journeys.map((j) => j.name));
    expect(compareReports(before, before)).toEqual({
      closed: [],
      opened: [],
      journeys: before.journeys.map((j) => ({ name: j.name, before: j.completeness.percent, after: j.completeness.percent })),
    });
  });
});
