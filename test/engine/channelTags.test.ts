// Channel tags in a sticky's text, Dutch and English: the networks' short names, messaging habits,
// and custom channels in square brackets.
import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { channelFromTag } from '../../src/journey/channelTag';
import { buildVocabulary } from '../../src/vocabulary/vocabulary';
import { board, journey } from '../helpers/snapshotBuilder';

const vocabulary = buildVocabulary();
const tagged = (text: string) => channelFromTag(text, vocabulary);

describe('known channels by tag', () => {
  test.each([
    // English
    ['Saw the ad on #insta', 'social'],
    ['Story on #ig', 'social'],
    ['Sent us a #dm about the size', 'chat'],
    ['Asked via #whatsapp', 'chat'],
    ['Unboxing video #tiktok', 'social'],
    ['Recruiter post #linkedin', 'social'],
    ['Review on #yt', 'social'],
    ['#fb group recommends it', 'social'],
    ['Order confirmation #mail', 'email'],
    ['Push message #app', 'app'],
    ['Got a text #sms', 'chat'],
    ['Called the #hotline', 'phone'],
    // Dutch
    ['Ziet de actie in de #nieuwsbrief', 'newsletter'],
    ['Belt de winkel #tel', 'phone'],
    ['Stuurt een #appje', 'chat'],
    ['Krijgt een #mailtje met de bon', 'email'],
    ['[Telefoon] belt over de levering', 'phone'],
    ['[WhatsApp] vraagt om foto', 'chat'],
    ['[Sociale media] reacties lezen', 'social'],
    ['[Mijn omgeving] factuur downloaden', 'website'],
  ])('%s → %s', (text, id) => {
    expect(tagged(text)).toMatchObject({ id });
  });

  test('the tag as written is the channel’s display name', () => {
    expect(tagged('Saw it on #Insta')).toEqual({ name: 'Insta', id: 'social', kind: 'digital', key: 'id:social' });
  });
});

describe('custom channels in square brackets', () => {
  test.each([
    ['[Servicepunt] Vraagt om hulp bij retour', 'Servicepunt'],
    ['Pakket ophalen [Afhaalpunt]', 'Afhaalpunt'],
    ['[Service desk] asks for the receipt', 'Service desk'],
    ['[Bezorger] belt aan', 'Bezorger'],
  ])('%s → custom channel %s', (text, name) => {
    expect(tagged(text)).toEqual({ name, id: null, kind: 'unknown', key: `custom:${name.toLowerCase()}` });
  });

  test('a known channel tag anywhere wins over a custom bracket tag', () => {
    expect(tagged('[Servicepunt] stuurt #mail')).toMatchObject({ id: 'email' });
  });

  test.each([
    'Wil een #quickwin',
    'Ziet een #idee',
    '[TODO] uitzoeken',
    '[Idee] gratis bezorging',
    '[Quote] "Waar is mijn pakket?"',
    '[x] gedaan',
    '[+] snel geholpen',
    '[-2] wacht lang',
    '[P1] levering',
    '[effort: low] chat',
    '[Pijnpunten] lange wachttijd',
    '[Kopen] via de site?',
    '[Persona] Anna',
    '[een heel lange zin tussen haken] over iets',
    'Geen tag hier',
  ])('%s names no channel', (text) => {
    expect(tagged(text)).toBeNull();
  });
});

describe('on a board', () => {
  test('a [Servicepunt] sticky gets its own channel, Dutch and English tags their known one', () => {
    const b = board();
    journey(b, 'Retour', ['Kopen', 'Gebruik', 'Nazorg'], (p, i, x, y) => {
      if (i === 0) p.sticky('Bestelt na een #insta advertentie', { x: x + 10, y: y + 10 });
      if (i === 1) p.sticky('Vraagt via #dm naar de maat', { x: x + 10, y: y + 10 });
      if (i === 2) p.sticky('[Servicepunt] Brengt het pakket terug', { x: x + 10, y: y + 10 });
    });
    const phases = analyseBoard(b.build()).journeys[0]?.phases ?? [];
    expect(phases.map((p) => p.touchpoints[0]?.channel)).toEqual([
      { name: 'insta', id: 'social', kind: 'digital' },
      { name: 'dm', id: 'chat', kind: 'digital' },
      { name: 'Servicepunt', id: null, kind: 'unknown' },
    ]);
  });
});
