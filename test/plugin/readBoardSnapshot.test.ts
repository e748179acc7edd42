import { describe, expect, it } from 'vitest';
import { readBoardSnapshot } from '../../src/figjam/readBoardSnapshot';
import { analyseBoard } from '../../src/analyse';
import { generateRestBoard } from '../../bench/generateBoard';
import { createEmulator, loadRestBoard, type Emulator } from '../emulator';
import { bakeryBoard } from './boards';
import { corruptRecord } from './helpers';

function englishBoard(): Emulator {
  const emu = createEmulator();
  const journey = emu.add.section({ name: 'Customer journey', x: 0, y: 0, width: 1500, height: 900 });
  ['Awareness', 'Purchase', 'Support'].forEach((name, i) => {
    const phase = emu.add.section({ parent: journey, name, x: 40 + i * 480, y: 80, width: 440, height: 780 });
    emu.add.sticky({ parent: phase, x: 100 + i * 480, y: 140, text: 'The customer is happy with the fast delivery of the order' });
  });
  emu.add.stamp({ name: 'Thumbs up', x: 300, y: 140 });
  return emu;
}

describe('readBoardSnapshot', () => {
  it('treats a node with unreadable Journey Check data as ours for analysis, but not as a tagged (removable) node', () => {
    const { emu, phases } = bakeryBoard();
    const phase = phases[0];
    if (!phase) throw new Error('phase');
    const old = emu.add.sticky({ parent: phase, x: 60, y: 600, text: 'Welke fase vergeten we? (marker van een oude versie)' });
    corruptRecord(emu, old.id, 'journeyCheck', '{"v":0,"kind":"marker"}');
    const read = readBoardSnapshot(emu.figma.currentPage, 'Bakkerij');
    expect(read.corruptTags).toBe(1);
    expect(read.tagged.map((t) => t.node.id)).not.toContain(old.id);
    expect(read.snapshot.nodes.find((n) => n.id === old.id)?.generated).toBe(true);
    const report = analyseBoard(read.snapshot);
    expect(report.stickies.find((s) => s.nodeId === old.id)?.role).toBe('ignored');
    expect(report.journeys.flatMap((j) => j.phases.flatMap((p) => p.touchpoints.map((t) => t.nodeId)))).not.toContain(old.id);
  });

  it('a texts-only read (for a command’s language) gives the engine the same language as the full read', () => {
    const rest = createEmulator();
    loadRestBoard(rest, generateRestBoard({ stickies: 200, seed: 7 }));
    // A sticky with our tag (old or foreign data) is ignored, however English its words.
    const tagged = bakeryBoard();
    const words = 'the customer is happy with the order and the fast delivery, and they would buy it again with their friends';
    const english = tagged.emu.add.sticky({ parent: tagged.phases[0], x: 60, y: 600, text: `${words} ${words} ${words}` });
    corruptRecord(tagged.emu, english.id, 'journeyCheck', '{"v":0}');
    const boards = [bakeryBoard().emu, englishBoard(), rest, tagged.emu];
    const langs = boards.map((emu) => {
      emu.resetCounters();
      const fullRead = readBoardSnapshot(emu.figma.currentPage, 'Board');
      const full = analyseBoard(fullRead.snapshot).lang;
      // Ids the full read takes from anything but stickies (stamps are not read for the language).
      const otherIds = (emu.counters.reads.byProperty['id'] ?? 0) - fullRead.stickies.size - fullRead.snapshot.nodes.filter((n) => n.kind === 'stamp').length;
      emu.resetCounters();
      const light = readBoardSnapshot(emu.figma.currentPage, 'Board', 'language');
      // No bounds, authors or stamps: they do not tell the language.
      expect(emu.counters.reads.byProperty['authorName'] ?? 0).toBe(0);
      expect(emu.counters.reads.byProperty['stuckTo'] ?? 0).toBe(0);
      // Sticky ids only where a sticky carries our tag (it must be known to be ignored).
      const stickies = light.snapshot.nodes.filter((n) => n.kind === 'sticky').length;
      const lightIds = emu.counters.reads.byProperty['id'] ?? 0;
      expect(lightIds).toBe(emu === tagged.emu ? otherIds + stickies : otherIds);
      expect(analyseBoard(light.snapshot).lang).toBe(full);
      return full;
    });
    expect(langs).toEqual(['nl', 'en', 'nl', 'nl']);
  });

  it('reads no sticky fills (the engine does not use them) and keeps each sticky’s id with its node object', () => {
    const { emu } = bakeryBoard();
    emu.resetCounters();
    const read = readBoardSnapshot(emu.figma.currentPage, 'Bakkerij');
    // Only sections' fills are read (one each).
    expect(emu.counters.reads.byProperty['fills']).toBe(read.snapshot.nodes.filter((n) => n.kind === 'section').length);
    expect(read.snapshot.nodes.filter((n) => n.kind === 'sticky').every((n) => n.fill === null)).toBe(true);
    for (const [id, node] of read.stickies) expect(read.stickyIds.get(node)).toBe(id);
  });
});
