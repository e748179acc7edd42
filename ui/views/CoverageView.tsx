/**
 * Coverage: phase × channel grid per journey, personas, and who wrote in which phase.
 * The channel column and the phase row stay in place while the grid scrolls; a hint says when
 * more phases lie to the right. A cell shows its count and a sign (− 0 +) besides its colour.
 */
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { formatScore } from '../../src/report/format';
import type { JourneyReport } from '../../src/report/types';
import { TONE_SIGN, toneClass } from '../coverage';
import { useStrings, type UiStrings } from '../i18n';
import { ScrollBox } from '../ScrollBox';

export interface ShowNodes {
  (nodeIds: string[]): void;
}

export function CoverageView(props: { journeys: JourneyReport[]; onShow: ShowNodes }) {
  const t = useStrings();
  return (
    <div class="jc-view">
      <Legend />
      {props.journeys.map((journey) => (
        <JourneyCoverage key={journey.id} journey={journey} onShow={props.onShow} t={t} />
      ))}
    </div>
  );
}

function Legend() {
  const t = useStrings().coverage;
  return (
    <div class="jc-legend" aria-hidden="true" data-testid="coverage-legend">
      <span>
        <span class="jc-swatch jc-tone-negative">{TONE_SIGN.negative}</span> {t.legendNegative}
      </span>
      <span>
        <span class="jc-swatch jc-tone-neutral">{TONE_SIGN.neutral}</span> {t.legendNeutral}
      </span>
      <span>
        <span class="jc-swatch jc-tone-positive">{TONE_SIGN.positive}</span> {t.legendPositive}
      </span>
      <span>
        <span class="jc-swatch jc-tone-none" /> {t.legendNone}
      </span>
      <span>
        <span class="jc-swatch jc-empty" /> {t.legendEmpty}
      </span>
      <span class="jc-legend-note">{t.legendCount}</span>
    </div>
  );
}

// Memoised by journey identity: shareUnchanged keeps unchanged journeys identical across live updates.
const JourneyCoverage = memo(function JourneyCoverage(props: { journey: JourneyReport; onShow: ShowNodes; t: UiStrings }) {
  const { journey, t } = props;
  const rows = journey.coverage;
  const authors = journey.participation.byPhase.some((p) => p.authors.length > 0);
  return (
    <section class="jc-journey" aria-label={journey.name}>
      <h2 class="jc-h2">{journey.name}</h2>
      <ScrollBox label={t.coverage.caption(journey.name)} hint={t.coverage.scrollHint} class="jc-grid-scroll">
        <table class="jc-matrix">
          <caption class="jc-sr">{t.coverage.caption(journey.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.coverage.channel}</th>
              {journey.phases.map((phase) => (
                <th scope="col" key={phase.id} title={phase.name}>
                  <span class="jc-turned">{phase.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const channel = row.channel ?? t.coverage.noChannel;
              return (
                <tr key={channel}>
                  <th scope="row" title={channel}>
                    {channel}
                  </th>
                  {row.cells.map((cell, i) => {
                    const phaseName = journey.phases[i]?.name ?? '';
                    if (cell.touchpoints === 0) {
                      return (
                        <td key={cell.phaseId} class="jc-cell jc-empty">
                          <span aria-hidden="true">–</span>
                          <span class="jc-sr">{t.coverage.cellLabel(0, phaseName, channel)}</span>
                        </td>
                      );
                    }
                    const feeling = cell.meanScore === null ? t.coverage.tone.none : `${t.coverage.tone[cell.tone]}, ${t.coverage.meanLabel(formatScore(cell.meanScore))}`;
                    const label = `${t.coverage.cellLabel(cell.touchpoints, phaseName, channel)}, ${feeling}`;
                    return (
                      <td key={cell.phaseId} class={`jc-cell ${toneClass(cell.tone)}`} data-tone={cell.tone}>
                        <button
                          type="button"
                          class="jc-cell-button"
                          data-sign={TONE_SIGN[cell.tone]}
                          aria-label={label}
                          title={`${label} · ${t.actions.showOnBoard}`}
                          onClick={() => props.onShow(cell.nodeIds)}
                        >
                          {cell.touchpoints}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      <h3 class="jc-h3">{t.coverage.personas}</h3>
      {journey.personas.length === 0 ? (
        <p class="jc-warn-text">{t.coverage.noPersonas}</p>
      ) : (
        <ul class="jc-chips">
          {journey.personas.map((persona) => (
            <li key={persona.nodeId} class="jc-chip">
              <button type="button" class="jc-link" onClick={() => props.onShow([persona.nodeId])}>
                {persona.name}
              </button>
              {persona.global && <span> · {t.coverage.globalPersona}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3 class="jc-h3">{t.coverage.participation}</h3>
      {authors ? <Participation journey={journey} t={t} /> : <p class="jc-muted">{t.coverage.noAuthors}</p>}
    </section>
  );
});

function Participation(props: { journey: JourneyReport; t: UiStrings }) {
  const { journey, t } = props;
  const names = useMemo(() => {
    const all = new Set<string>();
    for (const phase of journey.participation.byPhase) for (const a of phase.authors) all.add(a.name);
    return [...all].sort((a, b) => a.localeCompare(b));
  }, [journey]);
  return (
    <ScrollBox label={`${t.coverage.participation} · ${journey.name}`} hint={t.coverage.scrollHint} class="jc-grid-scroll">
      <table class="jc-matrix jc-participation">
        <thead>
          <tr>
            <th scope="col">{t.coverage.author}</th>
            {journey.participation.byPhase.map((p) => (
              <th scope="col" key={p.phaseId} title={p.phaseName}>
                <span class="jc-turned">{p.phaseName}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name}>
              <th scope="row" title={name}>
                {name}
              </th>
              {journey.participation.byPhase.map((p) => {
                const count = p.authors.find((a) => a.name === name)?.count ?? 0;
                return (
                  <td key={p.phaseId} class={count === 0 ? 'jc-cell jc-empty' : 'jc-cell'}>
                    {count === 0 ? '–' : count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
