// Board-wide rules: no journey at all, stickies outside every journey.
import type { CheckContext } from './checkContext';
import { finding, type PlacedFinding, quote } from './finding';

export function boardChecks({ model, strings }: CheckContext): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  if (model.journeys.length === 0) out.push(finding('no-journey', strings.findings.noJourney, { nodeIds: [] }));
  for (const journey of model.journeys) {
    for (const sticky of journey.unplaced) {
      out.push(finding('unplaced-sticky', strings.findings.unplacedInJourney(quote(sticky.text), journey.name), { journey, nodeIds: [sticky.nodeId] }));
    }
  }
  for (const sticky of model.unplaced) {
    out.push(finding('unplaced-sticky', strings.findings.unplacedSticky(quote(sticky.text)), { nodeIds: [sticky.nodeId] }));
  }
  return out;
}
