// Sections with a special meaning anywhere on the board, by name (folded name or its start).
export type SpecialKind = 'persona' | 'improvements' | 'legend';

export const SPECIAL_SECTION_NAMES: Record<SpecialKind, readonly string[]> = {
  persona: ['persona', 'personas', "persona's", 'doelgroep', 'doelgroepen', 'target group', 'target groups', 'target audience', 'klantprofiel', 'customer profile'],
  improvements: [
    'verbeterpunten', 'verbeterpunt', 'verbeteringen', 'verbeterideeën', 'ideeën', 'ideeen', 'idee', 'improvements',
    'improvement ideas', 'ideas', 'opportunities', 'kansen', 'actiepunten', 'action points', 'oplossingen', 'solutions',
  ],
  legend: ['legenda', 'legend', 'notes', 'notities', 'uitleg', 'instructies', 'instructions', 'how to', 'handleiding'],
};
