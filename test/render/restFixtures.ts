/** Small hand-made REST files (reference sheet §8 shapes) for the renderer's tests. */
type Json = Record<string, unknown>;

export interface At {
  x: number;
  y: number;
  width: number;
  height: number;
}

function paint(hex: string, a = 1): Json {
  const v = parseInt(hex.slice(1), 16);
  return { blendMode: 'NORMAL', type: 'SOLID', color: { r: ((v >> 16) & 255) / 255, g: ((v >> 8) & 255) / 255, b: (v & 255) / 255, a } };
}

const TAG = { journeycheck: { journeyCheck: '{"v":1,"kind":"marker","key":"k","hash":"h","journey":null,"source":null}' } };

export const rest = {
  file(children: Json[], background = { r: 0.96, g: 0.96, b: 0.96, a: 1 }): Json {
    return { name: 'Test board', editorType: 'figjam', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', name: 'Page 1', backgroundColor: background, children }] } };
  },
  section(id: string, name: string, at: At, fill: string, children: Json[] = [], extra: Json = {}): Json {
    return { id, name, type: 'SECTION', visible: true, absoluteBoundingBox: at, fills: [paint(fill)], strokes: [], children, ...extra };
  },
  sticky(id: string, text: string, at: At, fill: string, extra: Json = {}): Json {
    return { id, name: text, type: 'STICKY', visible: true, absoluteBoundingBox: at, characters: text, fills: [paint(fill)], ...extra };
  },
  shape(id: string, shapeType: string, text: string, at: At, fill: string, stroke?: string, extra: Json = {}): Json {
    return { id, name: shapeType, type: 'SHAPE_WITH_TEXT', visible: true, shapeType, characters: text, absoluteBoundingBox: at, fills: [paint(fill)], strokes: stroke ? [paint(stroke)] : [], ...extra };
  },
  text(id: string, text: string, at: At, style: Json, colour = '#1E1E1E'): Json {
    return { id, name: text, type: 'TEXT', visible: true, characters: text, absoluteBoundingBox: at, style, fills: [paint(colour)] };
  },
  stamp(id: string, name: string, x: number, y: number): Json {
    return { id, name, type: 'STAMP', visible: true, absoluteBoundingBox: { x, y, width: 40, height: 40 } };
  },
  connector(id: string, start: Json, end: Json, lineType: string, stroke: string, extra: Json = {}): Json {
    return {
      id,
      name: 'Connector line',
      type: 'CONNECTOR',
      visible: true,
      connectorStart: start,
      connectorEnd: end,
      connectorLineType: lineType,
      connectorStartStrokeCap: 'NONE',
      connectorEndStrokeCap: 'LINE_ARROW',
      strokes: [paint(stroke)],
      absoluteBoundingBox: { x: 0, y: 0, width: 1, height: 1 },
      characters: '',
      ...extra,
    };
  },
  /** Journey Check's tag in the shared namespace, as a `plugin_data=shared` download carries it. */
  tagged(node: Json): Json {
    return { ...node, sharedPluginData: TAG };
  },
};
