/** Ranked improvements: score, effort, votes, quick-win mark and the engine's "why". Paged. */
import { memo } from 'preact/compat';
import { Button } from '@create-figma-plugin/ui';
import type { ImprovementReport } from '../../src/report/types';
import { useStrings } from '../i18n';
import { PagedList } from '../PagedList';

/** The stickies a row stands for: the idea itself, else the pain that needs one, plus what it addresses. */
export function improvementNodeIds(row: ImprovementReport): string[] {
  const own = row.nodeId ?? row.painNodeId;
  const ids = own === null ? [...row.addresses] : [own, ...row.addresses];
  return [...new Set(ids)];
}

export const ImprovementsView = memo(function ImprovementsView(props: {
  improvements: ImprovementReport[];
  onShow: (nodeIds: string[]) => void;
}) {
  const t = useStrings();
  const ti = t.improvements;
  if (props.improvements.length === 0) return <p class="jc-view jc-muted">{ti.none}</p>;
  return (
    <div class="jc-view">
      <PagedList
        items={props.improvements}
        label={t.tabs.improvements}
        itemKey={(row) => `${row.rank}-${row.nodeId ?? row.painNodeId ?? ''}`}
        renderItem={(row) => {
          const ids = improvementNodeIds(row);
          return (
            <div class="jc-row">
              <div class="jc-rank" aria-label={`${ti.rank}${row.rank}`}>
                {row.rank}
              </div>
              <div class="jc-row-text">
                <div>
                  {row.kind === 'needs-idea' && <span class="jc-badge jc-badge-muted">{ti.needsIdea}</span>} {row.text}
                  {row.quickWin && <span class="jc-badge">★ {ti.quickWin}</span>}
                </div>
                <div class="jc-muted">
                  {ti.score} {row.score.toFixed(1)} · {ti.effort} {row.effort === null ? ti.unknown : ti.effortLevel[row.effort]} · {ti.votes}{' '}
                  {row.votes}
                </div>
                <div class="jc-muted jc-why">{row.why}</div>
              </div>
              {ids.length > 0 && (
                <Button secondary onClick={() => props.onShow(ids)} aria-label={`${t.actions.showOnBoard}: ${row.text}`}>
                  {t.actions.showOnBoard}
                </Button>
              )}
            </div>
          );
        }}
      />
    </div>
  );
});
