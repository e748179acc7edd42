// Stage vocabulary (data): names that map to the standard stage model, Dutch and English.
// Matching folds case, accents and punctuation (see foldName), so list each name once.
import type { StageId } from '../domain';

export const STAGE_NAMES: Record<StageId, readonly string[]> = {
  orientation: [
    'oriëntatie', 'orientatie', 'oriënteren', 'bewustwording', 'bewust worden', 'inspiratie', 'ontdekken',
    'zoeken', 'awareness', 'orientation', 'discover', 'discovery', 'inspiration', 'research', 'attention',
  ],
  consideration: [
    'vergelijking', 'vergelijken', 'afweging', 'afwegen', 'overweging', 'overwegen', 'keuze', 'interesse',
    'consideration', 'comparison', 'compare', 'evaluate options', 'interest', 'evaluation of options',
  ],
  purchase: [
    'kopen', 'aankoop', 'aanschaf', 'bestellen', 'bestelling', 'afrekenen', 'boeken', 'reserveren', 'beslissing',
    'purchase', 'buy', 'buying', 'checkout', 'check out', 'decision', 'order', 'ordering', 'booking', 'conversion', 'conversie',
  ],
  use: [
    'gebruik', 'gebruiken', 'onboarding', 'levering en gebruik', 'ervaring', 'use', 'usage', 'experience', 'using',
  ],
  aftersales: [
    'after sales', 'aftersales', 'nazorg', 'evaluatie', 'service', 'klantenservice', 'loyaliteit', 'binding',
    'herhaalaankoop', 'retour', 'retourneren', 'retouren', 'klachtafhandeling',
    'retention', 'returns', 'return', 'refund', 'refunds', 'complaints', 'loyalty', 'advocacy', 'support', 'after care', 'aftercare', 'ambassadeur',
  ],
};

/** Words that often surround a stage name in a phase title and say nothing about the stage. */
export const PHASE_FILLER_WORDS: readonly string[] = [
  'fase', 'phase', 'stage', 'stap', 'step', 'stadium', 'de', 'het', 'een', 'the', 'a', 'an',
];
