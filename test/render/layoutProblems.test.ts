/** layoutProblems: generated nodes over team nodes, across team sections, over each other. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAndDownload } from './afterCheck';
import { readBoardPage } from './boardNodes';
import { formatLayoutProblems, hasJourneyCheckTag, layoutProblems } from './layoutProblems';
import { rest } from './restFixtures';

const at = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

/** Two team phase sections with stickies and a stamp; a generated marker section to the right. */
function board(markers: { inA?: Record<string, unknown>[]; page?: Record<string, unknown>[] } = {}) {
  return rest.file([
    rest.section('1:1', 'Journey', at(0, 0, 1300, 700), '#FFFFFF', [
      rest.section('1:2', '1. Oriëntatie', at(40, 80, 600, 580), '#F9F9F9', [
        rest.sticky('1:3', 'Ziet een foto', at(80, 120, 240, 240), '#FFE299'),
        rest.sticky('1:4', 'Prijs onduidelijk', at(340, 120, 240, 240), '#FFB8A8'),
        rest.stamp('1:5', 'Thumbs up', 90, 130),
        ...(markers.inA ?? []),
      ]),
      rest.section('1:6', '2. Vergelijking', at(660, 80, 600, 580), '#F9F9F9', [rest.sticky('1:7', 'Vergelijkt', at(700, 120, 240, 240), '#FFE299')]),
    ]),
    rest.tagged(
      rest.section('9:1', 'Emotiecurve', at(0, 800, 1300, 400), '#F8F5FF', [
        rest.tagged(rest.shape('9:2', 'ELLIPSE', '+1', at(100, 900, 28, 28), '#AFF4C6')),
        rest.tagged(rest.shape('9:3', 'SQUARE', '', at(60, 1150, 1200, 2), '#B3B3B3')),
        // A team sticky dropped into our section is no problem: it belongs there.
        rest.sticky('9:4', 'dropped by the team', at(400, 850, 240, 240), '#FFE299'),
      ]),
    ),
    ...(markers.page ?? []),
  ]);
}

const bubble = (id: string, box: ReturnType<typeof at>) => rest.tagged(rest.shape(id, 'SPEECH_BUBBLE', 'Welke verbetering neemt deze pijn weg?', box, '#FCD19C', '#FFA629'));

describe('layoutProblems', () => {
  it('a clean layout has no problem: markers in free space of their own section, generated children inside generated sections', () => {
    const clean = board({ inA: [bubble('9:10', at(340, 380, 200, 90))] });
    expect(layoutProblems(clean)).toEqual([]);
  });

  it('a marker over a team sticky and stamp: covers-team-node with ids, names and overlap area', () => {
    const problems = layoutProblems(board({ inA: [bubble('9:10', at(60, 110, 200, 90))] }));
    expect(problems).toEqual([
      {
        kind: 'covers-team-node',
        generated: { id: '9:10', type: 'SHAPE_WITH_TEXT', name: 'SPEECH_BUBBLE', text: 'Welke verbetering neemt deze pijn weg?' },
        other: { id: '1:3', type: 'STICKY', name: 'Ziet een foto', text: 'Ziet een foto' },
        area: 180 * 80, // x 80…260, y 120…200
      },
      expect.objectContaining({ kind: 'covers-team-node', other: expect.objectContaining({ id: '1:5', type: 'STAMP' }), area: 40 * 40 }),
    ]);
  });

  it('a marker inside phase 1 that reaches into phase 2 lies across phase 2 (not across its own section or the journey)', () => {
    const problems = layoutProblems(board({ inA: [bubble('9:10', at(560, 400, 200, 90))] }));
    expect(problems.map((p) => [p.kind, p.other.id, p.area])).toEqual([['across-team-section', '1:6', 100 * 90]]);
  });

  it('a marker on the page over a team section is across it; over the generated curve section it is a generated overlap', () => {
    const problems = layoutProblems(board({ page: [bubble('9:10', at(1200, 650, 200, 200))] }));
    expect(problems.map((p) => [p.kind, p.generated.id, p.other.id, p.area])).toEqual([
      ['across-team-section', '9:10', '1:1', 100 * 50],
      ['across-team-section', '9:10', '1:6', 60 * 10], // the phase inside the journey, too
      ['generated-overlap', '9:1', '9:10', 100 * 50],
    ]);
  });

  it('two generated nodes over each other (not parent and child)', () => {
    const problems = layoutProblems(board({ inA: [bubble('9:10', at(340, 380, 200, 90)), bubble('9:11', at(400, 420, 200, 90))] }));
    expect(problems.map((p) => [p.kind, p.generated.id, p.other.id, p.area])).toEqual([['generated-overlap', '9:10', '9:11', 140 * 50]]);
  });

  it('what counts as generated: the journeyCheck tag in shared or private plugin data, not the colour record of a recoloured team sticky', () => {
    expect(hasJourneyCheckTag({ sharedPluginData: { journeycheck: { journeyCheck: '{}' } } })).toBe(true);
    expect(hasJourneyCheckTag({ pluginData: { '1454213645230912345': { journeyCheck: '{}' } } })).toBe(true);
    expect(hasJourneyCheckTag({ sharedPluginData: { journeycheck: { 'journeyCheck.colour': '{}' } } })).toBe(false);
    expect(hasJourneyCheckTag({ sharedPluginData: { otherplugin: { journeyCheck: '{}' } } })).toBe(false);
    // A custom predicate decides instead of the tag.
    const problems = layoutProblems(board(), (node) => node.id === '1:3');
    expect(problems.map((p) => [p.kind, p.generated.id, p.other.id])).toEqual([['covers-team-node', '1:3', '1:5']]);
  });

  it('the summary gives counts per kind and lists the first problems', () => {
    const problems = layoutProblems(board({ inA: [bubble('9:10', at(60, 110, 200, 90))] }));
    const text = formatLayoutProblems(problems, 1);
    expect(text).toContain('layout problems: 2');
    expect(text).toContain('covers-team-node: 2 (1 generated nodes over a team sticky/stamp/shape/text)');
    expect(text).toContain('- covers-team-node: SHAPE_WITH_TEXT 9:10 "Welke verbetering neemt deze pijn weg?" × STICKY 1:3 "Ziet een foto" (14400 u²)');
    expect(text).toContain('… and 1 more');
  });
});

describe('after a check by the built plugin (dist/code.js)', () => {
  it('every node the check created carries the tag layoutProblems reads, and nothing else does', async () => {
    const example: unknown = JSON.parse(readFileSync('examples/webshop-returns-en.json', 'utf8'));
    const before = new Set(readBoardPage(example).nodes.map((n) => n.id));
    const { rest: after } = await checkAndDownload(example);
    const nodes = readBoardPage(after).nodes;
    const created = nodes.filter((n) => !before.has(n.id)).map((n) => n.id);
    expect(created.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => hasJourneyCheckTag(n.raw)).map((n) => n.id)).toEqual(created);
  });
});
