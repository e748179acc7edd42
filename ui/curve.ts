/** Geometry of the emotion-curve chart: scores −2…+2 mapped into an SVG box. Pure. */
import type { JourneyReport } from '../src/report/types';

export interface CurveBox {
  width: number;
  height: number;
  padLeft: number;
  padRight: number;
  padTop: number;
  padBottom: number;
}

export interface CurvePoint {
  x: number;
  y: number;
  phaseName: string;
  score: number;
}

export interface CurveLine {
  journeyId: string;
  journeyName: string;
  /** Runs of consecutive phases with a score; a phase without one breaks the line. */
  segments: CurvePoint[][];
  points: CurvePoint[];
}

export function scoreToY(score: number, box: CurveBox): number {
  const inner = box.height - box.padTop - box.padBottom;
  const clamped = Math.max(-2, Math.min(2, score));
  return box.padTop + ((2 - clamped) / 4) * inner;
}

/** x of phase `index` of `count`, spread evenly over the inner width (centred when alone). */
export function phaseToX(index: number, count: number, box: CurveBox): number {
  const inner = box.width - box.padLeft - box.padRight;
  if (count <= 1) return box.padLeft + inner / 2;
  return box.padLeft + (index / (count - 1)) * inner;
}

export function curveLines(journeys: JourneyReport[], box: CurveBox): CurveLine[] {
  return journeys.map((journey) => {
    const count = journey.emotionCurve.length;
    const segments: CurvePoint[][] = [];
    const points: CurvePoint[] = [];
    let run: CurvePoint[] = [];
    journey.emotionCurve.forEach((entry, i) => {
      if (entry.score === null) {
        if (run.length > 0) segments.push(run);
        run = [];
        return;
      }
      const point = { x: phaseToX(i, count, box), y: scoreToY(entry.score, box), phaseName: entry.phaseName, score: entry.score };
      run.push(point);
      points.push(point);
    });
    if (run.length > 0) segments.push(run);
    return { journeyId: journey.id, journeyName: journey.name, segments, points };
  });
}

export function pathOf(segment: CurvePoint[]): string {
  return segment.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
