/** Coverage: phase × channel grid per journey, personas, and who wrote in which phase. */
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { formatScore } from '../../src/report/format';
import type { JourneyReport } from '../../src/report/types';
import { toneTint } from '../coverage';
import { useStrings } from '../i18n';

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
    <div class="jc-legend" aria-hidden="true">
      <span class="jc-swatch" style={{ background: toneTint('negative', -2) }} /> {t.legendNegative}
      <span class="jc-swatch" style={{ background: toneTint('neutral', 0) }} /> {t.legendNeutral}
      <span class="jc-swatch" style={{ background: toneTint('positive', 2) }} /> {t.legendPositive}
      <span class="jc-swatch jc-empty" /> {t.legendEmpty}
    </div>
  );
}

// Memoised by journey identity: shareUnchanged keeps unchanged journeys identical across live updates.
const JourneyCoverage = memo(function JourneyCoverage(props: {
  journey: JourneyReport;
  onShow: ShowNodes;
  t: ReturnType<typeof useStrings>;
}) {
  const { journey, t } = props;
  const rows = journey.coverage;
  const authors = journey.participation.byPhase.some((p) => p.authors.length > 0);
  return (
    <section class="jc-journey" aria-label={journey.name}>
      <h2 class="jc-h2">{journey.name}</h2>
      <div class="jc-scroll">
        <table class="jc-matrix">
          <caption class="jc-sr">{t.coverage.caption(journey.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.coverage.channel}</th>
              {journey.phases.map((phase) => (
                <th scope="col" key={phase.id}>
                  {phase.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const channel = row.channel ?? t.coverage.noChannel;
              return (
                <tr key={channel}>
                  <th scope="row">{channel}</th>
                  {row.cells.map((cell, i) => {
                    const phaseName = journey.phases[i]?.name ?? '';
                    if (cell.touchpoints === 0) {
                      return (
                        <td key={cell.phaseId} class="jc-cell jc-empty" aria-label={t.coverage.cellLabel(0, phaseName, channel)}>
                          <span aria-hidden="true">–</span>
                        </td>
                      );
                    }
                    const mean = cell.meanScore === null ? '' : `, ${t.coverage.meanLabel(formatScore(cell.meanScore))}`;
                    return (
                      <td
                        key={cell.phaseId}
                        class="jc-cell"
                        data-tone={cell.tone}
                        style={{ background: toneTint(cell.tone, cell.meanScore) }}
                      >
                        <button
                          type="button"
                          class="jc-cell-button"
                          aria-label={t.coverage.cellLabel(cell.touchpoints, phaseName, channel) + mean}
                          title={t.actions.showOnBoard}
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
      </div>
      <h3 class="jc-h3">{t.coverage.personas}</h3>
      {journey.personas.length === 0 ? (
        <p class="jc-muted jc-warn-text">{t.coverage.noPersonas}</p>
      ) : (
        <ul class="jc-chips">
          {journey.personas.map((persona) => (
            <li key={persona.nodeId} class="jc-chip">
              <button type="button" class="jc-link" onClick={() => props.onShow([persona.nodeId])}>
                {persona.name}
              </button>
              {persona.global && <span class="jc-muted"> · {t.coverage.globalPersona}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3 class="jc-h3">{t.coverage.participation}</h3>
      {authors ? <Participation journey={journey} t={t} /> : <p class="jc-muted">{t.coverage.noAuthors}</p>}
    </section>
  );
});

function Participation(props: { journey: JourneyReport; t: ReturnType<typeof useStrings> }) {
  const { journey, t } = props;
  const names = useMemo(() => {
    const all = new Set<string>();
    for (const phase of journey.participation.byPhase) for (const a of phase.authors) all.add(a.name);
    return [...all].sort((a, b) => a.localeCompare(b));
  }, [journey]);
  return (
    <div class="jc-scroll">
      <table class="jc-matrix jc-participation">
        <thead>
          <tr>
            <th scope="col">{t.coverage.author}</th>
            {journey.participation.byPhase.map((p) => (
              <th scope="col" key={p.phaseId}>
                {p.phaseName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name}>
              <th scope="row">{name}</th>
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
    </div>
  );
}
