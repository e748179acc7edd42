import type { Strings } from '../en';

/** Volledigheid, geschiedenis en "wat is er veranderd" (src/progress). */
export const progress: Strings['progress'] = {
  channels: {
    'face-to-face': 'face-to-face', phone: 'telefoon', website: 'website', email: 'e-mail', newsletter: 'nieuwsbrief',
    social: 'sociale media', tv: 'tv', radio: 'radio', print: 'krant',
  },
  missing: {
    stages: (names: string[]): string => `Voeg ${names.length === 1 ? 'de ontbrekende fase' : 'de ontbrekende fasen'} toe: ${names.join(', ')}`,
    noPhases: 'Zet de fasen van de klantreis uit, één sectie per fase',
    emptyPhases: (names: string[]): string => `Zet contactmomenten in ${names.length === 1 ? 'de lege fase' : 'de lege fasen'}: ${names.join(', ')}`,
    feelings: (names: string[]): string => `Noteer wat de klant voelt in ${names.join(', ')}`,
    pains: (count: number): string => (count === 1 ? 'Bedenk een verbetering voor het pijnpunt dat er nog geen heeft' : `Bedenk een verbetering voor de ${count} pijnpunten die er nog geen hebben`),
    channels: (names: string[]): string => `Denk ook aan de kanalen die nog niet gebruikt zijn: ${names.join(', ')}`,
    persona: 'Voeg een persona toe: over wie gaat deze klantreis?',
  },
  change: {
    gaps: (closed: number, opened: number): string =>
      `${closed === 0 ? 'geen gat' : closed === 1 ? '1 gat' : `${closed} gaten`} gedicht, ${opened === 0 ? 'geen' : opened} nieuw`,
    completeness: (before: number | null, after: number): string => (before === null ? `volledigheid ${after} %` : `volledigheid ${before} → ${after} %`),
    journeyCompleteness: (name: string, before: number | null, after: number): string =>
      before === null ? `${name} ${after} %` : `${name} ${before} → ${after} %`,
    uncounted: 'te veel gaten om één voor één te vergelijken',
  },
  compare: {
    title: (before: string, after: string): string => `Journey Check — wat er veranderde van ${before} naar ${after}`,
    closed: (n: number): string => `Gedichte gaten (${n})`,
    opened: (n: number): string => `Nieuwe gaten (${n})`,
    completeness: 'Volledigheid per klantreis',
    journey: 'Klantreis',
    before: 'Voor',
    after: 'Na',
    none: 'geen',
    absent: '–',
  },
  summary: {
    title: (board: string): string => `Journey Check — ${board}`,
    writtenAt: (when: string): string => `Samenvatting van het workshopbord, ${when}`,
    complete: (percent: number): string => `${percent} % compleet`,
    curve: 'Emotiecurve',
    curveLabel: (journey: string): string => `Emotiecurve van ${journey}: gemiddeld gevoel per fase van −2 (heel negatief) tot +2 (heel positief)`,
    phase: 'Fase',
    score: 'Gemiddeld gevoel',
    noFeeling: 'geen gevoel genoteerd',
    noFeelingShort: 'geen gevoel',
    improvements: 'Belangrijkste verbeteringen',
    noImprovements: 'Nog geen verbeteringen.',
    quickWin: 'Quick win',
    why: (reason: string): string => `waarom: ${reason}`,
    session: 'Tijdens de sessie',
    sessionChecks: (checks: number, closed: number, opened: number): string =>
      `${checks} checks: ${closed} ${closed === 1 ? 'gat' : 'gaten'} gedicht, ${opened} nieuw sinds de eerste`,
    sessionOneCheck: 'Tot nu toe één check.',
    sessionChecksOnly: (checks: number): string => `${checks} checks tijdens de sessie`,
    timeline: (journey: string, series: string): string => `${journey}: ${series}`,
    noHistory: 'Geen geschiedenis van checks in dit bestand (check het bord met de plugin, of download met plugin_data=shared).',
  },
  label: 'Volledigheid',
  completeness: (percent: number): string => `${percent} % compleet`,
  historyIgnored: 'De geschiedenis van eerdere checks op dit bord was onleesbaar en begint opnieuw',
};
