// Boards drawn the way teams draw them (#11): a template-style grid with text row labels, swimlanes
// drawn as wide shapes behind the phase columns, lane sections across the phases, in English and
// Dutch. Each layout must give the right stages, channels, lanes and findings.
import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { renderText } from '../../src/report/renderText';
import type { Finding, Report } from '../../src/report/types';
import { board, type Container } from '../helpers/snapshotBuilder';

const COLUMN = 400;
const LEFT = 200;

function rulesOf(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

function roleOf(report: Report, nodeId: string): string | undefined {
  return report.stickies.find((s) => s.nodeId === nodeId)?.role;
}

/** A journey section of tall phase columns; `rows` are the band tops, 200 apart from y = 100. */
function columns(parent: Container, name: string, phases: readonly string[], fill: (phase: Container, i: number, x: number) => void, rows = 6): string {
  return parent.section(name, { x: 0, y: 0, width: LEFT + phases.length * COLUMN + 100, height: 100 + rows * 200 + 100 }, (j) => {
    phases.forEach((phase, i) => {
      const x = LEFT + i * COLUMN;
      j.section(phase, { x, y: 50, width: COLUMN - 20, height: rows * 200 + 100 }, (p) => fill(p, i, x));
    });
  });
}

/** Band top of row r (0-based): stickies at rowY(r) + 20 lie in it. */
const rowY = (r: number): number => 100 + r * 200;

describe('a template-style grid: stages × rows Actions / Touchpoints / Emotions / Pain points / Opportunities (English)', () => {
  const PHASES = ['Awareness', 'Considerations', 'Purchase', 'Onbaording', 'Loyalty'];
  const ROWS = ['Actions', 'Touchpoints', 'Emotions', 'Pain points', 'Opportunities'];

  function grid(): { report: Report; ids: Record<string, string> } {
    const b = board('Template grid');
    const ids: Record<string, string> = {};
    b.section('Persona', { x: -800, y: 0, width: 400, height: 400 }, (s) => s.sticky('Sam, 34, rides to work', { x: -780, y: 20 }));
    columns(b, 'Customer journey', PHASES, (p, i, x) => {
      ids[`action${i}`] = p.sticky(['Sees an ad on Instagram', 'Compares plans', 'Pays online', 'Sets up the bike', 'Renews the plan'][i] ?? '', { x: x + 10, y: rowY(0) + 20 });
      ids[`touch${i}`] = p.sticky(['Instagram ad #insta', 'Comparison page #website', 'Checkout #website', 'Welcome email #email', 'Renewal call #phone'][i] ?? '', { x: x + 10, y: rowY(1) + 20 });
      // Phase 2 (Purchase) states no feeling anywhere: emotion-missing there only.
      if (i !== 2) ids[`feel${i}`] = p.sticky(['Curious 🙂', 'Unsure 😐', '', 'Frustrated 😡', 'Happy 😀'][i] ?? '', { x: x + 10, y: rowY(2) + 20 });
      if (i === 3) ids.pain = p.sticky('Bike delivery late', { x: x + 10, y: rowY(3) + 20 });
      if (i === 3) ids.opportunity = p.sticky('Delivery tracking with SMS', { x: x + 10, y: rowY(4) + 20 });
    });
    ROWS.forEach((row, r) => b.text(row, { x: 20, y: rowY(r) + 40, w: 150 }));
    return { report: analyseBoard(b.build()), ids };
  }

  test('stages come from the template names, a plural and a typo included; no phase-missing', () => {
    const { report } = grid();
    const phases = report.journeys[0]?.phases ?? [];
    expect(phases.map((p) => [p.name, p.stage, p.read?.how])).toEqual([
      ['Awareness', 'orientation', 'alias'],
      ['Considerations', 'consideration', 'tolerant'],
      ['Purchase', 'purchase', 'exact'],
      ['Onbaording', 'use', 'tolerant'],
      ['Loyalty', 'aftersales', 'alias'],
    ]);
    expect(phases[3]?.read).toEqual({ how: 'tolerant', from: 'Onbaording', covers: ['use'] });
    expect(rulesOf(report, 'phase-missing')).toEqual([]);
    expect(renderText(report)).toContain("use (read as Use, from 'Onbaording')");
    expect(renderMarkdown(report)).toContain("| Onbaording | use (read as Use, from 'Onbaording') |");
  });

  test('the Emotions row holds each phase\'s feelings: they count for emotion-missing, the mean and the curve', () => {
    const { report, ids } = grid();
    const phases = report.journeys[0]?.phases ?? [];
    expect(rulesOf(report, 'emotion-missing').map((f) => f.phase?.name)).toEqual(['Purchase']);
    expect(phases[0]?.attributes.find((a) => a.nodeId === ids.feel0)).toMatchObject({ lane: 'emotion' });
    expect(roleOf(report, ids.feel0 ?? '')).toBe('attribute');
    expect(phases[0]?.meanScore).toBeGreaterThan(0);
    expect(phases[3]?.meanScore).toBeLessThan(0);
    expect(report.journeys[0]?.emotionCurve.map((c) => c.score === null)).toEqual([false, false, true, false, false]);
    expect(renderText(report)).toMatch(/Lane feelings: Curious 🙂 \(.*\+1\.0\)/);
    expect(renderMarkdown(report)).toContain('**Lane feelings:** Curious 🙂');
  });

  test('Actions and Touchpoints rows hold touchpoints, channels from their tags; Pain points hold pains; Opportunities become improvements', () => {
    const { report, ids } = grid();
    const phases = report.journeys[0]?.phases ?? [];
    expect(phases.map((p) => p.touchpoints.length)).toEqual([2, 2, 2, 2, 2]);
    expect(phases[0]?.touchpoints.find((t) => t.nodeId === ids.touch0)?.channel?.id).toBe('social');
    expect(roleOf(report, ids.pain ?? '')).toBe('attribute');
    expect(roleOf(report, ids.opportunity ?? '')).toBe('improvement');
    const idea = report.improvements.find((i) => i.nodeId === ids.opportunity);
    // Ranked like an improvement sticky: it addresses the pain it shares a rare word with.
    expect(idea).toMatchObject({ kind: 'idea', matchedBy: 'words', addresses: [ids.pain] });
    expect(rulesOf(report, 'pain-unaddressed')).toEqual([]);
    // Opportunities are not read as pains: no "needs an idea" row for the opportunity.
    expect(report.improvements.filter((i) => i.kind === 'needs-idea').map((i) => i.painNodeId)).not.toContain(ids.opportunity);
  });

  test('a merged phase from a template ("Post-purchase") counts for every stage it covers', () => {
    const b = board();
    columns(b, 'Journey', ['Awareness', 'Consideration', 'Purchase', 'Post-purchase'], (p, i, x) => void p.sticky(`Step ${i}`, { x: x + 10, y: 120 }));
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.phases[3]?.read).toEqual({ how: 'alias', from: 'Post-purchase', covers: ['use', 'aftersales'] });
    expect(rulesOf(report, 'phase-missing')).toEqual([]);
  });

  test('a pain-lane sticky no idea addresses is a pain that needs an idea; a positive one ("No problem here 👍") is none', () => {
    const b = board('Pains');
    let pain = '';
    columns(b, 'Journey', ['Awareness', 'Purchase'], (p, i, x) => {
      p.sticky('Reads a review', { x: x + 10, y: rowY(0) + 20 });
      if (i === 1) pain = p.sticky('Shipping costs appear at the end', { x: x + 10, y: rowY(1) + 20 });
      if (i === 0) p.sticky('No problem here 👍', { x: x + 10, y: rowY(1) + 20 });
    });
    b.text('Actions', { x: 20, y: rowY(0) + 40 });
    b.text('Pain points', { x: 20, y: rowY(1) + 40 });
    const report = analyseBoard(b.build());
    expect(rulesOf(report, 'pain-unaddressed').map((f) => f.nodeIds)).toEqual([[pain]]);
    expect(report.improvements.find((i) => i.painNodeId === pain)).toMatchObject({ kind: 'needs-idea' });
    // A pain lane holds no touchpoints.
    expect(report.journeys[0]?.phases[1]?.touchpoints.map((t) => t.nodeId)).not.toContain(pain);
  });
});

describe('swimlanes drawn as wide shapes behind the phase columns (Dutch)', () => {
  const PHASES = ['Oriëntatie', 'Vergelijken', 'Bestellen', 'Gebruick', 'Nazorg'];
  const LANES = ['Website', 'Telefoon', 'Winkel', 'Emotie', 'Pijnpunten', 'Kansen'];

  function swimlanes(): { report: Report; ids: Record<string, string> } {
    const b = board('Swimlanes');
    const ids: Record<string, string> = {};
    b.section('Klantreis Sanne', { x: 0, y: 0, width: LEFT + PHASES.length * COLUMN + 100, height: 1500 }, (j) => {
      // The lanes are drawn first (behind), each a rectangle across every phase column.
      LANES.forEach((lane, r) => (ids[lane] = j.shape(lane, { x: 20, y: rowY(r), w: LEFT + PHASES.length * COLUMN - 40, h: 180 })));
      PHASES.forEach((phase, i) => {
        const x = LEFT + i * COLUMN;
        j.section(phase, { x, y: 50, width: COLUMN - 20, height: 1300 }, (p) => {
          ids[`web${i}`] = p.sticky(['Googelt naar fietsen', 'Checkt de reviews, top!', 'Bestelformulier loopt vast, echt balen', 'Handleiding online gezocht', 'Niks meer gehoord, jammer'][i] ?? '', { x: x + 10, y: rowY(0) + 30 });
          if (i === 2) ids.phone = p.sticky('Belt, 20 min in de wacht. Leuk hoor.', { x: x + 150, y: rowY(1) + 30 });
          if (i === 2) ids.servicepunt = p.sticky('Haalt op bij het afhaalpunt [Servicepunt]', { x: x + 10, y: rowY(1) + 30 });
          if (i === 0) ids.feel = p.sticky('Nieuwsgierig 🙂', { x: x + 10, y: rowY(3) + 30 });
          if (i === 2) ids.pain = p.sticky('Formulier crasht op mobiel', { x: x + 10, y: rowY(4) + 30 });
          if (i === 2) ids.kans = p.sticky('Formulier mobiel testen', { x: x + 10, y: rowY(5) + 30 });
        });
      });
    });
    b.section('Persona', { x: 0, y: 1600, width: 400, height: 300 }, (s) => s.sticky('Sanne, 29', { x: 10, y: 1620 }));
    return { report: analyseBoard(b.build()), ids };
  }

  test('the channel lanes give the touchpoints in them their channel (a declared lane wins over a [Servicepunt] tag); an empty lane is unused', () => {
    const { report, ids } = swimlanes();
    const phases = report.journeys[0]?.phases ?? [];
    expect(phases[0]?.touchpoints.map((t) => t.channel?.id)).toEqual(['website']);
    expect(phases[2]?.touchpoints.find((t) => t.nodeId === ids.phone)?.channel?.id).toBe('phone');
    // A declared lane wins over a tag: a sticky in the phone lane is a phone touchpoint.
    expect(phases[2]?.touchpoints.find((t) => t.nodeId === ids.servicepunt)?.channel?.id).toBe('phone');
    expect(report.journeys[0]?.channels.map((c) => [c.name, c.nodeIds])).toEqual([
      ['Website', [ids.Website]],
      ['Telefoon', [ids.Telefoon]],
      ['Winkel', [ids.Winkel]],
    ]);
    expect(rulesOf(report, 'channel-unused').map((f) => f.channel?.name)).toEqual(['Winkel']);
  });

  test('the emotion, pain and opportunity lanes hold feelings, pains and improvement candidates', () => {
    const { report, ids } = swimlanes();
    const phases = report.journeys[0]?.phases ?? [];
    expect(phases[0]?.attributes).toMatchObject([{ nodeId: ids.feel, lane: 'emotion' }]);
    expect(rulesOf(report, 'emotion-missing').map((f) => f.phase?.name)).not.toContain('Oriëntatie');
    expect(roleOf(report, ids.kans ?? '')).toBe('improvement');
    expect(report.improvements.find((i) => i.nodeId === ids.kans)).toMatchObject({ kind: 'idea', addresses: expect.arrayContaining([ids.pain]) });
    expect(phases[3]).toMatchObject({ name: 'Gebruick', stage: 'use', read: { how: 'tolerant', from: 'Gebruick' } });
    expect(phases.map((p) => p.stage)).toEqual(['orientation', 'consideration', 'purchase', 'use', 'aftersales']);
    expect(renderText(report)).toContain("gebruik (gelezen als Gebruik, uit 'Gebruick')");
    expect(rulesOf(report, 'layout-unread')).toEqual([]);
  });

  test('without the lanes, the same stickies name no channel (the shapes are what gives them one)', () => {
    const b = board();
    let id = '';
    columns(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x) => {
      if (i === 0) id = p.sticky('Googelt naar fietsen', { x: x + 10, y: rowY(0) + 30 });
    });
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.phases[0]?.touchpoints.find((t) => t.nodeId === id)?.channel).toBeNull();
  });

  test('a shape over one phase column is no lane, and a banner above the phases is none either', () => {
    const b = board();
    let id = '';
    b.section('Reis', { x: 0, y: -200, width: 1200, height: 1200 }, (j) => {
      j.shape('Piekmoment', { x: 180, y: -100, w: 900, h: 80 });
      j.section('Oriëntatie', { x: 200, y: 50, width: 380, height: 800 }, (p) => {
        p.shape('Telefoon', { x: 200, y: 100, w: 370, h: 180 });
        id = p.sticky('Belt de winkel', { x: 210, y: 120 });
      });
      j.section('Kopen', { x: 600, y: 50, width: 380, height: 800 });
    });
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.phases[0]?.touchpoints.find((t) => t.nodeId === id)?.channel).toBeNull();
    expect(report.journeys[0]?.channels).toEqual([]);
  });

  test('a backdrop behind the whole journey, titled like a name, is no lane', () => {
    const b = board();
    let id = '';
    b.section('Journey', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.shape('Mia switches', { x: 10, y: 20, w: 1100, h: 950 });
      j.section('Awareness', { x: 200, y: 50, width: 380, height: 800 }, (p) => (id = p.sticky('Sees an ad', { x: 210, y: 120 })));
      j.section('Purchase', { x: 600, y: 50, width: 380, height: 800 });
    });
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.phases[0]?.touchpoints.find((t) => t.nodeId === id)?.channel).toBeNull();
    expect(report.journeys[0]?.channels).toEqual([]);
  });

  test('swimlanes under phase headers lying on the page (no journey section) place the stickies on the page', () => {
    const b = board('Workshop board');
    const ids: Record<string, string> = {};
    b.section('Awareness', { x: 200, y: 0, width: 380, height: 100 });
    b.section('Purchase', { x: 600, y: 0, width: 380, height: 100 });
    ids.lane = b.shape('Website', { x: 150, y: 150, w: 850, h: 200 });
    b.shape('Feelings', { x: 150, y: 370, w: 850, h: 200 });
    ids.web = b.sticky('Compares prices', { x: 620, y: 180 });
    ids.feel = b.sticky('Excited 😀', { x: 620, y: 400 });
    const report = analyseBoard(b.build());
    const purchase = report.journeys[0]?.phases[1];
    expect(purchase?.touchpoints.map((t) => [t.nodeId, t.channel?.id])).toEqual([[ids.web, 'website']]);
    expect(purchase?.attributes.map((a) => [a.nodeId, a.lane])).toEqual([[ids.feel, 'emotion']]);
    expect(report.journeys[0]?.channels.map((c) => c.nodeIds)).toEqual([[ids.lane]]);
  });

  test('Ideeën across the phases is an opportunity lane; beside them it is the journey\'s improvement section', () => {
    const b = board();
    const ids: Record<string, string> = {};
    b.section('Reis', { x: 0, y: 0, width: 2400, height: 1400 }, (j) => {
      j.section('Oriëntatie', { x: 200, y: 50, width: 380, height: 600 }, (p) => p.sticky('Ziet advertentie', { x: 210, y: 100 }));
      j.section('Kopen', { x: 600, y: 50, width: 380, height: 600 }, (p) => p.sticky('Betaalt', { x: 610, y: 100 }));
      j.section('Ideeën', { x: 200, y: 700, width: 780, height: 300 }, (s) => (ids.lane = s.sticky('Chat op de site', { x: 610, y: 720 })));
      j.section('Ideeën ', { x: 1400, y: 50, width: 600, height: 600 }, (s) => (ids.side = s.sticky('Gratis bezorging', { x: 1410, y: 100 })));
    });
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.phases[1]?.attributes).toMatchObject([{ nodeId: ids.lane, lane: 'opportunities' }]);
    expect(roleOf(report, ids.lane ?? '')).toBe('improvement');
    expect(roleOf(report, ids.side ?? '')).toBe('improvement');
    expect(report.journeys[0]?.phases.flatMap((p) => p.attributes.map((a) => a.nodeId))).not.toContain(ids.side);
    expect(rulesOf(report, 'unplaced-sticky')).toEqual([]);
  });
});

describe('layout-unread: what looks like structure but was not used, with the reason and a fix', () => {
  test('a tolerant stage reading refused because another phase names the stage exactly (taken)', () => {
    const b = board();
    columns(b, 'Journey', ['Awareness', 'Purchase', 'Onboarding', 'Onbaording'], (p, i, x) => void p.sticky(`Something happens ${i}`, { x: x + 10, y: 120 }));
    const snapshot = b.build();
    const typo = snapshot.nodes.find((n) => n.name === 'Onbaording')?.id;
    const report = analyseBoard(snapshot, { lang: 'en' });
    const found = rulesOf(report, 'layout-unread');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', phase: { name: 'Onbaording' }, stage: 'use', nodeIds: [typo] });
    expect(report.journeys[0]?.phases[3]).toMatchObject({ stage: null, read: null });
    expect(found[0]?.message).toBe(
      '"Onbaording" looks like Use, but "Onboarding" already is Use, so it is read as an own phase. Correct the spelling, or add "Onbaording" to the stage names in the board settings.',
    );
    const nl = rulesOf(analyseBoard(snapshot, { lang: 'nl' }), 'layout-unread')[0]?.message;
    expect(nl).toBe(
      '"Onbaording" lijkt op Gebruik, maar "Onboarding" is al Gebruik, dus telt hij als eigen fase. Verbeter de spelling, of zet "Onbaording" bij de fasenamen in de bordinstellingen.',
    );
  });

  test('two phases that both nearly name one stage (shared), and a title naming two stages', () => {
    const b = board();
    columns(b, 'Reis', ['Oriëntatie', 'Gebruick', 'Gebruk', 'Kopen en gebruik'], (p, i, x) => void p.sticky(`Iets ${i}`, { x: x + 10, y: 120 }));
    const report = analyseBoard(b.build(), { lang: 'nl' });
    const found = rulesOf(report, 'layout-unread');
    expect(found.map((f) => [f.phase?.name, f.stage])).toEqual([
      ['Gebruick', 'use'],
      ['Gebruk', 'use'],
      ['Kopen en gebruik', null],
    ]);
    expect(found[0]?.message).toBe('"Gebruick" en "Gebruk" lijken allebei op Gebruik, dus geen van beide telt als Gebruik. Verbeter de spelling van de fase die Gebruik bedoelt.');
    expect(found[2]?.message).toMatch(/^"Kopen en gebruik" noemt twee fasen .* Splits hem in twee fasesecties/);
  });

  test('a section named like a stage outside every journey', () => {
    const b = board();
    columns(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x) => void p.sticky(`Iets ${i}`, { x: x + 10, y: 120 }));
    const lonely = b.section('Nazorg', { x: 3000, y: 0, width: 400, height: 400 }, (s) => s.sticky('Belt terug', { x: 3010, y: 10 }));
    const report = analyseBoard(b.build(), { lang: 'nl' });
    expect(rulesOf(report, 'layout-unread')).toEqual([
      expect.objectContaining({ journey: null, phase: null, stage: 'aftersales', nodeIds: [lonely] }),
    ]);
    expect(rulesOf(report, 'layout-unread')[0]?.message).toMatch(/^De sectie "Nazorg" heet als de fase Nazorg, maar ligt buiten elke klantreis/);
    expect(rulesOf(analyseBoard(b.build(), { lang: 'en' }), 'layout-unread')[0]?.message).toMatch(/Put it beside the other phase sections/);
  });

  test('a channel label that heads no row: inside a phase, or outside every journey', () => {
    const b = board();
    const ids: Record<string, string> = {};
    columns(b, 'Journey', ['Awareness', 'Purchase'], (p, i, x) => {
      p.sticky(`Something ${i}`, { x: x + 10, y: 320 });
      if (i === 1) ids.inPhase = p.shape('Phone', { x: x + 10, y: 120 });
    });
    ids.outside = b.text('Website', { x: 3000, y: 3000 });
    const report = analyseBoard(b.build(), { lang: 'en' });
    const found = rulesOf(report, 'layout-unread');
    expect(found.map((f) => [f.nodeIds[0], f.phase?.name ?? null, f.channel?.name])).toEqual([
      [ids.inPhase, 'Purchase', 'Phone'],
      [ids.outside, null, 'Website'],
    ]);
    expect(found[0]?.message).toBe(
      '"Phone" looks like a channel label but lies inside Purchase, where it heads no row. Move it left of the first phase, level with its row, or stretch it across the phase columns as a lane.',
    );
    expect(found[1]?.message).toMatch(/^"Website" looks like a channel label but lies outside every journey/);
    expect(rulesOf(analyseBoard(b.build(), { lang: 'nl' }), 'layout-unread')[0]?.message).toMatch(/^"Phone" lijkt een kanaallabel, maar ligt in Purchase/);
  });

  test('a wide lane shape whose text names no channel or lane', () => {
    const b = board();
    let shape = '';
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      shape = j.shape('Hier gaat het vaak mis!', { x: 180, y: 100, w: 820, h: 180 });
      j.section('Oriëntatie', { x: 200, y: 50, width: 380, height: 800 }, (p) => p.sticky('Zoekt', { x: 210, y: 120 }));
      j.section('Kopen', { x: 600, y: 50, width: 380, height: 800 }, (p) => p.sticky('Betaalt', { x: 610, y: 120 }));
    });
    const report = analyseBoard(b.build(), { lang: 'nl' });
    expect(rulesOf(report, 'layout-unread')).toEqual([expect.objectContaining({ journey: { id: expect.any(String), name: 'Reis' }, nodeIds: [shape] })]);
    expect(rulesOf(report, 'layout-unread')[0]?.message).toMatch(/^De brede vorm "Hier gaat het vaak mis!" loopt als baan over de fasen/);
    expect(report.journeys[0]?.channels).toEqual([]);
  });

  test('labels in a legend, in a cell that names its lane, and used labels are not reported', () => {
    const b = board();
    columns(b, 'Journey', ['Awareness', 'Purchase'], (p, i, x) => {
      p.section('Website', { x: x + 5, y: 100, width: 360, height: 300 }, (c) => {
        c.text('Website', { x: x + 10, y: 110 });
        c.sticky(`Visits ${i}`, { x: x + 10, y: 200 });
      });
    });
    b.text('Phone', { x: 20, y: 500 });
    b.section('Legend', { x: 3000, y: 0, width: 400, height: 400 }, (s) => s.shape('Email', { x: 3010, y: 10 }));
    expect(rulesOf(analyseBoard(b.build()), 'layout-unread')).toEqual([]);
  });
});
