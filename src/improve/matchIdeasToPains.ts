// Which pains each improvement idea addresses: by connector, else by the words they share,
// weighted by how rare each word is on this board (an inverted index over the pains' words, so
// each idea looks up its own words only).
import type { Idea, JourneyModel, Touchpoint } from '../journey/model';
import { painsOf } from '../journey/phasePains';
import { type MatchWord, matchWords } from './matchWords';

/**
 * A shared word weighs ln(stickies on the board ÷ stickies holding it): a word on one sticky in
 * five weighs ln 5. An idea links a pain when the words they share weigh at least this together,
 * so one word from at most a fifth of the stickies does, two from at most 45 % each do, and "app"
 * on an app journey's every other sticky does not.
 */
export const MIN_LINK_WEIGHT = Math.log(5);
/**
 * A word on at most this many stickies (the idea and one pain) is as specific as a word can be,
 * whatever the board's size: on a small board it still links on its own.
 */
export const RARE_COUNT = 2;
/** A word on more than this share of the board's stickies says nothing specific: it weighs nothing. */
export const COMMON_SHARE = 0.5;
/**
 * Below this many stickies with text a board is too small to tell rare words from common ones
 * (a first draft, a test board): there every shared word links, as a word on two stickies does.
 */
export const MIN_STICKIES_FOR_RARITY = 10;

export interface IdeaMatch {
  /** Pain touchpoints addressed, in journey and phase order. */
  pains: Touchpoint[];
  matchedBy: 'connector' | 'words' | 'none';
  /** The idea's words that met a linked pain (for "matched by shared words: …"). */
  sharedWords: string[];
}

export function isPain(t: Touchpoint): boolean {
  return t.sentiment.polarity < 0;
}

export function matchIdeasToPains(model: JourneyModel): Map<string, IdeaMatch> {
  // Pains in board order: journey, phase, then as read.
  const pains: Touchpoint[] = [];
  for (const journey of model.journeys) for (const phase of journey.phases) pains.push(...painsOf(phase));
  const rank = new Map(pains.map((p, i) => [p.nodeId, i]));

  // Ideas without connectors are matched by their words. The board is read for words only when
  // such an idea exists (boards whose ideas all use connectors never tokenise their stickies).
  const ideaWords = new Map<string, MatchWord[]>();
  for (const idea of model.ideas) {
    if ((model.links.get(idea.nodeId)?.length ?? 0) > 0) continue;
    ideaWords.set(idea.nodeId, matchWords(idea.text));
  }
  const index = ideaWords.size > 0 ? indexBoard(model, pains, ideaWords) : null;

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
    if (!index) return { pains: [], matchedBy: 'none', sharedWords: [] };
    const weightOf = new Map<number, number>();
    const wordsOf = new Map<number, string[]>();
    for (const { word, key } of ideaWords.get(idea.nodeId) ?? []) {
      const weight = index.weight(key);
      if (weight <= 0) continue;
      for (const i of index.painsWith.get(key) ?? []) {
        const pain = pains[i];
        if (!pain || (idea.journeyIndex !== null && pain.journeyIndex !== idea.journeyIndex)) continue;
        weightOf.set(i, (weightOf.get(i) ?? 0) + weight);
        wordsOf.set(i, [...(wordsOf.get(i) ?? []), word]);
      }
    }
    const hit = [...weightOf].filter(([, w]) => w >= MIN_LINK_WEIGHT - 1e-9).map(([i]) => i).sort((a, b) => a - b);
    if (hit.length === 0) return { pains: [], matchedBy: 'none', sharedWords: [] };
    const used = new Set(hit.flatMap((i) => wordsOf.get(i) ?? []));
    const shared = (ideaWords.get(idea.nodeId) ?? []).map((w) => w.word).filter((w) => used.has(w));
    return { pains: hit.flatMap((i) => (pains[i] ? [pains[i]] : [])), matchedBy: 'words', sharedWords: shared };
  }
}

interface BoardIndex {
  /** Pain indices holding each key the ideas use, each pain once. */
  painsWith: Map<string, number[]>;
  /** The weight of a key the ideas use: 0 when the word is common on the board. */
  weight(key: string): number;
}

/** Counts, for the keys the ideas use only, how many stickies on the board hold them and which pains. */
function indexBoard(model: JourneyModel, pains: readonly Touchpoint[], ideaWords: ReadonlyMap<string, MatchWord[]>): BoardIndex {
  const wanted = new Set<string>();
  for (const own of ideaWords.values()) for (const { key } of own) wanted.add(key);
  const keysOfText = new Map<string, string[]>();
  const keysOf = (text: string): string[] => {
    let keys = keysOfText.get(text);
    if (keys === undefined) {
      keys = matchWords(text).map((w) => w.key);
      keysOfText.set(text, keys);
    }
    return keys;
  };

  // Every sticky with text counts once: touchpoints, lane stickies, ideas and loose stickies.
  const stickyCount = new Map<string, number>();
  let stickies = 0;
  const count = (text: string): void => {
    stickies++;
    for (const key of keysOf(text)) if (wanted.has(key)) stickyCount.set(key, (stickyCount.get(key) ?? 0) + 1);
  };
  for (const journey of model.journeys) {
    for (const phase of journey.phases) {
      for (const t of phase.touchpoints) count(t.text);
      for (const a of phase.attributes) count(a.text);
    }
    for (const s of journey.unplaced) count(s.text);
  }
  for (const idea of model.ideas) count(idea.text);
  for (const s of model.unplaced) count(s.text);

  const painsWith = new Map<string, number[]>();
  pains.forEach((pain, i) => {
    // Keyed once per distinct text (pains with the same text share their facts).
    for (const key of (pain.facts.matchKeys ??= keysOf(pain.text))) {
      if (!wanted.has(key)) continue;
      const list = painsWith.get(key) ?? [];
      list.push(i);
      painsWith.set(key, list);
    }
  });

  return {
    painsWith,
    weight(key) {
      const n = stickyCount.get(key) ?? 0;
      if (n === 0) return 0;
      if (n <= RARE_COUNT || stickies < MIN_STICKIES_FOR_RARITY) return Math.max(Math.log(stickies / n), MIN_LINK_WEIGHT);
      return n > stickies * COMMON_SHARE ? 0 : Math.log(stickies / n);
    },
  };
}
