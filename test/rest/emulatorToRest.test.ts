/** The test helper that "downloads" an emulated board: REST shapes and the plugin_data options. */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../emulator';
import { emulatorToRest } from '../helpers/emulatorToRest';

type Json = Record<string, unknown>;

function board(): { emu: Emulator; ids: Record<string, string> } {
  const emu = createEmulator();
  const phase = emu.add.section({ name: 'Purchase', x: 100, y: 50, width: 900, height: 600, fill: '#F9F9F9' });
  const sticky = emu.add.sticky({ parent: phase, x: 140, y: 90, text: 'Pays online', fill: '#FFB8A8', pluginData: { journeyCheck: '{"v":1}' }, sharedPluginData: { journeycheck: { journeyCheck: '1' } } });
  const stamp = emu.add.stamp({ parent: phase, x: 300, y: 90, name: 'Thumbs up' });
  const shape = emu.add.shape({ parent: phase, x: 500, y: 90, shapeType: 'SPEECH_BUBBLE', text: 'Why?', fill: '#FFC7C2' });
  const line = emu.add.connector({ start: { node: sticky }, end: { node: shape } });
  return { emu, ids: { phase: phase.id, sticky: sticky.id, stamp: stamp.id, shape: shape.id, line: line.id } };
}

function nodes(file: Json): Json[] {
  const out: Json[] = [];
  const visit = (node: Json) => {
    out.push(node);
    for (const child of (node['children'] as Json[] | undefined) ?? []) visit(child);
  };
  visit(file['document'] as Json);
  return out;
}

describe('emulatorToRest', () => {
  it('writes the GET /v1/files shape: CANVAS pages, page-space boxes, paints with color.a, characters, shapeType, connector ends, bare stamps', () => {
    const { emu, ids } = board();
    const file = emulatorToRest(emu);
    expect(file).toMatchObject({ editorType: 'figjam', document: { type: 'DOCUMENT', children: [{ type: 'CANVAS' }] } });
    const byId = new Map(nodes(file).map((n) => [n['id'], n]));
    const sticky = byId.get(ids['sticky']);
    expect(sticky).toMatchObject({ type: 'STICKY', characters: 'Pays online', absoluteBoundingBox: { x: 140, y: 90 } });
    expect((sticky?.['fills'] as Json[])[0]).toEqual({ blendMode: 'NORMAL', type: 'SOLID', color: { r: 255 / 255, g: 184 / 255, b: 168 / 255, a: 1 } });
    expect(byId.get(ids['shape'])).toMatchObject({ type: 'SHAPE_WITH_TEXT', shapeType: 'SPEECH_BUBBLE', characters: 'Why?' });
    expect(byId.get(ids['stamp'])).toEqual({ id: ids['stamp'], name: 'Thumbs up', type: 'STAMP', visible: true, absoluteBoundingBox: expect.any(Object) });
    const line = byId.get(ids['line']);
    expect(line?.['connectorStart']).toEqual({ endpointNodeId: ids['sticky'], magnet: 'AUTO' });
    expect(line?.['connectorEnd']).toMatchObject({ endpointNodeId: ids['shape'] });
    expect(['NONE', 'LINE_ARROW', 'TRIANGLE_ARROW', 'DIAMOND_FILLED', 'CIRCLE_FILLED', 'TRIANGLE_FILLED']).toContain(line?.['connectorEndStrokeCap']);
    expect((byId.get(ids['phase'])?.['children'] as Json[]).map((c) => c['id'])).toEqual(expect.arrayContaining([ids['sticky'], ids['stamp'], ids['shape']]));
  });

  it('plugin_data: none carries no data, shared only shared data, a plugin id only its private data', () => {
    const { emu, ids } = board();
    const sticky = (option: Parameters<typeof emulatorToRest>[1]) => nodes(emulatorToRest(emu, option)).find((n) => n['id'] === ids['sticky']) ?? {};
    const none = sticky({ pluginData: 'none' });
    expect('pluginData' in none || 'sharedPluginData' in none).toBe(false);
    const shared = sticky({ pluginData: 'shared' });
    expect(shared['sharedPluginData']).toEqual({ journeycheck: { journeyCheck: '1' } });
    expect('pluginData' in shared).toBe(false);
    const own = sticky({ pluginData: { pluginId: '42' } });
    expect(own['pluginData']).toEqual({ 42: { journeyCheck: '{"v":1}' } });
    expect('sharedPluginData' in own).toBe(false);
    expect(sticky({ pluginData: { pluginId: '42', shared: true } })).toMatchObject({ pluginData: { 42: {} }, sharedPluginData: { journeycheck: {} } });
    // Nodes without data carry no empty tables.
    expect(nodes(emulatorToRest(emu, { pluginData: 'shared' })).filter((n) => 'sharedPluginData' in n).map((n) => n['id'])).toEqual([ids['sticky']]);
  });
});
