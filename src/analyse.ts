// The engine's single entry: board snapshot → report (journeys, findings, improvements).
// Pure: no Figma API, no I/O; the same snapshot and options always give the same report.
import { runChecks } from './checks/runChecks';
import { stringsFor } from './i18n';
import { addressedPainIds, rankImprovements } from './improve/rankImprovements';
import { matchIdeasToPains } from './improve/matchIdeasToPains';
import { buildJourneyModel } from './journey/buildJourneyModel';
import { indexSnapshot, type SnapshotIndex } from './journey/indexSnapshot';
import { toJourneyReport } from './journey/toJourneyReport';
import { completenessOf } from './progress/completeness';
import { progressStringsOf } from './progress/progressStrings';
import { detectLanguage } from './language/detectLanguage';
import type { Report } from './report/types';
import type { Lang } from './domain';
import type { AnalyseOptions } from './settings';
import type { BoardSnapshot } from './snapshot';
import { buildVocabulary } from './vocabulary/vocabulary';
import type { AnalysisMemo } from './live/analysisMemo';

/** `memo`: what an earlier analysis of the board read (live mode); the report is the same with or without it. */
export function analyseBoard(snapshot: BoardSnapshot, options: AnalyseOptions = {}, memo?: AnalysisMemo): Report {
  const settings = options.settings;
  const index = indexSnapshot(snapshot);
  const lang: Lang = options.lang ?? settings?.lang ?? detectLanguage(boardTexts(index), memo?.markersByText());
  const strings = stringsFor(lang).engine;
  const vocabulary = buildVocabulary(settings ?? {});
  const model = buildJourneyModel(snapshot, vocabulary, lang, index, memo?.factsFor(lang));

  const matches = matchIdeasToPains(model);
  const allFindings = runChecks({ model, strings, addressedPains: addressedPainIds(matches) });
  const allImprovements = rankImprovements(model, matches, strings);

  // Selection scoping: only the chosen journeys, their findings and improvements (ranks renumbered).
  const scope = options.journeyIds ? new Set(options.journeyIds) : null;
  const inScope = (journey: { id: string } | null): boolean => scope === null || (journey !== null && scope.has(journey.id));
  const parts = model.journeys.filter(inScope).map(toJourneyReport);
  // The whole board (the usual case) keeps the lists as they are: nothing to leave out or renumber.
  const findings = scope === null ? allFindings : allFindings.filter((f) => inScope(f.journey) || f.rule === 'no-journey');
  const improvements = scope === null ? allImprovements : allImprovements.filter((i) => inScope(i.journey)).map((i, n) => ({ ...i, rank: n + 1 }));
  const progressStrings = progressStringsOf(stringsFor(lang));
  const journeys = parts.map((journey) => ({ ...journey, completeness: completenessOf(journey, improvements, progressStrings) }));

  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return {
    version: 1,
    board: { name: snapshot.name, votes: snapshot.stampsKnown === false ? 'not-in-download' : 'counted' },
    lang,
    journeys,
    findings,
    improvements,
    stickies: model.stickies,
    summary: {
      journeys: journeys.length,
      phases: journeys.reduce((n, j) => n + j.phases.length, 0),
      touchpoints: journeys.reduce((n, j) => n + j.phases.reduce((m, p) => m + p.touchpoints.length, 0), 0),
      errors: bySeverity.error,
      warnings: bySeverity.warning,
      infos: bySeverity.info,
      improvements: improvements.length,
    },
  };
}

/** The words a board is written in: section names, sticky texts, then shape and text labels. */
function* boardTexts(index: SnapshotIndex): Generator<string> {
  for (const section of index.sections) yield section.node.name;
  for (const sticky of index.stickies) if (!sticky.generated) yield sticky.text;
  for (const label of index.labelNodes) yield label.text;
}
