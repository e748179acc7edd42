/**
 * Hand-made customer-experience overlay on top of the field-made lexicons (generated/lexicon.ts).
 * Data only. Keys are lower case without accents ("geirriteerd"); weights in tenths on the unit
 * scale −10…10 like the generated tables. An overlay entry wins over the field lexicon.
 * `e` is the canonical emotion the word states; words that only judge a thing ("traag",
 * "friendly") have no emotion. Weight 0 silences a field-lexicon word that is a plain domain
 * word on a journey board ("support", "service", "like").
 */
import type { Emotion } from '../domain';

export interface Cue {
  w: number;
  e?: Emotion;
}

const feel = (w: number, e: Emotion): Cue => ({ w, e });
const judge = (w: number): Cue => ({ w });

const FEELINGS: Record<Emotion, { w: number; words: string[] }> = {
  delighted: {
    w: 10,
    words: [
      'verrast', 'enthousiast', 'dolblij', 'wow', 'wauw', 'waauw', 'verrukt', 'opgetogen', 'laaiend',
      'delighted', 'thrilled', 'excited', 'enthusiastic', 'amazed', 'ecstatic', 'overjoyed', 'wowed',
      // colloquial
      'stoked', 'hyped',
    ],
  },
  happy: {
    w: 8,
    words: [
      'blij', 'gelukkig', 'vrolijk', 'opgelucht', 'happy', 'glad', 'joyful', 'cheerful', 'relieved',
      // cheers: "Yay, it arrived early", "Joepie!"
      'yay', 'jeej', 'joepie', 'hoera', 'woohoo', 'yippie', 'chuffed',
    ],
  },
  satisfied: {
    w: 6,
    words: ['tevreden', 'prima', 'gezellig', 'voldaan', 'satisfied', 'content', 'pleased'],
  },
  // A neutral feeling states no emotion: the labelled data reads "emotie: neutraal" as none.
  neutral: { w: 0, words: ['neutraal', 'neutral', 'onverschillig', 'indifferent', 'meh'] },
  uncertain: {
    w: -5,
    words: [
      'onzeker', 'twijfel', 'twijfels', 'twijfelt', 'twijfelen', 'twijfelde', 'ongerust',
      'zenuwachtig', 'nerveus', 'aarzel', 'aarzelt', 'onzekerheid', 'uncertain', 'unsure', 'doubt',
      'doubts', 'doubtful', 'worried', 'worries', 'nervous', 'anxious', 'hesitant', 'confused', 'verward',
      'gestrest', 'stressed', 'bang', 'afraid', 'scared', 'angstig', 'onrustig',
      // "Huh?? welke knop", "idk which plan"
      'huh', 'idk', 'clueless',
    ],
  },
  irritated: {
    w: -7,
    words: [
      'geirriteerd', 'irritant', 'irritatie', 'irriteert', 'irritante', 'ergerlijk', 'ergernis', 'erger',
      'ergert', 'vervelend', 'gefrustreerd', 'frustrerend', 'frustratie', 'zucht', 'pff', 'pfff', 'grr',
      'irritated', 'irritating', 'annoyed', 'annoying', 'annoyance', 'frustrated', 'frustrating',
      'frustration', 'ugh', 'argh',
      // exasperated interjections and swearing on their own: "Bah", "wtf", "ffs", "smh", "verdomme"
      'bah', 'bleh', 'jakkes', 'getver', 'wtf', 'wth', 'ffs', 'smh', 'fml', 'verdomme', 'godverdomme', 'dammit',
      'damnit', 'sigh', 'pfoe', 'tss', 'chagrijnig', 'gadver', 'gadverdamme', 'bwah', 'miffed', 'peeved',
    ],
  },
  disappointed: {
    w: -7,
    words: [
      'teleurgesteld', 'teleurstellend', 'teleurstelling', 'jammer', 'helaas', 'balen', 'zonde',
      'ontevreden', 'disappointed', 'disappointing', 'disappointment', 'pity', 'unfortunately',
      'dissatisfied', 'unhappy', 'letdown', 'bummer', 'triest', 'treurig', 'pech', 'sneu', 'gutted', 'bummed',
      'tegenvaller', 'tegenvallend', 'moedeloos',
    ],
  },
  angry: {
    w: -10,
    words: [
      'boos', 'woedend', 'kwaad', 'razend', 'woest', 'witheet', 'angry', 'furious', 'outraged', 'livid', 'enraged', 'mad',
      'pissig', 'pissed', 'ziedend', 'fuming', 'seething', 'raging',
    ],
  },
};

/** Words that judge the experience without naming a feeling. */
const JUDGEMENTS: Record<number, string[]> = {
  7: [
    'heerlijk', 'heerlijke', 'outstanding', 'top', 'geweldig', 'fantastisch', 'uitstekend', 'perfect', 'perfecte', 'excellent', 'awesome', 'amazing', 'fantastic', 'superb',
    // slang praise
    'zalig', 'toppie', 'topper', 'toppertje', 'legend', 'legendary', 'briljant', 'vlekkeloos', 'piekfijn', 'tiptop',
    'subliem', 'magnifiek', 'chapeau', 'kicken', 'lifesaver', 'first-class', 'top-notch',
  ],
  6: [
    'beter', 'snel', 'snelle', 'handig', 'handige', 'makkelijk', 'gemakkelijk', 'eenvoudig', 'behulpzaam', 'vriendelijk',
    'vriendelijke', 'duidelijk', 'duidelijke', 'soepel', 'fijn', 'fijne', 'goed', 'goede',
    'fast', 'quick', 'easy', 'handy', 'helpful', 'friendly', 'clear', 'smooth', 'smoothly', 'convenient', 'simple',
    'aardig', 'aardige', 'attent', 'vlot', 'vlotte', 'deskundig', 'deskundige', 'klantvriendelijk', 'efficient',
    'supersnel', 'professioneel', 'professionele', 'lekker', 'lekkere', 'mooi', 'mooie', 'leuk', 'leuke',
    'professional', 'knowledgeable', 'attentive', 'thoughtful', 'intuitive', 'seamless', 'pleasant', 'lovely',
    'reliable', 'user-friendly', 'gebruiksvriendelijk', 'kind',
    // slang praise: "echt vet", "chill dat", "makkie", "dikke pluim", "props to the driver"
    'vet', 'chill', 'cool', 'nice', 'makkie', 'aanrader', 'complimenten', 'compliment', 'pluim', 'props', 'kudos',
    'hulde', 'keurig', 'keurige', 'foutloos', 'soepeltjes', 'relaxed', 'relaxt', 'dope', 'slick', 'unreal',
    'verademing', 'hartverwarmend', 'gesmeerd', 'effortless', 'frictionless', 'straightforward', 'spot-on',
    'zippy', 'snappy',
  ],
  5: ['valued', 'appreciated', 'gewaardeerd', 'gehoord', 'strak', 'netjes', 'duimpje', 'neat', 'solid', 'streamlined', 'gepiept', 'meegedacht'],
  4: ['geholpen', 'opgelost', 'resolved', 'fixed', 'sorted', 'organised', 'organized', 'georganiseerd', 'gratis', 'persoonlijk', 'persoonlijke', 'free', 'personal', 'flexibel', 'flexible', 'overzichtelijk'],
  // Waiting alone is an action ("Wacht op de monteur"); with a length or a queue it is a pain.
  [-2]: ['wachten', 'wachtte', 'wacht', 'wait', 'waiting', 'waited', 'waits'],
  [-3]: ['lang', 'lange', 'long', 'moest', 'kosten', 'costs'],
  [-4]: [
    'rij', 'wachtrij', 'queue', 'wachttijd', 'verzendkosten', 'fee', 'fees', 'doorverbonden', 'transferred',
  ],
  [-6]: [
    'traag', 'trage', 'langzaam', 'slow', 'crasht', 'crash', 'crashes', 'crashed', 'storing', 'foutmelding',
    'fout', 'error', 'bug', 'kapot', 'broken', 'beschadigd', 'damaged', 'kwijt', 'kwijtgeraakt', 'lost',
    'zoekgeraakt', 'missing', 'duur', 'dure', 'expensive', 'pricey', 'overpriced', 'onduidelijk', 'onduidelijke',
    'unclear', 'confusing', 'verwarrend', 'verwarrende', 'ingewikkeld', 'ingewikkelde', 'complicated',
    'omslachtig', 'cumbersome', 'moeilijk', 'lastig', 'hard', 'difficult', 'laat', 'late', 'vertraging',
    'vertraagd', 'delay', 'delayed', 'onvriendelijk', 'onbeleefd', 'rude', 'unfriendly', 'onbereikbaar',
    'unreachable', 'slecht', 'slechte', 'bad', 'poor', 'probleem', 'problemen', 'problem', 'problems',
    'gedoe', 'hassle', 'klacht', 'complaint', 'afhaakmoment', 'afhaken', 'vastgelopen', 'stuck',
    'unheard', 'ignored', 'genegeerd', 'slechter', 'gekund', 'onhandig', 'onoverzichtelijk', 'rommelig', 'chaotisch', 'verkeerd', 'verkeerde', 'vergeten', 'defect',
    'uitverkocht', 'opdringerig', 'onbeschoft', 'stress', 'stressvol', 'wrong', 'messy', 'chaotic', 'clunky',
    'tedious', 'laggy', 'buggy', 'glitch', 'freezes', 'frozen', 'outdated', 'incorrect', 'overcharged',
    'unavailable', 'cancelled', 'geannuleerd', 'afgescheept', 'afgewimpeld', 'offline', 'platgelegd', 'spam', 'pushy', 'intrusive', 'stressful', 'useless', 'nutteloos',
    // time without end: "duurt eindeloos", "endless forms", "took like forever", "waited ages"
    'eindeloos', 'eindeloze', 'eeuwigheid', 'endless', 'forever', 'ages', 'urenlang', 'dagenlang', 'wekenlang',
    'maandenlang', 'slakkentempo',
    // slang for a mess or a botch: "een zooitje", "brakke app", "gehannes", "janky", "dodgy"
    'zooi', 'zooitje', 'troep', 'bende', 'rommelig', 'brak', 'brakke', 'absurd', 'onzin', 'gezeur', 'gezeik',
    'gekloot', 'geklungel', 'gehannes', 'flop', 'tergend', 'janky', 'jank', 'shady', 'dodgy', 'flaky', 'glitchy',
    'lame', 'ghosted', 'runaround', 'wazig', 'vaag', 'vage', 'amateurs', 'amateuristisch', 'amateurish', 'prutsers',
    'beunhazen',
    // things that stall or slip: "hapert", "keeps freezing", "uitgesteld"
    'hapert', 'haperde', 'haperen', 'hapering', 'freeze', 'uitgesteld', 'opgeschoven', 'postponed', 'looping',
    // cheap, shaky, fake; a chore; red tape: "gammel", "nep", "such a faff", "a slog", "no-show"
    'gammel', 'wankel', 'krakkemikkig', 'nep', 'namaak', 'prijzig', 'peperduur', 'woekerprijzen', 'slakkengang',
    'afgepoeierd', 'kapotgegaan', 'stukgegaan', 'impossible', 'faff', 'chore', 'slog', 'no-show', 'fuss', 'scripted',
    'copy-paste', 'copy-pasted', 'zoekplaatje',
  ],
  // slang and swearing that judge ("echt bagger", "a total mess", "garbage"); idioms of disaster
  [-7]: [
    'bagger', 'waardeloos', 'waardeloze', 'belachelijk', 'belachelijke', 'schandalig', 'schandalige', 'drama', 'ramp',
    'nachtmerrie', 'hel', 'slechtste', 'kastje-muur', 'kak', 'shit', 'shitty', 'crap', 'crappy', 'garbage', 'trash',
    'rubbish', 'junk', 'nightmare', 'disaster', 'sucks', 'sucked', 'worst', 'ridiculous', 'joke',
    'puinhoop', 'janboel', 'fiasco', 'prutswerk', 'knudde', 'ruk', 'kansloos', 'hopeloos', 'dramatisch', 'rampzalig',
    'onbruikbaar', 'unusable', 'ripoff', 'rip-off', 'scam', 'shambles', 'trainwreck', 'dealbreaker', 'lachertje',
    'lijdensweg', 'oplichting', 'oplichters', 'afzetterij',
  ],
  // "voor de zoveelste keer", "een doolhof", "yikes"
  [-5]: ['zoveelste', 'doolhof', 'maze', 'sketchy', 'yikes', 'crickets', 'zuur'],
};

/** Field-lexicon words that are plain domain words on a journey board. */
const DOMAIN_WORDS = [
  'support', 'service', 'help', 'care', 'like', 'likes', 'please', 'thank', 'thanks', 'want', 'order',
  'interest', 'save', 'pay', 'credit', 'welcome', 'yes', 'no', 'ok', 'okay', 'reach', 'trust', 'share',
  'aandacht', 'aanbieding', 'klant', 'klanten', 'bezoek', 'gezien', 'lezen', 'welkom', 'advies',
  'loyalty', 'loyaliteit', 'reward', 'rewards', 'bonus', 'win', 'winner', 'prize', 'benefit', 'benefits',
  'feest', 'later', 'eindelijk', 'finally', 'promotion', 'promote', 'join', 'joined', 'subscribe', 'unsubscribe', 'opzeggen',
  // prepositions that stem like a judged word ("langs" → "lang", "during" → "dure")
  'langs', 'during',
  // on a journey board a "link" is a hyperlink (not Dutch "link", risky) and "losse" items are
  // sold separately (not Pattern's "los", relaxed)
  'link', 'los', 'losse',
  // laughter and shorthand state no feeling of their own on a sticky ("Texts a friend lol")
  'lol', 'haha', 'hahaha', 'lmao', 'rofl', 'omg', 'tbh', 'imo', 'ngl', 'btw',
  // "latest offers" is the newest, not the most late (superlatives read like their word); "obviously"
  // says how sure, not that something was clear ("clearly" stays praise: "clearly explained")
  'latest', 'obviously',
];

export const WORD_CUES: ReadonlyMap<string, Cue> = buildWords();

function buildWords(): Map<string, Cue> {
  const m = new Map<string, Cue>();
  for (const w of DOMAIN_WORDS) m.set(w, judge(0));
  for (const [w, list] of Object.entries(JUDGEMENTS)) for (const word of list) m.set(word, judge(Number(w)));
  for (const e of Object.keys(FEELINGS) as Emotion[]) {
    const f = FEELINGS[e];
    for (const word of f.words) m.set(word, e === 'neutral' ? judge(0) : feel(f.w, e));
  }
  return m;
}

/** The canonical emotion a tag word names ("emotie: boos", "emotion: happy"), Dutch or English. */
export const TAG_EMOTIONS: ReadonlyMap<string, Emotion> = buildTagEmotions();

function buildTagEmotions(): Map<string, Emotion> {
  const m = new Map<string, Emotion>();
  for (const e of Object.keys(FEELINGS) as Emotion[]) {
    m.set(e, e);
    for (const word of FEELINGS[e].words) m.set(word, e);
  }
  for (const [w, e] of [
    ['verrassing', 'delighted'], ['blij', 'happy'], ['vrolijk', 'happy'], ['geirriteerd', 'irritated'],
    ['geergerd', 'irritated'], ['irritated', 'irritated'], ['annoyed', 'irritated'], ['twijfel', 'uncertain'],
    ['kwaad', 'angry'], ['woede', 'angry'], ['frustrated', 'irritated'], ['sad', 'disappointed'],
    ['verdrietig', 'disappointed'], ['positief', 'satisfied'], ['negatief', 'disappointed'], ['ok', 'neutral'],
  ] as const) {
    m.set(w, e);
  }
  return m;
}

/**
 * Fixed phrases, read before single words and negation; they consume their words. The first word
 * is the index key. Phrases that hold their own negation ("geen gedoe") are here on purpose.
 */
export const PHRASE_CUES: ReadonlyMap<string, Cue> = new Map<string, Cue>([
  ['geen gedoe', feel(6, 'satisfied')],
  ['zonder gedoe', feel(6, 'satisfied')],
  ['no hassle', feel(6, 'satisfied')],
  ['without hassle', feel(6, 'satisfied')],
  ['hassle-free', feel(6, 'satisfied')],
  ['hassle free', feel(6, 'satisfied')],
  ['niet zeker', feel(-5, 'uncertain')],
  // A system "down" is out of order, also without a verb ("Website down during the sale").
  ...['website', 'site', 'app', 'server', 'system', 'systeem', 'platform'].map((system): [string, Cue] => [`${system} down`, judge(-6)]),
  ['not sure', feel(-5, 'uncertain')],
  ['weet niet', feel(-5, 'uncertain')],
  ['geen idee', feel(-5, 'uncertain')],
  ['no idea', feel(-5, 'uncertain')],
  ['vraag me af', feel(-5, 'uncertain')],
  // "bezorgd" alone is mostly "delivered"; worried only with what it is about.
  ['bezorgd over', feel(-5, 'uncertain')],
  ['bezorgd dat', feel(-5, 'uncertain')],
  ['bezorgd of', feel(-5, 'uncertain')],
  ['ben bezorgd', feel(-5, 'uncertain')],
  ['is bezorgd', feel(-5, 'uncertain')],
  ['weet niet zeker', feel(-5, 'uncertain')],
  ['vraagt zich af', feel(-5, 'uncertain')],
  ['wonder whether', feel(-5, 'uncertain')],
  ['wonder if', feel(-5, 'uncertain')],
  ['not certain', feel(-5, 'uncertain')],
  ['serieus genomen', feel(5, 'satisfied')],
  ['taken seriously', feel(5, 'satisfied')],
  ['let down', feel(-7, 'disappointed')],
  ['in de steek gelaten', feel(-7, 'disappointed')],
  ['fed up', feel(-7, 'irritated')],
  ['baalt ervan', feel(-7, 'disappointed')],
  ['positief verrast', feel(10, 'delighted')],
  ['blij verrast', feel(10, 'delighted')],
  ['pleasantly surprised', feel(10, 'delighted')],
  ['negatief verrast', feel(-7, 'disappointed')],
  ['onaangenaam verrast', feel(-7, 'disappointed')],
  ['unpleasantly surprised', feel(-7, 'disappointed')],
  ['blown away', feel(10, 'delighted')],
  ['over the moon', feel(10, 'delighted')],
  ['in de wolken', feel(10, 'delighted')],
  ['kind of', judge(0)],
  // Sarcasm that reads as praise word by word.
  ['lekker dan', feel(-7, 'irritated')],
  ['thanks for nothing', feel(-7, 'irritated')],
  ['bedankt voor niets', feel(-7, 'irritated')],
  ['could be better', judge(-5)],
  ['could have been', judge(-5)],
  ['kan beter', judge(-5)],
  ['kon beter', judge(-5)],
  ['beter dan verwacht', judge(6)],
  ['better than expected', judge(6)],
  ['precies wat ik', judge(5)],
  ['exactly what i', judge(5)],
  ['zoals beloofd', judge(5)],
  ['as promised', judge(5)],
  ['geen verrassingen', judge(3)],
  ['no surprises', judge(3)],
  ['took ages', judge(-6)],
  ['takes ages', judge(-6)],
  ['duurde eeuwen', judge(-6)],
  ['duurt eeuwen', judge(-6)],
  // Offers by name are journey vocabulary, not praise.
  ['gratis verzending', judge(0)],
  ['gratis bezorging', judge(0)],
  ['gratis proefperiode', judge(0)],
  ['free shipping', judge(0)],
  ['free delivery', judge(0)],
  ['free trial', judge(0)],
  ['persoonlijke gegevens', judge(0)],
  ['personal details', judge(0)],
  ['personal data', judge(0)],
  ['de beste prijs', judge(0)],
  ['the best price', judge(0)],
  ['hele dag', judge(-3)],
  ['all day', judge(-3)],
  ['# weken', judge(-2)],
  ['# weeks', judge(-2)],
  ['# minuten', judge(-2)],
  ['# minutes', judge(-2)],
  ['# minute', judge(-2)],
  ['# uur', judge(-2)],
  ['# hours', judge(-2)],
  ['binnen # minuten', judge(5)],
  ['binnen # minuut', judge(5)],
  ['binnen # uur', judge(5)],
  ['binnen # dag', judge(4)],
  ['binnen # dagen', judge(4)],
  ['within minutes', judge(5)],
  ['within # minutes', judge(5)],
  ['within # minute', judge(5)],
  ['within # hour', judge(5)],
  ['within # hours', judge(5)],
  ['within # day', judge(4)],
  ['minder dan # minuten', judge(4)],
  ['less than # minutes', judge(4)],
  ['in # minuten geregeld', judge(5)],
  ['algemene voorwaarden', judge(0)],
  ['ligt eruit', judge(-6)],
  ['lag eruit', judge(-6)],
  ['ligt plat', judge(-6)],
  ['lag plat', judge(-6)],
  ['is down', judge(-6)],
  ['was down', judge(-6)],
  ['went down', judge(-6)],
  ['verwijst alleen', judge(-4)],
  ['only refers', judge(-4)],
  ['hung up', judge(-6)],
  ['hing op', judge(-6)],
  ['hangt op', judge(-6)],
  ['opgehangen', judge(-6)],
  ['logs me out', judge(-4)],
  ['logging me out', judge(-4)],
  ['logged me out', judge(-4)],
  ['logged out', judge(-4)],
  ['uitgelogd', judge(-4)],
  ['what a shame', feel(-7, 'disappointed')],
  ['too bad', feel(-7, 'disappointed')],
  ['drives me crazy', feel(-7, 'irritated')],
  ['ik erger me', feel(-7, 'irritated')],
  ['erger me', feel(-7, 'irritated')],
  ['maakt zich zorgen', feel(-5, 'uncertain')],
  ['maak me zorgen', feel(-5, 'uncertain')],
  ['denkt mee', judge(6)],
  ['dacht mee', judge(6)],
  ['denkt goed mee', judge(6)],
  ['dacht goed mee', judge(6)],
  ['meedenken', judge(5)],
  ['thinks along', judge(6)],
  ['thought along', judge(6)],
  ['twee keer', judge(-4)],
  ['drie keer', judge(-4)],
  ['vier keer', judge(-4)],
  ['meerdere keren', judge(-4)],
  ['steeds weer', judge(-4)],
  ['elke keer opnieuw', judge(-4)],
  ['twice', judge(-3)],
  ['three times', judge(-4)],
  ['four times', judge(-4)],
  ['multiple times', judge(-4)],
  ['again and again', judge(-4)],
  ['over and over', judge(-4)],
  ['had to', judge(-3)],
  ['took forever', judge(-6)],
  ['takes forever', judge(-6)],
  ['on hold', judge(-4)],
  ['in de wacht', judge(-4)],
  ['van het kastje naar de muur', judge(-7)],
  ['out of stock', judge(-5)],
  ['sold out', judge(-5)],
  ['niet op voorraad', judge(-5)],
  ['op tijd', judge(4)],
  ['on time', judge(4)],
  ['kort rij', judge(5)],
  ['korte rij', judge(5)],
  ['korte wachttijd', judge(5)],
  ['short queue', judge(5)],
  ['short wait', judge(5)],
  ['kost geld', judge(-4)],
  ['costs money', judge(-4)],
  ['extra kosten', judge(-5)],
  ['extra charges', judge(-5)],
  ['hidden costs', judge(-6)],
  ['loopt vast', judge(-6)],
  ['never showed up', judge(-6)],
  ['kwam niet opdagen', judge(-6)],
  ['geen tijd', judge(-5)],
  ['no time', judge(-5)],
  // Colloquial idioms and quantifiers ("nul"/"zero" read as "geen"/"no", see TOKEN_ALIASES).
  ['in no time', judge(6)],
  ['in geen tijd', judge(6)],
  ['no clue', feel(-5, 'uncertain')],
  ['geen flauw idee', feel(-5, 'uncertain')],
  ['geen flauw benul', feel(-5, 'uncertain')],
  ['geen benul', feel(-5, 'uncertain')],
  ['geen reet', judge(-7)],
  ['geen moer', judge(-7)],
  ['geen bal', judge(-7)],
  ['geen donder', judge(-7)],
  ['geen zak', judge(-7)],
  ['no help at all', judge(-7)],
  ['a total mess', judge(-7)],
  ['ho maar', judge(-6)],
  ['ja doei', judge(-6)],
  ['om te huilen', judge(-7)],
  ['laat me niet lachen', judge(-7)],
  ["don't make me laugh", judge(-7)],
  ['dont make me laugh', judge(-7)],
  ['yeah right', feel(-7, 'irritated')],
  ['ja ja', judge(0)],
  ['gek van', feel(-7, 'irritated')],
  ['klaar mee', feel(-7, 'irritated')],
  ['klaar mee zijn', feel(-7, 'irritated')],
  ['had meer verwacht', feel(-7, 'disappointed')],
  ['meer verwacht', feel(-7, 'disappointed')],
  ['expected more', feel(-7, 'disappointed')],
  ['expected way more', feel(-7, 'disappointed')],
  ['expected much more', feel(-7, 'disappointed')],
  ['expected a lot more', feel(-7, 'disappointed')],
  ['hoped for more', feel(-7, 'disappointed')],
  // "Wauw, dit had ik niet verwacht!": unexpected is no failure
  ['niet verwacht', judge(0)],
  ['not expected', judge(0)],
  ['bakken met geld', judge(-6)],
  ['kost een vermogen', judge(-6)],
  ['costs a fortune', judge(-6)],
  ['cost a fortune', judge(-6)],
  ['from hell', judge(-8)],
  ['uit de hel', judge(-8)],
  ['te gek voor woorden', judge(-8)],
  // Dutch slang: "te gek!" is great, no excess
  ['te gek', judge(7)],
  ['goud waard', judge(7)],
  ['worth every penny', judge(7)],
  ['niks op aan te merken', judge(6)],
  ['niets op aan te merken', judge(6)],
  ['niks mis mee', judge(5)],
  ['niets mis mee', judge(5)],
  ['nothing wrong with', judge(5)],
  ['kan niet klagen', judge(5)],
  ['mag niet klagen', judge(5)],
  ["can't complain", judge(5)],
  ['cant complain', judge(5)],
  ["can't fault", judge(6)],
  ['cannot fault', judge(6)],
  ['no complaints', judge(5)],
  ['geen klachten', judge(5)],
  ['no notes', judge(5)],
  ['kon niet blijer', feel(8, 'happy')],
  ['kan niet blijer', feel(8, 'happy')],
  ["couldn't be happier", feel(8, 'happy')],
  ['could not be happier', feel(8, 'happy')],
  ["couldn't be better", judge(7)],
  ['could not be better', judge(7)],
  ['kon niet beter', judge(7)],
  ['kan niet beter', judge(7)],
  ['fan van', judge(6)],
  ['fan of', judge(6)],
  ['big fan', judge(7)],
  ['gek op', judge(7)],
  ['spot on', judge(6)],
  ['top notch', judge(7)],
  ['like a charm', judge(7)],
  ['thanks a lot', judge(5)],
  ['thanks a million', judge(6)],
  ['super bedankt', judge(5)],
  ['yes !', feel(8, 'happy')],
  // Dutch idioms of praise and ease
  ['sterk werk', judge(6)],
  ['knap gedaan', judge(6)],
  ['petje af', judge(7)],
  ['dikke duim', judge(6)],
  ['duim omhoog', judge(5)],
  ['een eitje', judge(6)],
  ['appeltje eitje', judge(6)],
  ['fluitje van een cent', judge(6)],
  ['als een trein', judge(6)],
  ['als een zonnetje', judge(6)],
  ['in een handomdraai', judge(6)],
  ['zo geregeld', judge(5)],
  // Dutch idioms of failure, price and waste
  ['lek als een mandje', judge(-7)],
  ['voor geen meter', judge(-7)],
  ['voor geen cent', judge(-6)],
  ['onder de maat', judge(-6)],
  ['beneden alle peil', judge(-8)],
  ['bar slecht', judge(-8)],
  ['niet te betalen', judge(-7)],
  ['niet te doen', judge(-7)],
  ['niet te volgen', judge(-6)],
  ['niet te vinden', judge(-5)],
  ['zonde van', judge(-6)],
  ['helaas pindakaas', feel(-7, 'disappointed')],
  ['kom op zeg', feel(-6, 'irritated')],
  ['kom op nou', feel(-6, 'irritated')],
  ['tig keer', judge(-5)],
  ['zoveel keer', judge(-5)],
  ['honderd keer', judge(-5)],
  ['zo-zo', judge(-4)],
  // English idioms of praise and ease
  ['piece of cake', judge(6)],
  ['a breeze', judge(6)],
  ['no brainer', judge(5)],
  ['first class', judge(7)],
  ['second to none', judge(7)],
  ['above and beyond', judge(7)],
  ['extra mile', judge(7)],
  ['on point', judge(6)],
  ['nailed it', judge(7)],
  ['game changer', judge(7)],
  ['life saver', judge(7)],
  ['shout out', judge(5)],
  ['thumbs up', judge(5)],
  ['thumbs down', judge(-5)],
  ['10 10', judge(7)],
  ['5 stars', judge(7)],
  ['five stars', judge(7)],
  ['vijf sterren', judge(7)],
  ['would recommend', judge(6)],
  ['highly recommend', judge(7)],
  ['would order again', judge(6)],
  ['would buy again', judge(6)],
  // English idioms of failure, price and waste
  ['a pain', judge(-6)],
  ['pain in the', judge(-7)],
  ['rip off', judge(-7)],
  ['through hoops', judge(-6)],
  ['rabbit hole', judge(-5)],
  ['left on read', judge(-6)],
  ['radio silence', judge(-6)],
  ['waste of time', judge(-7)],
  ['waste of money', judge(-7)],
  ['not worth it', judge(-6)],
  ['train wreck', judge(-7)],
  ['deal breaker', judge(-7)],
  ['hit or miss', judge(-4)],
  ['so-so', judge(-4)],
  ['oh come on', feel(-6, 'irritated')],
  // an answer that never came: "closed without an answer", "zonder reactie gesloten"
  ...['zonder antwoord', 'zonder reactie', 'zonder bericht', 'without an answer', 'without a reply', 'without any reply', 'without a response', 'without any response', 'without an update'].map(
    (p): [string, Cue] => [p, judge(-5)],
  ),
  ['om de haverklap', judge(-4)],
  ['in rondjes', judge(-5)],
  ['in circles', judge(-5)],
  ['just a number', judge(-5)],
  ['me een nummer', judge(-5)],
  ['als een nummer', judge(-5)],
  ['schoof op', judge(-5)],
  ['schuift op', judge(-5)],
  ['on the ball', judge(6)],
  // More Dutch idioms of ease and praise
  ['als gegoten', judge(6)],
  ['een schat', judge(6)],
  ['is goud', judge(6)],
  ['zijn goud', judge(6)],
  ['niks te klagen', judge(5)],
  ['niets te klagen', judge(5)],
  ['goed te doen', judge(5)],
  ['prima te doen', judge(5)],
  ['in een wip', judge(5)],
  ['in een mum van tijd', judge(6)],
  ['binnen no time', judge(6)],
  ['zo gepiept', judge(6)],
  ['in orde', judge(4)],
  ['op rolletjes', judge(6)],
  ['als vanzelf', judge(5)],
  ['met een glimlach', judge(6)],
  ['spik en span', judge(6)],
  // More Dutch idioms of failure and being fobbed off
  ['een gevecht', judge(-6)],
  ['een strijd', judge(-6)],
  ['een kruistocht', judge(-6)],
  ['van geen kant', judge(-7)],
  ['slaat nergens op', judge(-6)],
  ['onder alle kritiek', judge(-8)],
  ['om van te janken', judge(-7)],
  ['om moedeloos van te worden', judge(-7)],
  ['viel tegen', feel(-6, 'disappointed')],
  ['valt tegen', feel(-6, 'disappointed')],
  ['viel wat tegen', feel(-6, 'disappointed')],
  ['valt wat tegen', feel(-6, 'disappointed')],
  ['viel een beetje tegen', feel(-6, 'disappointed')],
  ['valt een beetje tegen', feel(-6, 'disappointed')],
  ['viel erg tegen', feel(-7, 'disappointed')],
  ['viel flink tegen', feel(-7, 'disappointed')],
  ['geen raad mee', judge(-5)],
  ['door de mand', judge(-6)],
  ['tegen een muur', judge(-6)],
  ['kluitje in het riet', judge(-7)],
  ['aan het lijntje', judge(-7)],
  ['in de kou', judge(-6)],
  ['uit elkaar gevallen', judge(-6)],
  ['schreeuwend duur', judge(-7)],
  ['een eeuw', judge(-6)],
  ['niks waard', judge(-6)],
  ['niets waard', judge(-6)],
  // More English idioms of ease and praise
  ['like a glove', judge(6)],
  ['fuss-free', judge(5)],
  ['a gem', judge(7)],
  ['a godsend', judge(7)],
  ['on the money', judge(6)],
  ['bang on', judge(6)],
  ['nails it', judge(7)],
  ['smashed it', judge(7)],
  ['killed it', judge(7)],
  ['hits the spot', judge(6)],
  ['does the job', judge(5)],
  ['like magic', judge(7)],
  ["chef's kiss", judge(7)],
  ["couldn't ask for more", judge(6)],
  ['could not ask for more', judge(6)],
  ['exceeded my expectations', judge(7)],
  ['exceeded expectations', judge(7)],
  ['beyond expectations', judge(7)],
  ['a doddle', judge(6)],
  ['a cinch', judge(6)],
  ['peace of mind', judge(6)],
  ['made my day', feel(8, 'happy')],
  // More English idioms of failure, annoyance and being fobbed off
  ['ticked off', feel(-7, 'irritated')],
  ['cheesed off', feel(-6, 'irritated')],
  ['sick of', feel(-7, 'irritated')],
  ['tired of', feel(-6, 'irritated')],
  ['so over', feel(-6, 'irritated')],
  ['way off', judge(-5)],
  ['off the mark', judge(-5)],
  ['fell apart', judge(-6)],
  ['falls apart', judge(-6)],
  ['falling apart', judge(-6)],
  ['came apart', judge(-6)],
  ['gave up', judge(-5)],
  ['from a script', judge(-5)],
  ['canned response', judge(-5)],
  ['pillar to post', judge(-7)],
  ['left me hanging', judge(-6)],
  ['kept me hanging', judge(-6)],
  ['left hanging', judge(-6)],
  ['red tape', judge(-6)],
  ['not a clue', feel(-5, 'uncertain')],
  ['came and went', judge(-5)],
  ['a star', judge(6)],
  ['absolute star', judge(7)],
  ['een topper', judge(7)],
  ['timed out', judge(-5)],
  ['buiten gebruik', judge(-5)],
  ['out of order', judge(-5)],
  ['een crime', judge(-7)],
  ['in a loop', judge(-5)],
  ['in een loop', judge(-5)],
  ['still waiting', judge(-5)],
  ['wacht nog steeds', judge(-5)],
  ['wachten nog steeds', judge(-5)],
  ['without telling', judge(-5)],
  ['without warning', judge(-5)],
  ['zonder te melden', judge(-5)],
  ['zonder iets te zeggen', judge(-5)],
  ['in seconds', judge(5)],
  ['in # seconds', judge(5)],
  ['in # seconden', judge(5)],
  ['in # tellen', judge(5)],
  ['in een paar tellen', judge(5)],
  ['in a few seconds', judge(5)],
  // "maar" that means "just", not "but": "niemand die ook maar iets terugmailt", "maar liefst"
  ['ook maar', judge(0)],
  ['maar even', judge(0)],
  ['maar liefst', judge(0)],
  ['ja !', feel(8, 'happy')],
  ['in ages', judge(0)],
  // "nul procent rente", "nul euro" (read as "geen …", TOKEN_ALIASES) are offers, not failures
  ['geen procent', judge(0)],
  ['geen euro', judge(0)],
  ['have to', judge(-2)],
  ['has to', judge(-2)],
  ['yet another', judge(-4)],
  // Dutch "laat" is also "let": "Laat de monteur binnen", "laat weten"
  ...['de', 'het', 'een', 'me', 'mij', 'je', 'ons', 'hem', 'haar', 'zien', 'weten', 'maar'].map((w): [string, Cue] => [`laat ${w}`, judge(0)]),
  // a hurried action, not praise: "Bestelt nog snel iets"
  ['nog snel', judge(0)],
  ['nog even snel', judge(0)],
  ['even snel', judge(0)],
  ['snel even', judge(0)],
]);

/** Words that turn the next judged word around ("niet slecht", "not happy", "geen probleem"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens', 'zonder',
  'not', 'no', 'never', 'nobody', 'nothing', 'without', 'cannot', 'cant', "can't", "don't", 'dont',
  "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "wasn't", 'wasnt', "won't", 'wont',
  "couldn't", 'couldnt', "aren't", "weren't", "haven't", "hasn't", 'nowhere', 'neither', 'nor',
]);

/**
 * Negators that on their own, with nothing judged in reach, still say something failed
 * ("laadt niet", "geen reactie", "nobody asked"). "zonder"/"without" are not among them.
 */
export const FAILURE_NEGATORS: ReadonlySet<string> = new Set(
  [...NEGATORS].filter((w) => w !== 'zonder' && w !== 'without' && w !== 'nor' && w !== 'neither'),
);

/** "maar", "but": the clause after it outweighs the one before. */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set(['maar', 'echter', 'but', 'however', 'although', 'though']);

/** Prefixes that turn a positive word negative when the whole word is not in any table. */
export const NEGATING_PREFIXES: readonly string[] = ['on', 'un', 'in', 'niet-', 'non-'];

/** Function words that tell Dutch from English (none shared), to judge a language fallback. */
export const FUNCTION_WORDS: Record<'nl' | 'en', ReadonlySet<string>> = {
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'ik', 'niet', 'met', 'op', 'dat', 'die', 'voor', 'zijn', 'er', 'te', 'bij', 'naar', 'geen', 'wel', 'ook', 'nog', 'maar', 'mijn', 'je', 'zich', 'heel', 'erg', 'dan', 'wat']),
  en: new Set(['the', 'a', 'an', 'and', 'of', 'i', 'not', 'with', 'on', 'to', 'for', 'my', 'at', 'by', 'no', 'it', 'very', 'but', 'this', 'that', 'as', 'from', 'was', 'were', 'you', 'than']),
};

/** Number words, for "#" in phrases ("binnen # minuten"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'een', 'twee', 'drie', 'vier', 'vijf', 'tien', 'paar', 'enkele', 'a', 'an', 'one', 'two', 'three', 'four', 'five',
  'ten', 'few', 'couple', 'half',
]);

/** Degree words: they scale the next judged word. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['erg', 1.5], ['heel', 1.5], ['zeer', 1.5], ['echt', 1.3], ['super', 1.5], ['hartstikke', 1.5],
  ['ontzettend', 1.7], ['enorm', 1.7], ['helemaal', 1.5], ['totaal', 1.5], ['best', 0.8], ['nogal', 0.8],
  ['vrij', 0.8], ['very', 1.5], ['really', 1.3], ['so', 1.3], ['extremely', 1.7], ['totally', 1.5],
  ['pretty', 0.8], ['quite', 0.8], ['rather', 0.8], ['bit', 0.7], ['beetje', 0.7],
  // colloquial degree words: "mega handig", "kei goed", "dikke pluim", "zwaar irritant", "dead slow",
  // "way too many", "zo blij", "seriously pissed", "legit the easiest"; swearing as degree: "kut app",
  // "damn annoying" (see DEGREE_ALONE and SWEAR_DEGREE)
  ['mega', 1.7], ['kei', 1.5], ['dik', 1.5], ['dikke', 1.5], ['vette', 1.5], ['zwaar', 1.5], ['zo', 1.3],
  ['compleet', 1.5], ['complete', 1.5], ['completely', 1.5], ['absolutely', 1.5], ['utterly', 1.7],
  ['seriously', 1.3], ['legit', 1.3], ['dead', 1.5], ['way', 1.3], ['hella', 1.5], ['insanely', 1.7],
  ['kut', 1.5], ['klote', 1.5], ['damn', 1.5], ['fucking', 1.5], ['freaking', 1.3], ['bloody', 1.3],
  ['onwijs', 1.7], ['bizar', 1.5], ['waanzinnig', 1.7], ['ontiegelijk', 1.7], ['ongelooflijk', 1.7], ['ongelofelijk', 1.7],
  ['gigantisch', 1.7], ['ridiculously', 1.5], ['incredibly', 1.7], ['unbelievably', 1.7], ['terribly', 1.5],
  ['awfully', 1.5],
]);

/**
 * Degree words that say something themselves when they scale nothing in their clause: "Super!",
 * "echt super dit", "vette korting", "best support", "the battery is dead", "klote service".
 */
export const DEGREE_ALONE: ReadonlyMap<string, Cue> = new Map<string, Cue>([
  ['super', judge(7)], ['mega', judge(6)], ['vette', judge(5)], ['dead', judge(-6)], ['waanzinnig', judge(7)],
  ['onwijs', judge(6)],
  ['kut', feel(-7, 'irritated')], ['klote', feel(-7, 'irritated')], ['damn', feel(-6, 'irritated')],
  ['fucking', feel(-7, 'irritated')], ['freaking', feel(-5, 'irritated')], ['bloody', feel(-5, 'irritated')],
]);

/** Swearing as a degree word shows irritation when the sticky reads negative ("kut app crasht steeds"). */
export const SWEAR_DEGREE: ReadonlySet<string> = new Set(['kut', 'klote', 'damn', 'fucking', 'freaking', 'bloody']);

/**
 * Swear words glued to a noun ("kutapp", "klotesite", "rotzooi", "shitshow") judge the thing.
 * "rot" only before a consonant other than t, so "Rotterdam", "rotonde", "rotatie" stay names.
 */
export const SWEAR_PREFIXES: readonly string[] = ['kut', 'klote', 'rot', 'shit', 'tering', 'pokke'];
export const SWEAR_PREFIX_WEIGHT = -6;

/** Dutch prefixes that intensify the word they are glued to: "keigoed", "beregoed", "reuzeleuk", "oersaai", "doodeng". */
export const DEGREE_PREFIXES: readonly string[] = ['kei', 'bere', 'reuze', 'mega', 'super', 'hyper', 'ultra', 'oer', 'dood', 'snoei', 'knetter', 'loei', 'bloed'];
export const DEGREE_PREFIX_FACTOR = 1.5;

/**
 * Shorthand and colloquial forms read as the word they stand for, also inside phrases: "nul
 * reactie" is "geen reactie", "zero clue" is "no clue", "niks" is "niets", "thx" is "thanks".
 */
export const TOKEN_ALIASES: ReadonlyMap<string, string> = new Map([
  ['nul', 'geen'], ['zero', 'no'], ['niks', 'niets'], ['nix', 'niets'], ['nada', 'nothing'],
  ['thx', 'thanks'], ['thnx', 'thanks'], ['tnx', 'thanks'], ['thanx', 'thanks'],
  ['ff', 'even'], ['effe', 'even'], ['efkes', 'even'], ['pls', 'please'], ['plz', 'please'], ['w8', 'wait'],
  ['coz', 'because'], ['cuz', 'because'], ['oke', 'ok'], ['okee', 'ok'], ['oki', 'ok'], ['nope', 'no'], ['nah', 'no'],
]);

/**
 * Sarcasm ("Leuk hoor, weer een wachtrij", "Oh great, another password reset", "Lost my parcel,
 * brilliant"): a short clause of praise next to a complaint. Markers in the praise clause that make it
 * ironic; complaint markers in the rest that make praise next to them ironic.
 */
export const SARCASM_MARKERS: ReadonlySet<string> = new Set([
  'hoor', 'oh', 'ohh', 'o', 'just', 'yeah', 'nou', 'zeg', 'how', 'wat', 'what', 'sure', 'thanks',
]);
export const COMPLAINT_MARKERS: ReadonlySet<string> = new Set([
  'weer', 'alweer', 'again', 'another', 'zoveelste', 'opnieuw',
]);

/**
 * "te duur", "veel te lang", "too slow": an excess is a pain even when the word itself is neutral.
 * Dutch "te" before an infinitive ("te vinden") is not an excess, so words ending in -en are skipped.
 */
export const EXCESS_WORDS: ReadonlySet<string> = new Set(['te', 'too']);
export const EXCESS_WEIGHT = -6;
