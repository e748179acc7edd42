// Improvement candidates (ideas + pains nobody addressed yet), scored, ranked and explained.
import type { Strings } from '../i18n';
import type { Journey, JourneyModel, Touchpoint } from '../journey/model';
import type { ImprovementReport } from '../report/types';
import type { IdeaMatch } from './matchIdeasToPains';
import { painsOf } from '../journey/phasePains';
import { readEffortImpact } from './readEffortImpact';
import { scoreImprovement } from './scoreImprovement';

interface Candidate {
  /** Ranked once sorted (rank stays the first field, as the report lists it). */
  report: ImprovementReport;
  journeyOrder: number;
  phaseOrder: number;
  id: string;
}

/** Ranked improvements of the whole board; ranks start at 1. */
export function rankImprovements(model: JourneyModel, matches: ReadonlyMap<string, IdeaMatch>, strings: Strings['engine']): ImprovementReport[] {
  const candidates: Candidate[] = [];
  const addressed = new Set<string>();

  for (const idea of model.ideas) {
    const match = matches.get(idea.nodeId) ?? { pains: [], matchedBy: 'none' as const, sharedWords: [] };
    for (const pain of match.pains) addressed.add(pain.nodeId);
    const { effort, impact: statedImpact } = readEffortImpact(idea.text);
    const scored = scoreImprovement(match.pains, idea.votes, effort, statedImpact);
    const first = match.pains[0];
    const journeyIndex = idea.journeyIndex ?? first?.journeyIndex ?? null;
    const journey = journeyIndex === null ? undefined : model.journeys[journeyIndex];
    const why = [
      painSummary(match.pains, model.journeys, strings),
      ...(scored.totalVotes > 0 ? [strings.why.votes(scored.totalVotes)] : []),
      ...(effort ? [strings.why.effort(strings.levels[effort])] : []),
    ].join(', ');
    candidates.push({
      report: {
        rank: 0,
        text: idea.text,
        nodeId: idea.nodeId,
        painNodeId: null,
        kind: 'idea',
        journey: journey ? { id: journey.id, name: journey.name } : null,
        score: scored.score,
        effort,
        impact: scored.impact,
        votes: idea.votes,
        quickWin: scored.quickWin,
        addresses: match.pains.map((p) => p.nodeId),
        matchedBy: match.matchedBy,
        why: match.matchedBy === 'words' ? `${why}; ${strings.why.sharedWords(match.sharedWords.join(', '))}` : why,
      },
      journeyOrder: journeyIndex ?? Infinity,
      phaseOrder: first && first.journeyIndex === journeyIndex ? first.phaseIndex : Infinity,
      id: idea.nodeId,
    });
  }

  for (const journey of model.journeys) {
    for (const phase of journey.phases) {
      // Within a phase the reason differs only by the votes: each wording is made once.
      const whyByVotes = new Map<number, string>();
      for (const pain of painsOf(phase)) {
        if (addressed.has(pain.nodeId)) continue;
        const scored = scoreImprovement([pain], 0, null, null);
        let why = whyByVotes.get(scored.totalVotes);
        if (why === undefined) {
          why = [
            strings.why.needsIdea,
            painSummary([pain], model.journeys, strings),
            ...(scored.totalVotes > 0 ? [strings.why.votes(scored.totalVotes)] : []),
          ].join(', ');
          whyByVotes.set(scored.totalVotes, why);
        }
        candidates.push({
          report: {
            rank: 0,
            text: pain.text,
            nodeId: null,
            painNodeId: pain.nodeId,
            kind: 'needs-idea',
            journey: { id: journey.id, name: journey.name },
            score: scored.score,
            effort: null,
            impact: scored.impact,
            votes: pain.votes,
            quickWin: false,
            addresses: [pain.nodeId],
            matchedBy: 'none',
            why,
          },
          journeyOrder: journey.index,
          phaseOrder: phase.index,
          id: pain.nodeId,
        });
      }
    }
  }

  candidates.sort(
    (a, b) =>
      b.report.score - a.report.score ||
      a.journeyOrder - b.journeyOrder ||
      a.phaseOrder - b.phaseOrder ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return candidates.map((c, i) => {
    c.report.rank = i + 1;
    return c.report;
  });
}

/** The set of pains an improvement list leaves without an idea. */
export function addressedPainIds(matches: ReadonlyMap<string, IdeaMatch>): Set<string> {
  const ids = new Set<string>();
  for (const match of matches.values()) for (const pain of match.pains) ids.add(pain.nodeId);
  return ids;
}

function painSummary(pains: readonly Touchpoint[], journeys: readonly Journey[], strings: Strings['engine']): string {
  if (pains.length === 0) return strings.why.noPains;
  const phases: string[] = [];
  for (const pain of pains) {
    const name = journeys[pain.journeyIndex]?.phases[pain.phaseIndex]?.name;
    if (name !== undefined && !phases.includes(name)) phases.push(name);
  }
  return strings.why.pains(pains.length, phases.join(' & '));
}
