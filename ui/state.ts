/** The panel's state, changed only by sandbox messages and the user's own choices. */
import type { NoticeCode, Preferences, SandboxToUi, WriteAction, WriteSummary } from '../src/messages';
import { DEFAULT_PREFERENCES } from '../src/messages';
import type { Report } from '../src/report/types';
import type { Lang } from '../src/domain';
import type { BoardSettings } from '../src/settings';
import { DEFAULT_BOARD_SETTINGS } from '../src/settings';
import { shareUnchanged } from './shareUnchanged';

/**
 * A message the facilitator should read, kept as data and worded when shown (ui/notices.ts),
 * so a change of panel language re-words it. Stays until dismissed or replaced; an error also
 * goes when the next good report arrives.
 */
export type Notice =
  | { kind: 'sandbox'; level: 'info' | 'error'; code: NoticeCode | null; message: string; params: Record<string, string | number> }
  | { kind: 'written'; summary: WriteSummary; action: 'check' | 'restore' | 'clear' | null }
  | { kind: 'export-failed'; message: string };

/** A short outcome of the user's last look-up or export, announced politely. */
export type Status = { kind: 'none' } | { kind: 'zoomed'; shown: number; missing: number } | { kind: 'exported'; filename: string };

export interface PanelState {
  settings: BoardSettings;
  preferences: Preferences;
  editorLang: Lang;
  report: Report | null;
  elapsedMs: number | null;
  status: Status;
  notice: Notice | null;
  /** A writing action in progress (started by this panel or reported by the sandbox), else null. */
  busy: WriteAction | null;
  /** The board's progress over the session (history of checks, what the last check changed), once told. */
  progress: Extract<SandboxToUi, { type: 'progress' }> | null;
}

/** The language to read the board in before the sandbox says: the browser's, as Figma's own UI does. */
export function guessLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function initialState(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): PanelState {
  return {
    settings: DEFAULT_BOARD_SETTINGS,
    preferences: DEFAULT_PREFERENCES,
    editorLang: guessLang(languages),
    report: null,
    elapsedMs: null,
    status: { kind: 'none' },
    notice: null,
    busy: null,
    progress: null,
  };
}

export const INITIAL_STATE: PanelState = initialState([]);

export type PanelAction =
  | { type: 'message'; msg: SandboxToUi }
  | { type: 'preferences'; preferences: Preferences }
  | { type: 'settings'; settings: BoardSettings }
  | { type: 'status'; status: Status }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'busy'; action: WriteAction };

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'preferences':
      return { ...state, preferences: action.preferences };
    case 'settings':
      return { ...state, settings: action.settings };
    case 'status':
      return { ...state, status: action.status };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'busy':
      // A new action starts: the last outcome is no longer news.
      return { ...state, busy: action.action, notice: null, status: { kind: 'none' } };
    case 'message':
      return applyMessage(state, action.msg);
  }
}

function applyMessage(state: PanelState, msg: SandboxToUi): PanelState {
  switch (msg.type) {
    case 'init':
      return { ...state, settings: msg.settings, preferences: msg.preferences, editorLang: msg.editorLang };
    case 'report': {
      // A live report replaces the view in place; unchanged parts keep their identity.
      // A good report means an earlier failure is over: its notice goes.
      const notice = state.notice?.kind === 'sandbox' && state.notice.level === 'error' ? null : state.notice;
      return { ...state, report: shareUnchanged(state.report, msg.report), elapsedMs: msg.elapsedMs, notice };
    }
    case 'written':
      return { ...state, busy: null, notice: { kind: 'written', summary: msg.summary, action: msg.action ?? null } };
    case 'notice':
      return {
        ...state,
        busy: null,
        notice: { kind: 'sandbox', level: msg.level, code: msg.code ?? null, message: msg.message, params: msg.params ?? {} },
      };
    case 'busy':
      return { ...state, busy: msg.action };
    case 'zoomed':
      return { ...state, status: { kind: 'zoomed', shown: msg.nodeIds.length, missing: msg.missing.length } };
    case 'progress':
      return { ...state, progress: msg };
  }
}

/** Panel language: the personal choice, else the board's forced language, else the report's, else the editor's. */
export function panelLang(state: PanelState): Lang {
  return state.preferences.uiLang ?? state.settings.lang ?? state.report?.lang ?? state.editorLang;
}
