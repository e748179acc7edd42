// The example boards: committed files equal what scripts/make-examples.ts writes, and each gives
// a meaningful report from the real engine (a mix of findings, ranked improvements).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { readRestBoardText } from '../../src/rest/readRestFile';
import type { Report, RuleId } from '../../src/report/types';
import { exampleBoards, serialiseExample } from '../../scripts/make-examples.ts';

const boards = exampleBoards();

function reportOf(name: string): Report {
  return analyseBoard(readRestBoardText(readFileSync(`examples/${name}`, 'utf8')));
}

function rules(report: Report): Set<RuleId> {
  return new Set(report.findings.map((f) => f.rule));
}

describe('example boards', () => {
  it('are exactly what the generator writes (run node scripts/make-examples.mjs after a change)', () => {
    expect(readdirSync('examples').filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(boards).sort());
    for (const [name, board] of Object.entries(boards)) expect(readFileSync(`examples/${name}`, 'utf8'), name).toBe(serialiseExample(board));
  });

  it('have the REST shape: figjam editor, DOCUMENT → CANVAS, ids like "1:23", bounds on every node', () => {
    for (const [name, board] of Object.entries(boards)) {
      expect(board['editorType'], name).toBe('figjam');
      const snapshot = readRestBoardText(serialiseExample(board));
      expect(snapshot.nodes.length).toBeGreaterThan(20);
      for (const node of snapshot.nodes) {
        expect(node.id).toMatch(/^\d+:\d+$/);
        expect(node.bounds).not.toBeNull();
      }
      expect(new Set(snapshot.nodes.map((n) => n.id)).size).toBe(snapshot.nodes.length);
    }
  });

  it('bakkerij-nl: one journey of nested cells with an emotion lane, votes, connectors and a persona; no errors', () => {
    const report = reportOf('bakkerij-nl.json');
    expect(report.lang).toBe('nl');
    expect(report.summary).toMatchObject({ journeys: 1, phases: 5, errors: 0 });
    const journey = report.journeys[0];
    expect(journey?.personas).toHaveLength(1);
    expect(journey?.phases.flatMap((p) => p.attributes).filter((a) => a.lane === 'emotion').length).toBeGreaterThanOrEqual(4);
    expect(journey?.phases.flatMap((p) => p.touchpoints).some((t) => t.votes >= 4)).toBe(true);
    expect([...rules(report)]).toEqual(expect.arrayContaining(['pain-hotspot', 'pain-unaddressed', 'channel-unused', 'unplaced-sticky']));
    expect(report.improvements.filter((i) => i.matchedBy === 'connector').length).toBeGreaterThanOrEqual(3);
    expect(report.improvements.some((i) => i.quickWin)).toBe(true);
    expect(report.improvements.some((i) => i.kind === 'needs-idea')).toBe(true);
  });

  it('bike-subscription-en: two journeys (row-label lanes, text tags), a missing after-sales stage', () => {
    const report = reportOf('bike-subscription-en.json');
    expect(report.lang).toBe('en');
    expect(report.journeys.map((j) => j.name)).toEqual(['Daan, the commuter', 'Priya, the student']);
    expect(report.journeys.every((j) => j.personas.length > 0)).toBe(true);
    const [daan, priya] = report.journeys;
    expect(daan?.phases.flatMap((p) => p.touchpoints).map((t) => t.channel?.name)).toContain('Social media');
    expect(priya?.phases.flatMap((p) => p.touchpoints).map((t) => t.channel?.name)).toContain('Email');
    const missing = report.findings.find((f) => f.rule === 'phase-missing');
    expect(missing?.stage).toBe('aftersales');
    expect([...rules(report)]).toEqual(expect.arrayContaining(['pain-hotspot', 'duplicate-touchpoint', 'empty-sticky', 'emotion-missing']));
    expect(report.improvements.some((i) => i.matchedBy === 'words')).toBe(true);
    expect(report.summary.errors).toBe(0);
  });

  it('supermarkt-ketenmodel-nl: a custom phase model on the page, named after the file, with an empty phase', () => {
    const report = reportOf('supermarkt-ketenmodel-nl.json');
    expect(report.journeys).toHaveLength(1);
    expect(report.journeys[0]?.name).toBe('Supermarkt De Buurman — instroom tot uitstroom');
    expect(report.journeys[0]?.phases.map((p) => [p.name, p.stage])).toEqual([
      ['Instroom', null],
      ['Levering', null],
      ['Verkoop', null],
      ['Uitstroom', null],
    ]);
    expect(rules(report).has('phase-missing')).toBe(false);
    expect([...rules(report)]).toEqual(expect.arrayContaining(['phase-empty', 'persona-missing', 'duplicate-touchpoint']));
    expect(report.summary.errors).toBe(1);
  });

  it('webshop-returns-en: row-label sections, no improvements section, hidden and generated stickies ignored', () => {
    const snapshot = readRestBoardText(readFileSync('examples/webshop-returns-en.json', 'utf8'));
    const report = analyseBoard(snapshot);
    expect(report.journeys[0]?.phases.map((p) => p.stage)).toEqual(['consideration', 'purchase', 'use', 'aftersales', 'aftersales']);
    expect(report.findings.filter((f) => f.rule === 'phase-missing').map((f) => f.stage)).toEqual(['orientation']);
    expect([...rules(report)]).toEqual(expect.arrayContaining(['emotion-drop', 'pain-hotspot', 'single-channel', 'duplicate-touchpoint']));
    expect(report.improvements.length).toBeGreaterThan(0);
    expect(report.improvements.every((i) => i.kind === 'needs-idea')).toBe(true);
    const hidden = snapshot.nodes.find((n) => !n.visible);
    const marker = snapshot.nodes.find((n) => n.generated === true);
    const mentioned = new Set(report.findings.flatMap((f) => f.nodeIds));
    expect(hidden && marker).toBeTruthy();
    expect(mentioned.has(hidden?.id ?? '')).toBe(false);
    expect(mentioned.has(marker?.id ?? '')).toBe(false);
  });

  it('template-grid-en: template stages (one typo read tolerantly) × text rows; emotions, pains and opportunities read as lanes', () => {
    const report = reportOf('template-grid-en.json');
    expect(report.lang).toBe('en');
    const journey = report.journeys[0];
    expect(journey?.phases.map((p) => [p.name, p.stage, p.read?.how])).toEqual([
      ['Awareness', 'orientation', 'alias'],
      ['Consideraton', 'consideration', 'tolerant'],
      ['Purchase', 'purchase', 'exact'],
      ['Retention', 'use', 'alias'],
      ['Advocacy', 'aftersales', 'alias'],
    ]);
    expect(rules(report).has('phase-missing')).toBe(false);
    // The Emotions row states the feelings: only Advocacy, with no emotion sticky, lacks one.
    expect(report.findings.filter((f) => f.rule === 'emotion-missing').map((f) => f.phase?.name)).toEqual(['Advocacy']);
    expect(journey?.emotionCurve.map((c) => c.score !== null)).toEqual([true, true, true, true, false]);
    // Touchpoints take their channel from their tags (#insta is social media).
    expect(journey?.phases[0]?.touchpoints.map((t) => t.channel?.id ?? null)).toEqual([null, 'social', 'website']);
    // Opportunities are ranked improvements that address the row's pains; none is read as a pain.
    const opportunities = journey?.phases.flatMap((p) => p.attributes.filter((a) => a.lane === 'opportunities').map((a) => a.nodeId)) ?? [];
    expect(opportunities).toHaveLength(5);
    for (const id of opportunities) expect(report.improvements.find((i) => i.nodeId === id)?.kind).toBe('idea');
    expect(report.improvements.find((i) => i.text.startsWith('Show the excess'))).toMatchObject({ rank: 1, quickWin: true, matchedBy: 'words' });
    expect(report.findings.some((f) => f.rule === 'pain-unaddressed' && opportunities.some((id) => f.nodeIds.includes(id)))).toBe(false);
    expect(rules(report).has('layout-unread')).toBe(false);
    expect(report.summary.errors).toBe(0);
  });

  it('zwembad-swimlanes-nl: channel swimlanes drawn as wide shapes behind the phases, colloquial Dutch, a [Servicepunt] tag', () => {
    const report = reportOf('zwembad-swimlanes-nl.json');
    expect(report.lang).toBe('nl');
    const journey = report.journeys[0];
    expect(journey?.phases.map((p) => p.stage)).toEqual(['orientation', 'consideration', 'purchase', 'use', 'aftersales']);
    expect(journey?.channels.map((c) => [c.name, c.touchpointCount])).toEqual([
      ['Website', 4],
      ['Telefoon', 2],
      ['Balie', 3],
      ['Social media', 2],
      ['Nieuwsbrief', 0],
      ['Servicepunt', 1],
    ]);
    expect(report.findings.filter((f) => f.rule === 'channel-unused').map((f) => f.channel?.name)).toEqual(['Nieuwsbrief']);
    expect(journey?.phases.every((p) => p.touchpoints.every((t) => t.channel !== null))).toBe(true);
    expect(rules(report).has('emotion-missing')).toBe(false);
    expect(journey?.phases.flatMap((p) => p.attributes.filter((a) => a.lane === 'emotion')).length).toBe(4);
    expect(report.improvements.find((i) => i.text.startsWith('Betalen in het inschrijfformulier'))).toMatchObject({ rank: 1, quickWin: true });
    expect(report.findings.some((f) => f.rule === 'pain-unaddressed' && f.message.includes('wachtlijst zo lang'))).toBe(true);
    expect(rules(report).has('layout-unread')).toBe(false);
    expect(report.summary.errors).toBe(0);
  });
});
