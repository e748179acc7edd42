// Every listed hostile text, placed where the exports show board text (an idea in an
// improvements section, a touchpoint, a phase name): the CSV cell is the text itself (an
// apostrophe before a formula start), Markdown tables keep their columns, JSON round-trips.
import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { renderCsv } from '../../src/report/renderCsv';
import { renderJson } from '../../src/report/renderJson';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { renderText } from '../../src/report/renderText';
import { readRestBoardText } from '../../src/rest/readRestFile';
import { HOSTILE_TEXTS } from './hostileText';
import { markdownCells, markdownTables, parseCsv, unneutralise } from './parseBack';
import { toRest, type SpecNode } from './randomBoard';

function boardWith(text: string): SpecNode[] {
  const phase = (name: string, x: number, notes: string[]): SpecNode => ({
    kind: 'section',
    name,
    box: { x, y: 80, width: 560, height: 900 },
    visible: true,
    children: notes.map((note, i) => ({ kind: 'sticky', text: note, x: x + 40, y: 120 + i * 260, visible: true, rotation: 0, fill: 0 })),
  });
  return [
    {
      kind: 'section',
      name: 'Klantreis',
      box: { x: 0, y: 0, width: 2000, height: 1000 },
      visible: true,
      children: [phase('Oriëntatie', 20, [text, 'Blij met de website +2']), phase(text.slice(0, 300) || 'Kopen', 620, ['Lange rij, boos -2']), phase('Gebruik', 1220, ['Tevreden'])],
    },
    { kind: 'section', name: 'Verbeterpunten', box: { x: 3000, y: 0, width: 800, height: 800 }, visible: true, children: [{ kind: 'sticky', text, x: 3040, y: 40, visible: true, rotation: 0, fill: 3 }] },
  ];
}

describe.each(HOSTILE_TEXTS.map((text) => [JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text), text]))('hostile text %s', (_label, text) => {
  const report = analyseBoard(readRestBoardText(JSON.stringify(toRest(boardWith(text), text))));

  test('CSV: every row has the header’s columns and shows the text, neutralised only by an apostrophe', () => {
    for (const separator of [',', ';'] as const) {
      const rows = parseCsv(renderCsv(report, { separator, bom: separator === ';' }), separator);
      for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
      // The engine trims an idea's text (a leading tab or CR goes); blank ideas are no ideas.
      const idea = report.improvements.find((i) => i.text === text || i.text === text.trim());
      if (!/^[\s\u200b-\u200d\ufeff]*$/.test(text)) expect(idea).toBeDefined();
      if (idea) {
        const row = rows[1 + report.journeys.length + report.findings.length + report.improvements.indexOf(idea)] ?? [];
        expect(unneutralise(row[9] ?? '')).toBe(idea.text);
        expect(row[9]?.startsWith("'")).toBe(/^[=+\-@\t\r]/.test(idea.text));
      }
    }
  });

  test('Markdown: tables keep their column count; the text cannot open a heading or raw HTML', () => {
    const markdown = renderMarkdown(report);
    for (const table of markdownTables(markdown)) {
      const width = markdownCells(table[0] ?? '').length;
      for (const line of table) expect(markdownCells(line)).toHaveLength(width);
    }
    for (const line of markdown.split('\n')) if (line.startsWith('#')) expect(line).toMatch(/^#{1,3} /);
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img|svg)/i);
    expect(markdown.split('\n').filter((l) => /^#{1,3} /.test(l)).length).toBeLessThan(12);
  });

  test('JSON round-trips; the text report renders', () => {
    expect(JSON.parse(renderJson(report))).toEqual(report);
    expect(renderText(report, { width: 60 }).length).toBeGreaterThan(0);
  });
});
