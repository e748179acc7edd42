import { describe, expect, it } from 'vitest';
import { readBoardSnapshot } from '../../src/figjam/readBoardSnapshot';
import { analyseBoard } from '../../src/analyse';
import { bakeryBoard } from './boards';

describe('readBoardSnapshot', () => {
  it('treats a node with unreadable Journey Check data as ours for analysis, but not as a tagged (removable) node', () => {
    const { emu, phases } = bakeryBoard();
    const phase = phases[0];
    if (!phase) throw new Error('phase');
    const old = emu.add.sticky({ parent: phase, x: 60, y: 600, text: 'Welke fase vergeten we? (marker van een oude versie)' });
    emu.corruptPluginData(old.id, 'journeyCheck', '{"v":0,"kind":"marker"}');
    const read = readBoardSnapshot(emu.figma.currentPage, 'Bakkerij');
    expect(read.corruptTags).toBe(1);
    expect(read.tagged.map((t) => t.node.id)).not.toContain(old.id);
    expect(read.snapshot.nodes.find((n) => n.id === old.id)?.generated).toBe(true);
    const report = analyseBoard(read.snapshot);
    expect(report.stickies.find((s) => s.nodeId === old.id)?.role).toBe('ignored');
    expect(report.journeys.flatMap((j) => j.phases.flatMap((p) => p.touchpoints.map((t) => t.nodeId)))).not.toContain(old.id);
  });
});
