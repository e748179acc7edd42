/**
 * The Journey Check panel: shows the engine's report as sent by the sandbox and asks the
 * sandbox to act. It computes no findings of its own.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useReducer, useState } from 'preact/hooks';
import { Button, Tabs, Toggle } from '@create-figma-plugin/ui';
import type { Preferences } from '../src/messages';
import type { BoardSettings } from '../src/settings';
import { stringsFor } from '../src/i18n';
import type { Bridge } from './bridge';
import { availableExports, buildExport, downloadFile, type ExportKind, type ReportRenderers } from './exportFile';
import { StringsContext, useStrings } from './i18n';
import { INITIAL_STATE, panelLang, panelReducer, type PanelState, type Status } from './state';
import { CoverageView } from './views/CoverageView';
import { CurveView } from './views/CurveView';
import { FindingsView } from './views/FindingsView';
import { ImprovementsView } from './views/ImprovementsView';
import { SettingsView } from './views/SettingsView';
import { ResizeGrip } from './ResizeGrip';

type TabId = 'coverage' | 'curve' | 'findings' | 'improvements' | 'settings';
const TAB_IDS: TabId[] = ['coverage', 'curve', 'findings', 'improvements', 'settings'];

export interface AppProps {
  bridge: Bridge;
  renderers: ReportRenderers;
  /** Saves a file; the browser download by default, replaceable in tests. */
  download?: typeof downloadFile;
  initialState?: PanelState;
}

export function App(props: AppProps) {
  const { bridge } = props;
  const [state, dispatch] = useReducer(panelReducer, props.initialState ?? INITIAL_STATE);
  const [tab, setTab] = useState<TabId>('coverage');
  const lang = panelLang(state);
  const strings = stringsFor(lang).ui;

  useEffect(() => {
    const off = bridge.onMessage((msg) => dispatch({ type: 'message', msg }));
    bridge.send({ type: 'ready' });
    return off;
  }, [bridge]);

  // Stable callbacks, so memoised views are not re-rendered just because the parent was.
  const showNodes = useCallback((nodeIds: string[]) => bridge.send({ type: 'show-nodes', nodeIds }), [bridge]);
  const setPreferences = useCallback(
    (preferences: Preferences) => {
      if (preferences.live !== state.preferences.live) bridge.send({ type: 'set-live', live: preferences.live });
      dispatch({ type: 'preferences', preferences });
      bridge.send({ type: 'save-preferences', preferences });
    },
    [bridge, state.preferences.live],
  );
  const saveBoard = useCallback(
    (settings: BoardSettings) => {
      dispatch({ type: 'settings', settings });
      bridge.send({ type: 'save-board-settings', settings });
      dispatch({ type: 'status', status: { kind: 'notice', level: 'info', message: strings.settings.saved } });
    },
    [bridge, strings],
  );
  const exportAs = (kind: ExportKind): void => {
    if (state.report === null) return;
    try {
      const file = buildExport(kind, state.report, state.preferences, props.renderers);
      (props.download ?? downloadFile)(file);
      dispatch({ type: 'status', status: { kind: 'exported', filename: file.filename } });
    } catch (error) {
      // A renderer bug must not take the panel down; say what failed in one line.
      const message = error instanceof Error ? error.message : String(error);
      dispatch({ type: 'status', status: { kind: 'notice', level: 'error', message: `${strings.export.title}: ${message}` } });
    }
  };

  const report = state.report;
  const views: Record<TabId, () => ComponentChildren> = {
    coverage: () => report && <CoverageView journeys={report.journeys} onShow={showNodes} />,
    curve: () => report && <CurveView journeys={report.journeys} />,
    findings: () => report && <FindingsView findings={report.findings} onShow={showNodes} />,
    improvements: () => report && <ImprovementsView improvements={report.improvements} onShow={showNodes} />,
    settings: () => (
      <SettingsView settings={state.settings} preferences={state.preferences} onSaveBoard={saveBoard} onPreferences={setPreferences} />
    ),
  };
  // The Tabs component shows each option's value as its label, so the label is the value.
  // Only the active tab's view is rendered by Tabs; building the others' vnodes costs nothing.
  const tabOptions = TAB_IDS.map((id) => ({ value: strings.tabs[id], children: tabContent(id) }));
  function tabContent(id: TabId): ComponentChildren {
    if (id === 'settings') return views.settings();
    if (report === null) return <p class="jc-view jc-muted">{strings.waiting}</p>;
    if (report.journeys.length === 0 && (id === 'coverage' || id === 'curve')) return <p class="jc-view jc-muted">{strings.emptyBoard}</p>;
    return views[id]();
  }

  return (
    <StringsContext.Provider value={strings}>
      <div class="jc-panel" lang={lang}>
        <header class="jc-header">
          <div class="jc-summary" data-testid="summary" aria-live="polite">
            {report === null
              ? strings.waiting
              : strings.summary(report.summary.journeys, report.summary.touchpoints, report.summary.errors, report.summary.warnings)}
          </div>
          <div title={state.preferences.live ? strings.live.on : strings.live.off}>
            <Toggle value={state.preferences.live} onValueChange={(live) => setPreferences({ ...state.preferences, live })}>
              {strings.live.label}
            </Toggle>
          </div>
          {!state.preferences.live && (
            <Button secondary onClick={() => bridge.send({ type: 'analyse' })}>
              {strings.actions.refresh}
            </Button>
          )}
        </header>
        <div class="jc-actions">
          <Button onClick={() => bridge.send({ type: 'check' })}>{strings.actions.check}</Button>
          <Button secondary onClick={() => bridge.send({ type: 'restore' })}>
            {strings.actions.restore}
          </Button>
          <Button secondary onClick={() => bridge.send({ type: 'clear' })}>
            {strings.actions.clear}
          </Button>
          <Button secondary onClick={() => bridge.send({ type: 'template', lang })}>
            {strings.actions.template}
          </Button>
        </div>
        <StatusLine status={state.status} elapsedMs={state.elapsedMs} />
        <nav class="jc-tabs">
          <Tabs
            options={tabOptions}
            value={strings.tabs[tab]}
            onValueChange={(label) => setTab(TAB_IDS.find((id) => strings.tabs[id] === label) ?? 'coverage')}
          />
        </nav>
        <footer class="jc-export" role="group" aria-label={strings.export.title}>
          <span class="jc-label">{strings.export.title}</span>
          {availableExports(props.renderers).map((kind) => (
            <Button key={kind} secondary disabled={report === null} onClick={() => exportAs(kind)}>
              {strings.export[kind]}
            </Button>
          ))}
        </footer>
        <ResizeGrip send={bridge.send} label={strings.resize} />
      </div>
    </StringsContext.Provider>
  );
}

function StatusLine(props: { status: Status; elapsedMs: number | null }) {
  const t = useStrings();
  const s = props.status;
  const text =
    s.kind === 'notice'
      ? s.message
      : s.kind === 'written'
        ? s.message || t.status.written
      : s.kind === 'zoomed'
        ? t.status.zoomed(s.shown, s.missing)
        : s.kind === 'exported'
          ? t.export.done(s.filename)
          : props.elapsedMs === null
            ? ''
            : t.status.refreshed(Math.round(props.elapsedMs));
  const error = s.kind === 'notice' && s.level === 'error';
  return (
    <div class={error ? 'jc-status jc-status-error' : 'jc-status'} role={error ? 'alert' : 'status'} data-testid="status">
      {text}
    </div>
  );
}
