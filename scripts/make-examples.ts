/**
 * The example boards in examples/, written from compact descriptions. Run
 * `node scripts/make-examples.mjs` after a change; test/cli/examples.test.ts checks the
 * committed files equal what this writes.
 */
import { RestBoardBuilder, restFile, type RestNode, type StickyColour } from '../bench/generateBoard';

/** A sticky in a description: text, or text with votes, colour and a reference for connectors. */
type Note = string | { text: string; votes?: number; colour?: StickyColour; ref?: string };

interface Idea {
  text: string;
  votes?: number;
  /** refs of the notes this idea is drawn to with a connector */
  links?: string[];
}

const STICKY = 260;
const PAD = 40;

function noteParts(note: Note): { text: string; votes: number; colour: StickyColour | undefined; ref: string | undefined } {
  return typeof note === 'string'
    ? { text: note, votes: 0, colour: undefined, ref: undefined }
    : { text: note.text, votes: note.votes ?? 0, colour: note.colour, ref: note.ref };
}

class Board {
  readonly b = new RestBoardBuilder(1);
  readonly page: RestNode[] = [];
  readonly stamps: RestNode[] = [];
  readonly refs = new Map<string, RestNode>();

  /** Places notes left to right from (x, y), `perRow` to a row; stamps go to the page. */
  notes(notes: Note[], x: number, y: number, perRow = 3, fallback: StickyColour = 'yellow'): RestNode[] {
    return notes.map((note, i) => {
      const { text, votes, colour, ref } = noteParts(note);
      const node = this.b.sticky(text, x + (i % perRow) * STICKY, y + Math.floor(i / perRow) * STICKY, colour ?? fallback);
      for (let v = 0; v < votes; v++) this.stamps.push(this.b.stamp(node, v, v % 3 === 2 ? 'Star' : 'Thumbs up'));
      if (ref) this.refs.set(ref, node);
      return node;
    });
  }

  /** A section of notes, sized to hold them. */
  noteSection(name: string, notes: Note[], x: number, y: number, perRow = 3, colour: StickyColour = 'yellow'): RestNode {
    const rows = Math.max(1, Math.ceil(notes.length / perRow));
    const children = this.notes(notes, x + PAD, y + 80, perRow, colour);
    return this.b.section(name, { x, y, width: perRow * STICKY + 2 * PAD - 20, height: rows * STICKY + 120 }, children);
  }

  ideas(name: string, ideas: Idea[], x: number, y: number): void {
    const notes: Note[] = ideas.map((idea) => ({ text: idea.text, votes: idea.votes ?? 0, colour: 'green' }));
    const section = this.noteSection(name, notes, x, y, 2, 'green');
    this.page.push(section);
    const children = section['children'] as RestNode[];
    ideas.forEach((idea, i) => {
      for (const ref of idea.links ?? []) {
        const target = this.refs.get(ref);
        const from = children[i];
        if (!target || !from) throw new Error(`unknown ref ${ref}`);
        this.page.push(this.b.connector(from, target));
      }
    });
  }

  file(name: string): Record<string, unknown> {
    return restFile(name, [...this.page, ...this.stamps]);
  }
}

interface CellPhase {
  name: string;
  /** channel or lane name → notes; an empty list still draws the cell */
  cells: Record<string, Note[]>;
}

/** A journey section whose phase sections hold one nested section per channel or lane (cells). */
function cellJourney(board: Board, name: string, rows: string[], phases: CellPhase[], x: number, y: number, extra: RestNode[] = []): RestNode {
  const perRow = 2;
  const rowHeight = rows.map((row) => Math.max(1, ...phases.map((p) => Math.ceil((p.cells[row]?.length ?? 0) / perRow))) * STICKY + 120);
  const cellWidth = perRow * STICKY + 2 * PAD;
  const phaseWidth = cellWidth + 40;
  const phaseNodes = phases.map((phase, p) => {
    const px = x + PAD + p * (phaseWidth + PAD);
    let cy = y + 160;
    const cells: RestNode[] = [];
    rows.forEach((row, r) => {
      const notes = phase.cells[row];
      if (notes !== undefined) {
        const children = board.notes(notes, px + 20 + PAD, cy + 80, perRow, row.toLowerCase().startsWith('emoti') ? 'blue' : 'yellow');
        cells.push(board.b.section(row, { x: px + 20, y: cy, width: cellWidth, height: rowHeight[r] ?? 0 }, children));
      }
      cy += (rowHeight[r] ?? 0) + 20;
    });
    return board.b.section(phase.name, { x: px, y: y + 80, width: phaseWidth, height: cy - y - 60 }, cells);
  });
  const height = rowHeight.reduce((a, h) => a + h + 20, 0) + 260;
  const width = phases.length * (phaseWidth + PAD) + PAD;
  return board.b.section(name, { x, y, width, height }, [...phaseNodes, ...extra]);
}

interface LanePhase {
  name: string;
  /** row label → notes in that band */
  rows: Record<string, Note[]>;
}

/**
 * Phases as tall sections with the stickies placed in horizontal bands; the bands are named by
 * row labels (shapes) left of the first phase. Returns the phase sections and the labels.
 */
function laneLayout(board: Board, rows: string[], phases: LanePhase[], x: number, y: number, labels: 'shapes' | 'sections' = 'shapes'): RestNode[] {
  const perRow = 2;
  const bandHeight = rows.map((row) => Math.max(1, ...phases.map((p) => Math.ceil((p.rows[row]?.length ?? 0) / perRow))) * STICKY + 60);
  const bandTop: number[] = [];
  let top = y + 120;
  for (const h of bandHeight) {
    bandTop.push(top);
    top += h + 20;
  }
  const labelNodes = rows.map((row, r) => {
    const box = { x, y: bandTop[r] ?? 0, width: 280, height: bandHeight[r] ?? 0 };
    return labels === 'shapes' ? board.b.shape(row, box, { r: 0.851, g: 0.918, b: 0.98 }) : board.b.section(row, box);
  });
  const phaseWidth = perRow * STICKY + 2 * PAD;
  const phaseNodes = phases.map((phase, p) => {
    const px = x + 320 + p * (phaseWidth + PAD);
    const children = rows.flatMap((row, r) => board.notes(phase.rows[row] ?? [], px + PAD, (bandTop[r] ?? 0) + 30, perRow, row.toLowerCase().startsWith('emoti') || row === 'Gevoel' ? 'blue' : 'yellow'));
    return board.b.section(phase.name, { x: px, y: y + 40, width: phaseWidth, height: top - y - 20 }, children);
  });
  return [...labelNodes, ...phaseNodes];
}

function bakkerij(): Record<string, unknown> {
  const board = new Board();
  board.page.push(board.b.text('Klantreis-workshop Bakkerij De Korenschoof — 12 november', 0, -200, 1400));
  board.page.push(
    board.noteSection(
      'Persona',
      [
        'Marloes, 38 jaar, twee kinderen (4 en 7), werkt vier dagen per week',
        'Bestelt drie keer per jaar een verjaardagstaart, haalt op zaterdag brood',
        'Wil gemak: liefst ’s avonds op de bank bestellen en zonder wachten ophalen',
      ],
      -1100,
      160,
      3,
      'violet',
    ),
  );
  const rows = ['Instagram', 'Website', 'Telefoon', 'Winkel', 'Nieuwsbrief', 'Emotie'];
  const journey = cellJourney(
    board,
    'Verjaardagstaart bestellen',
    rows,
    [
      {
        name: '1. Oriëntatie',
        cells: {
          Instagram: ['Ziet een foto van een eenhoorntaart in haar tijdlijn 😍', 'Buurvrouw tagt de bakkerij onder een feestfoto'],
          Winkel: ['Ziet de taartenvitrine terwijl ze brood haalt'],
          Nieuwsbrief: [],
          Emotie: ['Nieuwsgierig, krijgt zin om iets moois te bestellen'],
        },
      },
      {
        name: '2. Vergelijking',
        cells: {
          Instagram: ['Leest de reacties onder de posts, vooral lovend 👍'],
          Website: [
            { text: 'Zoekt de prijzen van taarten op de website maar vindt ze niet 😕', ref: 'prijzen', votes: 1 },
            'Vergelijkt met de supermarkttaart: duurder, maar veel mooier',
          ],
          Nieuwsbrief: [],
          Emotie: ['Twijfelt of het de prijs waard is'],
        },
      },
      {
        name: '3. Bestellen',
        cells: {
          Website: [
            { text: 'Bestelformulier werkt niet op de telefoon, heel frustrerend 😡', ref: 'formulier', votes: 4, colour: 'pink' },
            { text: 'Kan geen ophaaltijd kiezen, onzeker of de taart op tijd klaar is', ref: 'ophaaltijd', votes: 2, colour: 'pink' },
          ],
          Telefoon: [
            { text: 'Belt om te bestellen en hangt tien minuten in de wacht 🙁', ref: 'wacht', votes: 2, colour: 'pink' },
            'Medewerker denkt vriendelijk mee over de vulling 🙂',
          ],
          Emotie: ['Geïrriteerd: bestellen kost meer moeite dan verwacht'],
        },
      },
      {
        name: '4. Gebruik',
        cells: {
          Winkel: [
            'Taart staat klaar in een mooie doos, blij verrast 😀',
            { text: 'Lange rij op zaterdagochtend, wachten met twee drukke kinderen 😩', ref: 'rij', votes: 3, colour: 'pink' },
          ],
          Emotie: ['Trots als de kinderen de taart zien ❤️'],
        },
      },
      {
        name: '5. Nazorg',
        cells: {
          Instagram: ['Deelt een foto van het feest en tagt de bakkerij'],
          Winkel: ['Krijgt bij de volgende aankoop een stempelkaart', 'Krijgt een mail met de vraag om een review'],
        },
      },
    ],
    0,
    0,
  );
  board.page.push(journey);
  const right = ((journey['absoluteBoundingBox'] as { width: number }).width ?? 0) + 200;
  board.ideas(
    'Verbeterpunten',
    [
      { text: 'Bestelformulier geschikt maken voor de telefoon — inspanning: middel, impact: hoog', votes: 5, links: ['formulier'] },
      { text: 'Ophaaltijd laten kiezen bij online bestellen — inspanning: laag, impact: hoog', votes: 3, links: ['ophaaltijd'] },
      { text: 'Terugbelverzoek in plaats van wachten aan de telefoon — inspanning: hoog', votes: 1, links: ['wacht'] },
      { text: 'Prijslijst van de taarten op de website zetten — inspanning: laag' },
    ],
    right,
    0,
  );
  board.page.push(board.noteSection('Legenda', ['Geel = contactmoment', 'Roze = pijnpunt', 'Blauw = gevoel'], right, 1200, 3, 'grey'));
  board.page.push(...board.notes(['Parkeren bij de winkel is lastig?'], right + 1000, 1300));
  return board.file('Bakkerij De Korenschoof — klantreis');
}

function bikeSubscription(): Record<string, unknown> {
  const board = new Board();
  board.page.push(board.b.text('Pedal Club bike subscription — journey mapping, 14 Nov', 0, -200, 1400));
  // Journey 1: row-label lanes (shapes left of the phases), a persona section inside the journey.
  const lanes1 = laneLayout(
    board,
    ['Social media', 'Website', 'App', 'Phone', 'Emotion'],
    [
      {
        name: 'Awareness',
        rows: {
          'Social media': ['Sees a colleague post about her Pedal Club bike', 'Instagram ad with a 14-day free trial 🚲'],
          Website: ['Reads the FAQ on the website at lunch'],
          Emotion: ['Curious, a bit sceptical about the price'],
        },
      },
      {
        name: 'Consideration',
        rows: {
          Website: [
            'Price calculator is clear and honest, feels confident 👍',
            { text: 'Cannot find what happens when the bike is stolen 😕', ref: 'theft', votes: 2 },
          ],
          Phone: ['Calls sales, gets a straight answer within two minutes 🙂'],
          Emotion: ['Reassured after the call'],
        },
      },
      {
        name: 'Purchase',
        rows: {
          Website: ['Signs up in five minutes, smooth checkout 😀'],
          App: [{ text: 'Delivery slot only known by e-mail two days later, annoying', ref: 'slot', votes: 3, colour: 'pink' }],
          Emotion: ['Excited to get the bike'],
        },
      },
      {
        name: 'Onboarding',
        rows: {
          App: [
            { text: 'Delivery was four hours late and nobody told him 😡', ref: 'late', votes: 4, colour: 'pink' },
            { text: 'App login fails after the update, very frustrating', ref: 'login', votes: 2, colour: 'pink' },
          ],
          Phone: ['Mechanic explains the gears at the door, friendly 👍'],
          Emotion: ['Angry in the morning, relieved in the evening'],
        },
      },
      {
        name: 'Support',
        rows: {
          App: ['Reports a flat tyre in the app', 'Repair within 24 hours, happy with the service 😀'],
          Phone: ['Reports a flat tyre in the app'],
        },
      },
    ],
    0,
    0,
  );
  const persona1 = board.noteSection('Persona', ['Daan, 31, commutes 12 km to the office', 'Hates maintenance, wants a bike that just works'], 0, 1900, 2, 'violet');
  board.page.push(board.b.section('Daan, the commuter', { x: -40, y: -80, width: 3400, height: 2400 }, [...lanes1, persona1]));

  // Journey 2: channels only as tags in the text; no after-sales phase.
  const y2 = 2600;
  const phases2 = [
    {
      name: 'Discover',
      notes: ['Friend shares a student discount code #social', 'Poster at the university canteen [Print]'],
    },
    {
      name: 'Compare',
      notes: [
        { text: 'Student price is hidden three clicks deep on the website #website 👎', ref: 'hidden', votes: 3, colour: 'pink' as StickyColour },
        'Compares with buying a second-hand bike on Marktplaats #website',
        'Unsure whether the subscription can be paused in summer 🤔 #chat',
      ],
    },
    {
      name: 'Checkout',
      notes: [
        { text: 'Student card check fails twice, feels stupid and irritated #website', ref: 'card', votes: 2, colour: 'pink' as StickyColour },
        { text: 'Waits a week for a manual approval e-mail [Email] 🙁', ref: 'approval', votes: 1, colour: 'pink' as StickyColour },
        'Pays with iDEAL #website',
      ],
    },
    {
      name: 'Use',
      notes: ['Rides to campus every day, loves it ❤️ #app', 'Push message reminds her of the service check #app', ''],
    },
  ];
  const children2: RestNode[] = [];
  phases2.forEach((phase, p) => {
    children2.push(board.noteSection(phase.name, phase.notes, 40 + p * 620, y2 + 80, 2));
  });
  children2.push(board.noteSection('Target group', ['Priya, 20, first-year student, no car, tight budget'], 40, y2 + 1000, 2, 'violet'));
  board.page.push(board.b.section('Priya, the student', { x: 0, y: y2, width: 2600, height: 1500 }, children2));

  board.ideas(
    'Improvements',
    [
      { text: 'Show the delivery slot in the app right after checkout — effort: S, impact: high', votes: 4, links: ['slot', 'late'] },
      { text: 'Text message when the delivery runs late — effort: S', votes: 2, links: ['late'] },
      { text: 'Put the student price on the homepage — effort: S, impact: medium', votes: 3 },
      { text: 'Automatic student card check via the university — effort: L, impact: high', votes: 1 },
      { text: 'Theft and insurance page in the FAQ — effort: M' },
    ],
    3600,
    0,
  );
  return board.file('Pedal Club — bike subscription journeys');
}

function supermarkt(): Record<string, unknown> {
  const board = new Board();
  board.page.push(board.b.text('Supermarkt De Buurman — ketenmodel, sessie 2', 0, -200, 1400));
  const nodes = laneLayout(
    board,
    ['Winkel', 'App', 'Website', 'Gevoel'],
    [
      {
        name: 'Instroom',
        rows: {
          Winkel: ['Klant komt binnen met boodschappenlijstje', 'Winkelwagen zoeken, karretjes staan buiten in de regen 🙁'],
          App: ['Opent de bonus-app voor de aanbiedingen van deze week'],
          Gevoel: ['Gehaast, wil snel klaar zijn'],
        },
      },
      {
        name: 'Levering',
        rows: {
          Winkel: [
            { text: 'Schap met verse groente is om 17:00 al leeg, teleurgesteld', ref: 'leeg', votes: 3, colour: 'pink' },
            { text: 'Bonusartikel niet op voorraad, voelt als lokkertje 😡', ref: 'bonus', votes: 4, colour: 'pink' },
          ],
          Website: ['Bekijkt in de webshop of het product er morgen is'],
        },
      },
      {
        name: 'Verkoop',
        rows: {
          Winkel: [
            'Zelfscankassa werkt snel, prima 👍',
            { text: 'Weegschaal bij de zelfscan herkent losse bananen niet, irritant', ref: 'weeg', votes: 2, colour: 'pink' },
            'Zelfscankassa werkt snel, prima 👍',
          ],
          App: ['Bonuskaart in de app scannen gaat soepel 🙂'],
          Gevoel: ['Opgelucht bij de kassa'],
        },
      },
      { name: 'Uitstroom', rows: {} },
    ],
    0,
    0,
  );
  board.page.push(...nodes);
  board.ideas(
    'Verbeteringen',
    [
      { text: 'Voorraad bonusartikelen live tonen in de app — inspanning: middel, impact: hoog', votes: 3, links: ['bonus'] },
      { text: 'Extra groenteronde om 16:00 — inspanning: laag', votes: 2, links: ['leeg'] },
    ],
    0,
    1800,
  );
  board.page.push(...board.notes(['Wat doen we met statiegeld?', ''], 1600, 1900));
  return board.file('Supermarkt De Buurman — instroom tot uitstroom');
}

function webshopReturns(): Record<string, unknown> {
  const board = new Board();
  board.page.push(board.b.text('Northwind Outdoor — returns journey (draft, before the retro)', 0, -200, 1400));
  board.page.push(board.noteSection('Persona', ['Sofia, 45, orders hiking gear twice a season', 'Returns about one in four orders: sizes differ per brand'], -1100, 0, 2, 'violet'));
  const nodes = laneLayout(
    board,
    ['E-mail', 'Website', 'Chat', 'Thoughts'],
    [
      {
        name: 'Consideration',
        rows: {
          Website: ['Checks the size chart and the free returns promise 👍', 'Reads reviews: "runs small, order one size up"'],
          Thoughts: ['Will I have to pay for a return?'],
        },
      },
      {
        name: 'Purchase',
        rows: {
          Website: ['Orders the boots in two sizes', 'Checkout with saved card, quick and easy 😀'],
          'E-mail': ['Order confirmation arrives within a minute'],
        },
      },
      {
        name: 'Use',
        rows: {
          'E-mail': ['Parcel delivered, tracking e-mails were spot on 🙂'],
          Website: ['Tries both pairs at home'],
        },
      },
      {
        name: 'After sales',
        rows: {
          Website: [
            { text: 'Return form asks for the order number, which is hidden in the e-mail footer 😡', votes: 3, colour: 'pink' },
            { text: 'Has to print a label but has no printer at home, frustrated', votes: 2, colour: 'pink' },
            { text: 'Drop-off point closed on Sunday, angry and disappointed', votes: 1, colour: 'pink' },
          ],
          Chat: [{ text: 'Chatbot keeps sending the same FAQ link 👎', votes: 2, colour: 'pink' }],
          Thoughts: ['Next time I will just order from the shop in town'],
        },
      },
      {
        name: 'Refund',
        rows: {
          'E-mail': [
            { text: 'Refund takes twelve days, no update in between 🙁', votes: 2, colour: 'pink' },
            'Refund confirmation e-mail',
            'Refund confirmation e-mail',
          ],
        },
      },
    ],
    0,
    0,
    'sections',
  );
  // Hidden by the team (visible: false) and a marker Journey Check wrote on an earlier run:
  // both stay out of the report.
  const hidden = { ...board.b.sticky('Old idea: returns by post only', 1400, 900, 'grey'), visible: false };
  const marker = {
    ...board.b.sticky('Which idea takes away the return-form pain? (Journey Check marker)', 2600, -160, 'orange'),
    pluginData: { '1454213645230912345': { journeyCheck: '{"v":1,"kind":"marker"}' } },
  };
  board.page.push(...nodes, hidden, marker);
  board.page.push(board.noteSection('Legend', ['Pink = pain point', 'Violet = persona'], -1100, 900, 2, 'grey'));
  return board.file('Northwind Outdoor — returns');
}

interface GridPhase {
  name: string;
  /** row name → notes in that row's band */
  rows: Record<string, Note[]>;
}

/**
 * Tall phase sections side by side with the stickies in horizontal bands, inside `frame`; the
 * bands are named by `rows` drawn as text labels left of the phases ('texts', as journey-map
 * templates do) or as wide rectangles behind the phase columns ('swimlanes', named inside).
 * Returns the nodes for the journey section, lanes first (drawn behind the phases).
 */
function gridLayout(board: Board, rows: string[], phases: GridPhase[], x: number, y: number, labels: 'texts' | 'swimlanes'): RestNode[] {
  const perRow = 2;
  const bandHeight = rows.map((row) => Math.max(1, ...phases.map((p) => Math.ceil((p.rows[row]?.length ?? 0) / perRow))) * STICKY + 80);
  const bandTop: number[] = [];
  let top = y + 140;
  for (const h of bandHeight) {
    bandTop.push(top);
    top += h + 20;
  }
  const phaseWidth = perRow * STICKY + 2 * PAD;
  const left = x + 320;
  const right = left + phases.length * (phaseWidth + PAD) - PAD;
  const labelNodes = rows.map((row, r) =>
    labels === 'texts'
      ? board.b.text(row, x, (bandTop[r] ?? 0) + 30, 280)
      : board.b.shape(row, { x: x + 20, y: bandTop[r] ?? 0, width: right - x, height: bandHeight[r] ?? 0 }, { r: 0.949, g: 0.957, b: 0.965 }),
  );
  const phaseNodes = phases.map((phase, p) => {
    const px = left + p * (phaseWidth + PAD);
    const children = rows.flatMap((row, r) => {
      const colour: StickyColour = /^(emoti|gevoel)/i.test(row) ? 'blue' : /^(opportunit|kansen)/i.test(row) ? 'green' : /^(pain|pijn)/i.test(row) ? 'pink' : 'yellow';
      return board.notes(phase.rows[row] ?? [], px + PAD, (bandTop[r] ?? 0) + 40, perRow, colour);
    });
    return board.b.section(phase.name, { x: px, y: y + 40, width: phaseWidth, height: top - y - 20 }, children);
  });
  return [...labelNodes, ...phaseNodes];
}

/** A journey-map template filled in: stages × rows Actions / Touchpoints / Emotions / Pain points / Opportunities. */
function templateGrid(): Record<string, unknown> {
  const board = new Board();
  board.page.push(board.b.text('Steady Insurance — car insurance journey (customer journey map template)', 0, -200, 1600));
  const rows = ['Actions', 'Touchpoints', 'Emotions', 'Pain points', 'Opportunities'];
  const nodes = gridLayout(
    board,
    rows,
    [
      {
        name: 'Awareness',
        rows: {
          Actions: ["Sees a friend's post about switching insurer"],
          Touchpoints: ["Instagram ad: 'switch in 5 minutes' #insta", 'Listed on a price comparison site #website'],
          Emotions: ['Curious 🙂'],
          Opportunities: ['Referral code for friends who switch — effort: S'],
        },
      },
      {
        name: 'Consideraton',
        rows: {
          Actions: ['Gets three quotes online'],
          Touchpoints: ['Quote calculator on the website #website', 'Live chat about no-claim years #chat'],
          Emotions: ['Unsure about the excess 😐'],
          'Pain points': [{ text: 'Excess amount hidden in the small print', votes: 3 }],
          Opportunities: [{ text: 'Show the excess right next to the price — effort: S, impact: high', votes: 4 }],
        },
      },
      {
        name: 'Purchase',
        rows: {
          Actions: ['Signs up and pays by direct debit'],
          Touchpoints: ['Online checkout #website', 'Welcome e-mail with the policy PDF #email'],
          Emotions: ['Relieved, that was quick 😀'],
          'Pain points': [{ text: 'ID check fails twice on mobile', votes: 2 }],
          Opportunities: ['Let people scan their ID card on mobile — effort: M'],
        },
      },
      {
        name: 'Retention',
        rows: {
          Actions: ['Files a claim in the app'],
          Touchpoints: ['Claim form in the app #app', 'Calls the claims desk #phone'],
          Emotions: ['Frustrated 😡'],
          'Pain points': [
            { text: '40 minutes on hold for a simple claim', votes: 4 },
            { text: 'No update on the claim for a week', votes: 2 },
          ],
          Opportunities: [{ text: 'Claim status updates by text message — effort: M, impact: high', votes: 3 }],
        },
      },
      {
        name: 'Advocacy',
        rows: {
          Actions: ['Renews for another year'],
          Touchpoints: ['Renewal reminder #email'],
          Opportunities: ['Ask for a review right after a claim is paid'],
        },
      },
    ],
    40,
    40,
    'texts',
  );
  const persona = board.noteSection('Persona', ['Mia, 27, first car, compares everything online', 'Wants a fair price and no surprises'], 40, 2900, 2, 'violet');
  board.page.push(board.b.section('Customer journey: Mia switches car insurer', { x: 0, y: 0, width: 3600, height: 3400 }, [...nodes, persona]));
  return board.file('Steady Insurance — journey map template');
}

/** A Dutch workshop board: channels as swimlanes (wide rectangles behind the phase columns), colloquial stickies. */
function zwembadSwimlanes(): Record<string, unknown> {
  const board = new Board();
  board.page.push(board.b.text('Zwembad De Golf — klantreis zwemles, workshop met het baliepersoneel', 0, -200, 1600));
  const lanes = ['Website', 'Telefoon', 'Balie', 'Social media', 'Nieuwsbrief', 'Contactmomenten', 'Emotie', 'Pijnpunten', 'Kansen'];
  const nodes = gridLayout(
    board,
    lanes,
    [
      {
        name: 'Oriënteren',
        rows: {
          Website: ['Site van het zwembad is echt een doolhof 🙄'],
          'Social media': ['Moeders in de appgroep tippen De Golf, top!'],
          Emotie: ['Best benieuwd 🙂'],
        },
      },
      {
        name: 'Vergelijken',
        rows: {
          Website: [{ text: 'Prijzen nergens te vinden, lekker dan', ref: 'prijzen', votes: 2 }, 'Wachtlijst van negen maanden?! Pff, serieus?'],
          Telefoon: ['Belt even, wordt netjes geholpen 👍'],
          Emotie: ['Twijfel: is het het geld wel waard?'],
          Pijnpunten: [{ text: 'Niemand legt uit waarom de wachtlijst zo lang is', votes: 3 }],
        },
      },
      {
        name: 'Aanmelden',
        rows: {
          Website: [{ text: 'Inschrijfformulier loopt vast bij het betalen, zo irritant', ref: 'betalen', votes: 4 }],
          Balie: ['Aan de balie geregeld, ging supersnel'],
          Contactmomenten: ['Pasfoto inleveren bij het afhaalpunt [Servicepunt]'],
          Emotie: ['Opgelucht dat het rond is 😀'],
          Kansen: [{ text: 'Betalen in het inschrijfformulier repareren — inspanning: laag, impact: hoog', votes: 3 }],
        },
      },
      {
        name: 'Lessen (gebruik)',
        rows: {
          Balie: [{ text: 'Kleedhokjes altijd vol, chaos op woensdag 😩', votes: 3 }],
          'Social media': ["Foto's van de les in de ouder-app, leuk!"],
          Emotie: ['Trots op Noor ❤️'],
          Kansen: ['Extra kleedhokjes op woensdag — inspanning: middel'],
        },
      },
      {
        name: 'Afzwemmen & nazorg',
        rows: {
          Balie: ['Diploma-uitreiking was supergezellig 🎉'],
          Telefoon: [{ text: 'Niemand belt terug over vervolgles, jammer joh', ref: 'terugbellen', votes: 2 }],
        },
      },
    ],
    40,
    40,
    'swimlanes',
  );
  board.page.push(board.b.section('Klantreis ouder van Noor (6)', { x: 0, y: 0, width: 3700, height: 3900 }, nodes));
  board.page.push(board.noteSection('Doelgroep', ['Ouders van kinderen van 4 tot 7, werken allebei', 'Willen één vaste lesdag en geen gedoe'], 3900, 1400, 2, 'violet'));
  board.ideas(
    'Verbeterpunten',
    [
      { text: 'Terugbelafspraak na het afzwemmen — inspanning: laag', votes: 2, links: ['terugbellen'] },
      { text: 'Tarieven op de homepage zetten — inspanning: laag, impact: middel', votes: 1, links: ['prijzen'] },
    ],
    3900,
    0,
  );
  return board.file('Zwembad De Golf — zwemles');
}

/** File name in examples/ → REST JSON. */
export function exampleBoards(): Record<string, Record<string, unknown>> {
  return {
    'bakkerij-nl.json': bakkerij(),
    'bike-subscription-en.json': bikeSubscription(),
    'supermarkt-ketenmodel-nl.json': supermarkt(),
    'webshop-returns-en.json': webshopReturns(),
    'template-grid-en.json': templateGrid(),
    'zwembad-swimlanes-nl.json': zwembadSwimlanes(),
  };
}

/** Files written exactly as committed: two-space JSON and a final newline. */
export function serialiseExample(board: Record<string, unknown>): string {
  return `${JSON.stringify(board, null, 2)}\n`;
}
