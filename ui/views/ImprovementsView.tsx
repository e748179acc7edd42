/**
 * Ranked improvements: score (with what it means), effort when stated, quick-win mark and the
 * engine's "why" (which carries the vote count, so it is not repeated). Rows are keyed by their
 * sticky, so live updates keep focus. Many "needs an idea" rows fold into one group per phase.
 */
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { Button } from '../kit';
import type { Lang } from '../../src/domain';
import type { ImprovementReport, JourneyReport } from '../../src/report/types';
import { useStrings } from '../i18n';
import { PagedList } from '../PagedList';
import { LangNote } from './LangNote';

/** Above this many "needs an idea" rows they are grouped per phase instead of listed one by one. */
export const NEEDS_IDEA_GROUP_FROM = 6;

/** The stickies a row stands for: the idea itself, else the pain that needs one, plus what it addresses. */
export function improvementNodeIds(row: ImprovementReport): string[] {
  const own = row.nodeId ?? row.painNodeId;
  const ids = own === null ? [...row.addresses] : [own, ...row.addresses];
  return [...new Set(ids)];
}

function rowKey(row: ImprovementReport): string {
  return `${row.kind}:${row.nodeId ?? row.painNodeId ?? `rank-${row.rank}`}`;
}

export const ImprovementsView = memo(function ImprovementsView(props: {
  improvements: ImprovementReport[];
  journeys: JourneyReport[];
  reportLang: Lang;
  panelLang: Lang;
  onShow: (nodeIds: string[]) => void;
}) {
  const t = useStrings();
  const ti = t.improvements;
  const needsIdea = props.improvements.filter((r) => r.kind === 'needs-idea');
  const grouped = needsIdea.length >= NEEDS_IDEA_GROUP_FROM;
  // Where each pain sits, to put a "needs an idea" row under its phase (a look-up, no rule).
  const phaseOf = useMemo(() => {
    const map = new Map<string, { key: string; name: string }>();
    for (const j of props.journeys)
      for (const p of j.phases) for (const tp of p.touchpoints) map.set(tp.nodeId, { key: `${j.id}/${p.id}`, name: props.journeys.length > 1 ? `${j.name} · ${p.name}` : p.name });
    return map;
  }, [props.journeys]);
  const groups = useMemo(() => {
    if (!grouped) return [];
    const byPhase = new Map<string, { name: string; rows: ImprovementReport[] }>();
    for (const row of needsIdea) {
      const at = (row.painNodeId === null ? undefined : phaseOf.get(row.painNodeId)) ?? { key: '', name: ti.otherPhase };
      const group = byPhase.get(at.key) ?? { name: at.name, rows: [] };
      group.rows.push(row);
      byPhase.set(at.key, group);
    }
    return [...byPhase.entries()];
  }, [grouped, needsIdea, phaseOf, ti]);
  if (props.improvements.length === 0) return <p class="jc-view jc-muted">{ti.none}</p>;
  const listed = grouped ? props.improvements.filter((r) => r.kind === 'idea') : props.improvements;
  return (
    <div class="jc-view">
      <LangNote reportLang={props.reportLang} panelLang={props.panelLang} />
      <p class="jc-note" data-testid="score-help">
        {ti.scoreHelp}
      </p>
      {listed.length > 0 && (
        <PagedList
          items={listed}
          label={t.tabs.improvements}
          itemKey={rowKey}
          renderItem={(row) => <Row row={row} reportLang={props.reportLang} onShow={props.onShow} />}
        />
      )}
      {groups.map(([key, group]) => (
        <details key={key} class="jc-needs-group">
          <summary>{ti.needsIdeaGroup(group.rows.length, group.name)}</summary>
          <PagedList
            items={group.rows}
            label={ti.needsIdeaGroup(group.rows.length, group.name)}
            itemKey={rowKey}
            renderItem={(row) => <Row row={row} reportLang={props.reportLang} onShow={props.onShow} />}
          />
        </details>
      ))}
    </div>
  );
});

function Row(props: { row: ImprovementReport; reportLang: Lang; onShow: (nodeIds: string[]) => void }) {
  const t = useStrings();
  const ti = t.improvements;
  const { row } = props;
  const ids = improvementNodeIds(row);
  return (
    <div class="jc-row">
      <div class="jc-rank">
        <span class="jc-sr">{ti.rank}</span>
        {row.rank}
      </div>
      <div class="jc-row-text">
        <div>
          {row.kind === 'needs-idea' && <span class="jc-badge jc-badge-muted">{ti.needsIdea}</span>} <span lang={props.reportLang}>{row.text}</span>
          {row.quickWin && <span class="jc-badge">★ {ti.quickWin}</span>}
        </div>
        <div class="jc-meta">
          <span title={ti.scoreHelp}>
            {ti.score} {row.score.toFixed(1)}
          </span>
          {row.effort !== null && ` · ${ti.effort} ${ti.effortLevel[row.effort]}`}
        </div>
        {row.why !== '' && (
          <div class="jc-meta jc-why" lang={props.reportLang}>
            {row.why}
          </div>
        )}
      </div>
      {ids.length > 0 && (
        <Button secondary onClick={() => props.onShow(ids)} aria-label={`${t.actions.showOnBoard}: ${row.text}`}>
          {t.actions.showOnBoard}
        </Button>
      )}
    </div>
  );
}
