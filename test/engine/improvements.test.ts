import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import type { ImprovementReport, Report } from '../../src/report/types';
import { readEffortImpact } from '../../src/improve/readEffortImpact';
import { board, journey } from '../helpers/snapshotBuilder';

function idea(report: Report, text: string): ImprovementReport | undefined {
  return report.improvements.find((i) => i.text === text);
}

describe('votes', () => {
  test('stamps stuck to a sticky, else stamps whose centre lies on it; thumbs down is no vote', () => {
    const b = board();
    let tp = '';
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 0) tp = p.sticky('Duur -1', { x: x + 10, y: y + 10 });
    });
    b.stamp({ x: 5000, y: 5000 }, { stuckTo: tp }); // stuck, lying elsewhere
    b.stamp({ x: 250, y: 100 }); // centre (260, 110) on the sticky (210…310, 60…160)
    b.stamp({ x: 250, y: 100 }, { name: 'Thumbs down' });
    b.stamp({ x: 250, y: 100 }, { generated: true });
    b.stamp({ x: 900, y: 900 }); // on nothing
    b.stamp({ x: 250, y: 100 }, { stuckTo: 'section-1' }); // stuck to the journey section, lying on the sticky
    b.stamp({ x: 250, y: 100 }, { stuckTo: 'gone' }); // stuck to an unknown node: counts where it lies
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.id).toBe('section-1');
    expect(report.journeys[0]?.phases[0]?.touchpoints[0]?.votes).toBe(3);
  });

  test('a stamp on overlapping stickies votes for the front-most', () => {
    const b = board();
    const ids: string[] = [];
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 0) {
        ids.push(p.sticky('Achter', { x: x + 10, y: y + 10 }));
        ids.push(p.sticky('Voor', { x: x + 50, y: y + 50 }));
      }
    });
    b.stamp({ x: 280, y: 130 });
    const tps = analyseBoard(b.build()).journeys[0]?.phases[0]?.touchpoints ?? [];
    expect(tps.map((t) => [t.text, t.votes])).toEqual([['Achter', 0], ['Voor', 1]]);
  });
});

describe('linking ideas to pains', () => {
  test('a connector in either direction links an idea to a touchpoint; only pains count', () => {
    const b = board();
    const pains: string[] = [];
    let happy = '';
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      pains.push(p.sticky(`Probleem ${i} -1`, { x: x + 10, y: y + 10 }));
      if (i === 0) happy = p.sticky('Fijn +2', { x: x + 10, y: y + 300 });
    });
    let one = '';
    b.section('Verbeterpunten', { x: 0, y: 2000, width: 800, height: 400 }, (s) => {
      one = s.sticky('Totaal iets anders', { x: 10, y: 2010 });
    });
    b.connector(one, pains[1] ?? null);
    b.connector(pains[0] ?? null, one);
    b.connector(one, happy);
    b.connector(one, null);
    const found = idea(analyseBoard(b.build(), { lang: 'en' }), 'Totaal iets anders');
    expect(found).toMatchObject({ matchedBy: 'connector', addresses: pains, why: '2 pains in Kopen & Gebruik' });
  });

  test('without connectors, shared meaningful words link them, and the why says which', () => {
    const b = board();
    let pain = '';
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 1) pain = p.sticky('Moet lang wachten op de levering -2', { x: x + 10, y: y + 10 });
      if (i === 0) p.sticky('Website is traag -1', { x: x + 10, y: y + 10 });
    });
    b.section('Ideeën', { x: 0, y: 2000, width: 800, height: 400 }, (s) => {
      s.sticky('Kortere wachttijd bij leveringen', { x: 10, y: 2010 });
      s.sticky('Nieuwe logo', { x: 300, y: 2010 });
    });
    const report = analyseBoard(b.build(), { lang: 'nl' });
    expect(idea(report, 'Kortere wachttijd bij leveringen')).toMatchObject({
      matchedBy: 'words',
      addresses: [pain],
      // Whole words only: "wachttijd" is a compound of its own, not a form of "wachten".
      why: '1 pijnpunt in Gebruik; gekoppeld via gedeelde woorden: leveringen',
    });
    expect(idea(report, 'Nieuwe logo')).toMatchObject({ matchedBy: 'none', addresses: [], score: 0, why: 'nog geen pijnpunt gekoppeld' });
  });

  test('an idea in a journey matches pains of that journey only', () => {
    const b = board();
    journey(b, 'Reis A', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 0) p.sticky('Levering te laat -1', { x: x + 10, y: y + 10 });
    });
    b.section('Reis B', { x: 0, y: 3000, width: 2000, height: 1000 }, (j) => {
      j.section('Kopen', { x: 200, y: 3000, width: 400, height: 600 }, (p) => p.sticky('Levering kwijt -1', { x: 210, y: 3010 }, { id: 'pain-b' }));
      j.section('Gebruik', { x: 600, y: 3000, width: 400, height: 600 });
      j.section('Verbeterpunten', { x: 1200, y: 3000, width: 400, height: 600 }, (s) => s.sticky('Levering volgen in de app', { x: 1210, y: 3010 }));
    });
    expect(idea(analyseBoard(b.build()), 'Levering volgen in de app')?.addresses).toEqual(['pain-b']);
  });
});

describe('effort, impact and scoring', () => {
  test.each([
    ['inspanning: laag', 'low', null],
    ['Inspanning: Middel, impact: hoog', 'medium', 'high'],
    ['effort: S', 'low', null],
    ['effort=L impact: low', 'high', 'low'],
    ['Effort: high', 'high', null],
    ['geen tags', null, null],
    ['effort: ???', null, null],
  ])('%s', (text, effort, impact) => {
    expect(readEffortImpact(text)).toEqual({ effort, impact });
  });

  test('score = (Σ(|pain score| + pain votes) + own votes) × effort factor, with impact and quick win', () => {
    const b = board();
    const pains: string[] = [];
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      pains.push(p.sticky(`Pijn ${i} -2`, { x: x + 10, y: y + 10 }));
    });
    b.stamp({ x: 0, y: 0 }, { stuckTo: pains[0] ?? null });
    let quick = '';
    let slow = '';
    b.section('Verbeterpunten', { x: 0, y: 2000, width: 800, height: 400 }, (s) => {
      quick = s.sticky('Snel idee inspanning: laag', { x: 10, y: 2010 });
      slow = s.sticky('Groot project effort: L', { x: 300, y: 2010 });
    });
    b.stamp({ x: 0, y: 0 }, { stuckTo: quick });
    b.stamp({ x: 0, y: 0 }, { stuckTo: quick });
    for (const pain of pains) b.connector(quick, pain);
    b.connector(slow, pains[1] ?? null);
    const report = analyseBoard(b.build(), { lang: 'en' });
    // quick: pains (2+1) + (2+0) = 5, own votes 2 → 7 × 1.5 = 10.5; impact high (5 ≥ 4), effort low → quick win
    expect(idea(report, 'Snel idee inspanning: laag')).toMatchObject({
      rank: 1,
      kind: 'idea',
      score: 10.5,
      effort: 'low',
      impact: 'high',
      quickWin: true,
      votes: 2,
      why: '2 pains in Kopen & Gebruik, 3 votes, effort low',
    });
    // slow: (2+0) × 0.6 = 1.2; impact medium
    expect(idea(report, 'Groot project effort: L')).toMatchObject({ rank: 2, score: 1.2, effort: 'high', impact: 'medium', quickWin: false });
    // Every pain is addressed: no "needs an idea" rows, no pain-unaddressed findings.
    expect(report.improvements.filter((i) => i.kind === 'needs-idea')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'pain-unaddressed')).toEqual([]);
  });

  test('a stated impact wins over the derived one', () => {
    const b = board();
    journey(b, 'Reis', ['Kopen', 'Gebruik']);
    b.section('Ideas', { x: 0, y: 2000, width: 800, height: 400 }, (s) => s.sticky('Try it effort: low impact: high', { x: 10, y: 2010 }));
    expect(analyseBoard(b.build()).improvements[0]).toMatchObject({ impact: 'high', quickWin: true, score: 0 });
  });

  test('pains no idea addresses become "needs an idea" rows, ranked with the ideas', () => {
    const b = board();
    let pain = '';
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 1) pain = p.sticky('Handleiding onduidelijk -2', { x: x + 10, y: y + 10 });
    });
    b.stamp({ x: 0, y: 0 }, { stuckTo: pain });
    b.section('Verbeterpunten', { x: 0, y: 2000, width: 800, height: 400 }, (s) => s.sticky('Koffie voor iedereen', { x: 10, y: 2010 }));
    const report = analyseBoard(b.build(), { lang: 'nl' });
    expect(report.improvements.map((i) => [i.rank, i.kind, i.text, i.score])).toEqual([
      [1, 'needs-idea', 'Handleiding onduidelijk -2', 3],
      [2, 'idea', 'Koffie voor iedereen', 0],
    ]);
    expect(report.improvements[0]).toMatchObject({
      nodeId: null,
      painNodeId: pain,
      addresses: [pain],
      votes: 1,
      impact: 'medium',
      quickWin: false,
      why: 'heeft nog een idee nodig, 1 pijnpunt in Gebruik, 1 stem',
    });
  });

  test('equal scores rank by journey order, then phase order, then node id', () => {
    const b = board();
    journey(b, 'Reis B', ['Kopen', 'Gebruik'], (p, _i, x, y) => p.sticky('Pijn -1', { x: x + 10, y: y + 10 }), { x: 0, y: 3000 });
    journey(b, 'Reis A', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      p.sticky('Pijn -1', { x: x + 10, y: y + 10 }, { id: `a-${i}-z` });
      if (i === 0) p.sticky('Ook pijn -1', { x: x + 10, y: y + 200 }, { id: `a-${i}-b` });
    });
    const report = analyseBoard(b.build());
    expect(report.improvements.map((i) => `${i.journey?.name} ${i.painNodeId}`).slice(0, 3)).toEqual(['Reis A a-0-b', 'Reis A a-0-z', 'Reis A a-1-z']);
    expect(report.improvements.slice(3).every((i) => i.journey?.name === 'Reis B')).toBe(true);
    expect(report.improvements.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('quick wins', () => {
  test('only effort low with impact high is a quick win (medium or high effort is not, nor medium impact)', () => {
    const b = board();
    let pain = '';
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 0) pain = p.sticky('Lange rij -2', { x: x + 10, y: y + 10 });
    });
    const texts = [
      'Tweede kassa inspanning: laag impact: hoog',
      'Zelfscan inspanning: gemiddeld impact: hoog',
      'Nieuwe winkel inspanning: hoog impact: hoog',
      'Bordje inspanning: laag impact: gemiddeld',
    ];
    b.section('Verbeterpunten', { x: 0, y: 1000, width: 2000, height: 300 }, (s) => {
      texts.forEach((text, i) => b.connector(s.sticky(text, { x: 10 + i * 150, y: 1010 }), pain));
    });
    const report = analyseBoard(b.build());
    expect(texts.map((t) => [idea(report, t)?.effort, idea(report, t)?.impact, idea(report, t)?.quickWin])).toEqual([
      ['low', 'high', true],
      ['medium', 'high', false],
      ['high', 'high', false],
      ['low', 'medium', false],
    ]);
  });
});

describe('effort and impact words', () => {
  const LEVEL_WORDS: Record<'low' | 'medium' | 'high', string[]> = {
    low: ['laag', 'low', 'S', 'XS', 'klein', 'small', 'weinig'],
    medium: ['middel', 'medium', 'M', 'gemiddeld', 'mid'],
    high: ['hoog', 'high', 'L', 'XL', 'groot', 'large', 'veel'],
  };
  test.each(Object.entries(LEVEL_WORDS).flatMap(([level, words]) => words.map((word) => [word, level] as const)))('%s reads as %s', (word, level) => {
    expect(readEffortImpact(`Idee inspanning: ${word}`)).toEqual({ effort: level, impact: null });
    expect(readEffortImpact(`Idea impact: ${word}`)).toEqual({ effort: null, impact: level });
  });

  test('every tag word, with or without spaces around the colon or an equals sign', () => {
    for (const tag of ['inspanning', 'Effort', 'moeite', 'kosten', 'cost']) {
      expect(readEffortImpact(`${tag}:laag`).effort, tag).toBe('low');
      expect(readEffortImpact(`${tag} = hoog`).effort, tag).toBe('high');
    }
    for (const tag of ['impact', 'Waarde', 'value', 'effect']) {
      expect(readEffortImpact(`${tag} :hoog`).impact, tag).toBe('high');
      expect(readEffortImpact(`${tag}=  laag`).impact, tag).toBe('low');
    }
    expect(readEffortImpact('effortless: laag; impactvol: hoog')).toEqual({ effort: null, impact: null });
    expect(readEffortImpact('inspanning: enorm')).toEqual({ effort: null, impact: null });
  });
});
