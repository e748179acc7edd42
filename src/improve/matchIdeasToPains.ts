// Which pains each improvement idea addresses: by connector, else by the words they share
// (an inverted index over the pains' meaningful words, so each idea looks up its own words only).
import type { Idea, JourneyModel, Touchpoint } from '../journey/model';
import { meaningfulKeyReader, meaningfulWords, wordKey } from '../language/tokenise';

/**
 * A word that more pains share than this says nothing specific on this board ("app" on an app
 * journey); it links no idea to pains. Also keeps matching linear on huge boards.
 */
export const MAX_PAINS_PER_WORD = 25;

export interface IdeaMatch {
  /** Pain touchpoints addressed, in journey and phase order. */
  pains: Touchpoint[];
  matchedBy: 'connector' | 'words' | 'none';
  /** The idea's words that met a pain (for "matched by shared words: …"). */
  sharedWords: string[];
}

export function isPain(t: Touchpoint): boolean {
  return t.sentiment.polarity < 0;
}

export function matchIdeasToPains(model: JourneyModel): Map<string, IdeaMatch> {
  // Pains in board order: journey, phase, then as read.
  const pains: Touchpoint[] = [];
  for (const journey of model.journeys) for (const phase of journey.phases) for (const t of phase.touchpoints) if (isPain(t)) pains.push(t);
  const rank = new Map(pains.map((p, i) => [p.nodeId, i]));

  // Ideas without connectors are matched by their words. Only the keys those words have are
  // looked for in the pains (built on first need: boards whose ideas all use connectors never
  // tokenise their pains).
  const ideaWords = new Map<string, { word: string; key: string }[]>();
  for (const idea of model.ideas) {
    if ((model.links.get(idea.nodeId)?.length ?? 0) > 0) continue;
    const own: { word: string; key: string }[] = [];
    for (const word of new Set(meaningfulWords(idea.text))) own.push({ word, key: wordKey(word) });
    ideaWords.set(idea.nodeId, own);
  }
  let painsByKey: Map<string, number[]> | null = null;
  const painIndex = (): Map<string, number[]> => {
    if (painsByKey) return painsByKey;
    const built = new Map<string, number[]>();
    for (const own of ideaWords.values()) for (const { key } of own) if (!built.has(key)) built.set(key, []);
    const keysOf = meaningfulKeyReader();
    for (let i = 0; i < pains.length; i++) {
      const pain = pains[i];
      if (!pain) continue;
      // Keyed once per distinct text (pains with the same text share their facts).
      for (const key of (pain.facts.matchKeys ??= keysOf(pain.text))) {
        const list = built.get(key);
        if (list !== undefined && list[list.length - 1] !== i) list.push(i); // a key twice in one pain counts once
      }
    }
    painsByKey = built;
    return built;
  };

  const matches = new Map<string, IdeaMatch>();
  for (const idea of model.ideas) matches.set(idea.nodeId, matchOne(idea));
  return matches;

  function matchOne(idea: Idea): IdeaMatch {
    const linked = model.links.get(idea.nodeId);
    if (linked && linked.length > 0) {
      const linkedPains = linked
        .map((id) => model.touchpointsById.get(id))
        .filter((t): t is Touchpoint => t !== undefined && isPain(t))
        .sort((a, b) => (rank.get(a.nodeId) ?? 0) - (rank.get(b.nodeId) ?? 0));
      return { pains: linkedPains, matchedBy: 'connector', sharedWords: [] };
    }
    const hit = new Set<number>();
    const shared: string[] = [];
    for (const { word, key } of ideaWords.get(idea.nodeId) ?? []) {
      let used = false;
      const posting = painIndex().get(key) ?? [];
      if (posting.length > MAX_PAINS_PER_WORD) continue;
      for (const i of posting) {
        const pain = pains[i];
        if (!pain || (idea.journeyIndex !== null && pain.journeyIndex !== idea.journeyIndex)) continue;
        hit.add(i);
        used = true;
      }
      if (used) shared.push(word);
    }
    if (hit.size === 0) return { pains: [], matchedBy: 'none', sharedWords: [] };
    const matched = [...hit].sort((a, b) => a - b).flatMap((i) => (pains[i] ? [pains[i]] : []));
    return { pains: matched, matchedBy: 'words', sharedWords: shared };
  }
}
