// Stop words (folded: lower case, no accents). Used to find a text's meaningful words and, through
// the words only one language uses, to tell Dutch from English.
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(
  ('de het een en of maar dan dat die dit deze daar hier er is zijn was waren wordt worden werd ben bent ' +
    'heb hebt heeft hebben had hadden kan kun kunt kunnen kon zal zullen zou zouden moet moeten mag mogen wil willen ' +
    'ik jij je u hij zij ze wij we mij me mijn jouw jullie ons onze hun hen zijn haar hem ' +
    'van in op aan met voor naar bij uit over door tot om te tegen zonder na onder tussen via per ' +
    'niet geen wel ook nog al weer heel erg zeer veel weinig meer minder te toch even eens maar ' +
    'als wat wie waar hoe waarom wanneer welke omdat want dus zodat terwijl ' +
    'alles iets niets iemand niemand elke elk ieder alle andere zo nu dan straks ' +
    'krijgt krijg krijgen gaat gaan ga doet doen doe komt komen kom ziet zien zie vindt vinden vind')
    .split(' '),
);

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  ('the a an and or but then that this these those there here is are was were be been being am ' +
    'has have had do does did can could will would shall should may might must ' +
    'i you he she it we they me him her us them my your his its our their ' +
    'of in on at to for from with by about into over after before under between without through via per ' +
    'not no nor too very also just still again only so much many more less ' +
    'if what who where how why when which because while as than ' +
    'all any some none each every other such own same ' +
    'gets get got goes go going makes make made sees see finds find wants want')
    .split(' '),
);

/** Words on nearly every journey sticky: sharing them says nothing about a shared topic. */
export const DOMAIN_STOP_WORDS: ReadonlySet<string> = new Set(
  ('klant klanten customer customers client clients gebruiker gebruikers user users persoon person mensen people ' +
    'bedrijf company wij ons organisatie organisation organization product producten products dienst service ' +
    'inspanning effort impact emotie emotion moeite waarde value laag middel hoog low medium high goed good slecht bad')
    .split(' '),
);
