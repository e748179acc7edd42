/**
 * Random workshop boards with hostile shapes, driven by one seed plus fast-check's text pools:
 * journeys of phases (duplicate, hostile, zero-size and overlapping sections; cells nested up to
 * ten deep), stickies straddling two phases, rotated and hidden nodes, groups, loose stickies,
 * stamps on nothing, connectors to deleted nodes. `toRest` writes it as a Figma REST file;
 * `buildInEmulator` builds the same board in the FigJam emulator (as another user would).
 */
import fc from 'fast-check';
import type { ConnectorEndSpec, Emulator } from '../emulator';
import { hostileText } from './hostileText';
import { randomSource } from '../helpers/randomSource';

export interface BoardSpec {
  seed: number;
  texts: string[];
  names: string[];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type SpecNode =
  | { kind: 'section'; name: string; box: Box; visible: boolean; children: SpecNode[] }
  | { kind: 'group'; box: Box; children: SpecNode[] }
  | { kind: 'sticky'; text: string; x: number; y: number; visible: boolean; rotation: number; fill: number }
  | { kind: 'shape' | 'text'; text: string; box: Box }
  | { kind: 'stamp'; name: string; x: number; y: number }
  | { kind: 'connector'; start: number; end: number };

const PHASES = ['Oriëntatie', 'Vergelijking', 'Kopen', 'Gebruik', 'Nazorg', 'Awareness', 'Purchase', 'Support', 'Kopen', 'Emotie', 'Telefoon', 'Website'];
const SPECIAL = ['Persona', 'Verbeterpunten', 'Ideas', 'Legenda', 'Parkeerplaats'];
const STAMPS = ['Thumbs up', 'Thumbs down', 'Star', 'Heart', '+1'];
export const FILLS = ['#FFD966', '#B3EFBD', '#FFC7C2', '#C2E5FF', '#DCCCFF', '#E6E6E6'];

export const boardSpec: fc.Arbitrary<BoardSpec> = fc.record({
  seed: fc.nat(),
  texts: fc.array(hostileText, { minLength: 1, maxLength: 24 }),
  names: fc.array(fc.oneof(fc.constantFrom(...PHASES), hostileText), { minLength: 1, maxLength: 8 }),
});

/** The board as a tree of plain specs; `maxStickies` bounds its size (the plugin fuzz keeps it small). */
export function layoutBoard(spec: BoardSpec, maxStickies = 60): SpecNode[] {
  const pick = randomSource(spec.seed);
  const text = (): string => spec.texts[pick(spec.texts.length)] ?? '';
  const name = (): string => (pick(3) === 0 ? (spec.names[pick(spec.names.length)] ?? '') : (PHASES[pick(PHASES.length)] ?? ''));
  let stickies = 0;
  const sticky = (x: number, y: number): SpecNode => {
    stickies += 1;
    return { kind: 'sticky', text: text(), x, y, visible: pick(12) !== 0, rotation: pick(8) === 0 ? pick(360) - 180 : 0, fill: pick(FILLS.length) };
  };
  const room = (): boolean => stickies < maxStickies;
  const page: SpecNode[] = [];

  const journeys = pick(4);
  for (let j = 0; j < journeys; j++) {
    const top = j * 2400;
    const children: SpecNode[] = [];
    const phases = pick(6);
    const phaseW = pick(10) === 0 ? 0 : 520;
    for (let p = 0; p < phases; p++) {
      // Every fifth board has overlapping phases; a zero-size phase now and then.
      const x = 200 + p * (pick(5) === 0 ? 300 : 560);
      const box = pick(12) === 0 ? { x, y: top + 80, width: 0, height: 0 } : { x, y: top + 80, width: phaseW, height: 1800 };
      const inner: SpecNode[] = [];
      for (let k = pick(5); k > 0 && room(); k--) inner.push(sticky(x + 20 + pick(300), top + 140 + pick(1500)));
      if (pick(4) === 0 && room()) {
        // A chain of cells, 1 to 10 deep, with a sticky at the bottom.
        const depth = 1 + pick(10);
        let deepest: SpecNode[] = [sticky(x + 40 + depth, top + 200 + depth)];
        for (let d = depth; d > 0; d--) {
          deepest = [{ kind: 'section', name: name(), box: { x: x + d, y: top + 100 + d, width: Math.max(0, 500 - 2 * d), height: 600 }, visible: pick(15) !== 0, children: deepest }];
        }
        inner.push(...deepest);
      }
      children.push({ kind: 'section', name: name(), box, visible: pick(20) !== 0, children: inner });
    }
    // Stickies on the journey itself, some straddling two phases.
    for (let k = pick(4); k > 0 && room(); k--) children.push(sticky(200 + (1 + pick(Math.max(1, phases))) * 560 - 120, top + 300 + pick(1000)));
    if (pick(3) === 0) children.push({ kind: 'text', text: text(), box: { x: 10, y: top + 400, width: 150, height: 40 } });
    page.push({ kind: 'section', name: pick(2) === 0 ? `Klantreis ${name()}` : name(), box: { x: 0, y: top, width: 200 + phases * 560 + 200, height: 2000 }, visible: true, children });
  }

  for (let s = pick(3); s > 0; s--) {
    const x = 4000 + s * 800;
    const notes: SpecNode[] = [];
    for (let k = pick(4); k > 0 && room(); k--) notes.push(sticky(x + 20 + pick(300), 20 + pick(300)));
    page.push({ kind: 'section', name: SPECIAL[pick(SPECIAL.length)] ?? '', box: { x, y: 0, width: 700, height: 700 }, visible: true, children: notes });
  }
  if (pick(3) === 0 && room()) {
    page.push({ kind: 'group', box: { x: 9000, y: 0, width: 600, height: 600 }, children: [sticky(9000, 0), { kind: 'shape', text: text(), box: { x: 9300, y: 300, width: 200, height: 200 } }] });
  }
  for (let k = pick(4); k > 0 && room(); k--) page.push(sticky(11000 + pick(800), pick(800)));
  // Stamps: on nothing (far away) or near a sticky's corner (the engine decides by position).
  for (let k = pick(4); k > 0; k--) page.push({ kind: 'stamp', name: STAMPS[pick(STAMPS.length)] ?? '', x: pick(2) === 0 ? -5000 - pick(500) : 230 + pick(3000), y: pick(6000) });
  // Connectors by index into the stickies in document order; an index past the end is a deleted node.
  for (let k = pick(5); k > 0; k--) page.push({ kind: 'connector', start: pick(stickies + 3) - 1, end: pick(stickies + 3) - 1 });
  return page;
}

function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

/** The board as a Figma REST file (GET /v1/files/:key). */
export function toRest(nodes: SpecNode[], fileName = 'Fuzz board'): Record<string, unknown> {
  let counter = 0;
  const nextId = (): string => `1:${++counter}`;
  const stickyIds: string[] = [];
  const connectors: { node: Record<string, unknown>; start: number; end: number }[] = [];
  const solid = (hex: string) => [{ blendMode: 'NORMAL', type: 'SOLID', color: { ...hexToRgb(hex), a: 1 } }];
  const convert = (node: SpecNode): Record<string, unknown> => {
    const id = nextId();
    switch (node.kind) {
      case 'section':
        return { id, type: 'SECTION', name: node.name, visible: node.visible, fills: solid('#F5F5F5'), absoluteBoundingBox: node.box, children: node.children.map(convert) };
      case 'group':
        return { id, type: 'GROUP', name: 'Group', visible: true, absoluteBoundingBox: node.box, children: node.children.map(convert) };
      case 'sticky':
        stickyIds.push(id);
        return {
          id,
          type: 'STICKY',
          name: node.text,
          visible: node.visible,
          rotation: node.rotation,
          fills: solid(FILLS[node.fill] ?? '#FFD966'),
          absoluteBoundingBox: { x: node.x, y: node.y, width: 240, height: 240 },
          characters: node.text,
        };
      case 'shape':
        return { id, type: 'SHAPE_WITH_TEXT', name: node.text, visible: true, fills: solid('#FFFFFF'), absoluteBoundingBox: node.box, characters: node.text };
      case 'text':
        return { id, type: 'TEXT', name: node.text, visible: true, fills: solid('#000000'), absoluteBoundingBox: node.box, characters: node.text };
      case 'stamp':
        return { id, type: 'STAMP', name: node.name, visible: true, absoluteBoundingBox: { x: node.x, y: node.y, width: 40, height: 40 } };
      case 'connector': {
        const out: Record<string, unknown> = { id, type: 'CONNECTOR', name: 'Connector', visible: true, strokes: solid('#757575') };
        connectors.push({ node: out, start: node.start, end: node.end });
        return out;
      }
    }
  };
  const children = nodes.map(convert);
  const endpoint = (index: number) => (index < 0 ? { position: { x: 0, y: 0 } } : { endpointNodeId: stickyIds[index] ?? `9:${900 + index}`, magnet: 'AUTO' });
  for (const c of connectors) {
    c.node['connectorStart'] = endpoint(c.start);
    c.node['connectorEnd'] = endpoint(c.end);
  }
  return {
    name: fileName,
    lastModified: '2026-11-25T12:00:00Z',
    editorType: 'figjam',
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Page 1', type: 'CANVAS', children }] },
  };
}

/** The same board built in the emulator (rotation is REST-only); returns the stickies in document order. */
export function buildInEmulator(emu: Emulator, nodes: SpecNode[]): StickyNode[] {
  const stickies: StickyNode[] = [];
  const connectors: { start: number; end: number }[] = [];
  const build = (node: SpecNode, parent: SectionNode | undefined): SceneNode[] => {
    const within = parent ? { parent } : {};
    switch (node.kind) {
      case 'section': {
        const section = emu.add.section({ ...within, name: node.name, ...node.box, visible: node.visible });
        for (const child of node.children) build(child, section);
        return [section];
      }
      case 'group': {
        const members = node.children.flatMap((child) => build(child, parent));
        if (members.length > 0) emu.add.group({ nodes: members });
        return members;
      }
      case 'sticky': {
        const sticky = emu.add.sticky({ ...within, text: node.text, x: node.x, y: node.y, visible: node.visible, fill: FILLS[node.fill] ?? '#FFD966', authorName: `Deelnemer ${stickies.length % 5}` });
        stickies.push(sticky);
        return [sticky];
      }
      case 'shape':
        return [emu.add.shape({ ...within, text: node.text, ...node.box })];
      case 'text':
        return [emu.add.text({ ...within, text: node.text, x: node.box.x, y: node.box.y })];
      case 'stamp': {
        // Half of the stamps near a sticky are stuck to it; the others lie on nothing.
        const host = node.x > 0 && node.y % 2 === 0 ? stickies[node.y % Math.max(1, stickies.length)] : undefined;
        return [emu.add.stamp({ name: node.name, x: node.x, y: node.y, ...(host ? { stuckTo: host } : {}) })];
      }
      case 'connector':
        connectors.push({ start: node.start, end: node.end });
        return [];
    }
  };
  for (const node of nodes) build(node, undefined);
  const ghosts: string[] = [];
  const endOf = (index: number): ConnectorEndSpec => {
    const sticky = stickies[index];
    if (sticky) return { node: sticky };
    if (index < 0) return { x: 50, y: 50 };
    // Past the end: a sticky someone deleted after connecting it.
    const ghost = emu.add.sticky({ text: 'weg', x: -3000, y: -3000 });
    ghosts.push(ghost.id);
    return { node: ghost };
  };
  for (const c of connectors) emu.add.connector({ start: endOf(c.start), end: endOf(c.end) });
  for (const id of ghosts) emu.deleteNodeAsOtherUser(id);
  return stickies;
}
