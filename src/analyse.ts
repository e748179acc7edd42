// The engine's single entry: board snapshot → report (journeys, findings, improvements).
import type { BoardSnapshot } from './snapshot';
import type { Report } from './report/types';
import type { AnalyseOptions } from './settings';

export function analyseBoard(snapshot: BoardSnapshot, options: AnalyseOptions = {}): Report {
  void options;
  return {
    version: 1,
    board: { name: snapshot.name },
    lang: 'en',
    journeys: [],
    findings: [],
    improvements: [],
    stickies: [],
    summary: { journeys: 0, phases: 0, touchpoints: 0, errors: 0, warnings: 0, infos: 0, improvements: 0 },
  };
}
