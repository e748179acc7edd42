/**
 * Groups a journey's touchpoints into the phase × channel grid the Coverage view draws.
 * Pure view arithmetic over the report: counts and means of what the engine already scored.
 */
import type { JourneyReport, TouchpointReport } from '../src/report/types';

export interface CoverageCell {
  phaseId: string;
  count: number;
  /** Mean score of the touchpoints in the cell that state a feeling; null if none does. */
  meanScore: number | null;
  nodeIds: string[];
}

export interface CoverageRow {
  /** The channel's display name, or null for touchpoints without a channel. */
  channel: string | null;
  cells: CoverageCell[];
}

interface CellTally {
  count: number;
  sum: number;
  scored: number;
  nodeIds: string[];
}

/** Same rule as the engine's phase mean: a touchpoint states a feeling when score ≠ 0 or an emotion is set. */
function statesFeeling(tp: TouchpointReport): boolean {
  return tp.sentiment.score !== 0 || tp.sentiment.emotion !== null;
}

/** Rows in the journey's channel order; a "no channel" row only when such touchpoints exist. */
export function coverageMatrix(journey: JourneyReport): CoverageRow[] {
  const names = journey.channels.map((c) => c.name);
  const rowIndex = new Map<string, number>();
  names.forEach((name, i) => rowIndex.set(name.toLowerCase(), i));
  // Channels named on touchpoints but not declared as lanes still get a row.
  for (const phase of journey.phases) {
    for (const tp of phase.touchpoints) {
      const name = tp.channel?.name;
      if (name !== undefined && !rowIndex.has(name.toLowerCase())) {
        rowIndex.set(name.toLowerCase(), names.length);
        names.push(name);
      }
    }
  }
  const emptyRow = (): CellTally[] => journey.phases.map(() => ({ count: 0, sum: 0, scored: 0, nodeIds: [] }));
  const acc = names.map(emptyRow);
  const none = emptyRow();
  journey.phases.forEach((phase, p) => {
    for (const tp of phase.touchpoints) {
      const r = tp.channel ? rowIndex.get(tp.channel.name.toLowerCase()) : undefined;
      const cell = r === undefined ? none[p] : acc[r]?.[p];
      if (!cell) continue;
      cell.count += 1;
      cell.nodeIds.push(tp.nodeId);
      if (statesFeeling(tp)) {
        cell.sum += tp.sentiment.score;
        cell.scored += 1;
      }
    }
  });
  const toCells = (row: CellTally[]): CoverageCell[] =>
    row.map((c, p) => ({
      phaseId: journey.phases[p]?.id ?? String(p),
      count: c.count,
      meanScore: c.scored > 0 ? c.sum / c.scored : null,
      nodeIds: c.nodeIds,
    }));
  const rows: CoverageRow[] = names.map((channel, r) => ({ channel, cells: toCells(acc[r] ?? []) }));
  if (none.some((c) => c.count > 0)) rows.push({ channel: null, cells: toCells(none) });
  return rows;
}

/** A CSS colour for a mean score −2…+2: red through grey to green, transparent when no feeling. */
export function emotionTint(mean: number | null): string {
  if (mean === null) return 'transparent';
  const m = Math.max(-2, Math.min(2, mean)) / 2;
  // Mix with the panel background so text stays readable in light and dark themes.
  const strength = Math.round(30 + 35 * Math.abs(m));
  const hue = m < 0 ? 'var(--jc-negative)' : m > 0 ? 'var(--jc-positive)' : 'var(--jc-neutral)';
  return `color-mix(in srgb, ${hue} ${strength}%, transparent)`;
}

/** A word for the tint, for tests and styling hooks: what the colour says. */
export function emotionTone(mean: number | null): 'none' | 'negative' | 'neutral' | 'positive' {
  if (mean === null) return 'none';
  return mean <= -0.5 ? 'negative' : mean >= 0.5 ? 'positive' : 'neutral';
}

/** "+1.5", "−0.3", "0.0": signed, one decimal, a real minus sign. */
export function formatScore(score: number): string {
  const text = Math.abs(score).toFixed(1);
  if (text === '0.0') return '0.0';
  return score < 0 ? `−${text}` : `+${text}`;
}
