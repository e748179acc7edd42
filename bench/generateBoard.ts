/**
 * REST board JSON builders: `RestBoardBuilder` writes nodes in the shape of Figma's
 * `GET /v1/files/:key` answer (ids "12:34", absoluteBoundingBox, fills with color.a), and
 * `generateRestBoard` makes a deterministic big board for the benchmarks (10k, 50k stickies):
 * several journeys with nested cells and row lanes, stamps, connectors, long and emoji-laden
 * Dutch and English texts. scripts/make-examples.ts writes the example boards with the builder.
 */
import { realisticTexts } from './realisticTexts';
import { seededRandom } from './seededRandom';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type RestNode = Record<string, unknown> & { id: string; type: string; name: string };

/** FigJam's own sticky colours (approximately, as the REST API reports them). */
export const STICKY_COLOURS = {
  yellow: { r: 1, g: 0.851, b: 0.4 },
  green: { r: 0.702, g: 0.937, b: 0.741 },
  pink: { r: 1, g: 0.78, b: 0.761 },
  blue: { r: 0.761, g: 0.898, b: 1 },
  violet: { r: 0.863, g: 0.8, b: 1 },
  orange: { r: 1, g: 0.769, b: 0.439 },
  grey: { r: 0.902, g: 0.902, b: 0.902 },
} as const;
export type StickyColour = keyof typeof STICKY_COLOURS;

const SECTION_FILL = { r: 0.961, g: 0.961, b: 0.961 };
const WHITE = { r: 1, g: 1, b: 1 };

function solid(colour: { r: number; g: number; b: number }, a = 1): Record<string, unknown> {
  return { blendMode: 'NORMAL', type: 'SOLID', color: { ...colour, a } };
}

/** Writes REST nodes with fresh "page:n" ids; children are plain arrays the caller nests. */
export class RestBoardBuilder {
  private counter = 0;

  constructor(private readonly prefix = 1) {}

  nextId(): string {
    this.counter += 1;
    return `${this.prefix}:${this.counter}`;
  }

  section(name: string, box: Box, children: RestNode[] = []): RestNode {
    return {
      id: this.nextId(),
      name,
      type: 'SECTION',
      visible: true,
      sectionContentsHidden: false,
      fills: [solid(SECTION_FILL)],
      strokes: [],
      absoluteBoundingBox: { ...box },
      absoluteRenderBounds: { ...box },
      children,
    };
  }

  sticky(text: string, x: number, y: number, colour: StickyColour = 'yellow', wide = false): RestNode {
    const box = { x, y, width: wide ? 416 : 240, height: 240 };
    return {
      id: this.nextId(),
      name: text,
      type: 'STICKY',
      visible: true,
      locked: false,
      fills: [solid(STICKY_COLOURS[colour])],
      absoluteBoundingBox: box,
      absoluteRenderBounds: box,
      characters: text,
      authorVisible: true,
      effects: [],
    };
  }

  shape(text: string, box: Box, colour: { r: number; g: number; b: number } = WHITE): RestNode {
    return {
      id: this.nextId(),
      name: text,
      type: 'SHAPE_WITH_TEXT',
      visible: true,
      shapeType: 'ROUNDED_RECTANGLE',
      fills: [solid(colour)],
      strokes: [solid({ r: 0.2, g: 0.2, b: 0.2 })],
      absoluteBoundingBox: { ...box },
      characters: text,
    };
  }

  text(text: string, x: number, y: number, width = 600): RestNode {
    return {
      id: this.nextId(),
      name: text,
      type: 'TEXT',
      visible: true,
      absoluteBoundingBox: { x, y, width, height: 48 },
      characters: text,
      style: { fontFamily: 'Inter', fontWeight: 700, fontSize: 32 },
    };
  }

  /** A stamp whose centre lies on the sticky near its top-right corner (how people vote). */
  stamp(on: RestNode, n: number, name = 'Thumbs up'): RestNode {
    const box = on['absoluteBoundingBox'] as Box;
    const size = 40;
    return {
      id: this.nextId(),
      name,
      type: 'STAMP',
      visible: true,
      absoluteBoundingBox: { x: box.x + box.width - 56 - n * 44, y: box.y + 12, width: size, height: size },
    };
  }

  connector(from: RestNode, to: RestNode, label = ''): RestNode {
    const a = from['absoluteBoundingBox'] as Box;
    const b = to['absoluteBoundingBox'] as Box;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    return {
      id: this.nextId(),
      name: 'Connector line',
      type: 'CONNECTOR',
      visible: true,
      connectorStart: { endpointNodeId: from.id, magnet: 'AUTO' },
      connectorEnd: { endpointNodeId: to.id, magnet: 'AUTO' },
      connectorLineType: 'ELBOWED',
      connectorStartStrokeCap: 'NONE',
      connectorEndStrokeCap: 'LINE_ARROW',
      characters: label,
      strokes: [solid({ r: 0.459, g: 0.459, b: 0.459 })],
      absoluteBoundingBox: { x, y, width: Math.max(a.x, b.x) - x + 1, height: Math.max(a.y, b.y) - y + 1 },
    };
  }
}

/** The whole REST file around the nodes of one page. */
export function restFile(name: string, children: RestNode[], lastModified = '2026-11-20T14:03:12Z'): Record<string, unknown> {
  return {
    name,
    role: 'owner',
    lastModified,
    editorType: 'figjam',
    thumbnailUrl: '',
    version: '4212345678',
    document: {
      id: '0:0',
      name: 'Document',
      type: 'DOCUMENT',
      scrollBehavior: 'SCROLLS',
      children: [
        {
          id: '0:1',
          name: 'Page 1',
          type: 'CANVAS',
          scrollBehavior: 'SCROLLS',
          backgroundColor: { r: 0.898, g: 0.898, b: 0.898, a: 1 },
          prototypeStartNodeID: null,
          flowStartingPoints: [],
          children,
        },
      ],
    },
    components: {},
    componentSets: {},
    schemaVersion: 0,
    styles: {},
  };
}


const PHASES_NL = ['1. Oriëntatie', '2. Vergelijking', '3. Kopen', '4. Gebruik', '5. Nazorg'];
const PHASES_EN = ['Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Support'];
const CELL_CHANNELS = ['Website', 'Telefoon', 'E-mail', 'Winkel'];
const ROW_CHANNELS = ['Social media', 'App', 'Chat', 'Newsletter'];
const TEXTS = [
  'Leest reviews op Google en twijfelt 🤔',
  'Belt de klantenservice, 20 minuten in de wacht 😡 erg vervelend',
  'Bestelling plaatsen via de webshop',
  'Blij met de snelle levering! 😀',
  'Niet tevreden over de retourprocedure, formulier onvindbaar',
  'Factuur per e-mail ontvangen',
  'Compares three providers online, prices are unclear 😕',
  'Love the app, checkout took 30 seconds ❤️',
  'Delivery was late and nobody told me. Really disappointed 👎',
  'Newsletter with tips for the first week',
  'Chatbot begrijpt de vraag niet, wil een mens spreken #chat',
  'Ziet advertentie op Instagram [Social media] 👀',
  'Onboarding video explains everything, feeling confident 👍',
  'Wachttijd aan de balie is lang, kinderen worden onrustig 😩 — volgende keer liever online, maar de website is op de telefoon nauwelijks te gebruiken en het formulier wist alles bij een fout',
  '',
];
const IDEAS = [
  'Terugbelservice in plaats van wachtrij — inspanning: laag, impact: hoog',
  'Retourlabel direct in de app — effort: M',
  'Proactive delay message by SMS — effort: S, impact: high',
  'Prijzen duidelijk op de homepage — inspanning: middel',
];

export interface GenerateOptions {
  stickies: number;
  seed: number;
  /**
   * 'repeated' (default): journey stickies pick from 15 fixed texts. 'realistic': every journey
   * sticky gets its own text (bench/realisticTexts.ts, Dutch on Dutch journeys, English on
   * English ones); the layout, stamps and connectors are the same as with 'repeated'.
   */
  texts?: 'repeated' | 'realistic';
}

/**
 * A big board of `stickies` stickies (at least 8): journeys of five phases alternately laid out with
 * nested cells (phase × channel) and with row-label lanes, plus an improvements section with
 * connectors, stamps on some stickies, and a few loose stickies on the page.
 */
export function generateRestBoard({ stickies, seed, texts = 'repeated' }: GenerateOptions): Record<string, unknown> {
  const rand = seededRandom(seed);
  const distinctText = texts === 'realistic' ? realisticTexts(seed + 1) : null;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const b = new RestBoardBuilder(1);
  const page: RestNode[] = [];
  const perJourney = 1000;
  // Persona, ideas and loose stickies count too: the board holds exactly `stickies` stickies.
  const ideaCount = Math.min(40, Math.max(2, Math.floor(stickies / 250)));
  const looseCount = 5;
  const inJourneys = Math.max(0, stickies - 1 - ideaCount - looseCount);
  const journeys = Math.max(1, Math.ceil(inJourneys / perJourney));
  const pains: RestNode[] = [];
  let left = inJourneys;
  let journeyY = 0;

  page.push(b.section('Persona', { x: -1400, y: 0, width: 1000, height: 600 }, [b.sticky('Eva, 41, wil alles digitaal regelen', -1360, 80, 'violet')]));

  for (let j = 0; j < journeys; j++) {
    const count = Math.min(perJourney, left);
    left -= count;
    const dutch = j % 2 === 0;
    const phases = dutch ? PHASES_NL : PHASES_EN;
    const lanes = dutch ? CELL_CHANNELS : ROW_CHANNELS;
    const perCell = Math.max(1, Math.ceil(count / (phases.length * lanes.length)));
    const columns = Math.ceil(Math.sqrt(perCell));
    const cellW = columns * 260 + 40;
    const cellH = Math.ceil(perCell / columns) * 260 + 80;
    const labelW = dutch ? 0 : 400;
    const top = journeyY;
    const children: RestNode[] = [];
    let placed = 0;
    phases.forEach((phaseName, p) => {
      const phaseX = labelW + 40 + p * (cellW + 80);
      const phaseChildren: RestNode[] = [];
      lanes.forEach((lane, l) => {
        const cellY = top + 120 + l * (cellH + 40);
        const notes: RestNode[] = [];
        for (let i = 0; i < perCell && placed < count; i++, placed++) {
          const x = phaseX + 20 + (i % columns) * 260;
          const y = cellY + 60 + Math.floor(i / columns) * 260;
          // pick() runs either way, so both text modes draw the same layout from `rand`.
          const repeated = pick(TEXTS);
          const text = distinctText ? distinctText(dutch ? 'nl' : 'en') : repeated;
          const note = b.sticky(text, x, y, rand() < 0.2 ? 'pink' : 'yellow');
          notes.push(note);
          if (rand() < 0.1) pains.push(note);
          if (rand() < 0.15) page.push(b.stamp(note, 0, rand() < 0.5 ? 'Thumbs up' : 'Star'));
        }
        if (dutch) phaseChildren.push(b.section(lane, { x: phaseX + 10, y: cellY, width: cellW - 20, height: cellH }, notes));
        else phaseChildren.push(...notes);
      });
      const height = lanes.length * (cellH + 40) + 120;
      children.push(b.section(phaseName, { x: phaseX, y: top + 40, width: cellW, height }, phaseChildren));
    });
    if (!dutch) lanes.forEach((lane, l) => children.push(b.shape(lane, { x: 40, y: top + 120 + l * (cellH + 40), width: 300, height: cellH })));
    const width = labelW + 80 + phases.length * (cellW + 80);
    const height = lanes.length * (cellH + 40) + 240;
    page.push(b.section(dutch ? `Klantreis ${j + 1}` : `Journey ${j + 1}`, { x: 0, y: top, width, height }, children));
    journeyY += height + 400;
  }

  const ideas: RestNode[] = [];
  for (let i = 0; i < ideaCount; i++) ideas.push(b.sticky(pick(IDEAS), -1360 + (i % 3) * 260, 800 + Math.floor(i / 3) * 260, 'green'));
  page.push(b.section('Verbeterpunten', { x: -1400, y: 700, width: 840, height: Math.ceil(ideaCount / 3) * 260 + 120 }, ideas));
  ideas.forEach((idea, i) => {
    const pain = pains[(i * 7) % Math.max(1, pains.length)];
    if (pain) page.push(b.connector(idea, pain));
  });
  for (let i = 0; i < looseCount; i++) page.push(b.sticky(`Parkeerplaats idee ${i + 1}`, -2000, i * 260, 'grey'));
  return restFile(`Benchmark board ${stickies} (seed ${seed})`, page);
}
