// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent } from '@testing-library/preact';
import { DEFAULT_BOARD_SETTINGS } from '../../src/settings';
import type { Report } from '../../src/report/types';
import { availableExports, buildExport, fileBaseName, type ReportRenderers } from '../../ui/exportFile';
import { reportRenderers } from '../../ui/renderers';
import { bakeryReport } from './fixtures';
import { mountPanel } from './harness';

afterEach(cleanup);

const BOM = [0xef, 0xbb, 0xbf];
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('export', () => {
  it('JSON export is the report itself, UTF-8, named after the board', () => {
    const report = bakeryReport();
    const file = buildExport('json', report, { csvSeparator: ';' }, reportRenderers);
    expect(file.filename).toBe('bakkerij-de-korenbloem-journey-check.json');
    expect(file.mime).toBe('application/json;charset=utf-8');
    const parsed: unknown = JSON.parse(decode(file.bytes));
    expect(parsed).toEqual(report);
    expect(decode(file.bytes)).toContain('Oriëntatie');
  });

  it('asks the CSV renderer for a BOM and the preferred separator', () => {
    const calls: { separator: string; bom: boolean }[] = [];
    const renderers: ReportRenderers = {
      ...reportRenderers,
      csv: (_report: Report, options) => {
        calls.push(options);
        return `${options.bom ? '\uFEFF' : ''}a${options.separator}b\r\n`;
      },
    };
    const semicolon = buildExport('csv', bakeryReport(), { csvSeparator: ';' }, renderers);
    const comma = buildExport('csv', bakeryReport(), { csvSeparator: ',' }, renderers);
    expect(calls).toEqual([
      { separator: ';', bom: true },
      { separator: ',', bom: true },
    ]);
    expect([...semicolon.bytes.slice(0, 3)]).toEqual(BOM);
    expect(decode(semicolon.bytes.slice(3))).toBe('a;b\r\n');
    expect(decode(comma.bytes.slice(3))).toBe('a,b\r\n');
    expect(semicolon.filename.endsWith('.csv')).toBe(true);
  });

  it('offers only the formats it has renderers for', () => {
    expect(availableExports({ json: reportRenderers.json })).toEqual(['json']);
    expect(availableExports({ json: reportRenderers.json, csv: () => '', markdown: () => '' })).toEqual(['csv', 'json', 'markdown']);
  });

  it('names files safely', () => {
    expect(fileBaseName('Bakkerij – Q3 / "Zaterdag"')).toBe('bakkerij-q3-zaterdag-journey-check');
    expect(fileBaseName('***')).toBe('journey-check');
  });

  it('the export buttons save the current report with the personal separator', () => {
    const renderers: ReportRenderers = { ...reportRenderers, csv: (_r, o) => `${o.bom ? '\uFEFF' : ''}x${o.separator}y` };
    const panel = mountPanel(renderers);
    panel.deliver({ type: 'init', settings: DEFAULT_BOARD_SETTINGS, preferences: { live: true, csvSeparator: ',', uiLang: 'en' }, editorLang: 'en' });
    expect(panel.getByRole('button', { name: 'CSV' })).toHaveProperty('disabled', true);
    panel.deliver({ type: 'report', report: bakeryReport(), live: true, elapsedMs: 1 });
    fireEvent.click(panel.getByRole('button', { name: 'CSV' }));
    fireEvent.click(panel.getByRole('button', { name: 'JSON' }));
    expect(panel.downloads.map((f) => f.filename)).toEqual(['bakkerij-de-korenbloem-journey-check.csv', 'bakkerij-de-korenbloem-journey-check.json']);
    expect(decode(panel.downloads[0]?.bytes ?? new Uint8Array()).endsWith('x,y')).toBe(true);
    expect(panel.getByTestId('status').textContent).toBe('Saved bakkerij-de-korenbloem-journey-check.json');
  });
});

describe('export failures', () => {
  it('a renderer that throws leaves the panel working and says so', () => {
    const panel = mountPanel({ json: () => { throw new Error('cannot render'); } });
    panel.deliver({ type: 'init', settings: DEFAULT_BOARD_SETTINGS, preferences: { live: true, csvSeparator: ';', uiLang: 'en' }, editorLang: 'en' });
    panel.deliver({ type: 'report', report: bakeryReport(), live: true, elapsedMs: 1 });
    fireEvent.click(panel.getByRole('button', { name: 'JSON' }));
    expect(panel.getByRole('alert').textContent).toContain('Export: cannot render');
    expect(panel.downloads).toEqual([]);
  });
});

describe('export with the real report renderers', () => {
  it('CSV bytes start with the UTF-8 BOM and use the chosen separator', () => {
    const report = bakeryReport();
    const hotspot = report.findings.find((f) => f.rule === 'pain-hotspot')?.message ?? 'missing pain-hotspot finding';
    for (const separator of [';', ','] as const) {
      const file = buildExport('csv', report, { csvSeparator: separator }, reportRenderers);
      expect([...file.bytes.slice(0, 3)]).toEqual(BOM);
      const text = decode(file.bytes.slice(3));
      const [header, ...rows] = text.split('\r\n');
      const other = separator === ';' ? ',' : ';';
      expect(header?.split(separator).length).toBeGreaterThan(5);
      expect(header).not.toContain(other);
      // One row per journey's completeness, per finding and per improvement.
      expect(rows.filter((r) => r !== '')).toHaveLength(report.journeys.length + report.findings.length + report.improvements.length);
      expect(text).toContain(hotspot);
      expect(text).toContain('Tweede kassa op zaterdag');
    }
  });

  it('Markdown export renders the report, board text escaped', () => {
    const file = buildExport('markdown', bakeryReport(), { csvSeparator: ';' }, reportRenderers);
    expect(file.filename).toBe('bakkerij-de-korenbloem-journey-check.md');
    expect(decode(file.bytes)).toContain('Tweede kassa op zaterdag');
  });
});
