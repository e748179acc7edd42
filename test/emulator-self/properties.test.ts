import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createEmulator, snapshotState } from '../emulator';

const coordinate = fc.integer({ min: -5000, max: 5000 });

it('places builder content at the page coordinates it was given, however deep the sections nest', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 4 }), coordinate, coordinate, (sections, x, y) => {
      const emu = createEmulator();
      let parent: SectionNode | undefined;
      for (const [sx, sy] of sections) parent = emu.add.section({ parent, x: sx, y: sy, width: 100, height: 100 });
      const sticky = emu.add.sticky({ parent, x, y, text: 'a' });
      const [seen] = emu.figma.currentPage.findAllWithCriteria({ types: ['STICKY'] });
      expect(seen?.absoluteBoundingBox).toEqual({ x, y, width: 240, height: 240 });
      const [lastX, lastY] = sections[sections.length - 1] ?? [0, 0];
      expect([sticky.x, sticky.y]).toEqual([x - lastX, y - lastY]);
    }),
  );
});

it('restores the exact state after the plugin creates and removes any mix of nodes', () => {
  const kinds = fc.constantFrom('sticky', 'section', 'shape', 'text', 'connector');
  fc.assert(
    fc.property(fc.array(kinds, { maxLength: 8 }), (made) => {
      const emu = createEmulator();
      emu.add.section({ name: 'Phase', x: 10, y: 10 });
      emu.add.sticky({ text: 'user text', x: 50, y: 60 });
      const before = snapshotState(emu);
      const figma = emu.figma;
      const created: SceneNode[] = made.map((kind) => {
        if (kind === 'sticky') return figma.createSticky();
        if (kind === 'section') return figma.createSection();
        if (kind === 'shape') return figma.createShapeWithText();
        if (kind === 'text') return figma.createText();
        return figma.createConnector();
      });
      for (const node of created) node.setPluginData('generatedBy', 'journey-check');
      for (const node of figma.currentPage.findAllWithCriteria({ pluginData: { keys: ['generatedBy'] } })) node.remove();
      expect(snapshotState(emu)).toEqual(before);
      expect(emu.counters.writes.removes).toEqual(emu.counters.writes.creates);
    }),
  );
});
