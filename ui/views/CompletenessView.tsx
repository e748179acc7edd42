/**
 * Completeness at the top of the panel (issue #14): per journey its percent, written and as a bar,
 * and on demand its next steps (a disclosure button per journey, aria-expanded); then what the last
 * check changed, in one sentence, with a way to the details. The first three journeys show; the
 * rest on request, so a board of many journeys does not push the tabs away.
 */
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { Lang } from '../../src/domain';
import type { JourneyReport } from '../../src/report/types';
import { useStrings } from '../i18n';

export const SHOWN_JOURNEYS = 3;

export const CompletenessView = memo(function CompletenessView(props: {
  journeys: JourneyReport[];
  reportLang: Lang;
  /** What the last check changed, in the report's language; null when there is nothing to compare. */
  sentence: string | null;
  onDetails: () => void;
}) {
  const t = useStrings().progress;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  if (props.journeys.length === 0 && props.sentence === null) return null;
  const shown = all ? props.journeys : props.journeys.slice(0, SHOWN_JOURNEYS);
  const toggle = (id: string): void => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };
  return (
    <section class="jc-complete" aria-labelledby="jc-complete-title" data-testid="completeness">
      <h2 class="jc-complete-title" id="jc-complete-title">
        {t.title}
      </h2>
      <ul class="jc-complete-list">
        {shown.map((journey) => (
          <JourneyRow key={journey.id} journey={journey} reportLang={props.reportLang} open={open.has(journey.id)} onToggle={() => toggle(journey.id)} />
        ))}
      </ul>
      {props.journeys.length > SHOWN_JOURNEYS && (
        <button type="button" class="jc-link" aria-expanded={all ? 'true' : 'false'} onClick={() => setAll(!all)}>
          {all ? t.showFewer : t.showAll(props.journeys.length)}
        </button>
      )}
      {props.sentence !== null && (
        <p class="jc-change" data-testid="change-sentence">
          {t.since} <span lang={props.reportLang}>{props.sentence}</span>{' '}
          <button type="button" class="jc-link" onClick={props.onDetails}>
            {t.details}
          </button>
        </p>
      )}
    </section>
  );
});

function JourneyRow(props: { journey: JourneyReport; reportLang: Lang; open: boolean; onToggle: () => void }) {
  const t = useStrings().progress;
  const { percent, missing } = props.journey.completeness;
  const stepsId = `jc-next-${props.journey.id}`;
  // The bar is drawn for the eye; the percent beside it is its text.
  const content = (
    <>
      {/* Spaces between the parts, so the row's name reads "Bakkerij 58 % complete" (a grid ignores them). */}
      <span class="jc-complete-name">{props.journey.name}</span>{' '}
      <span class="jc-meter" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>{' '}
      <span class="jc-complete-pct">
        {percent} %<span class="jc-sr">{` ${t.complete}${missing.length === 0 ? '' : `, ${t.nextSteps(missing.length)}`}`}</span>
      </span>
    </>
  );
  if (missing.length === 0) {
    return (
      <li class="jc-complete-item">
        <div class="jc-complete-row">
          <span class="jc-chevron" aria-hidden="true" />
          {content}
        </div>
      </li>
    );
  }
  return (
    <li class="jc-complete-item">
      <button type="button" class="jc-complete-row" aria-expanded={props.open ? 'true' : 'false'} aria-controls={stepsId} onClick={props.onToggle}>
        <span class="jc-chevron" aria-hidden="true">
          {props.open ? '▾' : '▸'}
        </span>
        {content}
      </button>
      <ul id={stepsId} class="jc-next" lang={props.reportLang} hidden={!props.open}>
        {missing.map((step) => (
          <li key={step.key}>{step.message}</li>
        ))}
      </ul>
    </li>
  );
}
