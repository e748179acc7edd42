import { describe, expect, it } from 'vitest';
import { neutraliseFormula, quoteCsvCell, renderCsv } from '../../src/report/renderCsv';
import { sampleReport } from './sampleReport';

/** A small RFC 4180 reader, to check the output parses back to the same cells. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text.charAt(i + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('renderCsv', () => {
  it('writes a header, one row per journey\'s completeness, one per finding, then one per improvement, with CRLF line ends', () => {
    const csv = renderCsv(sampleReport('en'), { separator: ',', bom: false });
    const rows = parseCsv(csv, ',');
    expect(rows[0]?.slice(0, 5)).toEqual(['type', 'severity', 'rule', 'rank', 'score']);
    expect(rows.map((r) => r[0])).toEqual(['type', 'Completeness', 'finding', 'finding', 'finding', 'improvement', 'improvement']);
    // The completeness row: percent in the score column, the journey, the next steps as its text.
    expect([rows[1]?.[4], rows[1]?.[5], rows[1]?.[9]]).toEqual(['64', 'Gezin met kinderen', 'Denk ook aan de kanalen die nog niet gebruikt zijn: tv, radio']);
    rows.splice(1, 1);
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const idea = rows[4] ?? [];
    expect(idea.slice(0, 5)).toEqual(['improvement', '', 'idea', '1', '7.5']);
    expect(idea[9]).toBe('Bezorgtijd tonen; bij het afrekenen\nmet "kiezer"');
    expect(idea[13]).toBe('yes');
    expect(idea[16]).toBe('i1 t3');
  });

  it('uses Dutch headers, a semicolon and a decimal comma for Excel with a Dutch locale, and a BOM', () => {
    const csv = renderCsv(sampleReport('nl'), { separator: ';', bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows[0]?.[0]).toBe('soort');
    expect(rows[1]?.[0]).toBe('Volledigheid');
    rows.splice(1, 1);
    expect(rows[1]?.slice(0, 3)).toEqual(['bevinding', 'fout', 'phase-empty']);
    expect(rows[4]?.[4]).toBe('7,5');
    // The finding message with a comma needs no quotes with ';', but the one with quotes does.
    expect(csv).toContain(';"De score daalt van +1,0 naar −2,0, ""een moment van de waarheid""";');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const rows = parseCsv(renderCsv(sampleReport('en'), { separator: ',', bom: false }), ',').filter((r) => r[0] !== 'Completeness');
    expect(rows[3]?.[9]).toBe("'@team: deze sticky ligt los; plaats hem in een fase");
    expect(rows[5]?.[9]).toBe("'-Wachtrij bij de kassa");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula('Gewoon tekst')).toBe('Gewoon tekst');
    const report = sampleReport('en');
    const idea = report.improvements[0];
    if (idea) idea.text = '=HYPERLINK("http://x","klik")';
    const cells = parseCsv(renderCsv(report, { separator: ',', bom: false }), ',').filter((r) => r[0] !== 'Completeness');
    expect(cells[4]?.[9]).toBe(`'=HYPERLINK("http://x","klik")`);
  });

  it('quotes per RFC 4180', () => {
    expect(quoteCsvCell('a,b', ',')).toBe('"a,b"');
    expect(quoteCsvCell('a,b', ';')).toBe('a,b');
    expect(quoteCsvCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCsvCell('zeg "hoi"', ',')).toBe('"zeg ""hoi"""');
    expect(quoteCsvCell('regel\nregel', ',')).toBe('"regel\nregel"');
    expect(quoteCsvCell('plain', ',')).toBe('plain');
  });
});
