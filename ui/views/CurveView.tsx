/**
 * Emotion curve: one chart per journey (journeys may have different phases), the mean feeling
 * per phase from −2 to +2 around a neutral line. Every phase is named under its point (names
 * wrap, never cut; from four phases every other name drops to a second row, so each may take two
 * columns), every value is written at its point, a phase without a stated feeling shows a hollow
 * mark and says so. Below 40 px per phase the chart scrolls sideways instead of squeezing. The same numbers are in a table for exact reading and screen readers.
 */
import { memo } from 'preact/compat';
import { formatScore } from '../../src/report/format';
import type { JourneyReport } from '../../src/report/types';
import { curvePoints, pathOf, scoreToY, segmentsOf, type CurvePoint } from '../curve';
import { useStrings } from '../i18n';
import { ScrollBox } from '../ScrollBox';

const AXIS = [2, 1, 0, -1, -2];

export const CurveView = memo(function CurveView(props: { journeys: JourneyReport[] }) {
  const t = useStrings().curve;
  if (props.journeys.every((j) => j.emotionCurve.length === 0)) return <p class="jc-muted jc-view">{t.noData}</p>;
  return (
    <div class="jc-view">
      <h2 class="jc-h2">{t.title}</h2>
      <p class="jc-muted">{t.description}</p>
      <p class="jc-legend" aria-hidden="true">
        <span class="jc-pt jc-pt-inline" /> {t.score} <span class="jc-pt jc-pt-none jc-pt-inline" /> {t.noScore}
      </p>
      {props.journeys
        .filter((j) => j.emotionCurve.length > 0)
        .map((journey) => (
          <JourneyCurve key={journey.id} journey={journey} />
        ))}
    </div>
  );
});

const JourneyCurve = memo(function JourneyCurve(props: { journey: JourneyReport }) {
  const strings = useStrings();
  const t = strings.curve;
  const { journey } = props;
  const points = curvePoints(journey);
  const described = points.map((p) => `${p.phaseName} ${p.score === null ? t.noScore : formatScore(p.score)}`).join(', ');
  const headingId = `jc-curve-${journey.id}`;
  // From four phases the names take two rows, every other one down, so each may be up to two columns wide.
  const stagger = points.length >= 4;
  return (
    <section class="jc-curve-journey" aria-labelledby={headingId}>
      <h3 class="jc-h3" id={headingId}>
        {journey.name}
      </h3>
      <ScrollBox label={t.caption(journey.name)} hint={strings.coverage.scrollHint}>
        <div
          class="jc-curve"
          role="img"
          aria-label={`${t.caption(journey.name)}: ${described}`}
          style={{ minWidth: `calc(${points.length} * 40px + 48px)` }}
        >
          <div class="jc-plot">
            {AXIS.map((s) => (
              <div key={s} class={s === 0 ? 'jc-gridline jc-gridline-zero' : 'jc-gridline'} style={{ top: `${scoreToY(s)}%` }}>
                <span class="jc-axis-label">{s > 0 ? `+${s}` : s < 0 ? `−${-s}` : '0'}</span>
              </div>
            ))}
            <svg class="jc-curve-lines" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
              {segmentsOf(points).map((segment) => (
                <path key={segment[0]?.phaseId} d={pathOf(segment)} vector-effect="non-scaling-stroke" />
              ))}
            </svg>
            {points.map((p) => (
              <Point key={p.phaseId} point={p} />
            ))}
          </div>
          <ol
            class={stagger ? 'jc-phase-names jc-stagger' : 'jc-phase-names'}
            style={{ gridTemplateColumns: `repeat(${points.length}, minmax(0, 1fr))` }}
          >
            {points.map((p) => (
              <li key={p.phaseId} class="jc-phase-name" style={{ gridColumn: p.index + 1, gridRow: stagger ? (p.index % 2) + 1 : 1 }}>
                {p.phaseName}
                {p.score === null && <span class="jc-no-feeling">{t.noScoreMark}</span>}
              </li>
            ))}
          </ol>
        </div>
      </ScrollBox>
      <details class="jc-curve-table">
        <summary>{t.asTable}</summary>
        <table class="jc-table">
          <caption class="jc-sr">{t.caption(journey.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.phase}</th>
              <th scope="col">{t.score}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.phaseId}>
                <th scope="row">{p.phaseName}</th>
                <td>{p.score === null ? t.noScore : formatScore(p.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
});

function Point(props: { point: CurvePoint }) {
  const p = props.point;
  const none = p.score === null;
  // The value sits above its point, below it near the top edge so it is never cut.
  const below = !none && p.y < 30;
  return (
    <div class="jc-pt-at" style={{ left: `${p.x}%`, top: `${p.y}%` }} data-phase={p.phaseName}>
      <span class={none ? 'jc-pt jc-pt-none' : 'jc-pt'} />
      <span class={below ? 'jc-value jc-value-below' : 'jc-value'} data-testid="curve-value">
        {none ? '?' : formatScore(p.score)}
      </span>
    </div>
  );
}
