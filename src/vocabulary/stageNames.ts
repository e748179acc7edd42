// Stage vocabulary (data): names that map to the standard stage model, Dutch and English.
// Matching folds case, accents and punctuation (see foldName), so list each name once.
// docs/stage-vocabulary.md lists the template stage sets these names come from and how each maps.
import type { StageId } from '../domain';

/**
 * The stages' own names: the labels the report uses (NL/EN) and the standard Dutch set
 * (Oriëntatie → Vergelijking → Kopen → Gebruik → After Sales). A phase named exactly so is read
 * 'exact'; any other listed name is an 'alias'.
 */
export const CANONICAL_STAGE_NAMES: Record<StageId, readonly string[]> = {
  orientation: ['oriëntatie', 'orientation'],
  consideration: ['vergelijking', 'consideration'],
  purchase: ['kopen', 'aankoop', 'purchase'],
  use: ['gebruik', 'use'],
  aftersales: ['after sales', 'aftersales', 'nazorg'],
};

export const STAGE_NAMES: Record<StageId, readonly string[]> = {
  orientation: [
    ...CANONICAL_STAGE_NAMES.orientation,
    // Dutch: nouns and the everyday verb forms teams write on a phase column.
    'orientatie', 'oriënteren', 'orientatiefase', 'bewustwording', 'bewust worden', 'inspiratie', 'inspiratie opdoen',
    'ontdekken', 'ontdekking', 'zoeken', 'informatie zoeken', 'behoefte', 'probleemherkenning', 'aandacht',
    'kennismaking', 'kennis maken',
    // English: awareness…advocacy sets, discovery…loyalty sets, research/compare/buy/use/support sets.
    'awareness', 'discover', 'discovery', 'inspiration', 'research', 'attention', 'search', 'explore', 'exploration',
    'need recognition', 'problem recognition', 'first contact', 'acquisition', 'acquisitie',
  ],
  consideration: [
    ...CANONICAL_STAGE_NAMES.consideration,
    'vergelijken', 'afweging', 'afwegen', 'overweging', 'overwegen', 'keuze', 'kiezen', 'interesse', 'evaluatie van opties',
    'opties vergelijken', 'beoordelen', 'offerte', 'offerte aanvragen', 'proberen', 'uitproberen', 'proefperiode',
    'comparison', 'compare', 'consider', 'evaluate', 'evaluation', 'evaluate options', 'evaluation of options',
    'interest', 'research and compare', 'shortlist', 'try', 'trial', 'free trial', 'demo', 'quote', 'planning', 'plannen',
  ],
  purchase: [
    ...CANONICAL_STAGE_NAMES.purchase,
    'aanschaf', 'aanschaffen', 'bestellen', 'bestelling', 'afrekenen', 'betalen', 'betaling', 'boeken', 'boeking',
    'reserveren', 'reservering', 'beslissing', 'beslissen', 'aanmelden', 'aanmelding', 'inschrijven', 'inschrijving',
    'registreren', 'registratie', 'abonneren', 'abonnement afsluiten', 'afsluiten', 'bestelproces', 'conversie',
    'buy', 'buying', 'checkout', 'check out', 'decision', 'decide', 'order', 'ordering', 'booking', 'conversion',
    'pay', 'payment', 'sign up', 'signup', 'register', 'registration', 'subscribe', 'subscription', 'enrol', 'enroll',
    'enrollment', 'enrolment', 'transaction', 'revenue',
  ],
  use: [
    ...CANONICAL_STAGE_NAMES.use,
    'gebruiken', 'in gebruik nemen', 'ingebruikname', 'onboarding', 'levering en gebruik', 'ervaring', 'ervaren',
    'installatie', 'installeren', 'eerste gebruik', 'aan de slag', 'activatie', 'activeren', 'retentie', 'gebruiksfase',
    'usage', 'using', 'experience', 'first use', 'get started', 'getting started', 'activation', 'activate', 'adoption',
    'engage', 'engagement', 'retention', 'retain', 'use and retention', 'setup', 'set up', 'install', 'installation',
    // Retention is the repeat-purchase phase of the awareness…advocacy sets.
    'herhaalaankoop', 'herhaalaankopen', 'repeat purchase', 'beleven',
  ],
  aftersales: [
    ...CANONICAL_STAGE_NAMES.aftersales,
    'after-sales', 'evaluatie', 'evalueren', 'service', 'klantenservice', 'loyaliteit', 'binding', 'klantbinding',
    'retour', 'retourneren', 'retouren', 'terugbrengen', 'terugsturen', 'ruilen',
    'klacht', 'klachten', 'klachtafhandeling', 'ondersteuning', 'hulp vragen', 'ambassadeur', 'ambassadeurschap',
    'aanbevelen', 'aanbeveling', 'doorverwijzen', 'review schrijven', 'verlengen', 'verlenging', 'opzeggen',
    'opzegging', 'onderhoud', 'reparatie',
    'returns', 'return', 'refund', 'refunds', 'complaint', 'complaints', 'loyalty', 'advocacy', 'advocate', 'support',
    'customer service', 'customer support', 'seek support', 'get help', 'after care', 'aftercare', 'post-sale',
    'post sale', 'post-use', 'reflect', 'reflection', 'review', 'recommend', 'recommendation', 'referral', 'sharing',
    'renewal', 'renew', 'cancel', 'cancellation', 'churn', 'maintenance', 'repair', 'follow up',
  ],
};

/**
 * Names that stand for two stages at once in the template sets that merge them (HubSpot's
 * "pre-purchase / purchase / post-purchase"). The phase is read as `stage` and `covers` them all:
 * a check for missing stages should count every covered stage as present.
 */
export const MERGED_STAGE_NAMES: readonly { name: string; stage: StageId; covers: readonly StageId[] }[] = [
  { name: 'pre-purchase', stage: 'orientation', covers: ['orientation', 'consideration'] },
  { name: 'pre-sales', stage: 'orientation', covers: ['orientation', 'consideration'] },
  { name: 'voor de aankoop', stage: 'orientation', covers: ['orientation', 'consideration'] },
  { name: 'voor aankoop', stage: 'orientation', covers: ['orientation', 'consideration'] },
  { name: 'post-purchase', stage: 'aftersales', covers: ['use', 'aftersales'] },
  { name: 'na de aankoop', stage: 'aftersales', covers: ['use', 'aftersales'] },
  { name: 'na aankoop', stage: 'aftersales', covers: ['use', 'aftersales'] },
  { name: 'ongoing use', stage: 'use', covers: ['use', 'aftersales'] },
  { name: 'use and renewal', stage: 'use', covers: ['use', 'aftersales'] },
  { name: 'gebruik en service', stage: 'use', covers: ['use', 'aftersales'] },
  { name: 'ongoing use renewal', stage: 'use', covers: ['use', 'aftersales'] },
  { name: 'normal use renewal', stage: 'use', covers: ['use', 'aftersales'] },
  { name: 'retention loyalty', stage: 'use', covers: ['use', 'aftersales'] },
  { name: 'retention and loyalty', stage: 'use', covers: ['use', 'aftersales'] },
  { name: 'retentie loyaliteit', stage: 'use', covers: ['use', 'aftersales'] },
  { name: 'retentie en loyaliteit', stage: 'use', covers: ['use', 'aftersales'] },
];

/**
 * Short everyday words that name a stage only as a whole title, never as a word inside a longer
 * one: See-Think-Do-Care, Dream-Plan-Book-Experience-Share, Discover-Consider-Act-Use-Reflect.
 */
export const WHOLE_TITLE_STAGE_NAMES: Record<StageId, readonly string[]> = {
  orientation: ['see', 'dream', 'dromen', 'zien'],
  consideration: ['think', 'plan'],
  purchase: ['do', 'act', 'book'],
  use: [],
  aftersales: ['care', 'share', 'delen'],
};

/**
 * Real words that lie within the allowed edits of a stage name, start with the same letter and
 * mean something else (English from AFINN-165, Dutch by hand). They are never read as a typo; an
 * exact or alias name still wins. test/engine/stageTolerance.test.ts checks each one is needed.
 */
export const NOT_A_TYPO: readonly string[] = [
  'adoration', 'battling', 'betraying', 'decisive', 'cancer', 'compassion', 'complacent', 'deride', 'derision', 'enrage', 'evacuation',
  'evacuated', 'evacuates', 'trail', 'bending', 'bepalen', 'bestemming', 'gebruiker', 'gebruikers', 'kracht',
  'opzetten', 'plaguing', 'revenge', 'verlangen',
];

/** Words that often surround a stage name in a phase title and say nothing about the stage. */
export const PHASE_FILLER_WORDS: readonly string[] = [
  'fase', 'phase', 'stage', 'stap', 'step', 'stadium', 'de', 'het', 'een', 'the', 'a', 'an',
];
