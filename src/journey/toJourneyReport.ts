// The journey model as the report shows it: phases, channels, curve, participation, channel mix.
import type { Sentiment } from '../domain';
import { statesFeeling } from '../emotion/statesFeeling';
import type { CoverageCellReport, CoverageRowReport, JourneyReport } from '../report/types';
import { feelingTone, meanScore } from './meanScore';
import { phaseMeanScore } from './phaseFeelings';
import type { Journey, Touchpoint } from './model';

/** The journey's part of the report; its completeness is added from the whole report (src/analyse.ts). */
export function toJourneyReport(journey: Journey): Omit<JourneyReport, 'completeness'> {
  const phases = journey.phases.map((phase) => ({
    id: phase.id,
    name: phase.name,
    stage: phase.stage,
    touchpoints: phase.touchpoints.map((t) => ({
      nodeId: t.nodeId,
      text: t.text,
      channel: t.channel ? { name: t.channel.name, id: t.channel.id, kind: t.channel.kind } : null,
      sentiment: copySentiment(t.sentiment),
      votes: t.votes,
      author: t.author,
    })),
    attributes: phase.attributes.map((a) => ({ nodeId: a.nodeId, lane: a.lane, text: a.text, sentiment: copySentiment(a.sentiment) })),
    meanScore: phaseMeanScore(phase),
    read: phase.reading.stage === null ? null : { how: phase.reading.how, from: phase.reading.from, covers: [...phase.reading.covers] },
  }));

  const anyAuthor = journey.phases.some((p) => p.touchpoints.some((t) => t.author) || p.attributes.some((a) => a.author));
  return {
    id: journey.id,
    name: journey.name,
    personas: journey.personas.map((p) => ({ ...p, notes: [...p.notes] })),
    phases,
    channels: journey.channels.map((lane) => ({
      name: lane.channel.name,
      id: lane.channel.id,
      kind: lane.channel.kind,
      nodeIds: [...lane.nodeIds],
      touchpointCount: lane.touchpointCount,
    })),
    emotionCurve: phases.map((p) => ({ phaseId: p.id, phaseName: p.name, score: p.meanScore })),
    participation: {
      byPhase: anyAuthor
        ? journey.phases.map((phase) => {
            const counts = new Map<string, number>();
            for (const s of [...phase.touchpoints, ...phase.attributes]) if (s.author) counts.set(s.author, (counts.get(s.author) ?? 0) + 1);
            const authors = [...counts].map(([name, count]) => ({ name, count }));
            authors.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            return { phaseId: phase.id, phaseName: phase.name, authors };
          })
        : [],
    },
    channelMix: {
      // Touchpoints without a channel count as unknown, so the three add up to the phase's touchpoints.
      byPhase: journey.phases.map((phase) => {
        const mix = { phaseId: phase.id, phaseName: phase.name, traditional: 0, digital: 0, unknown: 0 };
        for (const t of phase.touchpoints) mix[t.channel ? t.channel.kind : 'unknown']++;
        return mix;
      }),
    },
    coverage: coverageRows(journey),
    bounds: journey.bounds ? { ...journey.bounds } : null,
  };
}

/**
 * The phase × channel grid. Rows follow the journey's channel lanes (declared ones first, then
 * those only a touchpoint's tag names), grouped by the lane's key, so "Web" and "web" share a row.
 */
function coverageRows(journey: Journey): CoverageRowReport[] {
  const rowOf = new Map<string, number>();
  journey.channels.forEach((lane, i) => rowOf.set(lane.channel.key, i));
  const grid = journey.channels.map(() => journey.phases.map((): Touchpoint[] => []));
  const noChannel = journey.phases.map((): Touchpoint[] => []);
  for (const phase of journey.phases) {
    for (const t of phase.touchpoints) {
      const row = t.channel === null ? undefined : rowOf.get(t.channel.key);
      // Every tagged touchpoint has a lane (the model adds one); a missing one would be an engine bug.
      const cells = row === undefined ? (t.channel === null ? noChannel : undefined) : grid[row];
      if (cells === undefined) throw new Error(`Touchpoint ${t.nodeId} names a channel without a lane`);
      cells[phase.index]?.push(t);
    }
  }
  const toCells = (cells: Touchpoint[][]): CoverageCellReport[] =>
    cells.map((touchpoints, p) => {
      const mean = meanScore(touchpoints);
      return {
        phaseId: journey.phases[p]?.id ?? '',
        touchpoints: touchpoints.length,
        feelingStated: touchpoints.some((t) => statesFeeling(t.sentiment)),
        meanScore: mean,
        tone: feelingTone(mean),
        nodeIds: touchpoints.map((t) => t.nodeId),
      };
    });
  const rows: CoverageRowReport[] = journey.channels.map((lane, i) => ({ channel: lane.channel.name, cells: toCells(grid[i] ?? []) }));
  if (noChannel.some((cell) => cell.length > 0)) rows.push({ channel: null, cells: toCells(noChannel) });
  return rows;
}

/** The report's own copy (the model shares one reading between stickies with the same text). */
function copySentiment(s: Readonly<Sentiment>): Sentiment {
  return { score: s.score, polarity: s.polarity, emotion: s.emotion, source: s.source };
}
