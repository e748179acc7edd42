/** A hand-built report for the renderer tests (the engine is tested elsewhere). */
import type { Report, Sentiment, TouchpointReport } from '../../src/report/types';

const none: Sentiment = { score: 0, polarity: 0, emotion: null, source: 'none' };
const angry: Sentiment = { score: -2, polarity: -1, emotion: 'angry', source: 'tag' };
const happy: Sentiment = { score: 1, polarity: 1, emotion: 'happy', source: 'words' };

function touchpoint(nodeId: string, text: string, channel: string | null, sentiment: Sentiment, votes = 0): TouchpointReport {
  return { nodeId, text, channel: channel === null ? null : { name: channel, id: null, kind: 'unknown' }, sentiment, votes, author: null };
}

export function sampleReport(lang: 'nl' | 'en' = 'nl'): Report {
  return {
    version: 1,
    board: { name: 'Bakkerij | De Korenschoof' },
    lang,
    journeys: [
      {
        id: 'j1',
        name: 'Gezin met kinderen',
        personas: [{ nodeId: 'p1', name: 'Sanne (34)', notes: ['Werkt parttime'], global: true }],
        phases: [
          {
            id: 'ph1',
            name: '1. Oriëntatie',
            stage: 'orientation',
            touchpoints: [touchpoint('t1', 'Ziet een post op Instagram 😍', 'Instagram', happy, 2), touchpoint('t2', 'Folder in de bus', 'Folder', none)],
            attributes: [],
            meanScore: 1,
          },
          {
            id: 'ph2',
            name: 'Bestellen',
            stage: 'purchase',
            touchpoints: [touchpoint('t3', '=HYPERLINK("http://evil") | taart *bestellen*', 'Webshop', angry, 3)],
            attributes: [],
            meanScore: -2,
          },
          { id: 'ph3', name: 'Nazorg', stage: null, touchpoints: [], attributes: [], meanScore: null },
        ],
        channels: [],
        emotionCurve: [
          { phaseId: 'ph1', phaseName: '1. Oriëntatie', score: 1 },
          { phaseId: 'ph2', phaseName: 'Bestellen', score: -2 },
          { phaseId: 'ph3', phaseName: 'Nazorg', score: null },
        ],
        participation: {
          byPhase: [
            { phaseId: 'ph1', phaseName: '1. Oriëntatie', authors: [{ name: 'Anouk', count: 2 }] },
            { phaseId: 'ph2', phaseName: 'Bestellen', authors: [{ name: 'Bram', count: 1 }] },
            { phaseId: 'ph3', phaseName: 'Nazorg', authors: [] },
          ],
        },
        channelMix: {
          byPhase: [
            { phaseId: 'ph1', phaseName: '1. Oriëntatie', traditional: 1, digital: 1, unknown: 0 },
            { phaseId: 'ph2', phaseName: 'Bestellen', traditional: 0, digital: 1, unknown: 0 },
            { phaseId: 'ph3', phaseName: 'Nazorg', traditional: 0, digital: 0, unknown: 0 },
          ],
        },
        coverage: [], // not read by the renderers
        bounds: null,
        completeness: { percent: 64, missing: [{ key: 'channels', message: 'Denk ook aan de kanalen die nog niet gebruikt zijn: tv, radio' }] },
      },
    ],
    findings: [
      {
        rule: 'phase-empty',
        severity: 'error',
        message: 'Nazorg heeft geen contactmomenten: wie of wat zijn we hier vergeten?',
        journey: { id: 'j1', name: 'Gezin met kinderen' },
        phase: { id: 'ph3', name: 'Nazorg' },
        channel: null,
        stage: null,
        nodeIds: ['ph3'],
      },
      {
        rule: 'emotion-drop',
        severity: 'warning',
        message: 'De score daalt van +1,0 naar −2,0, "een moment van de waarheid"',
        journey: { id: 'j1', name: 'Gezin met kinderen' },
        phase: { id: 'ph2', name: 'Bestellen' },
        channel: null,
        stage: 'purchase',
        nodeIds: ['t3'],
      },
      {
        rule: 'unplaced-sticky',
        severity: 'info',
        message: '@team: deze sticky ligt los; plaats hem in een fase',
        journey: null,
        phase: null,
        channel: null,
        stage: null,
        nodeIds: ['x1'],
      },
    ],
    improvements: [
      {
        rank: 1,
        text: 'Bezorgtijd tonen; bij het afrekenen\nmet "kiezer"',
        nodeId: 'i1',
        painNodeId: null,
        kind: 'idea',
        journey: { id: 'j1', name: 'Gezin met kinderen' },
        score: 7.5,
        effort: 'low',
        impact: 'high',
        votes: 3,
        quickWin: true,
        addresses: ['t3'],
        matchedBy: 'connector',
        why: '1 pijnpunt in Bestellen, 3 stemmen, inspanning laag',
      },
      {
        rank: 2,
        text: '-Wachtrij bij de kassa',
        nodeId: null,
        painNodeId: 't9',
        kind: 'needs-idea',
        journey: { id: 'j1', name: 'Gezin met kinderen' },
        score: 2,
        effort: null,
        impact: null,
        votes: 0,
        quickWin: false,
        addresses: ['t9'],
        matchedBy: 'none',
        why: '1 pijnpunt zonder idee',
      },
    ],
    stickies: [],
    summary: { journeys: 1, phases: 3, touchpoints: 3, errors: 1, warnings: 1, infos: 1, improvements: 2 },
  };
}
