import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/report/renderMarkdown';
import { sampleReport } from './sampleReport';

describe('escapeMarkdown', () => {
  it('keeps board text literal: no tables broken, no code, links, HTML or headings', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('`rm -rf`')).toBe('\\`rm -rf\\`');
    expect(escapeMarkdown('*vet* _schuin_ ~weg~')).toBe('\\*vet\\* \\_schuin\\_ \\~weg\\~');
    expect(escapeMarkdown('[klik](http://x)')).toBe('\\[klik\\](http://x)');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('&amp; $x$')).toBe('\\&amp; \\$x\\$');
    expect(escapeMarkdown('# Kop')).toBe('\\# Kop');
    expect(escapeMarkdown('> citaat')).toBe('\\> citaat');
    expect(escapeMarkdown('- lijst')).toBe('\\- lijst');
    expect(escapeMarkdown('1. Oriëntatie')).toBe('1\\. Oriëntatie');
    expect(escapeMarkdown('twee\nregels\r\n  hier')).toBe('twee regels hier');
    expect(escapeMarkdown('C:\\pad')).toBe('C:\\\\pad');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport('nl'));

  it('has a title, summary, journey heading, phase table and tables per severity', () => {
    expect(md.startsWith('# Journey Check: Bakkerij \\| De Korenschoof\n')).toBe(true);
    expect(md).toContain('**Samenvatting:** 1 klantreis, 3 fasen, 3 contactmomenten');
    expect(md).toContain('## Klantreis: Gezin met kinderen');
    expect(md).toContain('**Emotiecurve:** ▆ ▁ ·');
    expect(md).toContain('| # | Fase | Stadium | Contactmomenten | Kanalen | traditioneel/digitaal | Score | Geschreven door |');
    expect(md).toContain('| 1 | 1\\. Oriëntatie | oriëntatie | 2 | Instagram, Folder | 1/1 | +1.0 | Anouk (2) |');
    expect(md).toContain('### ⛔ Fouten (1)');
    expect(md).toContain('| `phase-empty` | Gezin met kinderen | Nazorg |  | Nazorg heeft geen contactmomenten');
    expect(md).toContain('## Verbeterpunten (gerangschikt)');
    expect(md).toContain('| 2 | 2.0 | _nog een idee nodig:_ \\-Wachtrij bij de kassa |');
  });

  it('never lets a table row gain or lose cells because of board text', () => {
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
      const header = md.split('\n').find((l) => l.startsWith('|'));
      expect(header).toBeDefined();
      const cells = line.replace(/\\\|/g, '').split('|').length;
      expect(cells).toBeGreaterThanOrEqual(6);
    }
    const touchpointRow = md.split('\n').find((l) => l.includes('HYPERLINK'));
    expect(touchpointRow).toBe('| =HYPERLINK("http://evil") \\| taart \\*bestellen\\* | Webshop | boos | −2.0 | 3 |');
  });

  it('speaks English when the report is English', () => {
    const en = renderMarkdown(sampleReport('en'));
    expect(en).toContain('## Findings');
    expect(en).toContain('### ⚠️ Warnings (1)');
    expect(en).toContain('## Improvements (ranked)');
  });

  it('says so when there is nothing to report', () => {
    const empty = { ...sampleReport('en'), journeys: [], findings: [], improvements: [] };
    const text = renderMarkdown(empty);
    expect(text).toContain('No findings: the board looks complete.');
    expect(text).toContain('No improvements to rank.');
  });
});
