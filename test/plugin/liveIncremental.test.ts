/**
 * Live mode re-reads only what a change names (src/figjam/liveBoardReader.ts) and keeps each text's
 * reading (src/live/analysisMemo.ts). Run through the built plugin: after random batches of edits
 * by the facilitator and other participants — a text changed, a sticky moved to another cell,
 * added, deleted, a section renamed — the panel's live report equals the report a freshly opened
 * panel gives on the same board; and a one-sticky edit reads that sticky, not the board.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotState, type Emulator } from '../emulator';
import type { RunResult } from '../sandbox';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { fromPanel, openPanel, quiet, reportsSent } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

const TEXTS = [
  'Vriendelijke bezorger, blij', 'Retour duurt lang, boos', 'Website laadt traag, geïrriteerd', 'Kan niet online bestellen -2',
  'Great service, loved it!', 'Leuk hoor, weer een storing', '#email bevestiging ontvangen', '', 'Extra kassa op zaterdag, inspanning: laag',
];
const NAMES = ['Betalen', 'Awareness', 'Emotie', 'Pijnpunten', 'Kansen', 'Legenda', 'Gebruik'];

type Edit =
  | { kind: 'text'; which: number; text: number }
  | { kind: 'move'; which: number; to: number; dy: number }
  | { kind: 'add'; to: number; text: number; dy: number }
  | { kind: 'delete'; which: number }
  | { kind: 'rename'; to: number; name: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('text' as const), which: fc.nat(), text: fc.nat({ max: TEXTS.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), which: fc.nat(), to: fc.nat({ max: 5 }), dy: fc.nat({ max: 600 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), to: fc.nat({ max: 5 }), text: fc.nat({ max: TEXTS.length - 1 }), dy: fc.nat({ max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), to: fc.nat({ max: 4 }), name: fc.nat({ max: NAMES.length - 1 }) }) },
);

/** Makes one edit as a person would on the canvas (the facilitator or another participant). */
function apply(emu: Emulator, sections: SectionNode[], e: Edit, runner: boolean): void {
  const page = emu.node(sections[0]?.parent?.id ?? '') as PageNode | null;
  const stickies = (page?.findAllWithCriteria({ types: ['STICKY'] }) ?? []) as StickyNode[];
  const pick = (which: number) => stickies[which % Math.max(1, stickies.length)];
  const act = () => {
    switch (e.kind) {
      case 'text': {
        const sticky = pick(e.which);
        if (sticky) sticky.text.characters = TEXTS[e.text] ?? '';
        return;
      }
      case 'move': {
        const sticky = pick(e.which);
        const to = sections[e.to];
        if (!sticky || !to) return;
        to.appendChild(sticky);
        sticky.x = to.x + 40;
        sticky.y = to.y + 60 + e.dy;
        return;
      }
      case 'add': {
        const to = sections[e.to];
        if (to) emu.add.sticky({ parent: to, x: to.x + 60, y: to.y + 60 + e.dy, text: TEXTS[e.text] ?? '' });
        return;
      }
      case 'delete': {
        const sticky = pick(e.which);
        if (sticky) emu.deleteNodeAsOtherUser(sticky.id);
        return;
      }
      case 'rename': {
        const to = sections[e.to];
        if (to) to.name = NAMES[e.name] ?? '';
        return;
      }
    }
  };
  if (runner) emu.asRunner(act);
  else emu.asOtherUser(act);
}

/** The report of a panel opened afresh on the board (a new session: nothing kept from before). */
async function freshReport(emu: Emulator): Promise<unknown> {
  const panel = await openPanel(emu);
  await quiet(emu, panel);
  const report = reportsSent(emu).at(-1)?.report;
  panel.dispose();
  return report;
}

/**
 * Waits for the live refresh after an edit batch: the debounce runs on real timers, slower on a
 * loaded machine. A batch that changes nothing (a text set to the one it has, a section renamed to
 * its name) sends none; `changed` says whether one was expected.
 */
async function refreshed(emu: Emulator, panel: RunResult, before: number, changed: boolean): Promise<void> {
  for (let waited = 0; waited < (changed ? 10 : 2) && reportsSent(emu).length === before; waited++) await quiet(emu, panel);
  if (changed) {
    expect(reportsSent(emu).length).toBeGreaterThan(before);
    expect(reportsSent(emu).at(-1)?.live).toBe(true);
  }
}

async function livePanel(emu: Emulator): Promise<RunResult> {
  const panel = await openPanel(emu);
  await fromPanel(emu, panel, { type: 'set-live', live: true });
  return panel;
}

describe('incremental live refresh in the built plugin', () => {
  it('after random edit batches, the live report equals the report of a freshly opened panel', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 3 }), async (batches) => {
        const { emu, journey, phases, stickies } = bakeryBoard();
        // Votes on two stickies: a stamp moves and goes with its sticky, which only a full read follows.
        for (const voted of [stickies[0], stickies[4]]) if (voted) emu.add.stamp({ name: 'Thumbs up', stuckTo: voted, x: voted.x + 150, y: voted.y + 150 });
        // The phases and the journey itself: a sticky can land in any cell or on the journey's frame.
        const sections = [...phases, journey];
        const panel = await livePanel(emu);
        for (const [edits, runner] of batches) {
          const before = reportsSent(emu).length;
          const state = JSON.stringify(snapshotState(emu).nodes);
          for (const e of edits) apply(emu, sections, e, runner);
          await refreshed(emu, panel, before, JSON.stringify(snapshotState(emu).nodes) !== state);
        }
        // Nothing still on its way (a loaded machine can deliver a batch's events in two ticks).
        await quiet(emu, panel);
        const live = reportsSent(emu).at(-1)?.report;
        expect(panel.uncaught).toEqual([]);
        panel.dispose();
        expect(live).toEqual(await freshReport(emu));
      }),
      { numRuns: 8 },
    );
  }, 240_000);

  it('a live refresh after one text edit reads that sticky, not the whole board again', async () => {
    const { emu, stickies } = bakeryBoard();
    const panel = await livePanel(emu);
    emu.resetCounters();
    await fromPanel(emu, panel, { type: 'analyse' });
    const fullReads = emu.counters.reads.byProperty['characters'] ?? 0;
    emu.resetCounters();
    emu.asOtherUser(() => {
      (stickies[2] as StickyNode).text.characters = 'Vergelijkt prijzen, erg blij 😀';
    });
    await quiet(emu, panel);
    expect(reportsSent(emu).at(-1)?.live).toBe(true);
    expect(fullReads).toBeGreaterThan(8);
    expect(emu.counters.reads.byProperty['characters'] ?? 0).toBe(1);
    panel.dispose();
  });
});
