import type { Strings } from '../en';
import { stages } from './stages';

export const engine: Strings['engine'] = {
  stages,
  levels: { low: 'laag', medium: 'middel', high: 'hoog' },
  findings: {
    noJourney:
      'Geen klantreis gevonden. Zet er een op: één sectie per fase (bijv. Oriëntatie, Vergelijking, Kopen, Gebruik, Nazorg) naast elkaar, ' +
      'samen in één sectie met de naam van de klantreis of persona, met een sticky per contactmoment in elke fase.',
    phaseEmpty: (phase: string): string => `Wie of wat zijn we vergeten in ${phase}? Er staat nog geen contactmoment.`,
    phaseMissing: (journey: string, stage: string): string =>
      `${journey} heeft geen fase ${stage}: wat maakt de klant daar mee?`,
    emotionMissing: (phase: string): string =>
      `Hoe voelt de klant zich in ${phase}? Nog geen contactmoment noemt een emotie (bijv. "+2", "emotie: blij").`,
    painHotspot: (phase: string, count: number): string =>
      `${phase} doet pijn: ${count} negatieve contactmomenten. Welke pakken we als eerste aan?`,
    emotionDrop: (from: string, to: string, drop: string): string =>
      `De stemming zakt ${drop} punten van ${from} naar ${to}: wat gebeurt er op dit moment van de waarheid?`,
    painUnaddressed: (text: string): string => `Welk idee neemt "${text}" weg?`,
    channelUnused: (channel: string): string =>
      `Bereikt de klant ons ooit via ${channel}? Die baan heeft nog geen contactmoment.`,
    singleChannel: (phase: string, channel: string): string =>
      `In ${phase} loopt alles via ${channel}: welk ander kanaal gebruikt de klant hier?`,
    personaMissing: (journey: string): string => `Over welke klant gaat ${journey}? Voeg een persona-sectie toe.`,
    unplacedSticky: (text: string): string => `"${text}" ligt buiten elke klantreis: bij welke fase hoort hij?`,
    unplacedInJourney: (text: string, journey: string): string =>
      `"${text}" ligt in ${journey} maar buiten elke fase: waar hoort hij?`,
    emptySticky: (where: string): string => `Een lege sticky in ${where}: wat wilde iemand hier schrijven?`,
    duplicateTouchpoint: (text: string, phase: string, count: number): string =>
      `"${text}" staat ${count} keer in ${phase}: samenvoegen, of is het telkens een ander moment?`,
    singleAuthor: (phase: string, author: string): string =>
      `Alleen ${author} schreef in ${phase}: wat zien de anderen hier?`,
    layoutUnread: {
      labelKinds: { channel: 'kanaal', lane: 'baan', touchpoints: 'rij' },
      stageTaken: (title: string, stage: string, others: string): string =>
        `"${title}" lijkt op ${stage}, maar ${others} is al ${stage}, dus telt hij als eigen fase. ` +
        `Verbeter de spelling, of zet "${title}" bij de fasenamen in de bordinstellingen.`,
      stageShared: (title: string, stage: string, others: string): string =>
        `"${title}" en ${others} lijken allebei op ${stage}, dus geen van beide telt als ${stage}. Verbeter de spelling van de fase die ${stage} bedoelt.`,
      stageAmbiguous: (title: string): string =>
        `"${title}" lijkt even veel op twee fasenamen en telt daarom als eigen fase. Schrijf de fasenaam voluit, of zet hem bij de fasenamen in de bordinstellingen.`,
      stageTwo: (title: string): string =>
        `"${title}" noemt twee fasen en telt daarom als eigen fase; geen van beide telt als aanwezig. ` +
        `Splits hem in twee fasesecties, of zet de naam bij de fasenamen in de bordinstellingen.`,
      stageSectionOutside: (title: string, stage: string): string =>
        `De sectie "${title}" heet als de fase ${stage}, maar ligt buiten elke klantreis en telt dus niet als fase. ` +
        `Zet hem naast de andere fasesecties in de sectie van de klantreis (een klantreis heeft twee of meer fasesecties naast elkaar).`,
      labelInPhase: (text: string, kind: string, phase: string): string =>
        `"${text}" lijkt een ${kind}label, maar ligt in ${phase}, waar het geen rij kopt. ` +
        `Zet het links van de eerste fase, op de hoogte van zijn rij, of trek het als baan over de fasekolommen.`,
      labelOutside: (text: string, kind: string): string =>
        `"${text}" lijkt een ${kind}label, maar ligt buiten elke klantreis en kopt dus geen rij. ` +
        `Zet het links van de eerste fase, op de hoogte van zijn rij, of teken het als brede vorm over de fasekolommen.`,
      laneUnnamed: (text: string): string =>
        `De brede vorm "${text}" loopt als baan over de fasen, maar de tekst noemt geen kanaal of baan, dus de stickies erin krijgen er geen van. ` +
        `Noem hem naar een kanaal (Website, Telefoon …) of een baan (Emotie, Pijnpunten, Kansen …).`,
    },
  },
  why: {
    pains: (count: number, phases: string): string =>
      count === 1 ? `1 pijnpunt in ${phases}` : `${count} pijnpunten in ${phases}`,
    noPains: 'nog geen pijnpunt gekoppeld',
    votes: (count: number): string => (count === 1 ? '1 stem' : `${count} stemmen`),
    effort: (level: string): string => `inspanning ${level}`,
    sharedWords: (words: string): string => `gekoppeld via gedeelde woorden: ${words}`,
    needsIdea: 'heeft nog een idee nodig',
  },
};
