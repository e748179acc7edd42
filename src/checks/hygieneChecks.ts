// Housekeeping of the board: empty stickies, the same touchpoint twice, a phase one person wrote alone.
import type { CheckContext } from './checkContext';
import { sameTextKey } from '../journey/sameTextKey';
import { finding, type PlacedFinding, quote } from './finding';

const MIN_TOUCHPOINTS_FOR_AUTHOR_CHECK = 2;

export function hygieneChecks({ model, strings }: CheckContext): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  for (const journey of model.journeys) {
    for (const empty of journey.empty) {
      const phase = empty.phaseIndex === null ? null : (journey.phases[empty.phaseIndex] ?? null);
      out.push(finding('empty-sticky', strings.findings.emptySticky(phase ? phase.name : journey.name), { journey, phase, nodeIds: [empty.nodeId] }));
    }

    const authors = new Set<string>();
    for (const phase of journey.phases) for (const t of phase.touchpoints) if (t.author) authors.add(t.author);

    for (const phase of journey.phases) {
      const byText = new Map<string, string[]>();
      const firstText = new Map<string, string>();
      for (const t of phase.touchpoints) {
        // Keyed once per distinct text (touchpoints with the same text share their facts); usually
        // already when the model was built, from the lower-cased text sentiment reading used.
        const key = (t.facts.sameTextKey ??= sameTextKey(t.text));
        const ids = byText.get(key);
        if (ids) ids.push(t.nodeId);
        else {
          byText.set(key, [t.nodeId]);
          firstText.set(key, t.text);
        }
      }
      for (const [key, ids] of byText) {
        if (ids.length < 2 || key === '') continue;
        out.push(
          finding('duplicate-touchpoint', strings.findings.duplicateTouchpoint(quote(firstText.get(key) ?? ''), phase.name, ids.length), {
            journey,
            phase,
            nodeIds: ids,
          }),
        );
      }

      // Only where author names are known and more than one person wrote on the journey.
      if (authors.size < 2 || phase.touchpoints.length < MIN_TOUCHPOINTS_FOR_AUTHOR_CHECK) continue;
      const author = phase.touchpoints[0]?.author;
      if (author && phase.touchpoints.every((t) => t.author === author)) {
        out.push(finding('single-author', strings.findings.singleAuthor(phase.name, author), { journey, phase, nodeIds: phase.touchpoints.map((t) => t.nodeId) }));
      }
    }
  }
  return out;
}
