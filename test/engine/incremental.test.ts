// Live mode's engine memory (src/live/analysisMemo.ts): after any sequence of edits — a text
// changed, a sticky moved to another cell, added or deleted, a section renamed — the analysis that
// reuses what earlier analyses read gives exactly the report of a fresh analysis of the same board.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { AnalysisMemo } from '../../src/live/analysisMemo';
import type { BoardSnapshot, SnapshotNode } from '../../src/snapshot';

const PHASES = ['Oriëntatie', 'Vergelijking', 'Kopen', 'Levering', 'Nazorg'];
const RENAMES = ['Betalen', 'Awareness', 'Emotie', 'Pijnpunten', 'Kansen', 'Gebruik', 'Telefoon', 'Legenda', 'Persona', ''];
const TEXTS = [
  'Ziet een advertentie op Instagram, blij verrast 😀', 'Website laadt traag, geïrriteerd', 'Lange rij bij de kassa, boos 😡',
  'Kan niet online bestellen -2', 'Brood smaakt heerlijk, heel tevreden +2', 'Wacht 20 minuten op de bezorger', 'Not happy at all',
  'Snelle levering +1', '#email bevestiging ontvangen', '[Telefoon] belt de klantenservice', 'Extra kassa op zaterdag, inspanning: laag',
  'Great service, loved it!', 'Leuk hoor, weer een storing', 'website laadt traag, geïrriteerd', '', 'Retour duurt lang, boos', 'Stout',
];
const CELL_W = 400;
const CELL_H = 700;

/** A journey of five phases with an improvements section and a few loose stickies. */
function startBoard(): BoardSnapshot {
  const nodes: SnapshotNode[] = [
    section('journey', 'Klantreis Bakkerij', null, { x: 0, y: 0, width: 2200, height: 900 }),
    ...PHASES.map((name, i) => section(`phase${i}`, name, 'journey', cell(i))),
    section('ideas', 'Verbeteringen', null, { x: 0, y: 1100, width: 900, height: 400 }),
  ];
  for (let i = 0; i < 12; i++) nodes.push(sticky(`s${i}`, TEXTS[i % TEXTS.length] ?? '', i % 6 === 5 ? 'ideas' : `phase${i % 5}`, i));
  return { name: 'Bakkerij', nodes };
}

function section(id: string, name: string, parentId: string | null, bounds: { x: number; y: number; width: number; height: number }): SnapshotNode {
  return { id, kind: 'section', type: 'SECTION', name, text: '', bounds, parentId, fill: null, author: null, visible: true };
}

function cell(i: number): { x: number; y: number; width: number; height: number } {
  return { x: 40 + i * (CELL_W + 20), y: 80, width: CELL_W, height: CELL_H };
}

/** A sticky in `parentId` (a phase, the ideas section or the page), its `slot` deciding where in it. */
function sticky(id: string, text: string, parentId: string | null, slot: number): SnapshotNode {
  const phase = parentId?.startsWith('phase') ? Number(parentId.slice(5)) : -1;
  const box = phase >= 0 ? cell(phase) : parentId === 'ideas' ? { x: 0, y: 1100, width: 900, height: 400 } : { x: 2600, y: 0, width: 800, height: 800 };
  const x = box.x + 20 + (slot % 3) * 120;
  const y = box.y + 40 + (Math.floor(slot / 3) % 5) * 120;
  return { id, kind: 'sticky', type: 'STICKY', name: '', text, bounds: { x, y, width: 100, height: 100 }, parentId, fill: null, author: slot % 2 ? 'Sanne' : null, visible: true };
}

type Edit =
  | { kind: 'text'; which: number; text: number; suffix: number }
  | { kind: 'move'; which: number; to: number; slot: number }
  | { kind: 'add'; to: number; text: number; slot: number; at: number }
  | { kind: 'delete'; which: number }
  | { kind: 'rename'; which: number; name: number };

const TARGETS = [...PHASES.map((_, i) => `phase${i}`), 'ideas', null];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('text' as const), which: fc.nat(), text: fc.nat({ max: TEXTS.length - 1 }), suffix: fc.integer({ min: -1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), which: fc.nat(), to: fc.nat({ max: TARGETS.length - 1 }), slot: fc.nat({ max: 14 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), to: fc.nat({ max: TARGETS.length - 1 }), text: fc.nat({ max: TEXTS.length - 1 }), slot: fc.nat({ max: 14 }), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), which: fc.nat({ max: PHASES.length }), name: fc.nat({ max: RENAMES.length - 1 }) }) },
);

const SUFFIXES = ['', ' -2', ' +1', ' 😀', ' erg vervelend'];

/** The board after `e` (a new snapshot; the old one is left as it was). */
function applyEdit(board: BoardSnapshot, e: Edit, serial: number): BoardSnapshot {
  const nodes = board.nodes.map((n) => ({ ...n }));
  const stickies = nodes.filter((n) => n.kind === 'sticky');
  const pick = (which: number) => stickies[which % Math.max(1, stickies.length)];
  switch (e.kind) {
    case 'text': {
      const target = pick(e.which);
      if (target) target.text = (TEXTS[e.text] ?? '') + (SUFFIXES[e.suffix + 1] ?? '');
      break;
    }
    case 'move': {
      const target = pick(e.which);
      if (target) Object.assign(target, sticky(target.id, target.text, TARGETS[e.to] ?? null, e.slot), { author: target.author });
      break;
    }
    case 'add': {
      const added = sticky(`new${serial}`, TEXTS[e.text] ?? '', TARGETS[e.to] ?? null, e.slot);
      nodes.splice(e.at % (nodes.length + 1), 0, added);
      break;
    }
    case 'delete': {
      const target = pick(e.which);
      if (target) nodes.splice(nodes.indexOf(target), 1);
      break;
    }
    case 'rename': {
      const target = nodes.find((n) => n.id === (e.which < PHASES.length ? `phase${e.which}` : 'journey'));
      if (target) target.name = RENAMES[e.name] ?? '';
      break;
    }
  }
  return { ...board, nodes };
}

describe('incremental analysis (live mode)', () => {
  test('after every edit of a random sequence, the analysis with the memo equals a fresh analysis', () => {
    fc.assert(
      // The board's language is detected, or set (and changed now and then, as in the settings).
      fc.property(fc.array(fc.tuple(edit, fc.constantFrom<'nl' | 'en' | undefined>(undefined, undefined, 'nl', 'en')), { minLength: 1, maxLength: 12 }), (edits) => {
        const memo = new AnalysisMemo();
        let board = startBoard();
        expect(analyseBoard(board, {}, memo)).toEqual(analyseBoard(board, {}));
        edits.forEach(([e, lang], i) => {
          board = applyEdit(board, e, i);
          const options = lang ? { lang } : {};
          expect(analyseBoard(board, options, memo)).toEqual(analyseBoard(board, options));
        });
      }),
      { numRuns: 60 },
    );
  });

  test('the memo keeps the readings of one language: a board that changes language is read afresh', () => {
    const memo = new AnalysisMemo();
    // "Stout" reads +1 in Dutch (naughty, as of a child), +0.8 in English (sturdy).
    const board = applyEdit(startBoard(), { kind: 'text', which: 0, text: TEXTS.indexOf('Stout'), suffix: -1 }, 0);
    const nl = analyseBoard(board, { lang: 'nl' }, memo);
    const en = analyseBoard(board, { lang: 'en' }, memo);
    expect(en).toEqual(analyseBoard(board, { lang: 'en' }));
    expect(analyseBoard(board, { lang: 'nl' }, memo)).toEqual(nl);
  });
});
