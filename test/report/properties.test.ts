// Property tests: whatever a workshop writes on a sticky, the CSV parses back to the same cells
// (formula-safe) and a Markdown table row keeps its number of cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteCsvCell, neutraliseFormula } from '../../src/report/renderCsv';
import { escapeMarkdown } from '../../src/report/renderMarkdown';
import { displayWidth, truncate, wrap } from '../../src/report/format';

const boardText = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '|', '"', ',', ';', '\n', '\r', '=', '+', '-', '@', '\t', '`', '#', '<', '>', '*', '_', '[', ']', '\\', '😀', '$', '&') , maxLength: 40 });

function readQuotedCell(cell: string, separator: string): string {
  if (!cell.startsWith('"')) {
    expect(cell).not.toContain(separator);
    expect(cell).not.toMatch(/[\r\n"]/);
    return cell;
  }
  expect(cell.endsWith('"')).toBe(true);
  const inner = cell.slice(1, -1);
  expect(inner.replace(/""/g, '')).not.toContain('"');
  return inner.replace(/""/g, '"');
}

describe('properties', () => {
  it('CSV cells round-trip and never start a formula', () => {
    fc.assert(
      fc.property(boardText, fc.constantFrom(',', ';'), (text, separator) => {
        const safe = neutraliseFormula(text);
        expect(/^[=+\-@\t\r]/.test(safe)).toBe(false);
        expect(readQuotedCell(quoteCsvCell(safe, separator), separator)).toBe(safe);
      }),
    );
  });

  it('escaped Markdown has no unescaped pipe, backtick, angle bracket or line break', () => {
    fc.assert(
      fc.property(boardText, (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        // Every special character is preceded by an odd number of backslashes.
        const specials = /(\\*)([|`<>*_[\]~&$])/g;
        for (const match of escaped.matchAll(specials)) expect((match[1] ?? '').length % 2).toBe(1);
      }),
    );
  });

  it('truncate and wrap keep to the width', () => {
    fc.assert(
      fc.property(boardText, fc.integer({ min: 4, max: 30 }), (text, width) => {
        expect(displayWidth(truncate(text.replace(/\s/g, ' '), width))).toBeLessThanOrEqual(width);
        for (const line of wrap(text, width, '  ').split('\n')) {
          // A single word wider than the line may stand alone; otherwise lines fit.
          if (line.trim().includes(' ')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        }
      }),
    );
  });
});
