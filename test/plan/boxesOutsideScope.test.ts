/**
 * A run scoped to one journey plans around what an earlier run wrote for the other journeys:
 * boxesOutsideScope (src/figjam/applyWritePlan.ts) reads those boxes from the emulated document
 * after a whole-board write, and the scoped plan built with them covers none of them.
 */
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { applyWritePlanAsync, boxesOutsideScope } from '../../src/figjam/applyWritePlan';
import { readBoardSnapshot } from '../../src/figjam/readBoardSnapshot';
import { WriteLog } from '../../src/figjam/writeLog';
import { buildWritePlan } from '../../src/plan/buildWritePlan';
import { DEFAULT_WRITE_BACK } from '../../src/settings';
import type { Rect } from '../../src/snapshot';
import { createEmulator } from '../emulator';

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('boxesOutsideScope', () => {
  it('gives the outermost nodes an earlier run wrote for other journeys, and the scoped plan avoids them', async () => {
    const emu = createEmulator();
    const make = (name: string, y: number, texts: string[]) => {
      const journey = emu.add.section({ name, x: 0, y, width: 1500, height: 700 });
      const phases = ['Awareness', 'Purchase', 'Use'].map((p, i) => emu.add.section({ parent: journey, name: p, x: 40 + i * 480, y: y + 80, width: 440, height: 580 }));
      texts.forEach((t, i) => emu.add.sticky({ parent: phases[i % 3]!, x: 100 + (i % 3) * 480, y: y + 140, text: t }));
      return journey;
    };
    // Two journeys 300 apart, and a sticky right under the lower one: both curves go below it, A's first.
    const a = make('Journey students', 0, ['Sees an ad, happy', 'Checkout fails, angry', 'Works fine, satisfied']);
    const b = make('Journey seniors', 1000, ['Hears from a friend, pleased', 'Phone queue is terrible, annoyed', 'Cannot read the manual, frustrated']);
    const inTheWay = emu.add.sticky({ x: 200, y: 1830, text: 'Parking lot' });
    const previous = (globalThis as { figma?: unknown }).figma;
    (globalThis as { figma?: unknown }).figma = emu.figma;
    try {
      const read = readBoardSnapshot(emu.figma.currentPage, 'Board');
      const report = analyseBoard(read.snapshot);
      await applyWritePlanAsync(buildWritePlan(report, read.snapshot, DEFAULT_WRITE_BACK, report.lang), read, new WriteLog());

      // The sticky goes; B is checked on its own: its curve now fits right under it, where A's lies.
      emu.deleteNodeAsOtherUser(inTheWay.id);
      const again = readBoardSnapshot(emu.figma.currentPage, 'Board');
      expect(boxesOutsideScope(again, null)).toEqual([]);
      const kept = boxesOutsideScope(again, [b.id]);
      const ofA = again.tagged.filter((t) => t.tag.journey === a.id && t.node.parent?.type !== 'SECTION');
      expect(kept.length).toBeGreaterThanOrEqual(ofA.length);
      expect(kept.length).toBeGreaterThan(0);
      // Only outermost nodes: no kept box lies inside another.
      for (const [i, box] of kept.entries()) for (const [j, other] of kept.entries()) if (i !== j) expect(overlaps(box, other)).toBe(false);

      const scoped = analyseBoard(again.snapshot, { journeyIds: [b.id] });
      const blind = buildWritePlan(scoped, again.snapshot, DEFAULT_WRITE_BACK, scoped.lang, [b.id]);
      expect(blind.items.some((item) => item.kind !== 'connector' && kept.some((box) => overlaps(item.box, box)))).toBe(true);
      const plan = buildWritePlan(scoped, again.snapshot, DEFAULT_WRITE_BACK, scoped.lang, [b.id], kept);
      for (const item of plan.items) {
        if (item.kind === 'connector') continue;
        for (const box of kept) expect(overlaps(item.box, box), `${item.key} over a node of journey A`).toBe(false);
      }
    } finally {
      (globalThis as { figma?: unknown }).figma = previous;
    }
  });
});
