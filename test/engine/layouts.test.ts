import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import type { Report, TouchpointReport } from '../../src/report/types';
import { board, journey } from '../helpers/snapshotBuilder';

function touchpoint(report: Report, nodeId: string): TouchpointReport | undefined {
  for (const j of report.journeys) for (const p of j.phases) for (const t of p.touchpoints) if (t.nodeId === nodeId) return t;
  return undefined;
}

function phaseOf(report: Report, nodeId: string): string | undefined {
  for (const j of report.journeys) for (const p of j.phases) if (p.touchpoints.some((t) => t.nodeId === nodeId)) return p.name;
  return undefined;
}

function roleOf(report: Report, nodeId: string): string | undefined {
  const account = report.stickies.find((s) => s.nodeId === nodeId);
  return account ? `${account.role}${account.reason ? `:${account.reason}` : ''}` : undefined;
}

describe('journeys', () => {
  test('a top-level section with two or more phase sections is a journey named after it', () => {
    const b = board('Bestand');
    journey(b, 'Klantreis Anna', ['1. Oriëntatie', 'Vergelijking', 'Kopen']);
    const report = analyseBoard(b.build());
    expect(report.journeys.map((j) => j.name)).toEqual(['Klantreis Anna']);
    expect(report.journeys[0]?.phases.map((p) => [p.name, p.stage])).toEqual([
      ['1. Oriëntatie', 'orientation'],
      ['Vergelijking', 'consideration'],
      ['Kopen', 'purchase'],
    ]);
  });

  test('a section with one phase section is no journey', () => {
    const b = board();
    journey(b, 'Klantreis', ['Kopen']);
    expect(analyseBoard(b.build()).journeys).toEqual([]);
  });

  test('phases are ordered left to right whatever the document order; top to bottom breaks ties', () => {
    const b = board();
    b.section('Reis', { x: 0, y: 0, width: 2000, height: 1000 }, (j) => {
      j.section('Gebruik', { x: 900, y: 0, width: 300, height: 300 });
      j.section('Kopen', { x: 500, y: 400, width: 300, height: 300 });
      j.section('Vergelijking', { x: 500, y: 0, width: 300, height: 300 });
      j.section('Oriëntatie', { x: 100, y: 0, width: 300, height: 300 });
    });
    const names = analyseBoard(b.build()).journeys[0]?.phases.map((p) => p.name);
    expect(names).toEqual(['Oriëntatie', 'Vergelijking', 'Kopen', 'Gebruik']);
  });

  test('phase sections lying on the page form one journey named after the file', () => {
    const b = board('Workshop bakkerij');
    const tp = b.section('Oriëntatie', { x: 0, y: 0, width: 300, height: 600 }, (p) => p.sticky('Ziet advertentie', { x: 10, y: 10 }));
    b.section('Kopen', { x: 400, y: 0, width: 300, height: 600 });
    void tp;
    const report = analyseBoard(b.build());
    expect(report.journeys.map((j) => [j.id, j.name])).toEqual([['page', 'Workshop bakkerij']]);
    expect(report.journeys[0]?.phases.map((p) => p.name)).toEqual(['Oriëntatie', 'Kopen']);
    expect(report.journeys[0]?.bounds).toEqual({ x: 0, y: 0, width: 700, height: 600 });
  });

  test('loose sections beside a journey section form a journey only when a standard stage is among them', () => {
    const b = board('Bestand');
    journey(b, 'Reis', ['Kopen', 'Gebruik']);
    b.section('Parkeerplaats', { x: 0, y: 2000, width: 300, height: 300 }, (s) => s.sticky('Later bespreken', { x: 10, y: 2010 }, { id: 'parked' }));
    b.section('Vragen', { x: 400, y: 2000, width: 300, height: 300 });
    const report = analyseBoard(b.build());
    expect(report.journeys.map((j) => j.name)).toEqual(['Reis']);
    expect(roleOf(report, 'parked')).toBe('unplaced');

    b.section('Nazorg', { x: 800, y: 2000, width: 300, height: 300 });
    expect(analyseBoard(b.build()).journeys.map((j) => [j.name, j.phases.length])).toEqual([
      ['Reis', 2],
      ['Bestand', 3],
    ]);
  });

  test('several journeys, top to bottom', () => {
    const b = board();
    journey(b, 'Reis B', ['Kopen', 'Gebruik'], undefined, { x: 0, y: 2000 });
    journey(b, 'Reis A', ['Kopen', 'Gebruik'], undefined, { x: 0, y: 0 });
    expect(analyseBoard(b.build()).journeys.map((j) => j.name)).toEqual(['Reis A', 'Reis B']);
  });

  test('custom phases (instroom, levering, verkoop, uitstroom) are a model of their own', () => {
    const b = board();
    journey(b, 'Supermarkt', ['Instroom', 'Levering', 'Verkoop', 'Uitstroom'], (p, _i, x, y) => p.sticky('Iets gebeurt +1', { x: x + 10, y: y + 10 }));
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.phases.map((p) => p.stage)).toEqual([null, null, null, null]);
    expect(report.findings.filter((f) => f.rule === 'phase-missing')).toEqual([]);
  });

  test('special sections are never phases', () => {
    const b = board();
    b.section('Reis', { x: 0, y: 0, width: 3000, height: 1000 }, (j) => {
      j.section('Oriëntatie', { x: 0, y: 0, width: 300, height: 600 });
      j.section('Persona Anna', { x: 400, y: 0, width: 300, height: 600 });
      j.section('Legenda', { x: 800, y: 0, width: 300, height: 600 });
      j.section('Kopen', { x: 1200, y: 0, width: 300, height: 600 });
      j.section('Verbeterpunten', { x: 1600, y: 0, width: 300, height: 600 });
    });
    expect(analyseBoard(b.build()).journeys[0]?.phases.map((p) => p.name)).toEqual(['Oriëntatie', 'Kopen']);
  });
});

describe('channels', () => {
  test('1. a cell section nested in the phase names the channel', () => {
    const b = board();
    let id = '';
    journey(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x, y) => {
      p.section('Telefoon', { x, y, width: 380, height: 300 }, (c) => {
        if (i === 0) id = c.sticky('Belt de winkel', { x: x + 10, y: y + 10 });
      });
    });
    const report = analyseBoard(b.build());
    expect(touchpoint(report, id)?.channel).toEqual({ name: 'Telefoon', id: 'phone', kind: 'traditional' });
    expect(report.journeys[0]?.channels).toEqual([
      { name: 'Telefoon', id: 'phone', kind: 'traditional', nodeIds: expect.any(Array), touchpointCount: 1 },
    ]);
  });

  test('a cell with an unknown name is a custom channel', () => {
    const b = board();
    let id = '';
    journey(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x, y) => {
      if (i === 1) p.section('Bezorger', { x, y, width: 380, height: 300 }, (c) => (id = c.sticky('Pakket komt', { x: x + 10, y: y + 10 })));
    });
    expect(touchpoint(analyseBoard(b.build()), id)?.channel).toEqual({ name: 'Bezorger', id: null, kind: 'unknown' });
  });

  test('2. row-label shapes and texts left of the first phase head horizontal bands', () => {
    const b = board();
    const ids: string[] = [];
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.shape('Website', { x: 10, y: 100, w: 150, h: 200 });
      j.text('Telefoon', { x: 10, y: 400 });
      j.text('Winkel / kassa', { x: 10, y: 700 }); // unknown name left of the phases: custom channel
      j.section('Oriëntatie', { x: 200, y: 50, width: 400, height: 900 }, (p) => {
        ids.push(p.sticky('Zoekt info', { x: 210, y: 150 })); // centre y 200: inside the Website shape
        ids.push(p.sticky('Belt', { x: 210, y: 500 })); // below the Telefoon text: its band
        ids.push(p.sticky('Rekent af', { x: 210, y: 760 }));
        ids.push(p.sticky('Bovenaan', { x: 210, y: 40 })); // above every label: no band
      });
      j.section('Kopen', { x: 600, y: 50, width: 400, height: 900 });
    });
    const report = analyseBoard(b.build());
    expect(ids.map((id) => touchpoint(report, id)?.channel?.name ?? null)).toEqual(['Website', 'Telefoon', 'Winkel / kassa', null]);
    expect(report.journeys[0]?.channels.map((c) => [c.name, c.kind, c.touchpointCount])).toEqual([
      ['Website', 'digital', 1],
      ['Telefoon', 'traditional', 1],
      ['Winkel / kassa', 'unknown', 1],
    ]);
  });

  test('2. full-width row sections: stickies in them take the phase of their column', () => {
    const b = board();
    let id = '';
    let label = '';
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.section('Oriëntatie', { x: 0, y: 0, width: 400, height: 100 });
      j.section('Kopen', { x: 400, y: 0, width: 400, height: 100 });
      j.section('Gebruik', { x: 800, y: 0, width: 400, height: 100 });
      j.section('E-mail', { x: -200, y: 200, width: 1400, height: 300 }, (row) => {
        id = row.sticky('Bevestiging', { x: 450, y: 250 });
        label = row.sticky('E-mail', { x: -190, y: 250 }); // the row's own name, left of the phases
      });
      j.section('Bezorging', { x: 0, y: 550, width: 1200, height: 300 }); // custom wide row, not a phase
    });
    const report = analyseBoard(b.build());
    expect(report.journeys[0]?.phases.map((p) => p.name)).toEqual(['Oriëntatie', 'Kopen', 'Gebruik']);
    expect(phaseOf(report, id)).toBe('Kopen');
    expect(touchpoint(report, id)?.channel?.id).toBe('email');
    expect(report.journeys[0]?.channels.map((c) => c.name)).toEqual(['E-mail', 'Bezorging']);
    expect(roleOf(report, label)).toBe('ignored:row label');
    expect(report.findings.filter((f) => f.rule === 'unplaced-sticky')).toEqual([]);
  });

  test('row-label sections left of the phases head their band', () => {
    const b = board();
    let id = '';
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.section('Social media', { x: 0, y: 100, width: 150, height: 300 });
      j.section('Oriëntatie', { x: 200, y: 0, width: 400, height: 900 }, (p) => (id = p.sticky('Ziet post', { x: 210, y: 200 })));
      j.section('Kopen', { x: 600, y: 0, width: 400, height: 900 });
    });
    expect(touchpoint(analyseBoard(b.build()), id)?.channel).toEqual({ name: 'Social media', id: 'social', kind: 'digital' });
  });

  test('3. a tag in the sticky text names the channel; a cell or row label wins over it', () => {
    const b = board();
    const ids: string[] = [];
    journey(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x, y) => {
      if (i === 0) {
        ids.push(p.sticky('Leest #nieuwsbrief', { x: x + 10, y: y + 500 }));
        ids.push(p.sticky('Belt [Telefoon] op', { x: x + 10, y: y + 650 }));
        ids.push(p.sticky('Geen tag [x] #idee', { x: x + 200, y: y + 650 }));
      } else {
        p.section('Website', { x, y, width: 380, height: 300 }, (c) => ids.push(c.sticky('Bestelt #email', { x: x + 10, y: y + 10 })));
      }
    });
    const report = analyseBoard(b.build());
    expect(ids.map((id) => touchpoint(report, id)?.channel?.id ?? null)).toEqual(['newsletter', 'phone', null, 'website']);
    // Tag channels are listed but declare no lane.
    expect(report.journeys[0]?.channels.find((c) => c.id === 'newsletter')?.nodeIds).toEqual([]);
  });
});

describe('lanes that are not channels', () => {
  test('emotion, thoughts and pain rows hold phase attributes, not touchpoints', () => {
    const b = board();
    const ids: Record<string, string> = {};
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.text('Website', { x: 10, y: 100 });
      j.text('Emotie', { x: 10, y: 400 });
      j.section('Pijnpunten', { x: 0, y: 700, width: 1200, height: 200 }, (row) => (ids.pain = row.sticky('Te duur', { x: 650, y: 720 })));
      j.section('Oriëntatie', { x: 200, y: 0, width: 400, height: 650 }, (p) => {
        ids.touch = p.sticky('Zoekt', { x: 210, y: 150 });
        ids.feel = p.sticky('Blij -1', { x: 210, y: 450 });
      });
      j.section('Kopen', { x: 600, y: 0, width: 400, height: 650 }, (p) => {
        p.section('Gedachten', { x: 600, y: 0, width: 400, height: 200 }, (c) => (ids.thought = c.sticky('Is dit veilig?', { x: 610, y: 10 })));
      });
    });
    const report = analyseBoard(b.build());
    const [orient, buy] = report.journeys[0]?.phases ?? [];
    expect(orient?.touchpoints.map((t) => t.nodeId)).toEqual([ids.touch]);
    expect(orient?.attributes.map((a) => [a.nodeId, a.lane])).toEqual([[ids.feel, 'emotion']]);
    expect(buy?.attributes.map((a) => [a.nodeId, a.lane]).sort()).toEqual([[ids.pain, 'pains'], [ids.thought, 'thoughts']].sort());
    expect(roleOf(report, ids.feel ?? '')).toBe('attribute');
    expect(report.journeys[0]?.channels.map((c) => c.name)).toEqual(['Website']);
  });

  test('"Opportunities" is a lane inside a journey and an improvement section on the page', () => {
    const b = board();
    let lane = '';
    b.section('Journey', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.section('Awareness', { x: 200, y: 0, width: 400, height: 600 }, (p) => {
        p.section('Opportunities', { x: 200, y: 300, width: 400, height: 300 }, (c) => (lane = c.sticky('Offer a demo', { x: 210, y: 310 })));
      });
      j.section('Purchase', { x: 600, y: 0, width: 400, height: 600 });
    });
    const idea = b.section('Opportunities', { x: 0, y: 1200, width: 400, height: 400 }, (s) => s.sticky('Faster checkout', { x: 10, y: 1210 }));
    void idea;
    const report = analyseBoard(b.build());
    // An opportunity lane's sticky is an improvement candidate of its phase, shown in the lane too.
    expect(roleOf(report, lane)).toBe('improvement');
    expect(report.journeys[0]?.phases[0]?.attributes[0]?.lane).toBe('opportunities');
    expect(report.improvements.map((i) => i.text)).toContain('Faster checkout');
    expect(report.improvements.find((i) => i.nodeId === lane)).toMatchObject({ kind: 'idea', journey: { name: 'Journey' } });
  });

  test('touchpoint rows ("Acties") hold touchpoints without naming a channel', () => {
    const b = board();
    let id = '';
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      j.text('Acties', { x: 10, y: 100 });
      j.section('Oriëntatie', { x: 200, y: 0, width: 400, height: 600 }, (p) => (id = p.sticky('Leest #krant', { x: 210, y: 150 })));
      j.section('Kopen', { x: 600, y: 0, width: 400, height: 600 });
    });
    const report = analyseBoard(b.build());
    expect(touchpoint(report, id)?.channel?.id).toBe('print');
    expect(report.journeys[0]?.channels.map((c) => c.name)).toEqual(['krant']);
  });

  test('a sticky holding just a channel name left of the phases is a row label', () => {
    const b = board();
    let label = '';
    let id = '';
    b.section('Reis', { x: 0, y: 0, width: 1200, height: 1000 }, (j) => {
      label = j.sticky('Telefoon', { x: 10, y: 300 });
      j.section('Oriëntatie', { x: 200, y: 0, width: 400, height: 600 }, (p) => (id = p.sticky('Belt', { x: 210, y: 320 })));
      j.section('Kopen', { x: 600, y: 0, width: 400, height: 600 });
    });
    const report = analyseBoard(b.build());
    expect(roleOf(report, label)).toBe('ignored:row label');
    expect(touchpoint(report, id)?.channel?.id).toBe('phone');
  });
});

describe('geometric fallback and roles', () => {
  test('a sticky on the page whose centre lies in a section belongs to the innermost one', () => {
    const b = board();
    let onPage = '';
    journey(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x, y) => {
      if (i === 1) {
        p.section('Telefoon', { x, y, width: 380, height: 300 });
        onPage = p.sticky('Belt om te bestellen', { x: x + 20, y: y + 20 }, { onPage: true });
      }
    });
    const report = analyseBoard(b.build());
    expect(phaseOf(report, onPage)).toBe('Kopen');
    expect(touchpoint(report, onPage)?.channel?.id).toBe('phone');
    expect(report.findings.filter((f) => f.rule === 'unplaced-sticky')).toEqual([]);
  });

  test('a sticky on the page near phases lying on the page joins the phase of its column', () => {
    const b = board('Bestand');
    b.section('Oriëntatie', { x: 0, y: 0, width: 300, height: 100 });
    b.section('Kopen', { x: 300, y: 0, width: 300, height: 100 });
    b.text('Website', { x: -200, y: 200, w: 150, h: 200 });
    const id = b.sticky('Bestelt', { x: 350, y: 250 });
    const report = analyseBoard(b.build());
    expect(phaseOf(report, id)).toBe('Kopen');
    expect(touchpoint(report, id)?.channel?.id).toBe('website');
  });

  test('every sticky is accounted for once, with its role', () => {
    const b = board();
    const ids: Record<string, string> = {};
    journey(b, 'Reis', ['Oriëntatie', 'Kopen'], (p, i, x, y) => {
      if (i === 0) {
        ids.touch = p.sticky('Zoekt', { x: x + 10, y: y + 10 });
        ids.empty = p.sticky('   ', { x: x + 10, y: y + 200 });
        ids.generated = p.sticky('Marker', { x: x + 10, y: y + 400 }, { generated: true });
        ids.hidden = p.sticky('Verborgen', { x: x + 10, y: y + 600 }, { visible: false });
      }
    });
    b.section('Persona Anna', { x: 0, y: 1000, width: 400, height: 400 }, (s) => (ids.persona = s.sticky('Anna, 34, bakt graag', { x: 10, y: 1010 })));
    b.section('Legenda', { x: 500, y: 1000, width: 400, height: 400 }, (s) => (ids.legend = s.sticky('Rood = pijn', { x: 510, y: 1010 })));
    b.section('Ideeën', { x: 1000, y: 1000, width: 400, height: 400 }, (s) => (ids.idea = s.sticky('Chat op de site', { x: 1010, y: 1010 })));
    ids.loose = b.sticky('Los', { x: 5000, y: 5000 });
    b.section('Parkeerplaats', { x: 3000, y: 3000, width: 400, height: 400 }, (s) => (ids.parked = s.sticky('Later', { x: 3010, y: 3010 })));
    ids.noBounds = b.sticky('Zonder plek', { x: 0, y: 0 }, { noBounds: true, onPage: true });
    // A hidden phase: no phase, its cell does not surface as a section of its own, its stickies are hidden.
    b.section('Verborgen reis', { x: 0, y: 5000, width: 2000, height: 1000 }, (j) => {
      j.section('Kopen', { x: 200, y: 5000, width: 400, height: 900 });
      j.section('Gebruik', { x: 600, y: 5000, width: 400, height: 900 });
      j.section('Nazorg', { x: 1000, y: 5000, width: 400, height: 900 }, (p) => {
        p.section('Telefoon', { x: 1000, y: 5000, width: 400, height: 400 }, (c) => (ids.inHidden = c.sticky('Belt', { x: 1010, y: 5010 })));
      }, { visible: false });
    });
    b.section('Oud bord', { x: 7000, y: 7000, width: 900, height: 900 }, (j) => {
      j.section('Kopen', { x: 7000, y: 7000, width: 400, height: 900 });
      j.section('Gebruik', { x: 7400, y: 7000, width: 400, height: 900 }, (p) => (ids.inGenerated = p.sticky('Marker', { x: 7410, y: 7010 })));
    }, { generated: true });
    const report = analyseBoard(b.build());
    expect(Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, roleOf(report, id)]))).toEqual({
      touch: 'touchpoint',
      empty: 'ignored:empty',
      generated: 'ignored:generated by Journey Check',
      hidden: 'ignored:hidden',
      persona: 'persona',
      legend: 'ignored:legend',
      idea: 'improvement',
      loose: 'unplaced',
      parked: 'unplaced',
      noBounds: 'unplaced',
      inHidden: 'ignored:hidden',
      inGenerated: 'ignored:generated by Journey Check',
    });
    expect(report.journeys.map((j) => [j.name, j.phases.map((p) => p.name)])).toEqual([
      ['Reis', ['Oriëntatie', 'Kopen']],
      ['Verborgen reis', ['Kopen', 'Gebruik']],
    ]);
    expect(report.stickies).toHaveLength(Object.keys(ids).length);
    expect(report.journeys[0]?.personas).toEqual([{ nodeId: expect.any(String), name: 'Persona Anna', notes: ['Anna, 34, bakt graag'], global: true }]);
  });

  test('a persona inside a journey serves that journey only; one on the page serves all', () => {
    const b = board();
    b.section('Persona', { x: -1000, y: 0, width: 400, height: 400 });
    b.section('Reis A', { x: 0, y: 0, width: 1500, height: 1000 }, (j) => {
      j.section('Persona: Anna', { x: 0, y: 0, width: 150, height: 300 });
      j.section('Kopen', { x: 200, y: 0, width: 400, height: 600 });
      j.section('Gebruik', { x: 600, y: 0, width: 400, height: 600 });
    });
    journey(b, 'Reis B', ['Kopen', 'Gebruik'], undefined, { x: 0, y: 2000 });
    const report = analyseBoard(b.build());
    expect(report.journeys.map((j) => j.personas.map((p) => [p.name, p.global]))).toEqual([
      [['Persona: Anna', false], ['Persona', true]],
      [['Persona', true]],
    ]);
  });
});
