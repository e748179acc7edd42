import { describe, expect, it } from 'vitest';
import { ContainerIndex, indexContainers } from '../../src/figjam/containerIndex';
import { createEmulator } from '../emulator';

/** What "effectively locked" means: the node or any container up to the page is locked (groups too). */
function lockedUpTheTree(node: SceneNode): boolean {
  for (let n: BaseNode | null = node; n && n.type !== 'PAGE' && n.type !== 'DOCUMENT'; n = n.parent) {
    if ('locked' in n && n.locked) return true;
  }
  return false;
}

function board() {
  const emu = createEmulator();
  const outer = emu.add.section({ name: 'Klantreis', x: 0, y: 0, width: 3000, height: 2000 });
  const inner = emu.add.section({ parent: outer, name: 'Kopen', x: 40, y: 80, width: 1000, height: 800 });
  const open = emu.add.section({ name: 'Nazorg', x: 0, y: 2400, width: 1000, height: 800 });
  const inInner = emu.add.sticky({ parent: inner, x: 100, y: 140, text: 'In een fase' });
  const inOpen = emu.add.sticky({ parent: open, x: 100, y: 2500, text: 'In een open sectie' });
  const grouped = emu.add.sticky({ parent: open, x: 400, y: 2500, text: 'In een groep' });
  const group = emu.add.group({ nodes: [grouped], name: 'Groep' });
  const onPage = emu.add.sticky({ x: 2000, y: 2500, text: 'Los op het bord' });
  const lockedItself = emu.add.sticky({ parent: open, x: 100, y: 2800, text: 'Zelf vergrendeld' });
  // A section a user grouped on the page, with a sticky in it.
  const groupedSection = emu.add.section({ name: 'Persona', x: 4000, y: 0, width: 800, height: 600 });
  const inGroupedSection = emu.add.sticky({ parent: groupedSection, x: 4100, y: 100, text: 'Marieke, 38' });
  const sectionGroup = emu.add.group({ nodes: [groupedSection], name: 'Persona-groep' });
  return {
    emu, outer, inner, open, group, sectionGroup, lockedItself,
    nodes: [outer, inner, open, inInner, inOpen, grouped, group, onPage, lockedItself, groupedSection, inGroupedSection, sectionGroup],
  };
}

describe('ContainerIndex', () => {
  it('agrees with a walk up the tree, from section children and by walking (a node object it has not seen)', () => {
    const locks: ((b: ReturnType<typeof board>) => string[])[] = [
      () => [],
      (b) => [b.outer.id],
      (b) => [b.inner.id],
      (b) => [b.group.id],
      (b) => [b.lockedItself.id, b.open.id],
      (b) => [b.sectionGroup.id],
    ];
    for (const lock of locks) {
      const b = board();
      for (const id of lock(b)) b.emu.lockNode(id);
      const page = b.emu.figma.currentPage;
      const indexed = indexContainers(page);
      // No section registered: every answer comes from the walk-up path.
      const walked = new ContainerIndex(page);
      for (const node of b.nodes) {
        const expected = lockedUpTheTree(node);
        expect(indexed.isEffectivelyLocked(node), `${node.name} with ${lock(b).join(',')} locked`).toBe(expected);
        expect(walked.isEffectivelyLocked(node), `${node.name} (walked)`).toBe(expected);
      }
    }
  });

  it('names the section a node lies in, groups skipped', () => {
    const b = board();
    const index = indexContainers(b.emu.figma.currentPage);
    const [outer, inner, open, inInner, inOpen, grouped, group, onPage] = b.nodes;
    if (!outer || !inner || !open || !inInner || !inOpen || !grouped || !group || !onPage) throw new Error('board');
    expect([outer, inner, inInner, inOpen, grouped, group, onPage].map((n) => index.containerOf(n))).toEqual([null, outer.id, inner.id, open.id, open.id, open.id, null]);
  });
});
