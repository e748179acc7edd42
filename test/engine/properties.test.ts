// Random boards: the engine never throws, accounts for every sticky once, names only nodes that
// exist, and gives the same report for the same board (also with connectors and stamps reordered).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import type { BoardSnapshot, Rect, SnapshotNode } from '../../src/snapshot';
import { randomSource } from '../helpers/randomSource';

const SECTION_NAMES = [
  'Oriëntatie', '2. Vergelijking', 'Kopen', 'Gebruik', 'Nazorg', 'Awareness', 'Purchase', 'Instroom', 'Levering',
  'Telefoon', 'Website', 'E-mail', 'Emotie', 'Gedachten', 'Pijnpunten', 'Kansen', 'Opportunities', 'Persona', 'Doelgroep',
  'Verbeterpunten', 'Ideas', 'Legenda', 'Acties', 'Klantreis Anna', 'Journey', 'Bezorger', '', '😀',
];
const TEXTS = [
  '', '  ', 'Belt de winkel', 'Te duur -2', 'Blij +2', 'emotie: boos', 'Snelle levering +1', 'Wacht lang op levering -1',
  '#email bevestiging', '[Telefoon] bellen', 'Kortere wachttijd inspanning: laag', 'effort: S impact: high',
  'Telefoon', 'Emotie', 'Website', 'Not happy', 'x', '#', '[', '[]', 'Nieuwsbrief ontvangen', 'Te duur -2',
];
const AUTHORS = [null, null, 'Anna', 'Bram', 'Chris'];

const rect: fc.Arbitrary<Rect | null> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ x: fc.integer({ min: -500, max: 3000 }), y: fc.integer({ min: -500, max: 3000 }), width: fc.integer({ min: 0, max: 2500 }), height: fc.integer({ min: 0, max: 2500 }) }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

interface Plan {
  kind: SnapshotNode['kind'];
  name: number;
  text: number;
  bounds: Rect | null;
  parent: number;
  author: number;
  visible: boolean;
  generated: boolean;
  ref1: number;
  ref2: number;
}

const plan: fc.Arbitrary<Plan> = fc.record({
  kind: fc.constantFrom<SnapshotNode['kind']>('section', 'section', 'sticky', 'sticky', 'sticky', 'sticky', 'shape', 'text', 'connector', 'stamp', 'other'),
  name: fc.nat({ max: SECTION_NAMES.length - 1 }),
  text: fc.nat({ max: TEXTS.length - 1 }),
  bounds: rect,
  parent: fc.integer({ min: -3, max: 80 }),
  author: fc.nat({ max: AUTHORS.length - 1 }),
  visible: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  generated: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  ref1: fc.integer({ min: -2, max: 80 }),
  ref2: fc.integer({ min: -2, max: 80 }),
});

/** Turns plans into a snapshot: parents and references point at any node index (or nowhere), cycles included. */
function toSnapshot(plans: readonly Plan[]): BoardSnapshot {
  const id = (i: number): string | null => (i < 0 ? null : i < plans.length ? `n${i}` : `missing-${i}`);
  const nodes = plans.map((p, i): SnapshotNode => {
    const node: SnapshotNode = {
      id: `n${i}`,
      kind: p.kind,
      type: p.kind.toUpperCase(),
      name: p.kind === 'section' ? (SECTION_NAMES[p.name] ?? '') : p.kind === 'stamp' ? 'Star' : '',
      text: p.kind === 'sticky' || p.kind === 'shape' || p.kind === 'text' ? (TEXTS[p.text] ?? '') : '',
      bounds: p.bounds,
      parentId: id(p.parent),
      fill: null,
      author: AUTHORS[p.author] ?? null,
      visible: p.visible,
    };
    if (p.generated) node.generated = true;
    if (p.kind === 'connector') {
      node.connectorStart = id(p.ref1);
      node.connectorEnd = id(p.ref2);
    }
    if (p.kind === 'stamp') node.stuckTo = id(p.ref1);
    return node;
  });
  return { name: 'Random board', nodes };
}

/** The same board with its connectors and its stamps each in another order (nothing else moves). */
function reorderLinksAndStamps(snapshot: BoardSnapshot, seed: number): BoardSnapshot {
  const nodes = [...snapshot.nodes];
  for (const kind of ['connector', 'stamp'] as const) {
    const slots = nodes.flatMap((n, i) => (n.kind === kind ? [i] : []));
    const reversed = slots.map((i) => nodes[i]).reverse();
    const moved = seed % 2 === 0 ? [...reversed.slice(1), ...reversed.slice(0, 1)] : reversed;
    slots.forEach((slot, k) => {
      const node = moved[k];
      if (node) nodes[slot] = node;
    });
  }
  return { ...snapshot, nodes };
}

const PHASE_NAMES = ['Oriëntatie', 'Vergelijking', 'Kopen', 'Gebruik', 'Nazorg', 'Instroom', 'Levering', 'Verkoop', 'Kansen', 'Emotie'];
const CELL_NAMES = ['Telefoon', 'Website', 'Winkel', 'Emotie', 'Gedachten', 'Bezorger', 'Acties', 'Persona', 'Legenda'];
const SPECIAL_NAMES = ['Persona Anna', 'Verbeterpunten', 'Ideas', 'Legenda', 'Parkeerplaats'];

/** A board shaped like a real workshop: journeys of phases with cells, row labels, ideas, votes, links. */
function structuredBoard(seed: number, journeysReversed = false): BoardSnapshot {
  const pick = randomSource(seed);
  let nodes: SnapshotNode[] = [];
  const journeyBlocks: SnapshotNode[][] = [];
  const stickies: string[] = [];
  let next = 0;
  const add = (kind: SnapshotNode['kind'], parentId: string | null, bounds: Rect | null, fields: Partial<SnapshotNode> = {}): string => {
    const id = `s${next++}`;
    nodes.push({ id, kind, type: kind.toUpperCase(), name: '', text: '', bounds, parentId, fill: null, author: null, visible: pick(20) > 0, ...fields });
    if (kind === 'sticky') stickies.push(id);
    return id;
  };
  const sticky = (parentId: string | null, x: number, y: number): string =>
    add('sticky', parentId, { x, y, width: 100, height: 100 }, { text: TEXTS[pick(TEXTS.length)] ?? '', author: AUTHORS[pick(AUTHORS.length)] ?? null, ...(pick(15) === 0 ? { generated: true } : {}) });

  const journeys = pick(4);
  for (let j = 0; j < journeys; j++) {
    const blockStart = nodes.length;
    const top = j * 2000;
    const onPage = journeys === 1 && pick(3) === 0;
    const journeyId = onPage ? null : add('section', null, { x: 0, y: top, width: 3000, height: 1500 }, { name: `Klantreis ${j}` });
    if (pick(2) === 0) add('text', journeyId, { x: 10, y: top + 300, width: 150, height: 40 }, { text: CELL_NAMES[pick(CELL_NAMES.length)] ?? '' });
    const phases = 1 + pick(5);
    for (let p = 0; p < phases; p++) {
      const x = 200 + p * 500;
      const phaseId = add('section', journeyId, { x, y: top + 50, width: 480, height: 1400 }, { name: PHASE_NAMES[pick(PHASE_NAMES.length)] ?? '' });
      const cells = pick(3);
      for (let c = 0; c < cells; c++) {
        const cellId = add('section', phaseId, { x, y: top + 100 + c * 450, width: 480, height: 400 }, { name: CELL_NAMES[pick(CELL_NAMES.length)] ?? '' });
        for (let k = pick(4); k > 0; k--) sticky(pick(4) === 0 ? null : cellId, x + 10 + pick(300), top + 110 + c * 450 + pick(250));
      }
      for (let k = pick(5); k > 0; k--) sticky(pick(4) === 0 ? journeyId : phaseId, x + 10 + pick(350), top + 60 + pick(1300));
    }
    journeyBlocks.push(nodes.splice(blockStart));
  }
  // Each journey is one subtree in document order; which comes first must not matter.
  nodes = [...(journeysReversed ? [...journeyBlocks].reverse() : journeyBlocks).flat(), ...nodes];
  for (let s = pick(3); s > 0; s--) {
    const x = 4000 + s * 600;
    const sectionId = add('section', null, { x, y: 0, width: 500, height: 500 }, { name: SPECIAL_NAMES[pick(SPECIAL_NAMES.length)] ?? '' });
    for (let k = pick(4); k > 0; k--) sticky(sectionId, x + 10 + pick(300), 10 + pick(300));
  }
  for (let k = pick(3); k > 0; k--) sticky(null, 9000 + pick(500), pick(500));
  for (let k = pick(8); k > 0 && stickies.length > 0; k--) {
    const targetId = stickies[pick(stickies.length)];
    const target = nodes.find((n) => n.id === targetId);
    const b = target?.bounds;
    if (pick(2) === 0) add('stamp', null, { x: 0, y: 0, width: 20, height: 20 }, { name: 'Star', stuckTo: target?.id ?? null });
    else if (b) add('stamp', null, { x: b.x + 30, y: b.y + 30, width: 20, height: 20 }, { name: pick(5) === 0 ? 'Thumbs down' : 'Star' });
  }
  for (let k = pick(6); k > 0 && stickies.length > 1; k--) {
    add('connector', null, null, { connectorStart: stickies[pick(stickies.length)] ?? null, connectorEnd: stickies[pick(stickies.length)] ?? null });
  }
  return { name: 'Structured board', nodes };
}

const boards = fc.oneof(fc.array(plan, { minLength: 0, maxLength: 80 }).map(toSnapshot), fc.nat().map(structuredBoard));
const RUNS = { seed: 20261125, numRuns: 300 };

describe('random boards', () => {
  test('never throw; every sticky accounted for exactly once; findings and improvements name existing nodes', () => {
    fc.assert(
      fc.property(boards, fc.constantFrom<('nl' | 'en' | undefined)>(undefined, 'nl', 'en'), (snapshot, lang) => {
        const report = analyseBoard(snapshot, lang ? { lang } : {});
        const ids = new Set(snapshot.nodes.map((n) => n.id));
        const stickyIds = snapshot.nodes.filter((n) => n.kind === 'sticky').map((n) => n.id);
        expect(report.stickies.map((s) => s.nodeId).sort()).toEqual([...stickyIds].sort());
        for (const account of report.stickies) expect(account.role === 'ignored').toBe(account.reason !== null);
        for (const f of report.findings) {
          for (const nodeId of f.nodeIds) expect(ids.has(nodeId)).toBe(true);
          expect(f.message.length).toBeGreaterThan(0);
        }
        const touchpoints = new Set(report.journeys.flatMap((j) => j.phases.flatMap((p) => p.touchpoints.map((t) => t.nodeId))));
        report.improvements.forEach((imp, i) => {
          expect(imp.rank).toBe(i + 1);
          for (const a of imp.addresses) expect(touchpoints.has(a)).toBe(true);
          if (i > 0) expect(imp.score).toBeLessThanOrEqual(report.improvements[i - 1]?.score ?? Infinity);
        });
        // Each touchpoint sticky is touchpoint in the accounts and appears in one phase only.
        const accountedTouchpoints = report.stickies.filter((s) => s.role === 'touchpoint').map((s) => s.nodeId);
        expect([...touchpoints].sort()).toEqual(accountedTouchpoints.sort());
        expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(report.findings.length);
      }),
      RUNS,
    );
  });

  test('deterministic: the same board gives a deep-equal report, also with connectors and stamps reordered', () => {
    fc.assert(
      fc.property(boards, fc.nat(), (snapshot, seed) => {
        const first = analyseBoard(snapshot);
        expect(analyseBoard(structuredClone(snapshot))).toEqual(first);
        expect(analyseBoard(reorderLinksAndStamps(snapshot, seed))).toEqual(first);
      }),
      RUNS,
    );
  });
});

test('journeys in another document order give the same report (stickies listed in document order aside)', () => {
  const sortedAccounts = (r: ReturnType<typeof analyseBoard>) => ({ ...r, stickies: [...r.stickies].sort((a, b) => (a.nodeId < b.nodeId ? -1 : 1)) });
  fc.assert(
    fc.property(fc.nat(), (seed) => {
      expect(sortedAccounts(analyseBoard(structuredBoard(seed, true)))).toEqual(sortedAccounts(analyseBoard(structuredBoard(seed))));
    }),
    RUNS,
  );
});

test('the random boards reach the interesting paths (journeys, touchpoints, ideas, many rules)', () => {
  const reports = fc.sample(boards, { seed: RUNS.seed, numRuns: RUNS.numRuns }).map((b) => analyseBoard(b));
  const withJourney = reports.filter((r) => r.journeys.length > 0).length;
  const withTouchpoints = reports.filter((r) => r.summary.touchpoints > 0).length;
  const withIdeas = reports.filter((r) => r.improvements.some((i) => i.kind === 'idea')).length;
  const rules = new Set(reports.flatMap((r) => r.findings.map((f) => f.rule)));
  expect(withJourney).toBeGreaterThan(RUNS.numRuns / 10);
  expect(withTouchpoints).toBeGreaterThan(RUNS.numRuns / 20);
  expect(withIdeas).toBeGreaterThan(0);
  expect(rules.size).toBeGreaterThanOrEqual(13);
});
