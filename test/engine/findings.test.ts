import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import type { Finding, Report, RuleId } from '../../src/report/types';
import { board, type Container, journey } from '../helpers/snapshotBuilder';

const STANDARD = ['Oriëntatie', 'Vergelijking', 'Kopen', 'Gebruik', 'Nazorg'];

function of(report: Report, rule: RuleId): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** A complete, healthy Dutch journey: a persona, a feeling in every phase, two channels per phase. */
function healthy(extra: (phase: Container, i: number, x: number, y: number) => void = () => {}, phases = STANDARD) {
  const b = board('Bakkerij');
  b.section('Persona Anna', { x: -1000, y: 0, width: 400, height: 400 });
  journey(b, 'Klantreis', phases, (p, i, x, y) => {
    p.section('Website', { x, y, width: 380, height: 300 }, (c) => c.sticky(`Zoekt informatie over brood ${i} +1`, { x: x + 10, y: y + 10 }));
    p.section('Telefoon', { x, y: y + 400, width: 380, height: 300 }, (c) => c.sticky(`Belt de bakker ${i}`, { x: x + 10, y: y + 410 }));
    extra(p, i, x, y);
  });
  return b;
}

describe('a healthy board', () => {
  test('has no findings', () => {
    const report = analyseBoard(healthy().build());
    expect(report.findings).toEqual([]);
    expect(report.lang).toBe('nl');
  });
});

describe('each rule', () => {
  test('no-journey: an error that says how to lay one out', () => {
    const b = board();
    b.sticky('Los briefje', { x: 0, y: 0 });
    const nl = analyseBoard(b.build(), { lang: 'nl' });
    expect(of(nl, 'no-journey')).toEqual([
      { rule: 'no-journey', severity: 'error', message: expect.stringContaining('één sectie per fase'), journey: null, phase: null, channel: null, stage: null, nodeIds: [] },
    ]);
    expect(of(analyseBoard(b.build(), { lang: 'en' }), 'no-journey')[0]?.message).toContain('one section per phase');
    expect(of(analyseBoard(healthy().build()), 'no-journey')).toEqual([]);
  });

  test('phase-empty: an error on the phase with no touchpoint, asking who we forgot', () => {
    const b = board();
    b.section('Persona', { x: -1000, y: 0, width: 100, height: 100 });
    journey(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x, y) => {
      if (i === 0) p.sticky('Ziet reclame +1', { x: x + 10, y: y + 10 });
      else p.sticky('Blij -1', { x: x + 10, y: y + 10 }, { id: 'only-attribute' }); // a touchpoint: not empty
    });
    expect(of(analyseBoard(b.build()), 'phase-empty')).toEqual([]);

    const c = board();
    journey(c, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x, y) => {
      if (i === 0) p.sticky('Ziet reclame +1', { x: x + 10, y: y + 10 });
      else p.section('Emotie', { x, y, width: 380, height: 200 }, (cell) => cell.sticky('Twijfelt -1', { x: x + 10, y: y + 10 }));
    });
    const report = analyseBoard(c.build(), { lang: 'nl' });
    const [empty] = of(report, 'phase-empty');
    expect(empty).toMatchObject({ severity: 'error', phase: { name: 'Kopen' }, stage: 'purchase', message: 'Wie of wat zijn we vergeten in Kopen? Er staat nog geen contactmoment.' });
    expect(empty?.nodeIds).toEqual([report.journeys[0]?.phases[1]?.id]);
  });

  test('phase-missing: only with three or more standard phases, one finding per absent stage', () => {
    const three = analyseBoard(healthy(undefined, ['Oriëntatie', 'Vergelijking', 'Kopen']).build(), { lang: 'en' });
    expect(of(three, 'phase-missing').map((f) => [f.stage, f.severity, f.phase])).toEqual([
      ['use', 'warning', null],
      ['aftersales', 'warning', null],
    ]);
    expect(of(three, 'phase-missing')[1]?.message).toBe('Klantreis has no After sales phase: what does the customer go through there?');
    expect(of(analyseBoard(healthy(undefined, ['Oriëntatie', 'Kopen']).build()), 'phase-missing')).toEqual([]);
    expect(of(analyseBoard(healthy(undefined, ['Oriëntatie', 'Kopen', 'Instroom', 'Levering']).build()), 'phase-missing')).toEqual([]);
  });

  test('emotion-missing: a phase with touchpoints of which none states a feeling', () => {
    const b = board();
    journey(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x, y) => {
      p.sticky(i === 0 ? 'Nieuwsbrief ontvangen' : 'Betaalt -1', { x: x + 10, y: y + 10 });
    });
    const found = of(analyseBoard(b.build(), { lang: 'en' }), 'emotion-missing');
    expect(found.map((f) => f.phase?.name)).toEqual(['Oriëntatie']);
    expect(found[0]?.message).toBe('How does the customer feel in Oriëntatie? No touchpoint states an emotion yet (e.g. "+2", "emotion: happy").');
  });

  test('an explicit neutral mark states a feeling: no emotion-missing, and the phase mean is 0', () => {
    const b = board();
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      p.sticky(i === 0 ? 'Emotie: neutraal – formulier invullen' : 'Fills in the contact form 😐', { x: x + 10, y: y + 10 });
    });
    const report = analyseBoard(b.build(), { lang: 'en' });
    expect(of(report, 'emotion-missing')).toEqual([]);
    expect(report.journeys[0]?.phases.map((p) => p.meanScore)).toEqual([0, 0]);
  });

  test('feelings in plain words count too (Dutch and English)', () => {
    const b = board();
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      p.sticky(i === 0 ? 'Klant is boos over de prijs' : 'Customer is happy with the app', { x: x + 10, y: y + 10 });
    });
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.phases.map((p) => p.touchpoints[0]?.sentiment.polarity)).toEqual([-1, 1]);
    expect(of(report, 'emotion-missing')).toEqual([]);
    expect(of(report, 'pain-unaddressed').map((f) => f.phase?.name)).toEqual(['Kopen']);
  });

  test('pain-hotspot: two or more negative touchpoints and a negative mean', () => {
    const make = (texts: string[]) => {
      const b = board();
      journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
        if (i === 0) texts.forEach((t, n) => p.sticky(t, { x: x + 10, y: y + 10 + n * 120 }));
      });
      return of(analyseBoard(b.build()), 'pain-hotspot');
    };
    expect(make(['Duur -1', 'Traag -2', 'Leuk +1']).map((f) => f.nodeIds.length)).toEqual([2]);
    expect(make(['Duur -1', 'Leuk +1'])).toEqual([]); // one pain
    expect(make(['Duur -1', 'Traag -1', 'Top +2', 'Super +2'])).toEqual([]); // mean positive
  });

  test('emotion-drop: the mean falls by 2 or more to the next phase that states a feeling', () => {
    const make = (scores: (string | null)[]) => {
      const b = board();
      journey(b, 'Reis', scores.map((_, i) => `Fase ${String.fromCharCode(65 + i)}`), (p, i, x, y) => {
        const s = scores[i];
        p.sticky(s === null ? 'Iets gebeurt' : `Moment ${s}`, { x: x + 10, y: y + 10 });
      });
      return of(analyseBoard(b.build(), { lang: 'nl' }), 'emotion-drop');
    };
    const drop = make(['+1', '-1', '-2']);
    expect(drop.map((f) => [f.phase?.name, f.severity])).toEqual([['Fase B', 'warning']]);
    expect(drop[0]?.message).toBe('De stemming zakt 2 punten van Fase A naar Fase B: wat gebeurt er op dit moment van de waarheid?');
    expect(make(['+1', null, '-1']).map((f) => f.phase?.name)).toEqual(['Fase C']);
    expect(make(['+1', '0', '-0'])).toEqual([]);
    expect(make(['+1', '+2', '+1'])).toEqual([]);
  });

  test('pain-unaddressed: a negative touchpoint without an improvement; none when an idea addresses it', () => {
    const b = board();
    let pain = '';
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 0) pain = p.sticky('De levering duurt lang -2', { x: x + 10, y: y + 10 });
    });
    const before = of(analyseBoard(b.build(), { lang: 'nl' }), 'pain-unaddressed');
    expect(before).toMatchObject([{ severity: 'warning', nodeIds: [pain], message: 'Welk idee neemt "De levering duurt lang -2" weg?' }]);
    b.section('Verbeterpunten', { x: 0, y: 2000, width: 400, height: 400 }, (s) => s.sticky('Snellere levering met eigen bezorgers', { x: 10, y: 2010 }));
    expect(of(analyseBoard(b.build()), 'pain-unaddressed')).toEqual([]);
  });

  test('channel-unused: a declared channel lane that holds no touchpoint in any phase', () => {
    const b = board();
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.text('Website', { x: 10, y: 100 });
      j.text('Radio', { x: 10, y: 400 });
      j.section('Oriëntatie', { x: 200, y: 0, width: 400, height: 900 }, (p) => {
        p.sticky('Zoekt', { x: 210, y: 150 });
        p.section('Chat', { x: 200, y: 700, width: 400, height: 150 });
      });
      j.section('Kopen', { x: 600, y: 0, width: 400, height: 900 }, (p) => p.sticky('Bestelt', { x: 610, y: 150 }));
    });
    const found = of(analyseBoard(b.build(), { lang: 'en' }), 'channel-unused');
    expect(found.map((f) => [f.channel?.name, f.severity, f.phase])).toEqual([
      ['Radio', 'info', null],
      ['Chat', 'info', null],
    ]);
    expect(found[0]?.message).toBe('Does the customer ever reach us through Radio? Its lane holds no touchpoint yet.');
  });

  test('channel-unused stays quiet on a journey without any touchpoint (phase-empty covers it)', () => {
    const b = board();
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.text('Website', { x: 10, y: 100 });
      j.section('Oriëntatie', { x: 200, y: 0, width: 400, height: 900 }, (p) => p.section('Chat', { x: 200, y: 700, width: 400, height: 150 }));
      j.section('Kopen', { x: 600, y: 0, width: 400, height: 900 });
    });
    const report = analyseBoard(b.build(), { lang: 'en' });
    expect(of(report, 'channel-unused')).toEqual([]);
    expect(of(report, 'phase-empty').map((f) => f.phase?.name)).toEqual(['Oriëntatie', 'Kopen']);
  });

  test('single-channel: a phase with three or more touchpoints, all through one channel', () => {
    const make = (channels: string[]) => {
      const b = board();
      journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
        if (i === 0) channels.forEach((c, n) => p.sticky(`Stap ${n} ${c}`, { x: x + 10, y: y + 10 + n * 120 }));
      });
      return of(analyseBoard(b.build()), 'single-channel');
    };
    expect(make(['#email', '#mail', '[E-mail]']).map((f) => [f.channel?.name, f.nodeIds.length])).toEqual([['email', 3]]);
    expect(make(['#email', '#email'])).toEqual([]); // two touchpoints only
    expect(make(['#email', '#email', '#telefoon'])).toEqual([]);
    expect(make(['#email', '#email', ''])).toEqual([]); // one without channel: cannot tell
  });

  test('persona-missing: no persona serves the journey', () => {
    const b = healthy();
    expect(of(analyseBoard(b.build()), 'persona-missing')).toEqual([]);
    const c = board();
    journey(c, 'Reis', ['Kopen', 'Gebruik'], (p, _i, x, y) => p.sticky('Koopt +1', { x: x + 10, y: y + 10 }));
    const found = of(analyseBoard(c.build(), { lang: 'nl' }), 'persona-missing');
    expect(found).toMatchObject([{ severity: 'warning', message: 'Over welke klant gaat Reis? Voeg een persona-sectie toe.', journey: { name: 'Reis' } }]);
  });

  test('unplaced-sticky: outside every journey and special section', () => {
    const b = healthy();
    const loose = b.sticky('Vergeten idee', { x: 9000, y: 9000 });
    b.section('Ideeën', { x: 9000, y: 0, width: 300, height: 300 }, (s) => s.sticky('Geplaatst idee', { x: 9010, y: 10 }));
    const found = of(analyseBoard(b.build(), { lang: 'nl' }), 'unplaced-sticky');
    expect(found).toEqual([
      {
        rule: 'unplaced-sticky',
        severity: 'info',
        message: '"Vergeten idee" ligt buiten elke klantreis: bij welke fase hoort hij?',
        journey: null,
        phase: null,
        channel: null,
        stage: null,
        nodeIds: [loose],
      },
    ]);
  });

  test('quoted sticky texts lose line breaks, control characters and bidi overrides', () => {
    const b = board();
    journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 0) p.sticky('Te\n  duur\u001b[31m \u202eevil\u202c -2', { x: x + 10, y: y + 10 });
    });
    expect(of(analyseBoard(b.build(), { lang: 'en' }), 'pain-unaddressed')[0]?.message).toBe('Which idea takes away "Te duur[31m evil -2"?');
  });

  test('empty-sticky: a sticky without text inside a journey (not outside)', () => {
    const b = healthy((p, i, x, y) => {
      if (i === 2) p.sticky('', { x: x + 200, y: y + 600 }, { id: 'leeg' });
    });
    b.sticky(' ', { x: 9000, y: 9000 });
    const found = of(analyseBoard(b.build()), 'empty-sticky');
    expect(found.map((f) => [f.phase?.name, f.nodeIds])).toEqual([['Kopen', ['leeg']]]);
  });

  test('duplicate-touchpoint: the same text twice in one phase (case and spacing aside)', () => {
    const b = healthy((p, i, x, y) => {
      if (i === 1) p.sticky('zoekt  INFORMATIE over brood 1 +1', { x: x + 200, y: y + 600 });
    });
    const found = of(analyseBoard(b.build(), { lang: 'en' }), 'duplicate-touchpoint');
    expect(found.map((f) => [f.phase?.name, f.nodeIds.length])).toEqual([['Vergelijking', 2]]);
    expect(found[0]?.message).toBe('"Zoekt informatie over brood 1 +1" stands 2 times in Vergelijking: merge them, or is each one a different moment?');
  });

  test('single-author: one author wrote a whole phase, only where two or more authors exist', () => {
    const make = (authors: (string | null)[][]) => {
      const b = board();
      journey(b, 'Reis', ['Kopen', 'Gebruik'], (p, i, x, y) => {
        (authors[i] ?? []).forEach((author, n) => p.sticky(`Stap ${i}.${n} +1`, { x: x + 10, y: y + 10 + n * 120 }, { author }));
      });
      return of(analyseBoard(b.build(), { lang: 'nl' }), 'single-author');
    };
    const found = make([['Anna', 'Anna'], ['Anna', 'Bram']]);
    expect(found.map((f) => [f.phase?.name, f.severity, f.message])).toEqual([['Kopen', 'info', 'Alleen Anna schreef in Kopen: wat zien de anderen hier?']]);
    expect(make([['Anna', 'Anna'], ['Anna', 'Anna']])).toEqual([]); // one author on the whole journey
    expect(make([[null, null], [null, null]])).toEqual([]); // REST: no author names
  });
});

describe('order and scope', () => {
  test('findings come in journey order, then phase order (journey-wide first), then rule order', () => {
    const b = board();
    journey(b, 'Reis B', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 1) p.sticky('Nieuwsbrief ontvangen', { x: x + 10, y: y + 10 });
    }, { x: 0, y: 3000 });
    journey(b, 'Reis A', ['Kopen', 'Gebruik'], (p, i, x, y) => {
      if (i === 0) {
        p.sticky('Duur -2', { x: x + 10, y: y + 10 });
        p.sticky('Traag -2', { x: x + 10, y: y + 200 });
      }
    });
    b.sticky('Los', { x: 9000, y: 9000 });
    const report = analyseBoard(b.build());
    expect(report.findings.map((f) => `${f.journey?.name ?? '-'} ${f.phase?.name ?? '-'} ${f.rule}`)).toEqual([
      'Reis A - persona-missing',
      'Reis A Kopen pain-hotspot',
      'Reis A Kopen pain-unaddressed',
      'Reis A Kopen pain-unaddressed',
      'Reis A Gebruik phase-empty',
      'Reis B - persona-missing',
      'Reis B Kopen phase-empty',
      'Reis B Gebruik emotion-missing',
      '- - unplaced-sticky',
    ]);
    expect(report.summary).toMatchObject({ journeys: 2, phases: 4, touchpoints: 3, errors: 2, warnings: 6, infos: 1 });
  });

  test('journeyIds restricts journeys, findings and improvements to the chosen journeys', () => {
    const b = board();
    const a = journey(b, 'Reis A', ['Kopen', 'Gebruik'], (p, i, x, y) => p.sticky(`Duur ${i} -2`, { x: x + 10, y: y + 10 }));
    const c = journey(b, 'Reis B', ['Kopen', 'Gebruik'], (p, i, x, y) => p.sticky(`Traag ${i} -1`, { x: x + 10, y: y + 10 }), { x: 0, y: 3000 });
    b.sticky('Los', { x: 9000, y: 9000 });
    const full = analyseBoard(b.build());
    const scoped = analyseBoard(b.build(), { journeyIds: [c] });
    expect(scoped.journeys.map((j) => j.id)).toEqual([c]);
    expect(scoped.findings.every((f) => f.journey?.id === c)).toBe(true);
    expect(scoped.findings.length).toBeGreaterThan(0);
    expect(scoped.improvements.map((i) => [i.rank, i.journey?.id])).toEqual([[1, c], [2, c]]);
    expect(scoped.stickies).toEqual(full.stickies); // every sticky still accounted for
    expect(full.improvements.some((i) => i.journey?.id === a)).toBe(true);
  });

  test('the report language: detected from the board, overridden by settings, then by options', () => {
    const b = board();
    journey(b, 'Journey', ['Awareness', 'Purchase'], (p, _i, x, y) => p.sticky('The customer is not sure what to buy', { x: x + 10, y: y + 10 }));
    expect(analyseBoard(b.build()).lang).toBe('en');
    const settings = { lang: 'nl' as const, extraStageNames: {}, extraChannelNames: {}, writeBack: { markers: true, colours: true, curve: true, improvements: true } };
    expect(analyseBoard(b.build(), { settings }).lang).toBe('nl');
    expect(analyseBoard(b.build(), { settings, lang: 'en' }).lang).toBe('en');
    expect(of(analyseBoard(b.build(), { settings }), 'persona-missing')[0]?.message).toBe('Over welke klant gaat Journey? Voeg een persona-sectie toe.');
  });

  test('board settings extend the vocabulary', () => {
    const b = board();
    let id = '';
    journey(b, 'Reis', ['Afrekenen', 'Thuis'], (p, i, x, y) => {
      if (i === 0) p.section('Kassa-app', { x, y, width: 380, height: 300 }, (c) => (id = c.sticky('Scant zelf', { x: x + 10, y: y + 10 })));
    });
    const settings = { lang: null, extraStageNames: { use: ['Thuis'] }, extraChannelNames: { app: ['Kassa-app'] }, writeBack: { markers: true, colours: true, curve: true, improvements: true } };
    const report = analyseBoard(b.build(), { settings });
    expect(report.journeys[0]?.phases.map((p) => p.stage)).toEqual(['purchase', 'use']);
    expect(report.journeys[0]?.phases[0]?.touchpoints.find((t) => t.nodeId === id)?.channel).toEqual({ name: 'Kassa-app', id: 'app', kind: 'digital' });
  });
});
