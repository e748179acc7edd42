/** Report + snapshot → everything the plugin should have on the board (pure; see types.ts). */
import type { ImprovementReport, Report } from '../report/types';
import type { BoardSnapshot } from '../snapshot';
import type { Lang } from '../domain';
import type { WriteBackChoices } from '../settings';
import { planCurve } from './planCurve';
import { planImprovements } from './planImprovements';
import { planMarkers } from './planMarkers';
import { planRecolours } from './planRecolours';
import { lookupNodes } from './nodeLookup';
import { keepClearOfBoard } from './keepClearOfBoard';
import type { PlanItem, WritePlan } from './types';

/**
 * `scope`: the journeys a selection-scoped run covers (the report is then scoped too); items that
 * belong to no journey (board-level markers) are only planned for a whole-board run.
 */
export function buildWritePlan(
  report: Report,
  snapshot: BoardSnapshot,
  choices: WriteBackChoices,
  lang: Lang,
  scope: string[] | null = null,
): WritePlan {
  const index = lookupNodes(snapshot);
  const inScope = (journeyId: string | null): boolean => scope === null || (journeyId !== null && scope.includes(journeyId));
  const journeys = report.journeys.filter((j) => inScope(j.id));

  const items: PlanItem[] = [];
  if (choices.markers) items.push(...planMarkers(report, index, lang).filter((m) => inScope(m.journeyId)));
  const boxOf = (journey: Report['journeys'][number]) => index.bounds(journey.id) ?? journey.bounds;
  const improvementsOf = choices.improvements ? improvementsByJourney(report) : null;
  for (const journey of journeys) {
    const box = boxOf(journey);
    if (!box) continue;
    const beside: PlanItem[] = [];
    if (improvementsOf) beside.push(...planImprovements(journey, box, improvementsOf.get(journey.id) ?? [], lang));
    if (choices.curve && journey.phases.length > 0) {
      const others = report.journeys.filter((j) => j.id !== journey.id).map(boxOf);
      const avoid = [...others, ...beside.filter((i) => i.kind === 'section').map((i) => i.box)].filter((b) => b !== null);
      items.push(...planCurve(journey, box, index, lang, avoid));
    }
    items.push(...beside);
  }

  return {
    version: 1,
    lang,
    scope,
    recolours: choices.colours ? planRecolours(report, index).filter((r) => inScope(r.journeyId)) : [],
    items: orderForApply(keepClearOfBoard(items, snapshot)),
    relaunchSections: journeys.filter((j) => index.node(j.id)?.kind === 'section').map((j) => j.id),
  };
}

/**
 * Each journey's improvements in report order, in one pass (not one scan of every improvement per
 * journey). Improvements without a journey belong to the only journey there is (a one-journey board).
 */
function improvementsByJourney(report: Report): Map<string, ImprovementReport[]> {
  const byJourney = new Map<string, ImprovementReport[]>();
  const only = report.journeys.length === 1 ? report.journeys[0] : undefined;
  for (const improvement of report.improvements) {
    const id = improvement.journey?.id ?? only?.id;
    if (id === undefined) continue;
    const list = byJourney.get(id);
    if (list) list.push(improvement);
    else byJourney.set(id, [improvement]);
  }
  return byJourney;
}

/** Sections first (they are parents), then shapes and texts, connectors last (they join shapes). */
function orderForApply(items: PlanItem[]): PlanItem[] {
  const rank = (item: PlanItem): number => (item.kind === 'section' ? 0 : item.kind === 'connector' ? 2 : 1);
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map((e) => e.item);
}
