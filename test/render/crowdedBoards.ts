/**
 * Crowded boards for the layout rules of issue #12 (REST files, as the examples): cells packed with
 * 6–12 stickies at 20 px gaps, journeys laid out with cells or with row-label lanes, stacked
 * vertically or side by side, and two journeys only 100 px apart. Texts mix pains without an
 * idea, duplicates, empty stickies and stated feelings, so every kind of marker is planned.
 */
import { RestBoardBuilder, restFile, type RestNode } from '../../bench/generateBoard';

export interface CrowdedOptions {
  /** Stickies per cell (6–12). */
  perCell: number;
  /** Phase × channel cells (sections), or stickies straight in the phase with row-label lanes. */
  lanes: 'cells' | 'rows';
  journeys: number;
  arrangement: 'stacked' | 'side-by-side';
  /** Space between journeys. */
  gap: number;
}

const TEXTS = [
  'Levering duurt te lang 😡',
  'Prijs onduidelijk, frustrerend',
  'Blij met de snelle reactie 😀',
  'Wachttijd aan de telefoon is irritant',
  'Website is traag en verwarrend',
  '',
  'Vriendelijke medewerker, fijn geholpen',
  'Levering duurt te lang 😡',
  'Retour aanmelden lukt niet',
  'Ziet een advertentie',
  'Twijfelt over de maat',
  'Factuur klopt niet, boos',
];
const PHASES = ['Oriëntatie', 'Overweging', 'Aankoop', 'Gebruik', 'Nazorg'];
const CHANNELS = ['Website', 'Telefoon', 'Winkel'];
/** Stickies are 240 wide; 20 px gaps between them. */
const PITCH = 260;

export function crowdedBoard(o: CrowdedOptions): Record<string, unknown> {
  const b = new RestBoardBuilder(1);
  const page: RestNode[] = [];
  const columns = Math.ceil(Math.sqrt(o.perCell));
  const rows = Math.ceil(o.perCell / columns);
  const cellW = columns * PITCH + 20;
  const cellH = rows * PITCH + 80;
  const labelW = o.lanes === 'rows' ? 320 : 0;
  const phaseW = cellW + 40;
  const journeyW = labelW + 40 + PHASES.length * (phaseW + 40);
  const journeyH = 120 + CHANNELS.length * (cellH + 40) + 80;
  let n = 0;
  for (let j = 0; j < o.journeys; j++) {
    const x0 = o.arrangement === 'side-by-side' ? j * (journeyW + o.gap) : 0;
    const y0 = o.arrangement === 'stacked' ? j * (journeyH + o.gap) : 0;
    const children: RestNode[] = [];
    PHASES.forEach((phase, p) => {
      const px = x0 + labelW + 40 + p * (phaseW + 40);
      const py = y0 + 80;
      const inPhase: RestNode[] = [];
      CHANNELS.forEach((channel, c) => {
        const cy = py + 60 + c * (cellH + 40);
        const notes: RestNode[] = [];
        // The last phase stays empty in the first journey (a phase marker with lots of room).
        const count = p === PHASES.length - 1 && j === 0 ? 0 : o.perCell;
        for (let i = 0; i < count; i++) {
          const x = px + 20 + 20 + (i % columns) * PITCH;
          const y = cy + 60 + Math.floor(i / columns) * PITCH;
          notes.push(b.sticky(TEXTS[n++ % TEXTS.length]!, x, y, 'yellow'));
        }
        if (o.lanes === 'cells') inPhase.push(b.section(channel, { x: px + 20, y: cy, width: cellW, height: cellH }, notes));
        else inPhase.push(...notes);
      });
      children.push(b.section(phase, { x: px, y: py, width: phaseW, height: CHANNELS.length * (cellH + 40) + 40 }, inPhase));
    });
    if (o.lanes === 'rows') {
      CHANNELS.forEach((channel, c) => children.push(b.shape(channel, { x: x0 + 40, y: y0 + 140 + c * (cellH + 40), width: labelW - 40, height: cellH })));
    }
    page.push(b.section(`Klantreis ${j + 1}`, { x: x0, y: y0, width: journeyW, height: journeyH }, children));
  }
  return restFile(`Crowded ${o.lanes} ${o.arrangement} ${o.perCell}`, page);
}

/** The crowded boards every layout rule is asserted on. */
export const CROWDED: Record<string, CrowdedOptions> = {
  'cells of 6, two journeys stacked 100 px apart': { perCell: 6, lanes: 'cells', journeys: 2, arrangement: 'stacked', gap: 100 },
  'cells of 12, two journeys side by side 100 px apart': { perCell: 12, lanes: 'cells', journeys: 2, arrangement: 'side-by-side', gap: 100 },
  'row lanes of 9, three journeys stacked 400 px apart': { perCell: 9, lanes: 'rows', journeys: 3, arrangement: 'stacked', gap: 400 },
  'row lanes of 8, two journeys side by side 100 px apart': { perCell: 8, lanes: 'rows', journeys: 2, arrangement: 'side-by-side', gap: 100 },
};
