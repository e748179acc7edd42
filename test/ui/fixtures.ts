/** Reports for panel tests, typed against the real contract so a contract change breaks them. */
import type { Finding, ImprovementReport, JourneyReport, PhaseReport, Report, Sentiment, TouchpointReport } from '../../src/report/types';

const NEUTRAL: Sentiment = { score: 0, polarity: 0, emotion: null, source: 'none' };

export function sentiment(score: number): Sentiment {
  return { score, polarity: score > 0 ? 1 : score < 0 ? -1 : 0, emotion: score < 0 ? 'irritated' : score > 0 ? 'happy' : null, source: score === 0 ? 'none' : 'words' };
}

export function touchpoint(nodeId: string, text: string, channel: string | null, score = 0, author: string | null = null): TouchpointReport {
  return {
    nodeId,
    text,
    channel: channel === null ? null : { name: channel, id: null, kind: 'unknown' },
    sentiment: score === 0 ? NEUTRAL : sentiment(score),
    votes: 0,
    author,
  };
}

export function phase(id: string, name: string, touchpoints: TouchpointReport[]): PhaseReport {
  const scored = touchpoints.filter((t) => t.sentiment.score !== 0 || t.sentiment.emotion !== null);
  const meanScore = scored.length === 0 ? null : scored.reduce((s, t) => s + t.sentiment.score, 0) / scored.length;
  return { id, name, stage: null, touchpoints, attributes: [], meanScore };
}

export function journey(id: string, name: string, phases: PhaseReport[], channels: string[], personas: string[] = []): JourneyReport {
  const byPhase = phases.map((p) => {
    const counts = new Map<string, number>();
    for (const t of p.touchpoints) if (t.author !== null) counts.set(t.author, (counts.get(t.author) ?? 0) + 1);
    return { phaseId: p.id, phaseName: p.name, authors: [...counts].map(([name, count]) => ({ name, count })) };
  });
  return {
    id,
    name,
    personas: personas.map((name, i) => ({ nodeId: `${id}-persona-${i}`, name, notes: [], global: false })),
    phases,
    channels: channels.map((name) => ({
      name,
      id: null,
      kind: 'unknown',
      nodeIds: [],
      touchpointCount: phases.reduce((n, p) => n + p.touchpoints.filter((t) => t.channel?.name === name).length, 0),
    })),
    emotionCurve: phases.map((p) => ({ phaseId: p.id, phaseName: p.name, score: p.meanScore })),
    participation: { byPhase: byPhase.some((p) => p.authors.length > 0) ? byPhase : [] },
    channelMix: { byPhase: phases.map((p) => ({ phaseId: p.id, phaseName: p.name, traditional: 0, digital: 0, unknown: p.touchpoints.length })) },
    bounds: null,
  };
}

export function finding(rule: Finding['rule'], severity: Finding['severity'], message: string, nodeIds: string[]): Finding {
  return { rule, severity, message, journey: { id: 'j1', name: 'Bakkerij' }, phase: null, channel: null, stage: null, nodeIds };
}

export function improvement(rank: number, text: string, nodeId: string | null, quickWin = false): ImprovementReport {
  return {
    rank,
    text,
    nodeId,
    painNodeId: nodeId === null ? 'pain-1' : null,
    kind: nodeId === null ? 'needs-idea' : 'idea',
    journey: { id: 'j1', name: 'Bakkerij' },
    score: 10 - rank,
    effort: quickWin ? 'low' : 'medium',
    impact: quickWin ? 'high' : 'medium',
    votes: rank,
    quickWin,
    addresses: ['tp-2'],
    matchedBy: 'words',
    why: `2 pains in Kopen, ${rank} votes`,
  };
}

export function makeReport(journeys: JourneyReport[], findings: Finding[] = [], improvements: ImprovementReport[] = []): Report {
  const touchpoints = journeys.reduce((n, j) => n + j.phases.reduce((m, p) => m + p.touchpoints.length, 0), 0);
  return {
    version: 1,
    board: { name: 'Bakkerij De Korenbloem' },
    lang: 'nl',
    journeys,
    findings,
    improvements,
    stickies: [],
    summary: {
      journeys: journeys.length,
      phases: journeys.reduce((n, j) => n + j.phases.length, 0),
      touchpoints,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      improvements: improvements.length,
    },
  };
}

/** A small realistic board: two journeys, an empty cell, a channel-less sticky, authors, findings, improvements. */
export function bakeryReport(): Report {
  const j1 = journey(
    'j1',
    'Bakkerij',
    [
      phase('p1', 'Oriëntatie', [touchpoint('tp-1', 'Zoekt op Google naar taart', 'Website', 1, 'Anna'), touchpoint('tp-4', 'Hoort van buurvrouw', null, 2, 'Bram')]),
      phase('p2', 'Kopen', [touchpoint('tp-2', 'Lange rij bij de kassa 😡', 'Winkel', -2, 'Anna'), touchpoint('tp-3', 'Pinautomaat stuk', 'Winkel', -1, 'Anna')]),
      phase('p3', 'Nazorg', []),
    ],
    ['Website', 'Winkel'],
    ['Drukke ouder'],
  );
  const j2 = journey('j2', 'Zakelijk', [phase('q1', 'Oriëntatie', [touchpoint('tp-9', 'Belt voor offerte', 'Telefoon', 1)])], ['Telefoon']);
  return makeReport(
    [j1, j2],
    [
      finding('phase-empty', 'error', 'Fase Nazorg heeft geen touchpoints', ['p3']),
      finding('pain-hotspot', 'warning', 'Kopen heeft 2 pijnpunten', ['tp-2', 'tp-3']),
      finding('persona-missing', 'info', 'Zakelijk heeft geen persona', []),
    ],
    [improvement(1, 'Tweede kassa op zaterdag', 'idea-1', true), improvement(2, 'Pinautomaat vervangen', null)],
  );
}

/** A board of `stickies` touchpoints spread over phases and channels, for paging and timing. */
export function largeReport(stickies: number, variant = 0): Report {
  const phaseNames = ['Oriëntatie', 'Overweging', 'Aankoop', 'Gebruik', 'Nazorg'];
  const channels = ['Website', 'Winkel', 'Telefoon', 'E-mail', 'App'];
  const phases = phaseNames.map((name, p) =>
    phase(
      `p${p}`,
      name,
      Array.from({ length: Math.floor(stickies / phaseNames.length) }, (_, i) =>
        touchpoint(`${p}:${i}`, `Sticky ${p}-${i} v${variant}`, channels[(i + p) % channels.length] ?? null, ((i + variant) % 5) - 2, `Author ${i % 7}`),
      ),
    ),
  );
  const j = journey('big', 'Grote journey', phases, channels, ['Klant']);
  const findings = Array.from({ length: Math.floor(stickies / 10) }, (_, i) =>
    finding('duplicate-touchpoint', i % 3 === 0 ? 'warning' : 'info', `Finding ${i} v${variant}`, [`0:${i}`]),
  );
  const improvements = Array.from({ length: Math.floor(stickies / 20) }, (_, i) => improvement(i + 1, `Idea ${i}`, `idea-${i}`, i % 4 === 0));
  return makeReport([j], findings, improvements);
}
