/**
 * Geometry of the emotion curve, in percent of the plot so the chart stretches with the panel:
 * phase i of n sits in the middle of the i-th of n equal columns (the phase names below use the
 * same columns, so each name stands under its point), score +2 at the top, −2 at the bottom. Pure.
 */
import type { JourneyReport } from '../src/report/types';

export interface CurvePoint {
  index: number;
  phaseId: string;
  phaseName: string;
  /** The engine's mean for the phase; null where no feeling is stated. */
  score: number | null;
  /** Percent of the plot width. */
  x: number;
  /** Percent of the plot height; on the neutral line when no feeling is stated. */
  y: number;
}

/** Centre of column `index` of `count`, in percent. */
export function columnX(index: number, count: number): number {
  return ((index + 0.5) / Math.max(1, count)) * 100;
}

/** +2 → 0 %, 0 → 50 %, −2 → 100 % (clamped). */
export function scoreToY(score: number): number {
  const clamped = Math.max(-2, Math.min(2, score));
  return ((2 - clamped) / 4) * 100;
}

export function curvePoints(journey: JourneyReport): CurvePoint[] {
  const count = journey.emotionCurve.length;
  return journey.emotionCurve.map((entry, index) => ({
    index,
    phaseId: entry.phaseId,
    phaseName: entry.phaseName,
    score: entry.score,
    x: columnX(index, count),
    y: scoreToY(entry.score ?? 0),
  }));
}

/** Runs of consecutive phases with a score: a phase without one breaks the line. */
export function segmentsOf(points: readonly CurvePoint[]): CurvePoint[][] {
  const segments: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  for (const point of points) {
    if (point.score === null) {
      if (run.length > 0) segments.push(run);
      run = [];
    } else run.push(point);
  }
  if (run.length > 0) segments.push(run);
  return segments;
}

/** An SVG path in a 0…100 box (a lone point draws nothing: its marker shows it). */
export function pathOf(segment: readonly CurvePoint[]): string {
  return segment.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join(' ');
}
