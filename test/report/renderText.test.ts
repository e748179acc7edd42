import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/renderText';
import { renderJson } from '../../src/report/renderJson';
import { curveGlyph, displayWidth, formatScore, truncate, wrap } from '../../src/report/format';
import { sampleReport } from './sampleReport';

const ESC = String.fromCharCode(27);

describe('renderText', () => {
  const text = renderText(sampleReport('nl'));
  const lines = text.trimEnd().split('\n');

  it('fits 80 columns and has no colour codes unless asked', () => {
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(text).not.toContain(ESC);
    expect(renderText(sampleReport('nl'), { color: true })).toContain(`${ESC}[31m`);
  });

  it('shows each phase with stage, touchpoint count, channels and the feeling per touchpoint', () => {
    expect(text).toContain('━━ Klantreis: Gezin met kinderen ━━');
    expect(text).toContain('Persona: Sanne (34) (Werkt parttime)');
    expect(text).toMatch(/ {2}1\. Oriëntatie {2}oriëntatie · 2 contactmomenten · kanalen: Instagram, Folder/);
    expect(text).toMatch(/ {2}2\. Bestellen {2}aankoop · 1 contactmoment/);
    expect(text).toMatch(/ {2}3\. Nazorg {2}eigen fase · 0 contactmomenten/);
    expect(text).toMatch(/\+ {2}Ziet een post op Instagram 😍 +Instagram +blij \+1\.0 ●●/);
    expect(text).toMatch(/−− =HYPERLINK.*Webshop +boos −2\.0 ●●●/);
  });

  it('shows the traditional/digital channel mix per phase and who wrote in which phase', () => {
    const at = lines.findIndex((l) => l.startsWith('  Kanaalmix'));
    expect(lines[at]).toMatch(/^ {2}Kanaalmix +1 +2 +3$/);
    expect(lines[at + 1]).toMatch(/^ {2}trad\.\/dig\. +1\/1 +0\/1 +0\/0$/);
    expect(text).toContain('  Geschreven door:\n    1. Oriëntatie: Anouk (2)\n    Bestellen: Bram (1)\n');
    const noAuthors = sampleReport('nl');
    for (const phase of noAuthors.journeys[0]?.participation.byPhase ?? []) phase.authors = [];
    expect(renderText(noAuthors)).not.toContain('Geschreven door');
  });

  it('draws the emotion curve as a row of bars under numbered phases', () => {
    const at = lines.findIndex((l) => l.startsWith('  Emotiecurve'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at]).toMatch(/Emotiecurve +1 +2 +3$/);
    expect(lines[at + 1]?.trim()).toBe('▆ +1.0  ▁ −2.0  · –');
  });

  it('groups findings by severity and ranks improvements with score, quick win and why', () => {
    const errors = text.indexOf('✖ Fouten (1)');
    const warnings = text.indexOf('▲ Waarschuwingen (1)');
    const infos = text.indexOf('ℹ Info (1)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(infos).toBeGreaterThan(warnings);
    expect(text).toContain('✖ phase-empty (Gezin met kinderen › Nazorg): Nazorg heeft geen');
    expect(text).toMatch(/ {2}1\. {3}7\.5 {2}Bezorgtijd tonen; bij het afrekenen met "kiezer" {2}★ quick win/);
    expect(text).toContain('waarom: 1 pijnpunt in Bestellen, 3 stemmen, inspanning laag');
    expect(text).toMatch(/ {2}2\. {3}2\.0 {2}-Wachtrij bij de kassa {2}\? nog een idee nodig/);
    expect(lines.at(-2)).toMatch(/^Samenvatting: 1 klantreis, 3 fasen, 3 contactmomenten — 1 fout/);
    expect(lines.at(-1)).toBe('  1 info — 2 verbeterpunten');
  });

  it('wraps to a narrower width when asked', () => {
    for (const line of renderText(sampleReport('en'), { width: 60 }).trimEnd().split('\n')) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    }
  });

  it('says so when the board has no findings or improvements', () => {
    const empty = renderText({ ...sampleReport('en'), findings: [], improvements: [] });
    expect(empty).toContain('No findings: the board looks complete.');
    expect(empty).toContain('No improvements to rank.');
  });
});

describe('format helpers', () => {
  it('maps scores to bars and signed numbers', () => {
    expect([-2, -1, 0, 1, 2, 5, null].map(curveGlyph).join('')).toBe('▁▃▅▆██·');
    expect([1.25, -0.5, 0, -0.01, null].map(formatScore)).toEqual(['+1.3', '−0.5', '0.0', '0.0', '–']);
  });

  it('counts emoji as two columns and accents as one', () => {
    expect(displayWidth('Oriëntatie')).toBe(10);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('😀 ok')).toBe(5);
    expect(truncate('😀😀😀😀', 5)).toBe('😀😀…');
    expect(wrap('  een twee drie vier', 10, '    ')).toBe('  een twee\n    drie\n    vier');
  });
});

describe('renderJson', () => {
  it('is the report object itself', () => {
    const report = sampleReport('en');
    expect(JSON.parse(renderJson(report))).toEqual(report);
    expect(renderJson(report).endsWith('}\n')).toBe(true);
  });
});
