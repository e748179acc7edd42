/**
 * Emotion colours: a touchpoint with positive polarity takes FigJam's green sticky swatch, a
 * negative one the red swatch. Neutral and unknown touchpoints are left in the colour the team
 * gave them: a grey would overwrite meaning (teams colour-code stickies by role) without adding any.
 */
import type { Report } from '../report/types';
import { STICKY_NEGATIVE, STICKY_POSITIVE } from './palette';
import type { NodeLookup } from './nodeLookup';
import type { Recolour } from './types';

export function planRecolours(report: Report, index: NodeLookup): Recolour[] {
  const recolours: Recolour[] = [];
  const seen = new Set<string>();
  for (const journey of report.journeys) {
    for (const phase of journey.phases) {
      for (const touchpoint of phase.touchpoints) {
        const polarity = touchpoint.sentiment.polarity;
        if (polarity === 0 || seen.has(touchpoint.nodeId)) continue;
        if (index.node(touchpoint.nodeId)?.kind !== 'sticky') continue;
        seen.add(touchpoint.nodeId);
        recolours.push({ stickyId: touchpoint.nodeId, journeyId: journey.id, hex: polarity > 0 ? STICKY_POSITIVE : STICKY_NEGATIVE, polarity });
      }
    }
  }
  return recolours;
}
