// Rows or cells that hold attributes of a phase (not touchpoints), and neutral rows that hold
// touchpoints without naming a channel ("Acties"). Data, matched on the folded name or its start.
import type { LaneKind } from '../domain';

export const LANE_NAMES: Record<LaneKind, readonly string[]> = {
  emotion: ['emotie', 'emoties', 'emotion', 'emotions', 'gevoel', 'gevoelens', 'feeling', 'feelings', 'beleving', 'emotiecurve', 'emotional curve', 'emotional journey', 'klantgevoel', 'hoe voelt de klant zich', 'how does the customer feel'],
  thoughts: ['gedachten', 'gedachte', 'thoughts', 'thinking', 'denken', 'quotes', 'citaten', 'wat denkt de klant'],
  pains: ['pijnpunten', 'pijnpunt', 'pain points', 'pain point', 'pains', 'painpoints', 'knelpunten', 'frustraties', 'frustrations', 'ergernissen'],
  // Inside a journey an "Ideas" row is a lane of improvement candidates per phase; on the page (or
  // beside the phases) the same names make an improvement section (specialSectionNames.ts).
  opportunities: ['kansen', 'kans', 'opportunities', 'opportunity', 'ideas', 'ideeen', 'ideeën', 'idee'],
  conversion: ['conversie', 'conversion', 'conversieratio', 'conversion rate', 'kpi', 'kpis', 'kpi s'],
};

/** Row names that hold touchpoints but name no channel: stickies there take a channel from their tag. */
export const TOUCHPOINT_ROW_NAMES: readonly string[] = [
  'touchpoints', 'touchpoint', 'contactmomenten', 'contactmoment', 'acties', 'actions', 'doing', 'klantacties',
  'customer actions', 'activiteiten', 'activities', 'stappen', 'steps', 'wat doet de klant', 'doen',
];
