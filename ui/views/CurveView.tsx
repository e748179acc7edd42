/** Emotion curve: mean score per phase, −2…+2 around a neutral line, one line per journey. */
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { formatScore } from '../../src/report/format';
import type { JourneyReport } from '../../src/report/types';
import { curveLines, pathOf, phaseToX, scoreToY, type CurveBox } from '../curve';
import { useStrings } from '../i18n';

const BOX: CurveBox = { width: 320, height: 180, padLeft: 28, padRight: 12, padTop: 12, padBottom: 28 };
/** Distinguishable in both themes; the legend names each line, so colour is never the only cue. */
const LINE_COLOURS = ['var(--figma-color-bg-brand)', '#e8590c', '#2f9e44', '#9c36b5', '#1098ad', '#c2255c'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2'];

export const CurveView = memo(function CurveView(props: { journeys: JourneyReport[] }) {
  const t = useStrings().curve;
  const lines = useMemo(() => curveLines(props.journeys, BOX), [props.journeys]);
  if (props.journeys.every((j) => j.emotionCurve.length === 0)) return <p class="jc-muted jc-view">{t.noData}</p>;
  // Phase labels under the axis only when every journey has the same phases in the same order.
  const first = props.journeys[0]?.emotionCurve ?? [];
  const shared = props.journeys.every(
    (j) => j.emotionCurve.length === first.length && j.emotionCurve.every((e, i) => e.phaseName === first[i]?.phaseName),
  );
  const zero = scoreToY(0, BOX);
  return (
    <div class="jc-view">
      <h2 class="jc-h2" id="jc-curve-title">
        {t.title}
      </h2>
      <p class="jc-muted" id="jc-curve-desc">
        {t.description}
      </p>
      <svg
        class="jc-curve"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby="jc-curve-title"
        aria-describedby="jc-curve-desc"
      >
        {[-2, -1, 1, 2].map((s) => (
          <g key={s}>
            <line class="jc-grid" x1={BOX.padLeft} x2={BOX.width - BOX.padRight} y1={scoreToY(s, BOX)} y2={scoreToY(s, BOX)} />
            <text class="jc-axis" x={BOX.padLeft - 6} y={scoreToY(s, BOX) + 3} text-anchor="end">
              {s > 0 ? `+${s}` : `−${-s}`}
            </text>
          </g>
        ))}
        <line class="jc-neutral" x1={BOX.padLeft} x2={BOX.width - BOX.padRight} y1={zero} y2={zero}>
          <title>{t.neutral}</title>
        </line>
        <text class="jc-axis" x={BOX.padLeft - 6} y={zero + 3} text-anchor="end">
          0
        </text>
        {shared &&
          first.map((entry, i) => (
            <text key={entry.phaseId} class="jc-axis" x={phaseToX(i, first.length, BOX)} y={BOX.height - 10} text-anchor="middle">
              {entry.phaseName.length > 12 ? `${entry.phaseName.slice(0, 11)}…` : entry.phaseName}
            </text>
          ))}
        {lines.map((line, li) => (
          <g key={line.journeyId} class="jc-line" data-journey={line.journeyId}>
            {line.segments.map((segment, si) => (
              <path
                key={si}
                d={pathOf(segment)}
                fill="none"
                stroke={LINE_COLOURS[li % LINE_COLOURS.length]}
                stroke-dasharray={DASHES[li % DASHES.length]}
                stroke-width="2"
              />
            ))}
            {line.points.map((p) => (
              <circle key={`${p.phaseName}-${p.x}`} cx={p.x} cy={p.y} r="3" fill={LINE_COLOURS[li % LINE_COLOURS.length]}>
                <title>{`${line.journeyName} · ${p.phaseName}: ${formatScore(p.score)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <ul class="jc-legend">
        {lines.map((line, li) => (
          <li key={line.journeyId}>
            <svg width="18" height="6" aria-hidden="true">
              <line x1="0" x2="18" y1="3" y2="3" stroke={LINE_COLOURS[li % LINE_COLOURS.length]} stroke-width="2" stroke-dasharray={DASHES[li % DASHES.length]} />
            </svg>{' '}
            {line.journeyName}
          </li>
        ))}
      </ul>
      {/* The same numbers as a table, for screen readers and exact reading. */}
      <table class="jc-sr">
        <caption>{t.title}</caption>
        <tbody>
          {props.journeys.map((j) =>
            j.emotionCurve.map((e) => (
              <tr key={`${j.id}-${e.phaseId}`}>
                <th scope="row">{`${j.name} · ${e.phaseName}`}</th>
                <td>{e.score === null ? t.noScore : formatScore(e.score)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
});
