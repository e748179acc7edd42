import { describe, expect, it } from 'vitest';
import { buildWritePlan } from '../../src/plan/buildWritePlan';
import { hashItem } from '../../src/plan/hashItem';
import { boardScoreText } from '../../src/plan/planCurve';
import { MAX_ROWS } from '../../src/plan/planImprovements';
import type { PlanItem, ShapeItem } from '../../src/plan/types';
import type { Finding, JourneyReport, Report, TouchpointReport } from '../../src/report/types';
import type { BoardSnapshot, SnapshotNode } from '../../src/snapshot';
import { DEFAULT_WRITE_BACK } from '../../src/settings';

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

  it('words markers as questions, coloured by severity, in or next to what they concern', () => {
    const plan = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    const markers = shapes(plan.items, 'marker');
    expect(markers).toHaveLength(5);
    for (const m of markers) expect(m.text).toMatch(/\?/);
    const empty = markers.find((m) => m.key.startsWith('marker:phase-empty:P3'));
    expect(empty).toMatchObject({ parent: { node: 'P3' }, fill: '#FFC7C2', stroke: '#F24822', severity: 'error', text: 'Wie of wat zijn we vergeten in P3?' });
    // Inside the phase it is about.
    expect(empty?.box.x).toBeGreaterThanOrEqual(1000);
    expect((empty?.box.x ?? 0) + (empty?.box.width ?? 0)).toBeLessThanOrEqual(1440);
    expect((empty?.box.y ?? 0) + (empty?.box.height ?? 0)).toBe(80 + 680 - 16); // bottom-right, where teams write least
    // Two markers on the same phase stack without overlapping.
    const [hot, drop] = markers.filter((m) => m.parent !== null && 'node' in m.parent && m.parent.node === 'P2' && m.source === null);
    expect(hot && drop && (drop.box.y >= hot.box.y + hot.box.height || hot.box.y >= drop.box.y + drop.box.height)).toBe(true);
    // A sticky-level marker sits beside its sticky and points at it.
    const pain = markers.find((m) => m.key.startsWith('marker:pain-unaddressed:S2'));
    expect(pain?.source).toBe('S2');
    expect(pain?.box.x).toBe(580 + 240 + 12);
    // A journey-level marker (missing stage) sits above the journey, naming the stage.
    const missing = markers.find((m) => m.key.startsWith('marker:phase-missing:'));
    expect(missing?.text).toBe('Wat doet de klant in de fase after sales?');
    expect((missing?.box.y ?? 0) + (missing?.box.height ?? 0)).toBeLessThan(0);
  });

  it('keeps a sticky marker inside the sticky\'s section where either side has room for a readable one', () => {
    const painMarkerFor = (stickyX: number): ShapeItem | undefined => {
      const moved: BoardSnapshot = { ...snapshot, nodes: snapshot.nodes.map((n) => (n.id === 'S2' && n.bounds ? { ...n, bounds: { ...n.bounds, x: stickyX } } : n)) };
      const plan = buildWritePlan(report(), moved, DEFAULT_WRITE_BACK, 'nl');
      return shapes(plan.items, 'marker').find((m) => m.key.startsWith('marker:pain-unaddressed:S2'));
    };
    const inside = (m: ShapeItem | undefined) => (m ? m.box.x >= 520 && m.box.x + m.box.width <= 960 : false);
    // The phase (520…960) is too narrow for sticky + full marker: the roomier side gets a narrower one.
    const right = painMarkerFor(530);
    expect(right?.box).toMatchObject({ x: 530 + 240 + 12, width: 960 - 12 - (530 + 240 + 12) });
    expect(inside(right)).toBe(true);
    const left = painMarkerFor(710);
    expect(left?.box).toMatchObject({ x: 520 + 12, width: 710 - 12 - (520 + 12) });
    expect(inside(left)).toBe(true);
    // Too little room on either side: right of the sticky at full width, over the section's edge
    // rather than over a team's sticky (the case of the test above).
    expect(painMarkerFor(580)?.box).toMatchObject({ x: 580 + 240 + 12, width: 200 });
  });

  it('draws the curve under the journey: points by mean score, hollow where no feeling is stated, joined in order', () => {
    const plan = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    const section = plan.items.find((i) => i.key === 'curve:J');
    expect(section?.kind === 'section' && section.box.y).toBeGreaterThan(800);
    const points = shapes(plan.items, 'curve-point');
    expect(points.map((p) => p.text)).toEqual(['+2', '−2', '?']);
    const [p1, p2, p3] = points;
    if (!p1 || !p2 || !p3) throw new Error('points');
    expect(p1.box.y).toBeLessThan(p3.box.y); // +2 above the baseline
    expect(p2.box.y).toBeGreaterThan(p3.box.y); // −2 below it
    expect(p3.fill).toBe('#FFFFFF'); // hollow
    // x under each phase centre.
    expect(p1.box.x + p1.box.width / 2).toBe(260);
    const lines = plan.items.filter((i) => i.kind === 'connector');
    expect(lines).toHaveLength(1); // only scored phases are joined
    // Connectors come after the points they join; sections before their children.
    const order = plan.items.map((i) => i.kind);
    expect(order.indexOf('connector')).toBeGreaterThan(order.lastIndexOf('shape'));
    expect(order.lastIndexOf('section')).toBeLessThan(order.indexOf('shape'));
  });

  it('lists improvements beside the journey in rank order with score, quick win and why, linked to their sticky', () => {
    const plan = buildWritePlan(report(), snapshot, DEFAULT_WRITE_BACK, 'nl');
    const section = plan.items.find((i) => i.key === 'improvements:J');
    expect(section?.kind === 'section' && section.name).toBe('Geprioriteerde verbeteringen · Journey');
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
    expect(plan.items.find((i) => i.key === 'improvements:J')).toMatchObject({ name: 'Prioritised improvements · Journey' });
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
    expect(markers.map((m) => m.key)).toEqual(['marker:pain-unaddressed:P2:group', 'marker:pain-unaddressed:S1:']);
    expect(markers[0]?.text).toBe('4 pains here have no improvement yet: which ideas take them away?');
    expect(markers[0]?.parent).toEqual({ node: 'P2' });
  });
});

describe('curve placement', () => {
  it('goes beside the journey when another journey lies right under it, and never covers one', () => {
    const r = report();
    const below: JourneyReport = { ...journey(), id: 'K', name: 'Other', bounds: { x: 0, y: 900, width: 1500, height: 800 } };
    r.journeys = [journey(), below];
    const snap: BoardSnapshot = { ...snapshot, nodes: [...snapshot.nodes, node('K', 'section', 'Other', 0, 900, 1500, 800)] };
    const plan = buildWritePlan(r, snap, DEFAULT_WRITE_BACK, 'nl');
    const curveJ = plan.items.find((i) => i.key === 'curve:J');
    const improvementsJ = plan.items.find((i) => i.key === 'improvements:J');
    if (curveJ?.kind !== 'section' || improvementsJ?.kind !== 'section') throw new Error('sections');
    const hit = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(hit(curveJ.box, { x: 0, y: 900, width: 1500, height: 800 })).toBe(false);
    expect(hit(curveJ.box, improvementsJ.box)).toBe(false);
    expect(curveJ.box.x).toBeGreaterThan(improvementsJ.box.x);
    // The points keep the phases' spacing.
    const points = shapes(plan.items, 'curve-point').filter((p) => p.journeyId === 'J');
    const [a, b] = points;
    expect(a && b && b.box.x - a.box.x).toBe(480);
  });
});

describe('improvement rows', () => {
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
