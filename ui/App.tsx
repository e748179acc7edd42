/**
 * The Journey Check panel: shows the engine's report as sent by the sandbox and asks the
 * sandbox to act. It computes no findings of its own.
 *
 * Layout: a fixed header (summary, actions, the notice and the tabs), the active view in a
 * scrolling <main>, and the export footer below it. The view scrolls on its own, so nothing in
 * it can ever cover the footer or push the notice out of sight.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { Button, Toggle } from './kit';
import type { Preferences, WriteAction } from '../src/messages';
import type { BoardSettings } from '../src/settings';
import { stringsFor } from '../src/i18n';
import type { Bridge } from './bridge';
import { availableExports, buildExport, downloadFile, SUMMARY_KINDS, type ExportKind, type ReportRenderers } from './exportFile';
import { StringsContext, useStrings } from './i18n';
import { wordNotice, type WordedNotice } from './notices';
import { initialState, panelLang, panelReducer, type Notice, type PanelState, type Status } from './state';
import { checkTimeFormat, historyOf } from './progress';
import { TabPanel, tabId, Tabs } from './Tabs';
import { CompletenessView } from './views/CompletenessView';
import { CoverageView } from './views/CoverageView';
import { CurveView } from './views/CurveView';
import { FindingsView } from './views/FindingsView';
import { ImprovementsView } from './views/ImprovementsView';
import { ProgressView } from './views/ProgressView';
import { SettingsView } from './views/SettingsView';
import { ResizeGrip } from './ResizeGrip';

type TabId = 'coverage' | 'curve' | 'findings' | 'improvements' | 'progress' | 'settings';
const TAB_IDS: TabId[] = ['coverage', 'curve', 'findings', 'improvements', 'progress', 'settings'];

export interface AppProps {
  bridge: Bridge;
  renderers: ReportRenderers;
  /** Saves a file; the browser download by default, replaceable in tests. */
  download?: typeof downloadFile;
  initialState?: PanelState;
}

export function App(props: AppProps) {
  const { bridge } = props;
  const [state, dispatch] = useReducer(panelReducer, props.initialState ?? initialState());
  const [tab, setTab] = useState<TabId>('coverage');
  const [confirmingClear, setConfirmingClear] = useState(false);
  const lang = panelLang(state);
  const strings = stringsFor(lang).ui;
  // The busy flag as of this moment, so a double click cannot start an action twice before a re-render.
  const busyRef = useRef(state.busy);
  busyRef.current = state.busy;
  const clearButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const off = bridge.onMessage((msg) => dispatch({ type: 'message', msg }));
    bridge.send({ type: 'ready' });
    return off;
  }, [bridge]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = strings.title;
  }, [lang, strings]);

  const write = useCallback(
    (action: WriteAction, send: () => void): void => {
      if (busyRef.current !== null) return;
      busyRef.current = action;
      dispatch({ type: 'busy', action });
      send();
    },
    [],
  );
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
      write('save-board-settings', () => {
        dispatch({ type: 'settings', settings });
        bridge.send({ type: 'save-board-settings', settings });
      });
    },
    [bridge, write],
  );
  const showProgress = useCallback(() => {
    setTab('progress');
    document.getElementById(tabId('progress'))?.focus();
  }, []);
  const exportAs = (kind: ExportKind): void => {
    if (state.report === null) return;
    try {
      // The summary is in the report's language, its times too; the history is the session's timeline.
      const timeline = state.progress?.timeline ?? [];
      const reportLang = state.report.lang;
      const summary = {
        writtenAt: new Intl.DateTimeFormat(reportLang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.now()),
        history: historyOf(timeline),
        sinceFirst: state.progress?.sinceFirst ?? null,
        formatTime: checkTimeFormat(timeline.map((c) => c.time), reportLang),
      };
      const file = buildExport(kind, state.report, state.preferences, props.renderers, summary);
      (props.download ?? downloadFile)(file);
      dispatch({ type: 'status', status: { kind: 'exported', filename: file.filename } });
    } catch (error) {
      // A renderer bug must not take the panel down; say what failed.
      dispatch({ type: 'notice', notice: { kind: 'export-failed', message: error instanceof Error ? error.message : String(error) } });
    }
  };

  const report = state.report;
  const busy = state.busy !== null;
  function view(id: TabId): ComponentChildren {
    if (id === 'settings') {
      return (
        <SettingsView
          settings={state.settings}
          preferences={state.preferences}
          busy={busy}
          onSaveBoard={saveBoard}
          onPreferences={setPreferences}
        />
      );
    }
    if (report === null) return <p class="jc-view jc-muted">{strings.waiting}</p>;
    if (id === 'progress') return <ProgressView progress={state.progress} reportLang={report.lang} panelLang={lang} />;
    if (report.journeys.length === 0 && (id === 'coverage' || id === 'curve')) return <p class="jc-view jc-muted">{strings.emptyBoard}</p>;
    switch (id) {
      case 'coverage':
        return <CoverageView journeys={report.journeys} onShow={showNodes} />;
      case 'curve':
        return <CurveView journeys={report.journeys} />;
      case 'findings':
        return <FindingsView findings={report.findings} reportLang={report.lang} panelLang={lang} onShow={showNodes} />;
      case 'improvements':
        return (
          <ImprovementsView
            improvements={report.improvements}
            journeys={report.journeys}
            reportLang={report.lang}
            panelLang={lang}
            onShow={showNodes}
          />
        );
    }
  }

  const summaryText =
    report === null ? strings.waiting : strings.summary(report.summary.journeys, report.summary.touchpoints, report.summary.errors, report.summary.warnings);
  return (
    <StringsContext.Provider value={strings}>
      <div class="jc-panel" lang={lang}>
        <header class="jc-header">
          <h1 class="jc-sr">{strings.title}</h1>
          <div class="jc-topline">
            <div
              class="jc-summary"
              data-testid="summary"
              title={state.elapsedMs === null ? undefined : strings.status.refreshed(Math.round(state.elapsedMs))}
            >
              {summaryText}
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
          </div>
          <div class="jc-actions" aria-busy={busy ? 'true' : 'false'}>
            <Button disabled={busy} onClick={() => write('check', () => bridge.send({ type: 'check' }))}>
              {strings.actions.check}
            </Button>
            <Button secondary disabled={busy} onClick={() => write('restore', () => bridge.send({ type: 'restore' }))}>
              {strings.actions.restore}
            </Button>
            <Button ref={clearButton} secondary disabled={busy} onClick={() => setConfirmingClear(true)} title={strings.actions.clearHint}>
              {strings.actions.clear}
            </Button>
            <Button secondary disabled={busy} onClick={() => write('template', () => bridge.send({ type: 'template', lang }))}>
              {strings.actions.template}
            </Button>
          </div>
          {confirmingClear && (
            <ClearConfirm
              onConfirm={() => {
                setConfirmingClear(false);
                write('clear', () => bridge.send({ type: 'clear' }));
              }}
              onCancel={() => {
                setConfirmingClear(false);
                clearButton.current?.focus();
              }}
            />
          )}
          <Feedback
            busy={state.busy}
            notice={state.notice}
            status={state.status}
            summary={report === null ? null : summaryText}
            change={state.progress === null ? undefined : state.progress.sentence}
            onDismiss={() => dispatch({ type: 'notice', notice: null })}
          />
          {report !== null && (
            <CompletenessView journeys={report.journeys} reportLang={report.lang} sentence={state.progress?.sentence ?? null} onDetails={showProgress} />
          )}
          <nav class="jc-tabs" aria-label={strings.tabsLabel}>
            <Tabs ids={TAB_IDS} labels={strings.tabs} value={tab} onChange={setTab} label={strings.tabsLabel} />
          </nav>
        </header>
        <main class="jc-main">
          <TabPanel id={tab}>{view(tab)}</TabPanel>
        </main>
        <footer class="jc-export" aria-label={strings.export.title}>
          <div class="jc-export-group">
            <span class="jc-label">{strings.export.title}</span>
            {availableExports(props.renderers)
              .filter((kind) => !SUMMARY_KINDS.includes(kind))
              .map((kind) => (
                <Button key={kind} secondary disabled={report === null} onClick={() => exportAs(kind)}>
                  {strings.export[kind]}
                </Button>
              ))}
          </div>
          {availableExports(props.renderers).some((kind) => SUMMARY_KINDS.includes(kind)) && (
            <div class="jc-export-group" role="group" aria-label={strings.export.summary} title={strings.export.summaryHint}>
              <span class="jc-label" aria-hidden="true">{strings.export.summary}</span>
              {availableExports(props.renderers)
                .filter((kind) => SUMMARY_KINDS.includes(kind))
                .map((kind) => (
                  <Button key={kind} secondary disabled={report === null} onClick={() => exportAs(kind)} aria-label={`${strings.export.summary} ${strings.export[kind]}`}>
                    {strings.export[kind]}
                  </Button>
                ))}
            </div>
          )}
        </footer>
        <ResizeGrip send={bridge.send} label={strings.resize} />
      </div>
    </StringsContext.Provider>
  );
}

/** "Clear" asks first, saying what it removes; focus goes to Cancel (the safe choice), Escape cancels. */
function ClearConfirm(props: { onConfirm: () => void; onCancel: () => void }) {
  const t = useStrings();
  const cancel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    cancel.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div
      class="jc-confirm"
      role="group"
      aria-labelledby="jc-clear-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <p id="jc-clear-question">{t.clearConfirm.question}</p>
      <div class="jc-confirm-buttons">
        <Button danger onClick={props.onConfirm}>
          {t.clearConfirm.confirm}
        </Button>
        <div ref={cancel}>
          <Button secondary onClick={props.onCancel}>
            {t.clearConfirm.cancel}
          </Button>
        </div>
      </div>
    </div>
  );
}

/**
 * What is going on, in the header so it stays in sight: the running action, the last notice
 * (dismissible), and polite announcements — the outcome of a look-up or export, and the summary
 * only when a live update changed it (not on every report).
 */
function Feedback(props: {
  busy: WriteAction | null;
  notice: Notice | null;
  status: Status;
  summary: string | null;
  /** What the last check changed; undefined until the sandbox has told the board's progress. */
  change: string | null | undefined;
  onDismiss: () => void;
}) {
  const t = useStrings();
  const [announced, setAnnounced] = useState('');
  const lastSummary = useRef<string | null>(null);
  const [changeAnnounced, setChangeAnnounced] = useState('');
  const lastChange = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    // What a check changed is news; what the board had changed before the panel opened is not.
    if (props.change !== null && props.change !== undefined && lastChange.current !== undefined && props.change !== lastChange.current) setChangeAnnounced(`${t.progress.since} ${props.change}`);
    lastChange.current = props.change;
  }, [props.change, t]);
  useEffect(() => {
    if (props.summary !== null && lastSummary.current !== null && props.summary !== lastSummary.current) setAnnounced(props.summary);
    lastSummary.current = props.summary;
  }, [props.summary]);
  useEffect(() => {
    const s = props.status;
    if (s.kind === 'zoomed') setAnnounced(t.status.zoomed(s.shown, s.missing));
    else if (s.kind === 'exported') setAnnounced(t.export.done(s.filename));
  }, [props.status, t]);
  const worded = props.notice === null ? null : wordNotice(props.notice, t);
  return (
    <div class="jc-feedback">
      {/* An empty region holds no text node at all: Preact re-sets an empty one on every render, a mutation for nothing. */}
      <div class="jc-sr" role="status" data-testid="announce">
        {announced === '' ? null : announced}
      </div>
      {/* Its own region: the report that follows a check would otherwise replace it before it is read. */}
      <div class="jc-sr" role="status" data-testid="announce-change">
        {changeAnnounced === '' ? null : changeAnnounced}
      </div>
      {props.busy !== null && (
        <p class="jc-busy" data-testid="busy">
          <span class="jc-spinner" aria-hidden="true" /> {t.busy[props.busy]}
        </p>
      )}
      {props.status.kind !== 'none' && (
        <p class="jc-status" data-testid="status">
          {props.status.kind === 'zoomed' ? t.status.zoomed(props.status.shown, props.status.missing) : t.export.done(props.status.filename)}
        </p>
      )}
      {/* Live regions present from the start, so screen readers announce what appears in them: errors assertively. */}
      <div role="alert" class="jc-alert-host">
        {worded?.level === 'error' && <NoticeBox worded={worded} onDismiss={props.onDismiss} />}
      </div>
      <div role="status" class="jc-alert-host">
        {worded?.level === 'info' && <NoticeBox worded={worded} onDismiss={props.onDismiss} />}
      </div>
    </div>
  );
}

function NoticeBox(props: { worded: WordedNotice; onDismiss: () => void }) {
  const t = useStrings();
  const { worded } = props;
  return (
    <div class={worded.level === 'error' ? 'jc-notice jc-notice-error' : 'jc-notice'} data-testid="notice">
      <div class="jc-notice-text">
        <p>{worded.text}</p>
        {worded.detail !== null && (
          <details>
            <summary>{t.notices.detail}</summary>
            <p class="jc-detail">{worded.detail}</p>
          </details>
        )}
      </div>
      <button type="button" class="jc-dismiss" onClick={props.onDismiss} aria-label={t.notices.dismiss} title={t.notices.dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
