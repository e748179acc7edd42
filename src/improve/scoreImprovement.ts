/**
 * How an improvement candidate is scored (the README quotes this):
 *
 *   painWeight = Σ over the pains it addresses of ( |score of the pain| + votes on the pain )
 *   score      = round2( ( painWeight + votes on the improvement sticky ) × effortFactor )
 *   effortFactor: low 1.5 · medium 1 · high 0.6 · not stated 1
 *   impact (when no `impact:` tag): painWeight ≥ 4 → high, ≥ 2 → medium, > 0 → low, else none
 *   quickWin   = effort low AND impact high
 *
 * A pain's |score| is 1 or 2 on the −2…+2 scale (at least 1 for any negative touchpoint).
 * A "needs an idea" row is scored the same way for its one pain, with no votes of its own and
 * effort not stated. Ranking: score desc, then journey order, phase order, node id.
 */
import type { Touchpoint } from '../journey/model';
import type { Effort, Impact } from '../domain';

const EFFORT_FACTOR: Record<Effort, number> = { low: 1.5, medium: 1, high: 0.6 };

export interface ImprovementScore {
  score: number;
  painWeight: number;
  /** Votes on the improvement and on its pains together (the "why" shows this). */
  totalVotes: number;
  impact: Impact | null;
  quickWin: boolean;
}

export function scoreImprovement(pains: readonly Touchpoint[], ownVotes: number, effort: Effort | null, statedImpact: Impact | null): ImprovementScore {
  let painWeight = 0;
  let painVotes = 0;
  for (const pain of pains) {
    painWeight += Math.max(1, Math.abs(pain.sentiment.score)) + pain.votes;
    painVotes += pain.votes;
  }
  const factor = effort ? EFFORT_FACTOR[effort] : 1;
  const score = Math.round((painWeight + ownVotes) * factor * 100) / 100;
  const impact = statedImpact ?? derivedImpact(painWeight);
  return { score, painWeight, totalVotes: ownVotes + painVotes, impact, quickWin: effort === 'low' && impact === 'high' };
}

function derivedImpact(painWeight: number): Impact | null {
  if (painWeight >= 4) return 'high';
  if (painWeight >= 2) return 'medium';
  return painWeight > 0 ? 'low' : null;
}
