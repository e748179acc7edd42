import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../src/language/detectLanguage';
import { meaningfulWords, wordKey } from '../../src/language/tokenise';
import { buildVocabulary } from '../../src/vocabulary/vocabulary';

describe('stage names', () => {
  const vocabulary = buildVocabulary();
  test.each([
    ['1. Oriëntatie', 'orientation'],
    ['ORIENTATIE', 'orientation'],
    ['Fase 2 – Vergelijking', 'consideration'],
    ['Stage 3: Purchase!', 'purchase'],
    ['Checkout', 'purchase'],
    ['4) Gebruik', 'use'],
    ['After Sales', 'aftersales'],
    ['After-sales', 'aftersales'],
    ['Evaluate options', 'consideration'],
    ['Oriëntatie & bewustwording', 'orientation'],
    ['5. Retour', 'aftersales'],
    ['Returns', 'aftersales'],
    ['Refund', 'aftersales'],
  ])('%s → %s', (name, stage) => {
    expect(vocabulary.stageOf(name)).toBe(stage);
  });

  test.each(['Instroom', 'Levering', 'Verkoop', 'Uitstroom', 'Kopen en gebruik', '', '12'])('%s is a custom phase', (name) => {
    expect(vocabulary.stageOf(name)).toBeNull();
  });

  test('a board extends the stage names', () => {
    const extended = buildVocabulary({ extraStageNames: { purchase: ['Kassamoment'] } });
    expect(extended.stageOf('3. Kassamoment')).toBe('purchase');
    expect(vocabulary.stageOf('Kassamoment')).toBeNull();
  });
});

describe('channel names', () => {
  const vocabulary = buildVocabulary();
  test.each([
    ['Telefoon', 'phone', 'traditional'],
    ['E-mail', 'email', 'digital'],
    ['e mail', 'email', 'digital'],
    ['Nieuwsbrief', 'newsletter', 'digital'],
    ['Sociale media', 'social', 'digital'],
    ['Instagram', 'social', 'digital'],
    ['Balie', 'face-to-face', 'traditional'],
    ['Krant', 'print', 'traditional'],
    ['WhatsApp', 'chat', 'digital'],
    ['Televisie', 'tv', 'traditional'],
  ])('%s → %s (%s)', (name, id, kind) => {
    expect(vocabulary.channelOf(name)).toEqual({ id, kind });
  });

  test('unknown names are no known channel; a board can declare its own', () => {
    expect(vocabulary.channelOf('Bezorger')).toBeNull();
    const extended = buildVocabulary({ extraChannelNames: { phone: ['Klantcontact'], bezorger: ['Koerier'] } });
    expect(extended.channelOf('Klantcontact')).toEqual({ id: 'phone', kind: 'traditional' });
    expect(extended.channelOf('Koerier')).toEqual({ id: 'bezorger', kind: 'unknown' });
  });

  test('single letters are channels as names but never as tags', () => {
    expect(vocabulary.channelOf('X')).toEqual({ id: 'social', kind: 'digital' });
    expect(vocabulary.channelOfTag('x')).toBeNull();
  });
});

describe('lanes and special sections', () => {
  const vocabulary = buildVocabulary();
  test('lanes by name and by first words', () => {
    expect(vocabulary.laneOf('Emotie')).toBe('emotion');
    expect(vocabulary.laneOf('Gevoel 😊')).toBe('emotion');
    expect(vocabulary.laneOf('Pain points')).toBe('pains');
    expect(vocabulary.laneOf('Kansen')).toBe('opportunities');
    expect(vocabulary.laneOf('Telefoon')).toBeNull();
  });
  test('special sections', () => {
    expect(vocabulary.specialOf("Persona's")).toBe('persona');
    expect(vocabulary.specialOf('Persona: Anna (34)')).toBe('persona');
    expect(vocabulary.specialOf('Doelgroep')).toBe('persona');
    expect(vocabulary.specialOf('Verbeterpunten')).toBe('improvements');
    expect(vocabulary.specialOf('Ideeën')).toBe('improvements');
    expect(vocabulary.specialOf('Opportunities')).toBe('improvements');
    expect(vocabulary.specialOf('Legenda')).toBe('legend');
    expect(vocabulary.specialOf('Kopen')).toBeNull();
  });
});

describe('language', () => {
  test('Dutch and English boards', () => {
    expect(detectLanguage(['Klant belt de winkel', 'Wacht te lang op de levering', 'Niet tevreden'])).toBe('nl');
    expect(detectLanguage(['Customer calls the store', 'Waits too long for the delivery', 'Not happy'])).toBe('en');
  });
  test('no words: English', () => {
    expect(detectLanguage([])).toBe('en');
    expect(detectLanguage(['😀', '123'])).toBe('en');
  });
});

describe('meaningful words', () => {
  test('stop words (NL/EN), numbers and accents are dropped or folded', () => {
    expect(meaningfulWords('De levering duurt veel te lang! 3 dagen')).toEqual(['levering', 'duurt', 'lang', 'dagen']);
    expect(meaningfulWords('The delivery is too slow')).toEqual(['delivery', 'slow']);
    expect(meaningfulWords('Ideeën voor één café')).toEqual(['ideeen', 'cafe']);
  });
  test('keys join word forms', () => {
    expect(wordKey('levering')).toBe(wordKey('leveringen'));
    expect(wordKey('wachten')).toBe(wordKey('wachttijd'));
    expect(wordKey('bezorging')).toBe(wordKey('bezorgen'));
    expect(wordKey('delivery')).toBe(wordKey('deliveries'));
    expect(wordKey('factuur')).not.toBe(wordKey('levering'));
  });
});
