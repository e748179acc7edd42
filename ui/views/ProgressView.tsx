/**
 * What changed at the last check (issue #14): the sentence, the gaps it closed and the new ones
 * (severity icon, place, message), and each journey's completeness at every check of the session
 * as a small bar chart that is a list: every value and time written, nothing on hover only.
 */
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { RULE_IDS, type Lang, type RuleId } from '../../src/domain';
import type { CompactFinding } from '../../src/progress/lastFindings';
import { useStrings } from '../i18n';
import { PagedList } from '../PagedList';
import { checkTimeFormat, placeOf, seriesOf, type Progress } from '../progress';
import { ScrollBox } from '../ScrollBox';
import { LangNote } from './LangNote';
import { SeverityIcon } from './SeverityIcon';

export const ProgressView = memo(function ProgressView(props: { progress: Progress | null; reportLang: Lang; panelLang: Lang }) {
  const strings = useStrings();
  const t = strings.progress;
  const timeline = props.progress?.timeline ?? [];
  const series = useMemo(() => seriesOf(timeline), [timeline]);
  const time = useMemo(() => checkTimeFormat(timeline.map((c) => c.time), props.panelLang), [timeline, props.panelLang]);
  const sentence = props.progress?.sentence ?? null;
  const closed = props.progress?.closed ?? [];
  const opened = props.progress?.opened ?? [];
  const changes = sentence !== null || closed.length > 0 || opened.length > 0;
  return (
    <div class="jc-view" data-testid="progress-view">
      {changes && <LangNote reportLang={props.reportLang} panelLang={props.panelLang} />}
      <h2 class="jc-h2">{t.changed}</h2>
      {sentence !== null && (
        <p lang={props.reportLang} data-testid="progress-sentence">
          {sentence}
        </p>
      )}
      {!changes && <p class="jc-muted">{timeline.length === 0 ? t.noChecks : t.oneCheck}</p>}
      {changes && (
        <>
          <FindingList title={t.closed(closed.length)} items={closed} reportLang={props.reportLang} testId="closed" />
          <FindingList title={t.opened(opened.length)} items={opened} reportLang={props.reportLang} testId="opened" />
        </>
      )}
      {series.length > 0 && (
        <>
          <h2 class="jc-h2">{t.timeline}</h2>
          {series.map((s) => (
            <section key={s.name} class="jc-timeline-journey" aria-label={s.name}>
              <h3 class="jc-h3">{s.name}</h3>
              <ScrollBox label={t.timelineOf(s.name)} hint={strings.coverage.scrollHint}>
                <ol class="jc-timeline" data-testid="timeline">
                  {s.points.map((percent, i) => (
                    // A check's time and value in reading order; the value is drawn above its bar.
                    <li key={timeline[i]?.time ?? i} class="jc-tl-check">
                      <span class="jc-tl-time">{time(timeline[i]?.time ?? 0)}</span>
                      <span class="jc-tl-value">{percent === null ? <span title={t.absent}>–<span class="jc-sr"> {t.absent}</span></span> : `${percent} %`}</span>
                      <span class="jc-tl-bar" aria-hidden="true">
                        <span style={{ height: `${percent ?? 0}%` }} />
                      </span>
                    </li>
                  ))}
                </ol>
              </ScrollBox>
            </section>
          ))}
        </>
      )}
    </div>
  );
});

function FindingList(props: { title: string; items: readonly CompactFinding[]; reportLang: Lang; testId: string }) {
  const strings = useStrings();
  const tf = strings.findings;
  return (
    <section class="jc-group" aria-label={props.title} data-testid={props.testId}>
      <h3 class="jc-h3">{props.title}</h3>
      {props.items.length === 0 ? (
        <p class="jc-muted">{strings.progress.none}</p>
      ) : (
        <PagedList
          items={props.items}
          label={props.title}
          itemKey={(f, i) => `${f.k}#${i}`}
          renderItem={(f) => (
            <div class="jc-row">
              <SeverityIcon severity={f.severity} label={tf.severity[f.severity]} />
              <div class="jc-row-text">
                <div class="jc-meta">{[placeOf(f) ?? tf.wholeBoard, ruleName(f.rule, tf.rules)].filter((x) => x !== null).join(' · ')}</div>
                <div lang={props.reportLang}>{f.message}</div>
              </div>
            </div>
          )}
        />
      )}
    </section>
  );
}

/** A rule's name in words; null for a rule this panel does not know (a newer plugin's). */
function ruleName(rule: string, names: Record<RuleId, string>): string | null {
  const known = RULE_IDS.find((r) => r === rule);
  return known === undefined ? null : names[known];
}
