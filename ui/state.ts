/** The panel's state, changed only by sandbox messages and the user's own choices. */
import type { Preferences, SandboxToUi, WriteSummary } from '../src/messages';
import { DEFAULT_PREFERENCES } from '../src/messages';
import type { Report } from '../src/report/types';
import type { Lang } from '../src/domain';
import type { BoardSettings } from '../src/settings';
import { DEFAULT_BOARD_SETTINGS } from '../src/settings';
import { shareUnchanged } from './shareUnchanged';

export type Status =
  | { kind: 'none' }
  | { kind: 'notice'; level: 'info' | 'error'; message: string }
  | { kind: 'written'; message: string; summary: WriteSummary }
  | { kind: 'zoomed'; shown: number; missing: number }
  | { kind: 'exported'; filename: string };

export interface PanelState {
  settings: BoardSettings;
  preferences: Preferences;
  editorLang: Lang;
  report: Report | null;
  elapsedMs: number | null;
  status: Status;
}

export const INITIAL_STATE: PanelState = {
  settings: DEFAULT_BOARD_SETTINGS,
  preferences: DEFAULT_PREFERENCES,
  editorLang: 'en',
  report: null,
  elapsedMs: null,
  status: { kind: 'none' },
};

export type PanelAction =
  | { type: 'message'; msg: SandboxToUi }
  | { type: 'preferences'; preferences: Preferences }
  | { type: 'settings'; settings: BoardSettings }
  | { type: 'status'; status: Status };

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'preferences':
      return { ...state, preferences: action.preferences };
    case 'settings':
      return { ...state, settings: action.settings };
    case 'status':
      return { ...state, status: action.status };
    case 'message':
      return applyMessage(state, action.msg);
  }
}

function applyMessage(state: PanelState, msg: SandboxToUi): PanelState {
  switch (msg.type) {
    case 'init':
      return { ...state, settings: msg.settings, preferences: msg.preferences, editorLang: msg.editorLang };
    case 'report':
      // A live report replaces the view in place; unchanged parts keep their identity.
      return { ...state, report: shareUnchanged(state.report, msg.report), elapsedMs: msg.elapsedMs };
    case 'written':
      return { ...state, status: { kind: 'written', message: msg.message, summary: msg.summary } };
    case 'notice':
      return { ...state, status: { kind: 'notice', level: msg.level, message: msg.message } };
    case 'zoomed':
      return { ...state, status: { kind: 'zoomed', shown: msg.nodeIds.length, missing: msg.missing.length } };
  }
}

/** Panel language: the personal choice, else the board's forced language, else the report's, else the editor's. */
export function panelLang(state: PanelState): Lang {
  return state.preferences.uiLang ?? state.settings.lang ?? state.report?.lang ?? state.editorLang;
}
