import { expect, it } from 'vitest';
import { createEmulator, loadRestBoard, snapshotState } from '../emulator';

const REST = {
  name: 'Tiny journey',
  editorType: 'figjam',
  document: {
    id: '0:0',
    type: 'DOCUMENT',
    pluginData: { 'some-plugin': { settings: '{"lang":"nl"}' } },
    children: [
      {
        id: '0:1',
        type: 'CANVAS',
        name: 'Board',
        children: [
          {
            id: '2:1',
            type: 'SECTION',
            name: 'Oriëntatie / E-mail',
            absoluteBoundingBox: { x: 100, y: 200, width: 900, height: 600 },
            fills: [{ type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 1 }, blendMode: 'NORMAL' }],
            children: [
              {
                id: '5:12',
                type: 'STICKY',
                characters: 'Nieuwsbrief te lang',
                fills: [{ type: 'SOLID', color: { r: 1, g: 0.886, b: 0.6, a: 0.5 }, blendMode: 'NORMAL' }],
                absoluteBoundingBox: { x: 140, y: 280, width: 240, height: 240 },
              },
              { id: '5:13', type: 'WIDGET', name: 'Poll', absoluteBoundingBox: { x: 0, y: 0, width: 1, height: 1 } },
            ],
          },
          {
            id: '6:1',
            type: 'CONNECTOR',
            connectorStart: { endpointNodeId: '5:12', magnet: 'AUTO' },
            connectorEnd: { endpointNodeId: '7:1', magnet: 'AUTO' },
            connectorLineType: 'ELBOWED',
            characters: '',
          },
          {
            id: '7:1',
            type: 'TEXT',
            characters: 'Bold title',
            style: { fontFamily: 'Inter', fontPostScriptName: 'Inter-Regular', fontWeight: 400, fontSize: 32 },
            characterStyleOverrides: [1, 1, 1, 1],
            styleOverrideTable: { '1': { fontWeight: 700, fontPostScriptName: 'Inter-Bold' } },
            absoluteBoundingBox: { x: 2000, y: 0, width: 300, height: 40 },
          },
        ],
      },
    ],
  },
};

it('builds the page from REST JSON: ids, nesting, relative coordinates, alpha as opacity, fonts, connectors', async () => {
  const emu = createEmulator();
  const result = loadRestBoard(emu, REST);
  expect(result.created).toEqual({ SECTION: 1, STICKY: 1, TEXT: 1, CONNECTOR: 1 });
  expect(result.skipped).toEqual([{ id: '5:13', type: 'WIDGET' }]);
  const figma = emu.figma;
  const sticky = await figma.getNodeByIdAsync('5:12');
  if (sticky?.type !== 'STICKY') throw new Error('sticky not loaded');
  expect(sticky.parent?.name).toBe('Oriëntatie / E-mail');
  expect([sticky.x, sticky.y]).toEqual([40, 80]);
  expect(sticky.text.characters).toBe('Nieuwsbrief te lang');
  expect(JSON.parse(JSON.stringify(sticky.fills))).toEqual([{ type: 'SOLID', color: { r: 1, g: 0.886, b: 0.6 }, opacity: 0.5 }]);
  const title = await figma.getNodeByIdAsync('7:1');
  if (title?.type !== 'TEXT') throw new Error('text not loaded');
  expect(title.getRangeFontName(0, 4)).toEqual({ family: 'Inter', style: 'Bold' });
  expect(title.fontName).toBe(figma.mixed);
  const connector = await figma.getNodeByIdAsync('6:1');
  if (connector?.type !== 'CONNECTOR') throw new Error('connector not loaded');
  expect(connector.connectorEnd).toEqual({ endpointNodeId: '7:1', magnet: 'AUTO' });
  expect(figma.root.getPluginData('settings')).toBe('{"lang":"nl"}');
});

it('loads the same board to the same state twice', () => {
  const a = createEmulator();
  const b = createEmulator();
  loadRestBoard(a, REST);
  loadRestBoard(b, REST);
  expect(snapshotState(a)).toEqual(snapshotState(b));
});

it('rejects a file that is not REST JSON with one clear line', () => {
  expect(() => loadRestBoard(createEmulator(), { nodes: [] })).toThrow('expected a REST file JSON');
});
