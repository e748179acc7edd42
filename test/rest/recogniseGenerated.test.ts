/**
 * Recognition of Journey Check's output by form (src/rest/recogniseGenerated.ts) on hand-made REST
 * files: what the plugin writes is recognised in both languages, and a team's own content that
 * looks a bit like it (same name, same fill, same wording, same colours) is still read.
 */
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { readRestBoard } from '../../src/rest/readRestFile';
import { createEmulator, reopenSession, snapshotState } from '../emulator';
import { emulatorToRest } from '../helpers/emulatorToRest';
import { runBuiltPlugin } from '../sandbox';

type Json = Record<string, unknown>;

const box = (x: number, y: number, width = 240, height = 240) => ({ x, y, width, height });
function paint(hex: string): Json {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return { blendMode: 'NORMAL', type: 'SOLID', color: { r, g, b, a: 1 } };
}
let next = 1;
const id = () => `9:${next++}`;

function section(name: string, fill: string, children: Json[], at = box(5000, 0, 560, 600)): Json {
  return { id: id(), type: 'SECTION', name, fills: [paint(fill)], strokes: [], absoluteBoundingBox: at, children };
}
function sticky(text: string, fill = '#FFE299', at = box(5030, 60)): Json {
  return { id: id(), type: 'STICKY', name: text, characters: text, fills: [paint(fill)], absoluteBoundingBox: at };
}
function shape(shapeType: string, text: string, fill: string, stroke: string | null, at = box(5024, 80, 512, 90)): Json {
  return { id: id(), type: 'SHAPE_WITH_TEXT', name: shapeType, shapeType, characters: text, fills: [paint(fill)], strokes: stroke ? [paint(stroke)] : [], absoluteBoundingBox: at };
}
function text(characters: string, fill: string, at = box(5024, 400, 200, 48)): Json {
  return { id: id(), type: 'TEXT', name: characters, characters, fills: [paint(fill)], absoluteBoundingBox: at, style: { fontFamily: 'Inter', fontWeight: 500, fontSize: 16 } };
}
function connector(from: Json, to: Json, stroke: string): Json {
  return {
    id: id(), type: 'CONNECTOR', name: 'Connector line', connectorLineType: 'STRAIGHT', connectorStartStrokeCap: 'NONE', connectorEndStrokeCap: 'NONE',
    connectorStart: { endpointNodeId: from['id'], magnet: 'AUTO' }, connectorEnd: { endpointNodeId: to['id'], magnet: 'AUTO' }, strokes: [paint(stroke)], absoluteBoundingBox: box(0, 0, 10, 10),
  };
}
function file(children: Json[]): Json {
  return { name: 'Board', editorType: 'figjam', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', name: 'Page 1', children }] } };
}
/** Ids the reader marks as Journey Check's. */
function generatedIds(children: Json[]): string[] {
  return readRestBoard(file(children)).nodes.filter((n) => n.generated).map((n) => n.id);
}
const idOf = (node: Json) => node['id'] as string;

const row = (t: string, fill = '#FFFFFF') => shape('ROUNDED_RECTANGLE', t, fill, null);
const ROW_EN = '#1 · score 12 · ★ quick win\nOffer a callback slot\n2 pains in Purchase, 3 votes';
const ROW_NL = '#2 · score 4.5 · zoekt een idee\nWachttijd aan de telefoon\n1 pijnpunt in Kopen';

describe('recognised as ours', () => {
  it('an improvements section with its rows, in English and Dutch', () => {
    const en = section('Prioritised improvements · Car dealer journey', '#F5FBFF', [row(ROW_EN, '#AFF4C6'), row('+ 3 more, ranked lower: see the Journey Check panel or the report')]);
    const nl = section('Geprioriteerde verbeteringen · Autodealer', '#F5FBFF', [row(ROW_NL, '#FFE8A3')]);
    const children = (s: Json) => (s['children'] as Json[]).map(idOf);
    expect(generatedIds([en, nl]).sort()).toEqual([idOf(en), ...children(en), idOf(nl), ...children(nl)].sort());
  });

  it('a curve section with baseline, points, labels and the lines between its points', () => {
    const a = shape('ELLIPSE', '+1.5', '#AFF4C6', '#757575', box(5100, 100, 56, 56));
    const b = shape('ELLIPSE', '−0.7', '#FFC7C2', '#757575', box(5300, 200, 56, 56));
    const hollow = shape('ELLIPSE', '?', '#FFFFFF', '#B3B3B3', box(5500, 150, 56, 56));
    const curve = section('Emotiecurve · Autodealer', '#F9F9F9', [
      shape('SQUARE', '', '#B3B3B3', null, box(5120, 200, 400, 4)),
      text('😀 +2', '#757575'),
      text('Oriëntatie', '#1E1E1E'),
      text('Kopen\n(geen gevoel genoemd)', '#757575'),
      a, b, hollow,
      connector(a, b, '#757575'),
    ]);
    expect(generatedIds([curve])).toHaveLength(1 + 8);
  });

  it('markers by shape, severity colours and wording, wherever they lie', () => {
    const warning = shape('SPEECH_BUBBLE', 'How does the customer feel in Awareness?', '#FCD19C', '#FFA629', box(0, 0, 240, 90));
    const error = shape('SPEECH_BUBBLE', 'Waar is de journey? Zet twee of meer fasesecties samen in één sectie.', '#FFC7C2', '#F24822', box(0, -200, 240, 90));
    const grouped = shape('SPEECH_BUBBLE', '5 pijnpunten hier hebben nog geen verbetering: welke ideeën nemen ze weg?', '#BDE3FF', '#0D99FF', box(40, 40, 240, 90));
    const phase = section('Awareness', '#FFFFFF', [sticky('Sees an ad'), warning, grouped], box(0, 0, 900, 600));
    expect(generatedIds([phase, error]).sort()).toEqual([idOf(warning), idOf(grouped), idOf(error)].sort());
  });
});

describe('left to the team', () => {
  it('a section named like ours, in our fill, holding the team’s stickies', () => {
    const stickies = [sticky('Offer a test drive at home'), sticky('Call back within an hour', '#FFE299', box(5300, 60))];
    const theirs = section('Prioritised improvements · Car dealer journey', '#F5FBFF', stickies);
    expect(generatedIds([theirs])).toEqual([]);
    const journey = section('Car dealer journey', '#FFFFFF', [section('Orientation', '#F9F9F9', [sticky('Searches for a dealer', '#FFE299', box(40, 60))], box(0, 0, 600, 600)), section('Purchase', '#F9F9F9', [sticky('Signs the contract', '#FFE299', box(700, 60))], box(660, 0, 600, 600))], box(-40, -40, 1400, 700));
    const report = analyseBoard(readRestBoard(file([journey, theirs])));
    const roles = new Map(report.stickies.map((s) => [s.nodeId, s.role]));
    for (const s of stickies) expect(roles.get(idOf(s))).not.toBe('ignored');
  });

  it('our section with a sticky the team dropped in: the section and the sticky are theirs, our rows stay ours', () => {
    const ours = row(ROW_EN);
    const dropped = sticky('Idea: free winter check');
    const mixed = section('Prioritised improvements · Car dealer journey', '#F5FBFF', [ours, dropped]);
    expect(generatedIds([mixed])).toEqual([idOf(ours)]);
  });

  it('a curve-named section in the curve’s gray holding only the team’s text', () => {
    expect(generatedIds([section('Emotion curve · Car dealer journey', '#F9F9F9', [text('Our notes on the mood', '#1E1E1E')])])).toEqual([]);
  });

  it('the right name and contents but another fill', () => {
    expect(generatedIds([section('Prioritised improvements · Car dealer journey', '#FFFFFF', [row(ROW_EN)])]).length).toBe(1); // the row only
  });

  it('speech bubbles: our wording in the team’s colours, or our colours with the team’s words', () => {
    const theirColours = shape('SPEECH_BUBBLE', 'Which customer is this journey about?', '#FFFFFF', '#1E1E1E');
    const theirWords = shape('SPEECH_BUBBLE', 'Ask Anna about the showroom', '#FFC7C2', '#F24822');
    const mixedSeverity = shape('SPEECH_BUBBLE', 'Which customer is this journey about?', '#FFC7C2', '#0D99FF');
    const rectangle = shape('ROUNDED_RECTANGLE', 'Which customer is this journey about?', '#FFC7C2', '#F24822');
    expect(generatedIds([theirColours, theirWords, mixedSeverity, rectangle])).toEqual([]);
  });

  it('a sticky, even in our colours with our words (the plugin never makes stickies; a recoloured one is the team’s)', () => {
    expect(generatedIds([sticky('Which improvement takes this pain away?', '#FFB8A8'), sticky('#1 · score 3\nIdea', '#B3EFBD')])).toEqual([]);
  });

  it('a row-like shape with a stroke of its own or half-transparent fill', () => {
    const stroked = shape('ROUNDED_RECTANGLE', ROW_EN, '#FFFFFF', '#1E1E1E');
    const faded = { ...row(ROW_EN), fills: [{ ...paint('#FFFFFF'), opacity: 0.5 }] };
    expect(generatedIds([stroked, faded])).toEqual([]);
  });

  it('can be switched off: recogniseByForm false reads by tags only', () => {
    const s = section('Prioritised improvements · Car dealer journey', '#F5FBFF', [row(ROW_EN)]);
    expect(readRestBoard(file([s]), { recogniseByForm: false }).nodes.some((n) => n.generated)).toBe(false);
  });
});

describe('tags', () => {
  it('private data of any plugin id and shared data under journeycheck, old and new forms; other namespaces do not count', () => {
    const tag = '{"v":1,"kind":"shape","key":"marker:x","hash":"h","journey":null,"source":null}';
    const nodes = [
      sticky('a', '#FFE299', box(0, 0)),
      sticky('b', '#FFE299', box(300, 0)),
      sticky('c', '#FFE299', box(600, 0)),
      sticky('d', '#FFE299', box(900, 0)),
    ];
    (nodes[0] as Json)['pluginData'] = { '1454213645230912345': { journeyCheck: tag } };
    (nodes[1] as Json)['sharedPluginData'] = { journeycheck: { journeyCheck: '1' } };
    (nodes[2] as Json)['sharedPluginData'] = { journeycheck: { journeyCheck: tag } };
    (nodes[3] as Json)['sharedPluginData'] = { otherplugin: { journeyCheck: tag } };
    expect(readRestBoard(file(nodes), { recogniseByForm: false }).nodes.map((n) => n.generated === true)).toEqual([true, true, true, false]);
  });
});

describe('after a real check', () => {
  it('a sticky the team drops into the generated improvements section is read from a plain download', async () => {
    const emu = createEmulator();
    const journey = emu.add.section({ name: 'Car dealer journey', x: 0, y: 0, width: 1400, height: 700 });
    const orientation = emu.add.section({ parent: journey, name: 'Orientation', x: 40, y: 40, width: 600, height: 600 });
    const purchase = emu.add.section({ parent: journey, name: 'Purchase', x: 700, y: 40, width: 600, height: 600 });
    emu.add.sticky({ parent: orientation, x: 80, y: 100, text: 'Compares dealers online, annoyed by hidden fees' });
    emu.add.sticky({ parent: purchase, x: 740, y: 100, text: 'Waits two hours for the paperwork: frustrated' });
    const ideas = emu.add.section({ name: 'Improvements', x: 0, y: 900, width: 600, height: 400, fill: '#F5FBFF' });
    emu.add.sticky({ parent: ideas, x: 40, y: 960, text: 'Show all fees upfront' });
    reopenSession(emu);
    const result = await runBuiltPlugin({ emulator: emu, command: 'check' });
    result.dispose();
    expect(result.uncaught).toEqual([]);

    const state = snapshotState(emu);
    const generated = state.nodes.find((n) => n.type === 'SECTION' && n.name.startsWith('Prioritised improvements'));
    expect(generated).toBeDefined();
    const box = generated?.props['absoluteBoundingBox'] as { x: number; y: number };
    const ourSection = emu.node(generated?.id ?? '') as SectionNode;
    const dropped = emu.add.sticky({ parent: ourSection, x: box.x + 40, y: box.y + 300, text: 'Idea: a fixed-price paperwork hour' });

    const report = analyseBoard(readRestBoard(emulatorToRest(emu)));
    expect(report.stickies.find((s) => s.nodeId === dropped.id)?.role).not.toBe('ignored');
    expect(report.journeys.map((j) => j.phases.map((p) => p.name))).toEqual([['Orientation', 'Purchase']]);
  });
});
