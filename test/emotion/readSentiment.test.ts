import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSentiment } from '../../src/emotion/readSentiment';
import type { Sentiment } from '../../src/report/types';

const read = (text: string, lang: 'nl' | 'en' = 'nl'): Sentiment => readSentiment(text, lang);
const brief = (s: Sentiment): string => `${s.polarity} ${s.emotion ?? '-'} ${s.source}`;

describe('explicit tags win', () => {
  it('reads emotion tags in Dutch and English', () => {
    expect(read('emotie: boos — pakket kwijt')).toMatchObject({ polarity: -1, emotion: 'angry', source: 'tag' });
    expect(read('Emotion: happy, fast checkout', 'en')).toMatchObject({ polarity: 1, emotion: 'happy', source: 'tag' });
    expect(read('gevoel: twijfel over de maat')).toMatchObject({ polarity: -1, emotion: 'uncertain', source: 'tag' });
    expect(read('Emotie: Geïrriteerd')).toMatchObject({ emotion: 'irritated', source: 'tag' });
    expect(read('Gevoelens: teleurgesteld')).toMatchObject({ emotion: 'disappointed', source: 'tag' });
    expect(read('Feelings = delighted', 'en')).toMatchObject({ emotion: 'delighted', source: 'tag' });
  });

  it('lets the tag win over words and emoji that say otherwise', () => {
    expect(brief(read('emotie: tevreden, al was de levering traag 😡'))).toBe('1 satisfied tag');
    expect(brief(read('+1 lange rij maar snel geholpen'))).toBe('1 - tag');
  });

  it('reads a neutral tag as a statement without emotion', () => {
    expect(read('Emotie: neutraal – formulier invullen')).toEqual({ score: 0, polarity: 0, emotion: null, source: 'tag' });
  });

  it('reads score tags and sign tags', () => {
    expect(read('+2 gratis proefles')).toMatchObject({ score: 2, polarity: 1, source: 'tag' });
    expect(read('-1 wachten')).toMatchObject({ score: -1, polarity: -1, source: 'tag' });
    expect(read('wachten op monteur −2')).toMatchObject({ score: -2, source: 'tag' });
    expect(read('(+) persoonlijk advies')).toMatchObject({ score: 1, source: 'tag' });
    expect(read('(++) top service')).toMatchObject({ score: 2, source: 'tag' });
    expect(read('(--) pakket kwijt')).toMatchObject({ score: -2, source: 'tag' });
    expect(read('(-) pakket beschadigd')).toMatchObject({ score: -1, source: 'tag' });
    expect(read('-0 formulier invullen')).toEqual({ score: 0, polarity: 0, emotion: null, source: 'tag' });
    expect(read('+3 top')).toMatchObject({ score: 2, source: 'tag' });
  });

  it('does not take numbers, ranges or phone numbers for scores', () => {
    expect(read('Levering in 1-2 dagen').source).not.toBe('tag');
    expect(read('Bel +31 20 123 4567').source).toBe('none');
    expect(read('Stap 2 van het formulier').source).toBe('none');
  });

  it('takes the emotion from agreeing words when the tag is only a score', () => {
    expect(read('+2 super blij met de service').emotion).toBe('happy');
    expect(read('-2 blij dat het voorbij is').emotion).toBeNull();
  });
});

describe('emoji', () => {
  it('reads faces with and without variation selector alike', () => {
    expect(read('☹️ Retourneren kost geld')).toEqual(read('☹ Retourneren kost geld'));
    expect(read('☹️ Retourneren kost geld')).toMatchObject({ polarity: -1, source: 'emoji' });
    expect(read('Liefde ❤️', 'nl')).toMatchObject({ polarity: 1, source: 'emoji' });
    expect(read('Liefde ❤', 'nl')).toMatchObject({ polarity: 1, source: 'emoji' });
  });

  it('ignores skin tones', () => {
    expect(read('Onboarding 👍🏽')).toMatchObject({ polarity: 1, source: 'emoji' });
    expect(read('Onboarding 👎🏿')).toMatchObject({ polarity: -1, source: 'emoji' });
  });

  it('gives an emotion only for faces that clearly show one', () => {
    expect(brief(read('Woedend, drie keer doorverbonden 😡'))).toBe('-1 angry emoji');
    expect(brief(read('Nog zo een klantenkaart 🙄'))).toBe('-1 irritated emoji');
    expect(brief(read('🙂 welkomstmail', 'en'))).toBe('1 - emoji');
    expect(brief(read('Welkomstmail 😊'))).toBe('1 - emoji');
  });

  it('lets a neutral face stand when the words say nothing, and the words speak otherwise', () => {
    expect(brief(read('Fills in the contact form 😐', 'en'))).toBe('0 - emoji');
    expect(brief(read('Vergelijkingssite raadplegen 🤔'))).toBe('0 - emoji');
    expect(brief(read('Twijfel over de prijs 🤔'))).toBe('-1 uncertain words');
  });

  it('reads text emoticons', () => {
    expect(read('snelle levering :)')).toMatchObject({ polarity: 1, source: 'emoji' });
    expect(read('weer geen reactie :(')).toMatchObject({ polarity: -1, source: 'emoji' });
  });
});

describe('negation', () => {
  it('turns judgements around in Dutch', () => {
    expect(brief(read('Niet tevreden over de afhandeling'))).toBe('-1 disappointed words');
    expect(brief(read('Niet slecht, bezorger was op tijd'))).toBe('1 - words');
    expect(brief(read('Geen probleem om te ruilen'))).toBe('1 - words');
    expect(brief(read('Prima geregeld, geen gedoe'))).toBe('1 satisfied words');
    expect(brief(read('Niet duidelijk waar ik moet betalen'))).toBe('-1 - words');
    expect(brief(read('Niet boos, wel verbaasd'))).not.toMatch(/angry/);
  });

  it('turns judgements around in English', () => {
    expect(brief(read('Not happy with how it was handled', 'en'))).toBe('-1 disappointed words');
    expect(brief(read('Not bad at all, courier was on time', 'en'))).toBe('1 - words');
    expect(brief(read('No problem to change the date', 'en'))).toBe('1 - words');
    expect(brief(read('Smooth checkout, no hassle', 'en'))).toBe('1 satisfied words');
    expect(brief(read("Doesn't feel friendly", 'en'))).toBe('-1 - words');
  });

  it('reaches three words: a cue 3 words after the negator is turned around, one 4 words after is not', () => {
    expect(read('not cake shop happy', 'en').polarity).toBe(-1);
    expect(read('not cake shop staff happy', 'en').polarity).toBe(1);
    expect(read('niet taart winkel blij').polarity).toBe(-1);
    expect(read('niet taart winkel personeel blij').polarity).toBe(1);
  });

  it('reads a lone negator as something that did not work', () => {
    expect(read('Bestelpagina laadt niet').polarity).toBe(-1);
    expect(read('Order page does not load', 'en').polarity).toBe(-1);
    expect(read('Geen reactie op mijn e-mail').polarity).toBe(-1);
    expect(read('Nobody asked about my needs', 'en').polarity).toBe(-1);
  });

  it('does not count "zonder" or "without" alone as a failure', () => {
    expect(read('Zonder afspraak binnenlopen').polarity).toBe(0);
  });

  it('reads "te" and "too" as excess, not the infinitive "te"', () => {
    expect(read('Te duur vergeleken met de concurrent').polarity).toBe(-1);
    expect(read('Verzendkosten veel te hoog').polarity).toBe(-1);
    expect(read('Too long on hold', 'en').polarity).toBe(-1);
    expect(read('Formulier te downloaden op de site').polarity).toBe(0);
  });
});

describe('contrast, prefixes, inflection and quantities', () => {
  it('weighs the clause after "maar"/"but" over the one before', () => {
    expect(read('Mooie showroom, maar niemand hielp me').polarity).toBe(-1);
    expect(read('Long queue, but helped quickly', 'en').polarity).toBe(1);
    expect(read('Eerst boos, maar uiteindelijk blij met de oplossing').emotion).toBe('happy');
  });

  it('reads a negating prefix before a positive word', () => {
    expect(read('Customer support was unhelpful', 'en').polarity).toBe(-1);
    expect(read('Onprettig gesprek aan de telefoon').polarity).toBe(-1);
  });

  it('finds overlay words through English inflection', () => {
    expect(read('The form kept crashing', 'en').polarity).toBe(-1);
    expect(read('Shipment delayed twice', 'en').polarity).toBe(-1);
  });

  it('reads quick answers stated with a number', () => {
    expect(read('Antwoord binnen 10 minuten').polarity).toBe(1);
    expect(read('Support answered within minutes', 'en').polarity).toBe(1);
    expect(read('Setup took less than five minutes', 'en').polarity).toBe(1);
  });

  it('does not read journey vocabulary that field lexicons rate as feeling', () => {
    expect(read('Sign up for the loyalty programme', 'en').polarity).toBe(0);
    expect(read('Contacts customer support', 'en').polarity).toBe(0);
    expect(read('Loopt langs de etalage').polarity).toBe(0);
  });
});

describe('Dutch inflections and spelling', () => {
  it.each([
    ['Teleurgesteld in de service', 'disappointed'],
    ['Teleurstellend antwoord', 'disappointed'],
    ['Een teleurstellende ervaring', 'disappointed'],
    ['Irritant dat het zo lang duurt', 'irritated'],
    ['Een irritante pop-up', 'irritated'],
    ['Geïrriteerd door de wachttijd', 'irritated'],
    ['Geirriteerd door de wachttijd', 'irritated'],
    ['Gei\u0308rriteerd door de wachttijd', 'irritated'],
    ['GEÏRRITEERD', 'irritated'],
    ['Woedend', 'angry'],
    ['Enthousiast over de proefrit', 'delighted'],
    ['Blij met de bezorging', 'happy'],
    ['Onzeker of het past', 'uncertain'],
  ])('%s → %s', (text, emotion) => {
    expect(read(text).emotion).toBe(emotion);
  });

  it('reads comparatives of overlay words', () => {
    expect(read('Duurder dan de supermarkt').polarity).toBe(-1);
    expect(read('Website is trager dan vorig jaar').polarity).toBe(-1);
    expect(read('Veel sneller dan verwacht').polarity).toBe(1);
    expect(read('Ik bel later terug').polarity).toBe(0);
  });

  it('reads field-lexicon words by stem (Pattern Dutch)', () => {
    expect(read('Vreselijke ervaring').polarity).toBe(-1);
    expect(read('Aangename sfeer in de zaak').polarity).toBe(1);
  });

  it('does not read verbs that share a stem with a rated adjective', () => {
    // "betaalbaar" (affordable) and "betalen" (to pay) share the stem "betal".
    expect(read('Betalen bij de kassa').polarity).toBe(0);
    expect(read('Betaalbaar abonnement').polarity).toBe(1);
  });

  it('reads "bezorgd" as delivered, and as worried only with what it is about', () => {
    expect(read('Pakket bezorgd bij de buren').emotion).toBeNull();
    expect(read('Bezorgd over de extra kosten').emotion).toBe('uncertain');
  });
});

describe('language', () => {
  it('falls back to the other language when the board language finds nothing', () => {
    expect(brief(read('Terrible waiting experience', 'nl'))).toMatch(/^-1/);
    expect(brief(read('Vreselijke ervaring', 'en'))).toMatch(/^-1/);
  });

  it('does not fall back when the text is plainly in the board language', () => {
    // "feels" would stem to Dutch "fel" (fierce).
    expect(read('Feels valued as a customer', 'en').polarity).toBe(1);
    expect(read('The staff feels distant', 'en').polarity).not.toBe(1);
  });

  it('reads comparisons and counterfactuals', () => {
    expect(read('Could be better', 'en').polarity).toBe(-1);
    expect(read('Kan beter').polarity).toBe(-1);
    expect(read('Had sneller gekund').polarity).toBe(-1);
    expect(read('Beter dan verwacht').polarity).toBe(1);
    expect(read('Geen verrassingen, alles zoals beloofd').polarity).toBe(1);
  });

  it('reads mixed-language stickies', () => {
    expect(read('Super happy met de nieuwe app', 'nl')).toMatchObject({ polarity: 1, emotion: 'happy' });
    expect(read('Checkout was echt frustrating', 'nl')).toMatchObject({ polarity: -1, emotion: 'irritated' });
  });
});

describe('action-only and odd input', () => {
  it('reads actions as no feeling', () => {
    for (const text of ['Nieuwsbrief ontvangen', 'Website bezoeken', 'Places the order', 'Betaalt met iDEAL']) {
      expect(read(text)).toEqual({ score: 0, polarity: 0, emotion: null, source: 'none' });
    }
  });

  it('reads offers by name and plain waiting as actions, waiting with a length as a pain', () => {
    for (const [text, lang] of [
      ['Kiest gratis verzending', 'nl'],
      ['Vult persoonlijke gegevens in', 'nl'],
      ['Signs up for the free trial', 'en'],
      ['Wacht op de monteur', 'nl'],
      ['Waits for the engineer', 'en'],
    ] as const) {
      expect(readSentiment(text, lang).polarity).toBe(0);
    }
    expect(read('Lang wachten op een reactie').polarity).toBe(-1);
    expect(read('Waited two weeks for a refund', 'en').polarity).toBe(-1);
    expect(read('Wachttijd van 40 minuten').polarity).toBe(-1);
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', ' ', '\n\t  ', '\u00a0']) {
      expect(read(text)).toEqual({ score: 0, polarity: 0, emotion: null, source: 'none' });
    }
  });

  it('handles a 20,000-character text', () => {
    const text = 'Blij met de snelle levering. '.repeat(700).slice(0, 20_000);
    expect(text.length).toBe(20_000);
    expect(read(text)).toMatchObject({ polarity: 1, source: 'words' });
  });

  it('never throws on lone surrogates and control characters', () => {
    for (const text of ['\ud83d', '\ude00 boos', 'blij \ud83d\u0000', '\u0000\u0001\u001f\u007f', '\ud83d\ud83d\ude21']) {
      expect(() => read(text)).not.toThrow();
    }
    expect(read('\ud83d blij').polarity).toBe(1);
  });

  it('keeps every reading inside the contract for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('nl' as const, 'en' as const), (text, lang) => {
        const s = readSentiment(text, lang);
        expect(s.score).toBeGreaterThanOrEqual(-2);
        expect(s.score).toBeLessThanOrEqual(2);
        expect(Math.round(s.score * 10) / 10).toBe(s.score);
        expect(s.polarity).toBe(Math.sign(s.score) as -1 | 0 | 1);
        if (s.source === 'none') expect(s).toEqual({ score: 0, polarity: 0, emotion: null, source: 'none' });
      }),
      { numRuns: 300 },
    );
  });
});
