/**
 * Distinct, realistic sticky texts for the QuickJS bench: what workshop participants write on a
 * customer-journey board, in Dutch or English — an action, what it is about, often how it went
 * (pain, delight, doubt, a waiting time or an amount), now and then an emoji, a channel tag or a
 * quote. Every text of one generator is different (real boards rarely repeat a sticky), so the
 * engine reads each one, as on a real board. Deterministic: same seed, same texts.
 */
import { seededRandom } from './seededRandom';

const NL_ACTIONS = [
  'Zoekt op Google naar', 'Vergelijkt prijzen van', 'Leest reviews over', 'Vraagt in de winkel naar',
  'Belt de klantenservice over', 'Stuurt een mail over', 'Bestelt online', 'Annuleert', 'Ruilt',
  'Betaalt voor', 'Krijgt een bevestiging van', 'Wacht op', 'Zoekt in de app naar', 'Chat met de servicedesk over',
  'Vult het formulier in voor', 'Haalt bij de balie', 'Schrijft een review over', 'Vraagt korting op',
  'Meldt een probleem met', 'Ontvangt', 'Vraagt de buurvrouw naar', 'Ziet een advertentie voor', 'Plant',
  'Verlengt', 'Zet op de wensenlijst:',
];
const NL_OBJECTS = [
  'de bezorging', 'de factuur', 'het abonnement', 'een nieuwe fiets', 'de reisverzekering', 'het retourlabel',
  'de afspraak met de monteur', 'de bestelling', 'het pakket', 'de openingstijden', 'het nieuwe wachtwoord',
  'de garantie', 'de levertijd', 'de aanbieding uit de folder', 'het laadpunt', 'de kinderopvang', 'de huurwoning',
  'de controle bij de tandarts', 'het energiecontract', 'de jaarkaart', 'de verhuisdoos', 'de cadeaubon',
  'het spreekuur', 'de taart voor het feest', 'de vloerverwarming', 'de zonnepanelen', 'de proefrit',
  'het lidmaatschap', 'de eerste les', 'de terugbetaling',
];
const NL_TAILS = [
  '', '', 'en is blij met het snelle antwoord', 'maar moet {n} minuten wachten', 'en vindt het erg onduidelijk',
  'en twijfelt nog', 'maar de site werkt niet op de telefoon', 'en krijgt geen reactie', 'en is positief verrast',
  'maar de kosten vallen tegen', 'en voelt zich niet serieus genomen', 'zonder problemen', 'en moet alles opnieuw invullen',
  'en raakt geïrriteerd', 'maar niemand weet het antwoord', 'en is tevreden', 'en vindt het personeel vriendelijk',
  'en begrijpt de voorwaarden niet', 'en haakt af', 'en hoort pas na {n} dagen iets', 'en betaalt €{n} extra',
  'en wordt {n} keer doorverbonden', 'in {n} seconden geregeld', 'maar de bevestiging komt niet', 'en vertelt het door aan vrienden',
  'maar het formulier wist alles bij een fout', 'en is bang iets te missen', 'en vindt het te duur', 'heel makkelijk',
];
const NL_EXTRAS = ['', '', '', '', '', '', ' 😀', ' 😡', ' 🤔', ' 👍', ' 😩', ' #chat', ' #tel', ' [Website]', ' — "waarom duurt dit zo lang?"', ' — "top geregeld!"', ' (vaak genoemd)'];

const EN_ACTIONS = [
  'Searches Google for', 'Compares prices of', 'Reads reviews about', 'Asks in the shop about', 'Calls support about',
  'Emails the team about', 'Orders online:', 'Cancels', 'Exchanges', 'Pays for', 'Gets a confirmation of', 'Waits for',
  'Looks in the app for', 'Chats with the help desk about', 'Fills in the form for', 'Picks up at the counter:',
  'Writes a review of', 'Asks for a discount on', 'Reports a problem with', 'Receives', 'Asks a friend about',
  'Sees an ad for', 'Books', 'Renews', 'Adds to the wish list:',
];
const EN_OBJECTS = [
  'the delivery', 'the invoice', 'the subscription', 'a new bike', 'the travel insurance', 'the return label',
  'the technician visit', 'the order', 'the parcel', 'the opening hours', 'a new password', 'the warranty',
  'the delivery date', 'the offer from the flyer', 'the charging point', 'the day care place', 'the rental flat',
  'the dental check-up', 'the energy contract', 'the annual pass', 'the moving boxes', 'the gift card',
  'the consultation hour', 'the birthday cake', 'the floor heating', 'the solar panels', 'the test drive',
  'the membership', 'the first lesson', 'the refund',
];
const EN_TAILS = [
  '', '', 'and is happy with the quick answer', 'but waits {n} minutes', 'and finds it very unclear', 'and still hesitates',
  'but the site does not work on the phone', 'and gets no reply', 'and is pleasantly surprised', 'but the costs are disappointing',
  'and feels ignored', 'without any trouble', 'and has to fill everything in again', 'and gets annoyed',
  'but nobody knows the answer', 'and is satisfied', 'and finds the staff friendly', 'and does not understand the terms',
  'and gives up', 'and hears back only after {n} days', 'and pays €{n} extra', 'and is transferred {n} times',
  'sorted in {n} seconds', 'but the confirmation never arrives', 'and tells friends about it',
  'but the form clears everything on an error', 'and is afraid to miss something', 'and finds it too expensive', 'really easy',
];
const EN_EXTRAS = ['', '', '', '', '', '', ' 😀', ' 😡', ' 🤔', ' 👍', ' 😩', ' #chat', ' #phone', ' [Website]', ' — "why does this take so long?"', ' — "sorted in no time!"', ' (mentioned often)'];


export type TextLang = 'nl' | 'en';

/** Returns a function giving a new distinct text in the asked language on every call. */
export function realisticTexts(seed: number): (lang: TextLang) => string {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const seen = new Set<string>();
  return (lang) => {
    const [actions, objects, tails, extras] = lang === 'nl' ? [NL_ACTIONS, NL_OBJECTS, NL_TAILS, NL_EXTRAS] : [EN_ACTIONS, EN_OBJECTS, EN_TAILS, EN_EXTRAS];
    for (let attempt = 0; attempt < 1000; attempt++) {
      const tail = pick(tails).replace('{n}', String(2 + Math.floor(rand() * 58)));
      const text = `${pick(actions)} ${pick(objects)}${tail ? ` ${tail}` : ''}${pick(extras)}`;
      if (seen.has(text)) continue;
      seen.add(text);
      return text;
    }
    throw new Error(`realisticTexts: no new ${lang} text after 1000 attempts (${seen.size} made)`);
  };
}
