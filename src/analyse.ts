// The engine's single entry: board snapshot → report (journeys, findings, improvements).
// Pure: no Figma API, no I/O; the same snapshot and options always give the same report.
import { runChecks } from './checks/runChecks';
import { stringsFor } from './i18n';
import { addressedPainIds, rankImprovements } from './improve/rankImprovements';
import { matchIdeasToPains } from './improve/matchIdeasToPains';
import { buildJourneyModel } from './journey/buildJourneyModel';
import { toJourneyReport } from './journey/toJourneyReport';
import { detectLanguage } from './language/detectLanguage';
import type { Report } from './report/types';
import type { AnalyseOptions, Lang } from './settings';
import type { BoardSnapshot } from './snapshot';
import { buildVocabulary } from './vocabulary/vocabulary';

export function analyseBoard(snapshot: BoardSnapshot, options: AnalyseOptions = {}): Report {
  const settings = options.settings;
  const lang: Lang = options.lang ?? settings?.lang ?? detectLanguage(boardTexts(snapshot));
  const strings = stringsFor(lang).engine;
  const vocabulary = buildVocabulary(settings ?? {});
  const model = buildJourneyModel(snapshot, vocabulary, lang);

  const matches = matchIdeasToPains(model);
  const allFindings = runChecks({ model, strings, addressedPains: addressedPainIds(matches) });
  const allImprovements = rankImprovements(model, matches, strings);

  // Selection scoping: only the chosen journeys, their findings and improvements (ranks renumbered).
  const scope = options.journeyIds ? new Set(options.journeyIds) : null;
  const inScope = (journey: { id: string } | null): boolean => scope === null || (journey !== null && scope.has(journey.id));
  const journeys = model.journeys.filter(inScope).map(toJourneyReport);
  const findings = allFindings.filter((f) => inScope(f.journey) || f.rule === 'no-journey');
  const improvements = allImprovements.filter((i) => inScope(i.journey)).map((i, n) => ({ ...i, rank: n + 1 }));

  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  return {
    version: 1,
    board: { name: snapshot.name },
    lang,
    journeys,
    findings,
    improvements,
    stickies: model.stickies,
    summary: {
      journeys: journeys.length,
      phases: journeys.reduce((n, j) => n + j.phases.length, 0),
      touchpoints: journeys.reduce((n, j) => n + j.phases.reduce((m, p) => m + p.touchpoints.length, 0), 0),
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      improvements: improvements.length,
    },
  };
}

/** The words a board is written in: sticky texts and section names. */
function* boardTexts(snapshot: BoardSnapshot): Generator<string> {
  for (const node of snapshot.nodes) {
    if (node.generated) continue;
    if (node.kind === 'sticky' || node.kind === 'shape' || node.kind === 'text') yield node.text;
    else if (node.kind === 'section') yield node.name;
  }
}
