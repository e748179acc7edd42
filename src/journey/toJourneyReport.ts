// The journey model as the report shows it: phases, channels, curve, participation, channel mix.
import { meanScore } from './meanScore';
import type { Sentiment } from '../domain';
import type { JourneyReport } from '../report/types';
import type { Journey } from './model';

export function toJourneyReport(journey: Journey): JourneyReport {
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
    meanScore: meanScore(phase.touchpoints),
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
    bounds: journey.bounds ? { ...journey.bounds } : null,
  };
}

/** The report's own copy (the model shares one reading between stickies with the same text). */
function copySentiment(s: Readonly<Sentiment>): Sentiment {
  return { score: s.score, polarity: s.polarity, emotion: s.emotion, source: s.source };
}
