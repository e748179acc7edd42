import { describe, expect, it } from 'vitest';
import { buildWritePlan } from '../../src/plan/buildWritePlan';
import { hashItem } from '../../src/plan/hashItem';
import { boardScoreText } from '../../src/plan/planCurve';
import { MAX_ROWS } from '../../src/plan/planImprovements';
import type { PlanItem, ShapeItem } from '../../src/plan/types';
import type { Finding, JourneyReport, Report, TouchpointReport } from '../../src/report/types';
import type { BoardSnapshot, SnapshotNode } from '../../src/snapshot';
import { DEFAULT_WRITE_BACK } from '../../src/settings';
import { planProblems } from './planGeometry';

function node(id: string, kind: SnapshotNode['kind'], name: string, x: number, y: number, w: number, h: number, parentId: string | null = null): SnapshotNode {
  return { id, kind, type: kind.toUpperCase(), name, text: '', bounds: { x, y, width: w, height: h }, parentId, fill: null, author: null, visible: true };
}

const snapshot: BoardSnapshot = {
  name: 'Board',
  nodes: [
    node('J', 'section', 'Journey', 0, 0, 1500, 800),
    node('P1', 'section', 'Oriëntatie', 40, 80, 440, 680, 'J'),
    node('P2', 'section', 'Kopen', 520, 80, 440, 680, 'J'),
    node('P3', 'section', 'Gebruik', 1000, 80, 440, 680, 'J'),
    node('S1', 'sticky', '', 100, 140, 240, 240, 'P1'),
    node('S2', 'sticky', '', 580, 140, 240, 240, 'P2'),
    node('S3', 'sticky', '', 580, 400, 240, 240, 'P2'),
  ],
};

function touchpoint(nodeId: string, score: number): TouchpointReport {
  const polarity = score > 0 ? 1 : score < 0 ? -1 : 0;
  return { nodeId, text: nodeId, channel: null, sentiment: { score, polarity, emotion: null, source: score ? 'tag' : 'none' }, votes: 0, author: null };
}

function journey(): JourneyReport {
  return {
    id: 'J',
    name: 'Journey',
    personas: [],
    phases: [
      { id: 'P1', name: 'Oriëntatie', stage: 'orientation', touchpoints: [touchpoint('S1', 2)], attributes: [], meanScore: 2 },
      { id: 'P2', name: 'Kopen', stage: 'purchase', touchpoints: [touchpoint('S2', -2), touchpoint('S3', 0)], attributes: [], meanScore: -2 },
      { id: 'P3', name: 'Gebruik', stage: 'use', touchpoints: [], attributes: [], meanScore: null },
    ],
    channels: [],
    emotionCurve: [
      { phaseId: 'P1', phaseName: 'Oriëntatie', score: 2 },
      { phaseId: 'P2', phaseName: 'Kopen', score: -2 },
      { phaseId: 'P3', phaseName: 'Gebruik', score: null },
    ],
    participation: { byPhase: [] },
    channelMix: { byPhase: [] },
    coverage: [], // not read by the write plan
    bounds: { x: 0, y: 0, width: 1500, height: 800 },
    completeness: { percent: 70, missing: [] },
  };
}

function finding(rule: Finding['rule'], severity: Finding['severity'], phase: string | null, nodeIds: string[] = []): Finding {
  return { rule, severity, message: `${rule} message`, journey: { id: 'J', name: 'Journey' }, phase: phase ? { id: phase, name: phase } : null, channel: null, stage: null, nodeIds };
}

function report(): Report {
  return {
    version: 1,
    board: { name: 'Board' },
    lang: 'nl',
    journeys: [journey()],
    findings: [
      finding('phase-empty', 'error', 'P3'),
      finding('pain-hotspot', 'warning', 'P2', ['S2']),
      finding('emotion-drop', 'warning', 'P2'),
      finding('pain-unaddressed', 'warning', 'P2', ['S2']),
      { ...finding('phase-missing', 'warning', null), stage: 'aftersales' },
    ],
    improvements: [
      { rank: 2, text: 'Needs an idea', nodeId: null, painNodeId: 'S2', kind: 'needs-idea', journey: { id: 'J', name: 'Journey' }, score: 2, effort: null, impact: null, votes: 0, quickWin: false, addresses: ['S2'], matchedBy: 'none', why: 'pain' },
      { rank: 1, text: 'Extra kassa', nodeId: 'I1', painNodeId: null, kind: 'idea', journey: { id: 'J', name: 'Journey' }, score: 5.25, effort: 'low', impact: 'high', votes: 3, quickWin: true, addresses: ['S2'], matchedBy: 'connector', why: '1 pijnpunt in Kopen, 3 stemmen' },
    ],
    stickies: [],
    summary: { journeys: 1, phases: 3, touchpoints: 3, errors: 1, warnings: 3, infos: 0, improvements: 2 },
  };
}

const shapes = (items: PlanItem[], role: ShapeItem['role']) => items.filter((i): i is ShapeItem => i.kind === 'shape' && i.role === role);

describe('buildWritePlan', () => {
  it('is deterministic and every item has a unique stable key', () => {
    const a = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    const b = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    expect(a).toEqual(b);
    const keys = a.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(a.items.map(hashItem)).toEqual(b.items.map(hashItem));
  });

  it('recolours positive green and negative red with FigJam sticky swatches; neutral is left alone', () => {
    const plan = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    expect(plan.recolours).toEqual([
      { stickyId: 'S1', journeyId: 'J', hex: '#B3EFBD', polarity: 1 },
      { stickyId: 'S2', journeyId: 'J', hex: '#FFB8A8', polarity: -1 },
    ]);
  });

  it('words markers as questions, coloured by severity, in or next to what they concern, covering nothing', () => {
    const plan = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    expect(planProblems(plan, snapshot, report())).toEqual([]);
    const markers = shapes(plan.items, 'marker');
    expect(markers).toHaveLength(5);
    for (const m of markers) expect(m.text).toMatch(/\?/);
    const empty = markers.find((m) => m.key.startsWith('marker:phase-empty:P3'));
    expect(empty).toMatchObject({ parent: { node: 'P3' }, fill: '#FFC7C2', stroke: '#F24822', severity: 'error', text: 'Wie of wat zijn we vergeten in P3?' });
    // Inside the phase it is about, at its header (the phase is empty: right at the top).
    expect(empty?.box.x).toBeGreaterThanOrEqual(1000);
    expect((empty?.box.x ?? 0) + (empty?.box.width ?? 0)).toBeLessThanOrEqual(1440);
    expect(empty?.box.y).toBe(80 + 9);
    // A sticky-level marker sits beside its sticky, nearer to it than to the sticky under it.
    const pain = markers.find((m) => m.key.startsWith('marker:pain-unaddressed:S2'));
    expect(pain?.source).toBe('S2');
    expect(pain?.parent).toEqual({ node: 'P2' });
    expect(pain?.box.x).toBe(580 + 240 + 9);
    expect(pain?.box.y).toBeGreaterThanOrEqual(140);
    expect((pain?.box.y ?? 0) + (pain?.box.height ?? 0)).toBeLessThanOrEqual(140 + 240);
    // A journey-level marker (missing stage) sits above the journey, naming the stage.
    const missing = markers.find((m) => m.key.startsWith('marker:phase-missing:'));
    expect(missing?.text).toBe('Wat doet de klant in de fase after sales?');
    expect((missing?.box.y ?? 0) + (missing?.box.height ?? 0)).toBeLessThan(0);
  });

  it('a sticky marker lies inside the sticky\'s section, nearest its own sticky; without room, a numbered badge and a strip row quoting the sticky', () => {
    const withStickies = (xs: number[]): BoardSnapshot => ({
      ...snapshot,
      nodes: [
        ...snapshot.nodes.filter((n) => n.id !== 'S2' && n.id !== 'S3'),
        ...xs.map((x, i) => ({ ...node(`T${i}`, 'sticky', '', x, 140, 200, 200, 'P2'), text: `Sticky ${i}` })),
      ],
    });
    const r = report();
    r.findings = [finding('pain-unaddressed', 'warning', 'P2', ['T1'])];
    // Room under the stickies: the marker goes there, nearest T1.
    const roomy = withStickies([530, 750]);
    const plan = buildWritePlan(r, roomy, DEFAULT_WRITE_BACK, 'en');
    const marker = shapes(plan.items, 'marker')[0];
    expect(marker?.shapeType).toBe('SPEECH_BUBBLE');
    expect(marker?.box.y).toBe(140 + 200 + 9);
    expect(marker?.box.x).toBe(750 + 200 - (marker?.box.width ?? 0));
    expect(planProblems(plan, roomy, r)).toEqual([]);
    // A phase packed from top to bottom (20 px gaps): a badge in the 60 px top margin, question in the strip.
    const packed: BoardSnapshot = {
      ...snapshot,
      nodes: [
        ...snapshot.nodes.filter((n) => n.id !== 'S2' && n.id !== 'S3'),
        ...[0, 1].flatMap((c) => [0, 1, 2].map((row) => ({ ...node(`T${c * 3 + row}`, 'sticky', '', 540 + c * 210, 140 + row * 210, 190, 190, 'P2'), text: `Sticky ${c * 3 + row}` }))),
      ],
    };
    r.findings = [finding('pain-unaddressed', 'warning', 'P2', ['T3']), finding('pain-unaddressed', 'warning', 'P2', ['T4'])];
    const crowded = buildWritePlan(r, packed, DEFAULT_WRITE_BACK, 'en');
    expect(planProblems(crowded, packed, r)).toEqual([]);
    const items = shapes(crowded.items, 'marker');
    const badge = items.find((m) => m.shapeType === 'ELLIPSE');
    expect(badge).toMatchObject({ text: '1', source: 'T3', parent: { node: 'P2' } });
    expect((badge?.box.y ?? 0) + (badge?.box.height ?? 0)).toBeLessThanOrEqual(140);
    const rows = items.filter((m) => m.parent !== null && 'item' in m.parent && m.parent.item === 'findings:J');
    expect(rows.map((m) => m.text)).toEqual(['1 · “Sticky 3”\nWhich improvement takes this pain away?', '“Sticky 4”\nWhich improvement takes this pain away?']);
  });

  it('draws the curve under the journey: points by mean score, a break in the line where no feeling is stated', () => {
    const plan = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    const section = plan.items.find((i) => i.key === 'curve:J');
    expect(section?.kind === 'section' && section.box).toMatchObject({ x: 0, width: 1500 });
    expect(section?.kind === 'section' && section.box.y).toBeGreaterThan(800);
    const points = shapes(plan.items, 'curve-point');
    expect(points.map((p) => p.text)).toEqual(['+2', '−2']); // no point for P3: it would read as 0
    const [p1, p2] = points;
    if (!p1 || !p2) throw new Error('points');
    expect(p1.box.y).toBeLessThan(p2.box.y);
    // x under each phase centre.
    expect(p1.box.x + p1.box.width / 2).toBe(260);
    expect(p2.box.x + p2.box.width / 2).toBe(740);
    const labels = plan.items.filter((i) => i.kind === 'text').map((i) => (i.kind === 'text' ? i.text : ''));
    expect(labels).toContain('Gebruik\n(geen gevoel genoemd)');
    expect(labels).toContain('0'); // the 0 line is labelled
    expect(labels.some((l) => l.includes('+2 zeer positief') && l.includes('−2 zeer negatief'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Stickykleuren van Journey Check: groen = positief gevoel, rood = negatief gevoel'))).toBe(true);
    expect(plan.items.filter((i) => i.kind === 'connector')).toHaveLength(1);
    // Connectors come after the points they join; sections before their children.
    const order = plan.items.map((i) => i.kind);
    expect(order.indexOf('connector')).toBeGreaterThan(order.lastIndexOf('shape'));
    expect(order.lastIndexOf('section')).toBeLessThan(order.indexOf('shape'));
  });

  it('curve text scales with the journey: at least 1.2 % of the curve width', () => {
    const wide: BoardSnapshot = { ...snapshot, nodes: snapshot.nodes.map((n) => (n.id === 'J' && n.bounds ? { ...n, bounds: { ...n.bounds, width: 6000 } } : n)) };
    const plan = buildWritePlan(report(), wide, DEFAULT_WRITE_BACK, 'nl');
    const texts = plan.items.filter((i) => i.kind === 'text');
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) if (t.kind === 'text') expect(t.fontSize).toBeGreaterThanOrEqual(0.012 * 6000);
  });

  it('lists improvements beside the journey in rank order with score, quick win and why, linked to their sticky', () => {
    const plan = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    const section = plan.items.find((i) => i.key === 'improvements:J');
    expect(section?.kind === 'section' && section.name).toBe('Geprioriteerde verbeteringen · Journey · 70 % compleet'); // the header says how complete the journey is
    expect(section?.kind === 'section' && section.box.x).toBeGreaterThan(1500);
    const rows = shapes(plan.items, 'improvement-row');
    expect(rows.map((r) => r.text.split('\n')[0])).toEqual(['#1 · score 5.3 · ★ quick win', '#2 · score 2 · zoekt een idee']);
    expect(rows.map((r) => r.source)).toEqual(['I1', 'S2']);
    expect(rows[0]?.text).toContain('1 pijnpunt in Kopen, 3 stemmen');
    const [r1, r2] = rows;
    expect(r1 && r2 && r2.box.y).toBeGreaterThanOrEqual((r1?.box.y ?? 0) + (r1?.box.height ?? 0));
    // The section is sized to hold its rows.
    const last = rows[rows.length - 1];
    if (section?.kind !== 'section' || !last) throw new Error('section');
    expect(section.box.y + section.box.height).toBeGreaterThanOrEqual(last.box.y + last.box.height);
  });

  it('honours the write-back choices', () => {
    const none = buildWritePlan(report(), snapshot, { markers: false, colours: false, curve: false, improvements: false }, 'nl');
    expect(none.items).toEqual([]);
    expect(none.recolours).toEqual([]);
    const onlyCurve = buildWritePlan(report(), snapshot, { markers: false, colours: false, curve: true, improvements: false }, 'nl');
    expect(onlyCurve.items.every((i) => i.key.startsWith('curve:'))).toBe(true);
  });

  it('a scoped plan keeps only the chosen journeys and no board-level items', () => {
    const r = report();
    r.findings.push({ ...finding('unplaced-sticky', 'info', null, ['S1']), journey: null });
    const whole = buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'nl');
    expect(whole.items.some((i) => i.journeyId === null)).toBe(true);
    const scoped = buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'nl', ['J']);
    expect(scoped.scope).toEqual(['J']);
    expect(scoped.items.every((i) => i.journeyId === 'J')).toBe(true);
    const other = buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'nl', ['X']);
    expect(other.items).toEqual([]);
    expect(other.recolours).toEqual([]);
  });

  it('speaks the board language', () => {
    const plan = buildWritePlan({ ...report(), lang: 'en' }, snapshot, DEFAULT_WRITE_BACK, 'en');
    expect(plan.items.find((i) => i.key === 'improvements:J')).toMatchObject({ name: 'Prioritised improvements · Journey · 70 % complete' });
    expect(shapes(plan.items, 'marker').find((m) => m.severity === 'error')?.text).toBe('Who or what did we forget in P3?');
  });
});

describe('boardScoreText (board labels)', () => {
  it('shows one decimal with a sign and a real minus', () => {
    expect([boardScoreText(1.5), boardScoreText(-0.66), boardScoreText(0), boardScoreText(2), boardScoreText(-0.04)]).toEqual(['+1.5', '−0.7', '0', '+2', '0']);
  });
});

describe('marker grouping', () => {
  it('collapses many sticky-level findings of one rule in one phase into one counted marker', () => {
    const r = report();
    const many = ['S2', 'S3', 'S4', 'S5'].map((id) => finding('pain-unaddressed', 'warning', 'P2', [id]));
    r.findings = [...many, finding('pain-unaddressed', 'warning', 'P1', ['S1'])];
    const markers = shapes(buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'en').items, 'marker');
    const group = markers.find((m) => m.key.endsWith('marker:pain-unaddressed:P2:group'));
    expect(markers.filter((m) => m.key.includes('pain-unaddressed:S'))).toHaveLength(1);
    expect(group?.text).toMatch(/4 pains here have no improvement yet: which ideas take them away\?$/);
  });
});

describe('curve placement', () => {
  it('stays under its own phases when another journey lies right under it: moved further down, never sideways', () => {
    const r = report();
    const below: JourneyReport = { ...journey(), id: 'K', name: 'Other', bounds: { x: 0, y: 900, width: 1500, height: 800 } };
    r.journeys = [journey(), below];
    const snap: BoardSnapshot = { ...snapshot, nodes: [...snapshot.nodes, node('K', 'section', 'Other', 0, 900, 1500, 800)] };
    const plan = buildWritePlan(r, snap, DEFAULT_WRITE_BACK, 'nl');
    const curveJ = plan.items.find((i) => i.key === 'curve:J');
    const curveK = plan.items.find((i) => i.key === 'curve:K');
    const improvementsJ = plan.items.find((i) => i.key === 'improvements:J');
    if (curveJ?.kind !== 'section' || curveK?.kind !== 'section' || improvementsJ?.kind !== 'section') throw new Error('sections');
    expect(curveJ.box.x).toBe(0);
    expect(curveJ.box.y).toBeGreaterThan(1700);
    expect(curveK.box.x).toBe(0);
    // What fits under its own journey goes there first: K's curve right under K, J's displaced one
    // after it (well clear), so the curve right under a journey is always that journey's.
    expect(curveK.box.y).toBe(900 + 800 + 120);
    expect(curveJ.box.y).toBeGreaterThanOrEqual(curveK.box.y + curveK.box.height + 120);
    expect(planProblems(plan, snap, r)).toEqual([]);
    // The points keep the phases' spacing.
    const [a, b] = shapes(plan.items, 'curve-point').filter((p) => p.journeyId === 'J');
    expect(a && b && b.box.x - a.box.x).toBe(480);
  });
});

describe('a run scoped to some journeys', () => {
  it('plans around what earlier runs left for the other journeys (keep), never over it', () => {
    const r = report();
    const free = buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'nl', ['J']);
    const curve = free.items.find((i) => i.key === 'curve:J');
    const list = free.items.find((i) => i.key === 'improvements:J');
    if (curve?.kind !== 'section' || list?.kind !== 'section') throw new Error('sections');
    // Another journey's curve and list, written by an earlier run, lie exactly where J's would go.
    const keep = [{ ...curve.box, height: 300 }, { ...list.box, height: 300 }];
    const plan = buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'nl', ['J'], keep);
    const boxes = plan.items.flatMap((i) => (i.kind === 'connector' ? [] : [i.box]));
    for (const box of boxes) for (const kept of keep) expect(box.x < kept.x + kept.width && kept.x < box.x + box.width && box.y < kept.y + kept.height && kept.y < box.y + box.height).toBe(false);
    const moved = plan.items.find((i) => i.key === 'curve:J');
    if (moved?.kind !== 'section') throw new Error('curve');
    expect(moved.box.x).toBe(curve.box.x); // further down, never sideways
    expect(moved.box.y).toBeGreaterThan(keep[0]!.y + 300);
  });
});

describe('improvement rows', () => {
  it('say "needs an idea" once: in the head, not again at the start of the why line', () => {
    const r = report();
    r.improvements = r.improvements.map((i) => (i.kind === 'needs-idea' ? { ...i, why: 'still needs an idea, 1 pain in Kopen, 2 votes' } : i));
    const row = shapes(buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'en').items, 'improvement-row').find((x) => x.source === 'S2');
    expect(row?.text.split('\n')).toEqual(['#2 · score 2 · needs an idea', 'Needs an idea', 'why: 1 pain in Kopen, 2 votes']);
  });

  it('scale with the journey like the curve: text at least 1.2 % of its width', () => {
    const r = report();
    const wide: JourneyReport = { ...journey(), bounds: { x: 0, y: 0, width: 6000, height: 800 } };
    r.journeys = [wide];
    const snap: BoardSnapshot = { ...snapshot, nodes: snapshot.nodes.map((n) => (n.id === 'J' ? { ...n, bounds: { x: 0, y: 0, width: 6000, height: 800 } } : n)) };
    const plan = buildWritePlan(r, snap, DEFAULT_WRITE_BACK, 'en');
    const rows = shapes(plan.items, 'improvement-row');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.fontSize).toBeGreaterThanOrEqual(6000 * 0.012);
    const section = plan.items.find((i) => i.key === 'improvements:J');
    if (section?.kind !== 'section') throw new Error('section');
    for (const row of rows) expect(row.box.x + row.box.width).toBeLessThanOrEqual(section.box.x + section.box.width);
    // A 1,500-unit journey: 18 (1.2 %), not the base 14.
    for (const row of shapes(buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'en').items, 'improvement-row')) expect(row.fontSize).toBe(18);
  });

  it('shows the top rows on the board and sums up the rest in one row', () => {
    const r = report();
    const base = r.improvements[1];
    if (!base) throw new Error('improvement');
    r.improvements = Array.from({ length: MAX_ROWS + 7 }, (_, i) => ({ ...base, rank: i + 1, nodeId: `I${i}` }));
    const rows = shapes(buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'en').items, 'improvement-row');
    expect(rows).toHaveLength(MAX_ROWS + 1);
    expect(rows[rows.length - 1]?.text).toBe('+ 7 more, ranked lower: see the Journey Check panel or the report');
    expect(rows[MAX_ROWS - 1]?.text.startsWith(`#${MAX_ROWS} `)).toBe(true);
  });
});

describe('text from the board', () => {
  it('never carries control characters or bidi overrides into what the plugin writes', () => {
    const r = report();
    const evil = 'Kopen\u202E\u0007\u001B[31m';
    r.journeys = [{ ...journey(), name: `Journey${evil}`, emotionCurve: journey().emotionCurve.map((p) => ({ ...p, phaseName: `${p.phaseName}${evil}` })) }];
    r.findings = r.findings.map((f) => (f.phase ? { ...f, phase: { ...f.phase, name: `${f.phase.name}${evil}` } } : f));
    r.improvements = r.improvements.map((i) => ({ ...i, text: `${i.text}${evil}`, why: `${i.why}\u2066` }));
    const plan = buildWritePlan(r, snapshot, DEFAULT_WRITE_BACK, 'en');
    const texts = plan.items.flatMap((i) => (i.kind === 'section' ? [i.name] : i.kind === 'connector' ? [] : [i.text]));
    // eslint-disable-next-line no-control-regex
    for (const text of texts) expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });
});
