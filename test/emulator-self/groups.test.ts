import { expect, it } from 'vitest';
import { createEmulator, loadRestBoard } from '../emulator';

it('groups keep page positions and are no coordinate container; an empty group disappears', () => {
  const emu = createEmulator();
  const section = emu.add.section({ x: 1000, y: 0, width: 900, height: 600 });
  const a = emu.add.sticky({ parent: section, x: 1040, y: 40, text: 'a' });
  const b = emu.add.sticky({ parent: section, x: 1400, y: 300, text: 'b' });
  const group = emu.add.group({ nodes: [a, b], name: 'Cluster' });
  expect(group.parent?.id).toBe(section.id);
  expect([group.x, group.y, group.width, group.height]).toEqual([40, 40, 600, 500]);
  const figma = emu.figma;
  const [first] = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] });
  expect(first?.parent?.type).toBe('GROUP');
  expect(first?.parent?.parent?.id).toBe(section.id);
  expect([first?.x, first?.y]).toEqual([40, 40]);
  const pluginGroup = figma.currentPage.findOne((n) => n.type === 'GROUP');
  if (pluginGroup?.type !== 'GROUP') throw new Error('no group');
  pluginGroup.x = 140;
  expect(first?.absoluteBoundingBox?.x).toBe(1140);
  for (const child of pluginGroup.children) child.remove();
  expect(pluginGroup.removed).toBe(true);
});

it('lets the plugin group nodes with figma.group', () => {
  const emu = createEmulator();
  const figma = emu.figma;
  const shape = figma.createShapeWithText();
  const sticky = figma.createSticky();
  sticky.x = 300;
  const group = figma.group([shape, sticky], figma.currentPage);
  expect([group.type, group.children.length, group.width, sticky.absoluteBoundingBox?.x]).toEqual(['GROUP', 2, 540, 300]);
  expect(emu.counters.writes.creates).toEqual({ SHAPE_WITH_TEXT: 1, STICKY: 1, GROUP: 1 });
  expect(() => figma.group([], figma.currentPage)).toThrow('at least one');
});

it('loads REST groups with their ids', async () => {
  const emu = createEmulator();
  loadRestBoard(emu, {
    document: {
      type: 'DOCUMENT',
      children: [
        {
          type: 'CANVAS',
          children: [
            {
              id: '9:1',
              type: 'GROUP',
              name: 'Persona',
              absoluteBoundingBox: { x: 10, y: 10, width: 500, height: 240 },
              children: [
                { id: '9:2', type: 'STICKY', characters: 'Anna, 34', absoluteBoundingBox: { x: 10, y: 10, width: 240, height: 240 } },
                { id: '9:3', type: 'STICKY', characters: 'Druk gezin', absoluteBoundingBox: { x: 270, y: 10, width: 240, height: 240 } },
              ],
            },
          ],
        },
      ],
    },
  });
  const group = await emu.figma.getNodeByIdAsync('9:1');
  expect(group?.type).toBe('GROUP');
  const sticky = await emu.figma.getNodeByIdAsync('9:3');
  if (sticky?.type !== 'STICKY') throw new Error('sticky not loaded');
  expect([sticky.parent?.id, sticky.absoluteBoundingBox?.x]).toEqual(['9:1', 270]);
});
