// REST JSON → adapter → engine → write plan → every renderer, on random boards with hostile texts
// and shapes (test/engine/properties.test.ts covers the engine on snapshots; this goes end to end).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { buildWritePlan } from '../../src/plan/buildWritePlan';
import { PAGE_JOURNEY_ID } from '../../src/journey/classifySections';
import { renderCsv } from '../../src/report/renderCsv';
import { renderJson } from '../../src/report/renderJson';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { renderText } from '../../src/report/renderText';
import type { Report } from '../../src/report/types';
import { readRestBoardText } from '../../src/rest/readRestFile';
import { DEFAULT_WRITE_BACK } from '../../src/settings';
import { markdownCells, markdownTables, parseCsv } from './parseBack';
import { boardSpec, layoutBoard, toRest } from './randomBoard';

const RUNS = { seed: 20261125, numRuns: 120 };
const langs = fc.constantFrom<'nl' | 'en' | undefined>(undefined, 'nl', 'en');

/** What a spreadsheet must see for a board text: the text, with an apostrophe before a formula start. */
function expectedCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const ESC = String.fromCharCode(27);

/** Control characters (but newline), DEL, C1 and bidi controls in a rendered text, as code points. */
function unprintable(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    const control = (cp < 0x20 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f);
    const bidi = (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    if (control || bidi) found.push(`U+${cp.toString(16).padStart(4, '0')}`);
  }
  return found;
}

function pipeline(text: string, lang: 'nl' | 'en' | undefined) {
  const snapshot = readRestBoardText(text);
  const report = analyseBoard(snapshot, lang ? { lang } : {});
  const plan = buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
  return {
    snapshot,
    report,
    plan,
    json: renderJson(report),
    text: renderText(report),
    narrow: renderText(report, { width: 40 }),
    coloured: renderText(report, { color: true, width: 120 }),
    markdown: renderMarkdown(report),
    csv: renderCsv(report, { separator: ',', bom: false }),
    csvNl: renderCsv(report, { separator: ';', bom: true }),
  };
}

function checkCsv(csv: string, separator: ',' | ';', report: Report): void {
  const all = parseCsv(csv, separator);
  expect(all.length).toBe(1 + report.journeys.length + report.findings.length + report.improvements.length);
  // One completeness row per journey comes first (journey name, percent); then findings and improvements.
  report.journeys.forEach((j, i) => {
    expect(all[1 + i]?.[5]).toBe(expectedCell(j.name));
    expect(all[1 + i]?.[4]).toBe(`${j.completeness.percent}`);
  });
  const rows = [all[0] ?? [], ...all.slice(1 + report.journeys.length)];
  const columns = rows[0]?.length ?? 0;
  for (const row of rows) expect(row.length).toBe(columns);
  // No cell starts a formula, except numbers the renderer wrote itself.
  for (const row of rows) for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-?\d+([.,]\d+)?$/);
  report.findings.forEach((f, i) => {
    const row = rows[1 + i] ?? [];
    expect(row[5]).toBe(expectedCell(f.journey?.name ?? ''));
    expect(row[6]).toBe(expectedCell(f.phase?.name ?? ''));
    expect(row[7]).toBe(expectedCell(f.channel?.name ?? ''));
    expect(row[9]).toBe(expectedCell(f.message));
  });
  report.improvements.forEach((item, i) => {
    const row = rows[1 + report.findings.length + i] ?? [];
    expect(row[5]).toBe(expectedCell(item.journey?.name ?? ''));
    expect(row[9]).toBe(expectedCell(item.text));
    expect(row[15]).toBe(expectedCell(item.why));
  });
}

function checkMarkdown(markdown: string, report: Report): void {
  for (const table of markdownTables(markdown)) {
    const width = markdownCells(table[0] ?? '').length;
    expect(width).toBeGreaterThan(0);
    for (const line of table) expect(markdownCells(line).length, line).toBe(width);
    // The delimiter row comes second: board text never becomes a header or delimiter.
    expect(table[1]).toMatch(/^\|( -*:?-+:? \|)+$/);
  }
  // Board text cannot open a heading, raw HTML or a code span: only the renderer's own lines start with '#'.
  const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
  const phasesWithTouchpoints = report.journeys.reduce((n, j) => n + j.phases.filter((p) => p.touchpoints.length > 0).length, 0);
  const severityGroups = new Set(report.findings.map((f) => f.severity)).size;
  expect(headings.length).toBe(1 + report.journeys.length + phasesWithTouchpoints + 1 + severityGroups + 1);
  expect(markdown).not.toMatch(/(^|[^\\])</);
  for (const line of markdown.split('\n')) {
    const ticks = line.match(/(^|[^\\])`/g)?.length ?? 0;
    expect(ticks % 2, line).toBe(0);
  }
}

describe('REST JSON → engine → renderers on random boards', () => {
  test('never throws; stickies accounted once; only existing nodes named; exports parse back', () => {
    fc.assert(
      fc.property(boardSpec, langs, (spec, lang) => {
        const text = JSON.stringify(toRest(layoutBoard(spec)));
        const out = pipeline(text, lang);
        const ids = new Set(out.snapshot.nodes.map((n) => n.id));
        const stickyIds = out.snapshot.nodes.filter((n) => n.kind === 'sticky').map((n) => n.id);
        expect(out.report.stickies.map((s) => s.nodeId).sort()).toEqual([...stickyIds].sort());
        for (const f of out.report.findings) {
          for (const id of f.nodeIds) expect(ids.has(id)).toBe(true);
          // A journey is a section, or the page itself when the phases lie on the page.
          if (f.journey) expect(ids.has(f.journey.id) || f.journey.id === PAGE_JOURNEY_ID).toBe(true);
          if (f.phase) expect(ids.has(f.phase.id)).toBe(true);
        }
        for (const item of out.report.improvements) {
          for (const id of [item.nodeId, item.painNodeId, ...item.addresses]) if (id !== null) expect(ids.has(id)).toBe(true);
        }
        for (const r of out.plan.recolours) expect(stickyIds).toContain(r.stickyId);
        for (const item of out.plan.items) if ('source' in item && typeof item.source === 'string') expect(ids.has(item.source)).toBe(true);

        expect(JSON.parse(out.json)).toEqual(out.report);
        checkCsv(out.csv, ',', out.report);
        checkCsv(out.csvNl, ';', out.report);
        checkMarkdown(out.markdown, out.report);
      }),
      RUNS,
    );
  });

  test('the text report carries no control characters or bidi overrides from the board (no terminal escape injection)', () => {
    fc.assert(
      fc.property(boardSpec, (spec) => {
        const out = pipeline(JSON.stringify(toRest(layoutBoard(spec))), undefined);
        for (const rendered of [out.text, out.narrow]) expect(unprintable(rendered)).toEqual([]);
        // With colours on, the only escape sequences are the renderer's own SGR codes.
        expect(unprintable(out.coloured.split(`${ESC}[`).map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, ''))).join(''))).toEqual([]);
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  test('same input, same output: every export is identical for a re-parsed copy of the file', () => {
    fc.assert(
      fc.property(boardSpec, langs, (spec, lang) => {
        const text = JSON.stringify(toRest(layoutBoard(spec)));
        const a = pipeline(text, lang);
        const b = pipeline(JSON.stringify(JSON.parse(text)), lang);
        for (const key of ['json', 'text', 'narrow', 'coloured', 'markdown', 'csv', 'csvNl'] as const) expect(b[key]).toBe(a[key]);
        expect(b.plan).toEqual(a.plan);
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});
