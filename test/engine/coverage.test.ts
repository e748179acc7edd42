// The coverage grid is the engine's: counts, means and tones per phase × channel, one rule with the phase mean.
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { feelingTone, TONE_THRESHOLD } from '../../src/journey/meanScore';
import type { JourneyReport } from '../../src/report/types';
import { board, journey } from '../helpers/snapshotBuilder';

/** One journey whose phases hold the given sticky texts (in order, top to bottom). */
function journeyOf(phases: Record<string, readonly string[]>): JourneyReport {
  const b = board();
  const names = Object.keys(phases);
  journey(b, 'J', names, (phase, i, x, y) => {
    (phases[names[i] ?? ''] ?? []).forEach((text, k) => phase.sticky(text, { x: x + 10, y: y + 10 + k * 110 }, { id: `${i}-${k}` }));
  });
  const [j] = analyseBoard(b.build()).journeys;
  if (!j) throw new Error('no journey read');
  return j;
}

const cell = (j: JourneyReport, channel: string | null, phase: number) => j.coverage.find((r) => r.channel === channel)?.cells[phase];

describe('coverage grid', () => {
  it('counts a stated neutral (tag or face) in the mean, as the phase mean and the curve do', () => {
    const j = journeyOf({ Oriëntatie: ['Kassa [Winkel] Emotie: neutraal', 'Lange rij [Winkel] -2', 'Folder [Winkel]'], Kopen: ['Betalen [Winkel] 😐'] });
    expect(cell(j, 'Winkel', 0)).toMatchObject({ touchpoints: 3, feelingStated: true, meanScore: -1, tone: 'negative', nodeIds: ['0-0', '0-1', '0-2'] });
    expect(j.phases[0]?.meanScore).toBe(-1);
    expect(j.emotionCurve[0]?.score).toBe(-1);
    expect(cell(j, 'Winkel', 1)).toMatchObject({ touchpoints: 1, feelingStated: true, meanScore: 0, tone: 'neutral' });
  });

  it('a cell without a stated feeling has no mean and no tone', () => {
    const j = journeyOf({ Oriëntatie: ['Folder [Winkel]'], Kopen: [] });
    expect(cell(j, 'Winkel', 0)).toMatchObject({ touchpoints: 1, feelingStated: false, meanScore: null, tone: 'none' });
    expect(cell(j, 'Winkel', 1)).toMatchObject({ touchpoints: 0, feelingStated: false, meanScore: null, tone: 'none', nodeIds: [] });
  });

  it('one row per channel lane (spellings of one channel share it), a no-channel row only when needed', () => {
    const withTags = journeyOf({ Oriëntatie: ['Zoekt [Website] +1', 'Leest [web] +2'], Kopen: ['Belt [Telefoon]'] });
    expect(withTags.coverage.map((r) => r.channel)).toEqual(['Website', 'Telefoon']);
    expect(cell(withTags, 'Website', 0)).toMatchObject({ touchpoints: 2, meanScore: 1.5, tone: 'positive' });
    expect(withTags.coverage.map((r) => r.channel)).toEqual(withTags.channels.map((c) => c.name));
    const untagged = journeyOf({ Oriëntatie: ['Zoekt [Website] +1', 'Hoort van buurvrouw'], Kopen: [] });
    expect(untagged.coverage.map((r) => [r.channel, r.cells.map((c) => c.touchpoints)])).toEqual([
      ['Website', [1, 0]],
      [null, [1, 0]],
    ]);
  });

  it('reads negative from −0.5 and positive from +0.5 on (the boundary belongs to the tone)', () => {
    expect(TONE_THRESHOLD).toBe(0.5);
    expect([-0.5, -0.49, 0, 0.49, 0.5].map(feelingTone)).toEqual(['negative', 'neutral', 'neutral', 'neutral', 'positive']);
    expect(feelingTone(null)).toBe('none');
    const j = journeyOf({ Oriëntatie: ['Prima [Winkel] +0.5'], Kopen: ['Matig [Winkel] -0.5'] });
    expect(cell(j, 'Winkel', 0)).toMatchObject({ meanScore: 0.5, tone: 'positive' });
    expect(cell(j, 'Winkel', 1)).toMatchObject({ meanScore: -0.5, tone: 'negative' });
  });
});
