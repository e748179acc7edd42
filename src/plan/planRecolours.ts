/**
 * Emotion colours: a touchpoint with positive polarity takes FigJam's green sticky swatch, a
 * negative one the red swatch. Neutral and unknown touchpoints are left in the colour the team
 * gave them: a grey would overwrite meaning (teams colour-code stickies by role) without adding any.
 * When the team already uses green or red for another meaning (idea stickies, an entry of their
 * Legend section), the next free swatch is taken instead (emotionSwatches), and the curve section
 * says which colour means what.
 */
import type { Report } from '../report/types';
import type { BoardSnapshot, Rgb } from '../snapshot';
import { NEGATIVE_CHOICES, POSITIVE_CHOICES, STICKY_SWATCHES } from './palette';
import { lookupNodes, type NodeLookup } from './nodeLookup';
import type { Recolour } from './types';

export function planRecolours(report: Report, index: NodeLookup, swatches: EmotionSwatches = DEFAULT_SWATCHES): Recolour[] {
  const recolours: Recolour[] = [];
  const seen = new Set<string>();
  for (const journey of report.journeys) {
    for (const phase of journey.phases) {
      for (const touchpoint of phase.touchpoints) {
        const polarity = touchpoint.sentiment.polarity;
        if (polarity === 0 || seen.has(touchpoint.nodeId)) continue;
        if (index.node(touchpoint.nodeId)?.kind !== 'sticky') continue;
        seen.add(touchpoint.nodeId);
        recolours.push({ stickyId: touchpoint.nodeId, journeyId: journey.id, hex: STICKY_SWATCHES[polarity > 0 ? swatches.positive : swatches.negative]!, polarity });
      }
    }
  }
  return recolours;
}

/** Swatch names (keys of STICKY_SWATCHES) for positive and negative touchpoints. */
export interface EmotionSwatches {
  positive: string;
  negative: string;
}
const DEFAULT_SWATCHES: EmotionSwatches = { positive: POSITIVE_CHOICES[0], negative: NEGATIVE_CHOICES[0] };

const LEGEND_NAME = /^\s*(?:legenda|legend|key|notes)\b/iu;

/**
 * The first emotion swatches the team does not already use for another meaning: the colours of
 * their idea stickies and of everything in a Legend/Legenda section ("Geel = contactmoment").
 * A team colour counts as a swatch when it is the swatch nearest to it.
 */
export function emotionSwatches(report: Report, snapshot: BoardSnapshot, index: NodeLookup = lookupNodes(snapshot)): EmotionSwatches {
  const taken = new Set<string>();
  const legendOf = new Map<string | null, boolean>(); // per container: most nodes share a handful
  const inLegend = (id: string | null): boolean => {
    const known = legendOf.get(id);
    if (known !== undefined) return known;
    let found = false;
    for (let current = id, depth = 0; current !== null && depth < 64; depth++) {
      const node = index.node(current);
      if (!node) break;
      if (node.kind === 'section' && LEGEND_NAME.test(node.name)) {
        found = true;
        break;
      }
      current = node.parentId;
    }
    legendOf.set(id, found);
    return found;
  };
  for (const improvement of report.improvements) {
    const fill = improvement.nodeId ? index.node(improvement.nodeId)?.fill : null;
    if (fill) taken.add(nearestSwatch(fill));
  }
  for (const node of snapshot.nodes) {
    if (node.generated || !node.fill || node.kind === 'section' || node.kind === 'connector') continue;
    if (inLegend(node.parentId)) taken.add(nearestSwatch(node.fill));
  }
  const pick = (choices: readonly string[]): string => choices.find((name) => !taken.has(name)) ?? choices[0]!;
  return { positive: pick(POSITIVE_CHOICES), negative: pick(NEGATIVE_CHOICES) };
}

function nearestSwatch(fill: Rgb): string {
  let best = '';
  let bestDistance = Infinity;
  for (const [name, hex] of Object.entries(STICKY_SWATCHES)) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
    const d = (r - fill.r) ** 2 + (g - fill.g) ** 2 + (b - fill.b) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  return best;
}
