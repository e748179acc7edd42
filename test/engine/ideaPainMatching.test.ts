// Ideas meet pains through whole words weighted by how rare they are on the board; connectors
// link as drawn.
import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { matchKey, matchWords } from '../../src/improve/matchWords';
import type { ImprovementReport, Report } from '../../src/report/types';
import { board, journey } from '../helpers/snapshotBuilder';

function idea(report: Report, text: string): ImprovementReport | undefined {
  return report.improvements.find((i) => i.text === text);
}

/** A board with one journey (pains and other touchpoints spread over its phases) and an ideas section. */
function boardWith(touchpoints: readonly string[], ideas: readonly string[], connect: [number, number][] = []): { report: Report; ids: string[] } {
  const b = board();
  const ids: string[] = [];
  const phases = ['Awareness', 'Consideration', 'Purchase', 'Use'];
  journey(b, 'Trip', phases, (p, i, x, y) => {
    touchpoints.forEach((text, t) => {
      if (t % phases.length === i) ids[t] = p.sticky(text, { x: x + 10, y: y + 10 + Math.floor(t / phases.length) * 110 });
    });
  });
  const ideaIds: string[] = [];
  b.section('Ideas', { x: 0, y: 2000, width: 2000, height: 400 }, (s) => {
    ideas.forEach((text, i) => ideaIds.push(s.sticky(text, { x: 10 + i * 110, y: 2010 })));
  });
  for (const [from, to] of connect) b.connector(ideaIds[from] ?? null, ids[to] ?? null);
  return { report: analyseBoard(b.build(), { lang: 'en' }), ids };
}

describe('whole words after normalisation', () => {
  test('"check" meets its own forms, never "checkout" or "check-in"', () => {
    expect(matchKey('check')).toBe(matchKey('checks'));
    expect(matchKey('check')).toBe(matchKey('checked'));
    expect(matchKey('check')).toBe(matchKey('checking'));
    expect(matchWords('Checkout crashed; check-in took ages').map((w) => w.key)).toEqual(['checkout', 'crash', 'check-in', 'took', 'ages']);
    expect(matchWords('Check the rules').map((w) => w.key)).toEqual(['check', 'rule']);
  });

  test('plurals and verb forms NL/EN meet; accents and case are folded; stop words drop', () => {
    expect(matchKey('levering')).toBe(matchKey('leveringen'));
    expect(matchKey('bezorging')).toBe(matchKey('bezorgen'));
    expect(matchKey('delivery')).toBe(matchKey('deliveries'));
    expect(matchKey('bestellen')).toBe(matchKey('bestel'));
    expect(matchWords('Het CAFÉ en de café’s').map((w) => w.word)).toEqual(['cafe', "cafe's"]);
    expect(matchWords('De app is te traag en de app crasht')).toEqual([
      { word: 'app', key: 'app' },
      { word: 'traag', key: 'traag' },
      { word: 'crasht', key: 'crasht' },
    ]);
  });
});

describe('the issue’s false link is gone, a true link stays', () => {
  const touchpoints = [
    'Online check-in did not work -2',
    'Checkout crashed at payment -2',
    'Baggage drop queue was long -1',
    'Seat map is confusing -1',
    'Friendly crew +2',
    'Boarding by group went fine +1',
  ];

  test('"check" in an idea links neither check-in nor checkout', () => {
    const { report } = boardWith(touchpoints, ['Check the opening hours on the website']);
    expect(idea(report, 'Check the opening hours on the website')).toMatchObject({ matchedBy: 'none', addresses: [] });
  });

  test('a shared whole word links: "check-in" to check-in, "baggage" to the baggage queue', () => {
    const { report, ids } = boardWith(touchpoints, ['Fix the check-in page', 'Self-service baggage drop']);
    expect(idea(report, 'Fix the check-in page')).toMatchObject({ matchedBy: 'words', addresses: [ids[0]] });
    expect(idea(report, 'Self-service baggage drop')).toMatchObject({ matchedBy: 'words', addresses: [ids[2]] });
    expect(idea(report, 'Self-service baggage drop')?.why).toContain('baggage, drop');
  });
});

describe('weighted by rarity on the board', () => {
  // 12 stickies: "app" on 8 of them (common), "crash" on 2 (rare), "login" on 4, "slow" on 4.
  const touchpoints = [
    'App crash on login -2',
    'App login is slow -1',
    'App shows old prices -1',
    'App is slow at night -1',
    'App looks nice +1',
    'App login slow again -2',
    'Store staff were kind +2',
    'Parking was easy +1',
    'Login code never arrives -2',
    'Slow checkout -1',
  ];

  test('a word on more than half the stickies links nothing', () => {
    const { report } = boardWith(touchpoints, ['Dark mode in the app', 'New app icon']);
    expect(idea(report, 'Dark mode in the app')).toMatchObject({ matchedBy: 'none', addresses: [] });
  });

  test('a rare word links on its own; the common word next to it is not named', () => {
    const { report, ids } = boardWith(touchpoints, ['Fix the app crash', 'New app icon']);
    expect(idea(report, 'Fix the app crash')).toMatchObject({ matchedBy: 'words', addresses: [ids[0]] });
    expect(idea(report, 'Fix the app crash')?.why).toMatch(/shared words: crash$/);
  });

  test('two middling words link together where one alone does not', () => {
    // "login" and "slow" are each on 4 of 12 stickies (weight ln 3 < ln 5); together ln 9.
    const { report, ids } = boardWith(touchpoints, ['Faster login', 'New app icon']);
    expect(idea(report, 'Faster login')).toMatchObject({ matchedBy: 'none' });
    const both = boardWith(touchpoints, ['Login is slow: cache the session', 'New app icon']);
    expect(idea(both.report, 'Login is slow: cache the session')).toMatchObject({ matchedBy: 'words', addresses: [both.ids[1], both.ids[5]] });
    expect(ids).toHaveLength(touchpoints.length);
  });

  test('a connector links as drawn, whatever the words', () => {
    const { report, ids } = boardWith(touchpoints, ['Dark mode in the app', 'New app icon'], [[0, 2]]);
    expect(idea(report, 'Dark mode in the app')).toMatchObject({ matchedBy: 'connector', addresses: [ids[2]] });
  });
});
