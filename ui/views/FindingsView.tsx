/**
 * Findings grouped by journey and phase (severity as an icon), with a filter by kind. Each row
 * is keyed by what it is about, so live updates keep focus and scroll. Long groups are paged.
 */
import { memo } from 'preact/compat';
import { useMemo, useState } from 'preact/hooks';
import { Button } from '../kit';
import { RULE_IDS, type Lang, type RuleId } from '../../src/domain';
import type { Finding } from '../../src/report/types';
import { groupFindings, keyFindings, ruleCounts } from '../findingGroups';
import { useStrings } from '../i18n';
import { PagedList } from '../PagedList';
import { LangNote } from './LangNote';
import { SeverityIcon } from './SeverityIcon';

export const FindingsView = memo(function FindingsView(props: {
  findings: Finding[];
  reportLang: Lang;
  panelLang: Lang;
  onShow: (nodeIds: string[]) => void;
}) {
  const t = useStrings();
  const tf = t.findings;
  const [rule, setRule] = useState<RuleId | null>(null);
  const keyed = useMemo(() => keyFindings(props.findings), [props.findings]);
  const rules = useMemo(() => ruleCounts(props.findings, RULE_IDS), [props.findings]);
  // A kind that is gone after a live update shows everything again.
  const active = rule !== null && rules.some((r) => r.rule === rule) ? rule : null;
  const groups = useMemo(() => groupFindings(keyed, active), [keyed, active]);
  if (props.findings.length === 0) return <p class="jc-view jc-muted">{tf.none}</p>;
  return (
    <div class="jc-view">
      <LangNote reportLang={props.reportLang} panelLang={props.panelLang} />
      <label class="jc-filter">
        <span>{tf.filter}</span>
        <select
          class="jc-select"
          value={active ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setRule(RULE_IDS.find((r) => r === value) ?? null);
          }}
        >
          <option value="">{tf.allRules(props.findings.length)}</option>
          {rules.map((r) => (
            <option key={r.rule} value={r.rule}>
              {`${tf.rules[r.rule]} (${r.count})`}
            </option>
          ))}
        </select>
      </label>
      {groups.map((group) => (
        <section key={group.journey?.id ?? ''} class="jc-group" aria-label={group.journey?.name ?? tf.wholeBoard}>
          <h2 class="jc-h2">
            {group.journey?.name ?? tf.wholeBoard} ({group.count})
          </h2>
          {group.phases.map((phase) => (
            <div key={phase.phase?.id ?? ''} class="jc-phase-group">
              <h3 class="jc-h3">
                {phase.phase?.name ?? (group.journey === null ? tf.wholeBoard : tf.wholeJourney)} ({phase.items.length})
              </h3>
              <PagedList
                items={phase.items}
                label={`${group.journey?.name ?? tf.wholeBoard} · ${phase.phase?.name ?? tf.wholeJourney}`}
                itemKey={(item) => item.key}
                renderItem={({ finding: f }) => (
                  <div class="jc-row">
                    <SeverityIcon severity={f.severity} label={tf.severity[f.severity]} />
                    <div class="jc-row-text">
                      <div lang={props.reportLang}>{f.message}</div>
                      <div class="jc-meta">{[f.channel?.name, tf.rules[f.rule]].filter((x) => x !== undefined).join(' · ')}</div>
                    </div>
                    {f.nodeIds.length > 0 && (
                      <Button secondary onClick={() => props.onShow(f.nodeIds)} aria-label={`${t.actions.showOnBoard}: ${f.message}`}>
                        {t.actions.showOnBoard}
                      </Button>
                    )}
                  </div>
                )}
              />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
});
