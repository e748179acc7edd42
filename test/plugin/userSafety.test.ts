/**
 * Nothing a team wrote or coloured is ever lost or changed, in the situations a workshop produces:
 * someone drops a sticky into a section Journey Check generated, someone recolours a sticky by hand
 * after a check, and every run is a new plugin session with no font loaded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotState, type Emulator } from '../emulator';
import { assertBuiltCodeIsFresh } from './builtCode';
import { bakeryBoard } from './boards';
import { fillOf, generated, lastMessage, NAMESPACE, run, stateOf } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

const TEAM_BLUE = '#A8D9FF';

/** The generated section of a role ('improvements' or 'curve'), as the team sees it on the board. */
function generatedSection(emu: Emulator, role: 'improvements' | 'curve'): SectionNode {
  const found = generated(emu).find((g) => g.node.type === 'SECTION' && g.tag.key.startsWith(`${role}:`));
  if (!found) throw new Error(`no generated ${role} section`);
  return emu.node(found.node.id) as SectionNode;
}

/** A team member drops a sticky into `section` (page coordinates inside its box). */
function dropStickyInto(emu: Emulator, section: SectionNode, text: string): StickyNode {
  const box = section.absoluteBoundingBox;
  if (!box) throw new Error('section without a box');
  return emu.add.sticky({ parent: section, x: box.x + 20, y: box.y + 20, text });
}

/** Board settings with some write-back turned off, as the settings tab stores them. */
function turnOff(emu: Emulator, part: 'improvements' | 'curve'): void {
  const writeBack = { markers: true, colours: true, curve: part !== 'curve', improvements: part !== 'improvements' };
  const settings = { lang: null, extraStageNames: {}, extraChannelNames: {}, writeBack };
  emu.node('0:0')?.setSharedPluginData(NAMESPACE, 'journeyCheck.settings', JSON.stringify({ v: 1, settings }));
}

function expectKept(emu: Emulator, sticky: StickyNode, text: string, at: { x: number; y: number }): void {
  const state = stateOf(emu, sticky.id);
  expect(state, 'the sticky still exists').toBeDefined();
  expect(state?.props['text']).toMatchObject({ characters: text });
  const box = (emu.node(sticky.id) as StickyNode).absoluteBoundingBox;
  expect({ x: box?.x, y: box?.y }).toEqual(at); // where the team put it
}

describe("a team's sticky inside a generated section", () => {
  for (const role of ['improvements', 'curve'] as const) {
    it(`survives a rerun that removes the ${role} section`, async () => {
      const { emu } = bakeryBoard();
      await run(emu, 'check');
      const section = generatedSection(emu, role);
      const text = `Idee van Fatima: ${role}`;
      const sticky = dropStickyInto(emu, section, text);
      const at = { x: sticky.absoluteBoundingBox?.x, y: sticky.absoluteBoundingBox?.y };
      turnOff(emu, role); // the rerun no longer wants that section
      await run(emu, 'check');
      expect(emu.node(section.id)).toBeNull();
      expectKept(emu, sticky, text, at as { x: number; y: number });
    });

    it(`survives a clear of the ${role} section`, async () => {
      const { emu } = bakeryBoard();
      await run(emu, 'check');
      const section = generatedSection(emu, role);
      const text = `Vergeten contactmoment: ${role}`;
      const sticky = dropStickyInto(emu, section, text);
      const at = { x: sticky.absoluteBoundingBox?.x, y: sticky.absoluteBoundingBox?.y };
      await run(emu, 'clear');
      expect(emu.node(section.id)).toBeNull();
      expectKept(emu, sticky, text, at as { x: number; y: number });
      expect(generated(emu)).toEqual([]);
    });
  }

  it('survives a rerun that keeps the section (updated in place, contents untouched)', async () => {
    const { emu, phases } = bakeryBoard();
    await run(emu, 'check');
    const section = generatedSection(emu, 'improvements');
    const sticky = dropStickyInto(emu, section, 'Gratis koffie bij de kassa');
    const at = { x: sticky.absoluteBoundingBox?.x ?? 0, y: sticky.absoluteBoundingBox?.y ?? 0 };
    emu.add.sticky({ parent: phases[4] as SectionNode, x: 1980, y: 140, text: 'Retour kost veel moeite, boos' }); // a change: the section is rewritten
    await run(emu, 'check');
    expectKept(emu, sticky, 'Gratis koffie bij de kassa', at);
  });
});

describe('a sticky recoloured by hand after a check', () => {
  for (const command of ['restore', 'clear'] as const) {
    it(`keeps the team's colour through ${command} right after the check`, async () => {
      const { emu, stickies } = bakeryBoard();
      await run(emu, 'check');
      const angry = emu.node(stickies[4]?.id ?? '') as StickyNode;
      angry.fills = [{ type: 'SOLID', color: { r: 0xa8 / 255, g: 0xd9 / 255, b: 1 } }];
      const otherBefore = fillOf(emu, stickies[0]?.id ?? '');
      await run(emu, command);
      expect(fillOf(emu, angry.id).hex).toBe(TEAM_BLUE);
      // The stickies we did colour go back to their own paint.
      expect(otherBefore.hex).not.toBe('#FFE299');
      expect(fillOf(emu, stickies[0]?.id ?? '').hex).toBe('#FFE299');
      expect(stateOf(emu, angry.id)?.sharedPluginData).toEqual({});
    });
  }
});

describe('every run is a new session with no font loaded', () => {
  it('the second and third run load their font again and write their labels', async () => {
    const { emu, phases } = bakeryBoard();
    for (let runNo = 1; runNo <= 3; runNo++) {
      // Each run has something new to write: a fresh pain gives a new marker label.
      emu.add.sticky({ parent: phases[runNo] as SectionNode, x: 140 + runNo * 470, y: 700, text: `Kassa ${runNo} dicht, erg boos` });
      emu.resetCounters();
      const result = await run(emu, 'check');
      expect(lastMessage(result)).not.toMatch(/overgeslagen|lettertype/);
      expect(emu.counters.fontLoads.byFont['Inter Medium']).toBeGreaterThanOrEqual(1);
      expect(emu.counters.writes.sets['characters']).toBeGreaterThan(0);
    }
    // Every pain the team wrote has its marker.
    const labels = snapshotState(emu).nodes.map((n) => JSON.stringify(n.props['text'] ?? ''));
    for (let runNo = 1; runNo <= 3; runNo++) expect(labels.some((l) => l.includes(`Kassa ${runNo} dicht`))).toBe(true);
  });
});
