import { stages } from './stages';

/** Findings and improvement reasons written by the engine (src/checks, src/improve). */
export const engine = {
  stages,
  levels: { low: 'low', medium: 'medium', high: 'high' },
  findings: {
    noJourney:
      'No journey found. Lay one out: one section per phase (e.g. Awareness, Consideration, Purchase, Use, Service) side by side, ' +
      'all inside one section named after the journey or persona, with a sticky per touchpoint in each phase.',
    phaseEmpty: (phase: string): string => `Who or what did we forget in ${phase}? It has no touchpoint yet.`,
    phaseMissing: (journey: string, stage: string): string =>
      `${journey} has no ${stage} phase: what does the customer go through there?`,
    emotionMissing: (phase: string): string =>
      `How does the customer feel in ${phase}? No touchpoint states an emotion yet (e.g. "+2", "emotion: happy").`,
    painHotspot: (phase: string, count: number): string =>
      `${phase} hurts: ${count} negative touchpoints. Which one do we tackle first?`,
    emotionDrop: (from: string, to: string, drop: string): string =>
      `The mood drops by ${drop} from ${from} to ${to}: what happens at this moment of truth?`,
    painUnaddressed: (text: string): string => `Which idea takes away "${text}"?`,
    channelUnused: (channel: string): string =>
      `Does the customer ever reach us through ${channel}? Its lane holds no touchpoint yet.`,
    singleChannel: (phase: string, channel: string): string =>
      `In ${phase} everything goes through ${channel}: which other channel does the customer use here?`,
    personaMissing: (journey: string): string => `Which customer is ${journey} about? Add a persona section.`,
    unplacedSticky: (text: string): string => `"${text}" lies outside every journey: which phase does it belong to?`,
    unplacedInJourney: (text: string, journey: string): string =>
      `"${text}" lies in ${journey} but outside every phase: where does it belong?`,
    emptySticky: (where: string): string => `An empty sticky in ${where}: what did someone mean to write here?`,
    duplicateTouchpoint: (text: string, phase: string, count: number): string =>
      `"${text}" stands ${count} times in ${phase}: merge them, or is each one a different moment?`,
    singleAuthor: (phase: string, author: string): string =>
      `Only ${author} wrote in ${phase}: what do the others see here?`,
    layoutUnread: {
      labelKinds: { channel: 'channel', lane: 'lane', touchpoints: 'row' },
      stageTaken: (title: string, stage: string, others: string): string =>
        `"${title}" looks like ${stage}, but ${others} already is ${stage}, so it is read as an own phase. ` +
        `Correct the spelling, or add "${title}" to the stage names in the board settings.`,
      stageShared: (title: string, stage: string, others: string): string =>
        `"${title}" and ${others} both look like ${stage}, so neither is read as it. Correct the spelling of the one that means ${stage}.`,
      stageAmbiguous: (title: string): string =>
        `"${title}" is as close to two stage names, so it is read as an own phase. Write the stage name in full, or add it to the stage names in the board settings.`,
      stageTwo: (title: string): string =>
        `"${title}" names two stages, so it is read as an own phase and neither stage counts as present. ` +
        `Split it into two phase sections, or add the name to the stage names in the board settings.`,
      stageSectionOutside: (title: string, stage: string): string =>
        `The section "${title}" is named like the ${stage} stage but lies outside every journey, so it is not read as a phase. ` +
        `Put it beside the other phase sections in the journey's section (a journey needs two or more phase sections side by side).`,
      labelInPhase: (text: string, kind: string, phase: string): string =>
        `"${text}" looks like a ${kind} label but lies inside ${phase}, where it heads no row. ` +
        `Move it left of the first phase, level with its row, or stretch it across the phase columns as a lane.`,
      labelOutside: (text: string, kind: string): string =>
        `"${text}" looks like a ${kind} label but lies outside every journey, so it heads no row. ` +
        `Move it left of the first phase, level with its row, or draw it as a wide shape across the phase columns.`,
      laneUnnamed: (text: string): string =>
        `The wide shape "${text}" runs across the phases like a lane, but its text names no channel or lane, so its stickies get none from it. ` +
        `Name it after a channel (Website, Phone …) or a lane (Emotion, Pain points, Opportunities …).`,
    },
  },
  why: {
    pains: (count: number, phases: string): string => (count === 1 ? `1 pain in ${phases}` : `${count} pains in ${phases}`),
    noPains: 'no pain linked yet',
    votes: (count: number): string => (count === 1 ? '1 vote' : `${count} votes`),
    effort: (level: string): string => `effort ${level}`,
    sharedWords: (words: string): string => `matched by shared words: ${words}`,
    needsIdea: 'still needs an idea',
  },
};
