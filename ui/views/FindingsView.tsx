/** Findings grouped by severity, each with "show on board". Long groups are paged. */
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { Button } from '@create-figma-plugin/ui';
import type { Severity } from '../../src/domain';
import type { Finding } from '../../src/report/types';
import { useStrings } from '../i18n';
import { PagedList } from '../PagedList';

const ORDER: Severity[] = ['error', 'warning', 'info'];

export const FindingsView = memo(function FindingsView(props: { findings: Finding[]; onShow: (nodeIds: string[]) => void }) {
  const t = useStrings();
  const groups = useMemo(
    () => ORDER.map((severity) => ({ severity, items: props.findings.filter((f) => f.severity === severity) })),
    [props.findings],
  );
  if (props.findings.length === 0) return <p class="jc-view jc-muted">{t.findings.none}</p>;
  return (
    <div class="jc-view">
      {groups
        .filter((g) => g.items.length > 0)
        .map((group) => (
          <section key={group.severity} class={`jc-group jc-${group.severity}`} aria-label={t.findings.severity[group.severity]}>
            <h2 class="jc-h2">
              <span class={`jc-dot jc-dot-${group.severity}`} aria-hidden="true" /> {t.findings.severity[group.severity]} ({group.items.length})
            </h2>
            <PagedList
              items={group.items}
              label={t.findings.severity[group.severity]}
              itemKey={(f, i) => `${f.rule}-${i}-${f.nodeIds[0] ?? ''}`}
              renderItem={(f) => (
                <div class="jc-row">
                  <div class="jc-row-text">
                    <div>{f.message}</div>
                    <div class="jc-muted">
                      {[f.journey?.name, f.phase?.name, f.channel?.name].filter((x) => x !== undefined).join(' · ')}
                      {' · '}
                      <code>{f.rule}</code>
                    </div>
                  </div>
                  {f.nodeIds.length > 0 && (
                    <Button secondary onClick={() => props.onShow(f.nodeIds)} aria-label={`${t.actions.showOnBoard}: ${f.message}`}>
                      {t.actions.showOnBoard}
                    </Button>
                  )}
                </div>
              )}
            />
          </section>
        ))}
    </div>
  );
});
