/**
 * Settings that belong to a board (stored in the document so every participant gets the same
 * result) and options of one analysis run.
 */

import type { Lang, StageId } from './domain';

// Settings name languages and stages; importers of the settings find them here too.
export { STAGE_IDS, type Lang, type StageId } from './domain';

export interface BoardSettings {
  /** Forced report language; null = detect from the board's words. */
  lang: Lang | null;
  /** Extra phase names per stage, e.g. { purchase: ['Afrekenen'] }. */
  extraStageNames: Partial<Record<StageId, string[]>>;
  /** Extra channel names: canonical channel id or a new name → aliases. */
  extraChannelNames: Record<string, string[]>;
  /** Which write-backs the plugin performs. */
  writeBack: WriteBackChoices;
}

export interface WriteBackChoices {
  markers: boolean;
  colours: boolean;
  curve: boolean;
  improvements: boolean;
}

export const DEFAULT_WRITE_BACK: WriteBackChoices = {
  markers: true,
  colours: true,
  curve: true,
  improvements: true,
};

export const DEFAULT_BOARD_SETTINGS: BoardSettings = {
  lang: null,
  extraStageNames: {},
  extraChannelNames: {},
  writeBack: DEFAULT_WRITE_BACK,
};

export interface AnalyseOptions {
  /** Overrides the board's language (CLI --lang, panel setting). */
  lang?: Lang;
  settings?: BoardSettings;
  /** Restrict the report to these journey ids (selection scoping in the plugin). */
  journeyIds?: string[];
}
