/**
 * The typed message protocol between the plugin sandbox (src/main.ts) and the panel (ui/).
 * Both sides send only through `SandboxToUi` / `UiToSandbox` and validate on receipt with
 * `parseSandboxToUi` / `parseUiToSandbox`: anything unknown or malformed is dropped (and
 * logged by the caller), never acted on.
 */
import * as v from 'valibot';
import type { Report } from './report/types';
import type { Lang } from './domain';
import type { BoardSettings } from './settings';

/** Personal preferences (figma.clientStorage), not shared with the board. */
export interface Preferences {
  live: boolean;
  csvSeparator: ',' | ';';
  /** UI language; null = follow the board. */
  uiLang: Lang | null;
}

export const DEFAULT_PREFERENCES: Preferences = { live: true, csvSeparator: ';', uiLang: null };

export interface WriteSummary {
  markers: number;
  recoloured: number;
  curvePoints: number;
  improvementRows: number;
  created: number;
  updated: number;
  removed: number;
  skipped: { nodeId: string; reason: string }[];
}

export type UiToSandbox =
  | { type: 'ready' }
  | { type: 'analyse' }
  | { type: 'check' }
  | { type: 'restore' }
  | { type: 'clear' }
  | { type: 'template'; lang: Lang }
  | { type: 'show-nodes'; nodeIds: string[] }
  | { type: 'set-live'; live: boolean }
  | { type: 'save-board-settings'; settings: BoardSettings }
  | { type: 'save-preferences'; preferences: Preferences }
  | { type: 'resize'; width: number; height: number };

export type SandboxToUi =
  | { type: 'init'; settings: BoardSettings; preferences: Preferences; editorLang: Lang }
  | { type: 'report'; report: Report; live: boolean; elapsedMs: number }
  | { type: 'written'; summary: WriteSummary; message: string }
  | { type: 'notice'; level: 'info' | 'error'; message: string }
  | { type: 'zoomed'; nodeIds: string[]; missing: string[] };

const LangSchema = v.picklist(['nl', 'en']);
const StringArray = v.array(v.string());
const Bool = v.boolean();

const WriteBackSchema = v.object({ markers: Bool, colours: Bool, curve: Bool, improvements: Bool });
export const BoardSettingsSchema = v.object({
  lang: v.nullable(LangSchema),
  extraStageNames: v.record(
    v.picklist(['orientation', 'consideration', 'purchase', 'use', 'aftersales']),
    v.optional(StringArray),
  ),
  extraChannelNames: v.record(v.string(), StringArray),
  writeBack: WriteBackSchema,
});
export const PreferencesSchema = v.object({
  live: Bool,
  csvSeparator: v.picklist([',', ';']),
  uiLang: v.nullable(LangSchema),
});

const UiToSandboxSchema = v.variant('type', [
  v.object({ type: v.literal('ready') }),
  v.object({ type: v.literal('analyse') }),
  v.object({ type: v.literal('check') }),
  v.object({ type: v.literal('restore') }),
  v.object({ type: v.literal('clear') }),
  v.object({ type: v.literal('template'), lang: LangSchema }),
  v.object({ type: v.literal('show-nodes'), nodeIds: v.pipe(StringArray, v.maxLength(10_000)) }),
  v.object({ type: v.literal('set-live'), live: Bool }),
  v.object({ type: v.literal('save-board-settings'), settings: BoardSettingsSchema }),
  v.object({ type: v.literal('save-preferences'), preferences: PreferencesSchema }),
  v.object({
    type: v.literal('resize'),
    width: v.pipe(v.number(), v.minValue(200), v.maxValue(1600)),
    height: v.pipe(v.number(), v.minValue(200), v.maxValue(1600)),
  }),
]);

const SentimentSchema = v.object({
  score: v.number(),
  polarity: v.picklist([-1, 0, 1]),
  emotion: v.nullable(v.string()),
  source: v.picklist(['tag', 'emoji', 'words', 'none']),
});
const NamedRef = v.nullable(v.looseObject({ id: v.string(), name: v.string() }));
// The report is checked deeply enough that the panel can render it without guarding every
// field; unknown extra fields are allowed (looseObject) so additions do not break old panels.
const ReportSchema = v.looseObject({
  version: v.literal(1),
  board: v.looseObject({ name: v.string() }),
  lang: LangSchema,
  journeys: v.array(
    v.looseObject({
      id: v.string(),
      name: v.string(),
      phases: v.array(
        v.looseObject({
          id: v.string(),
          name: v.string(),
          stage: v.nullable(v.string()),
          meanScore: v.nullable(v.number()),
          touchpoints: v.array(
            v.looseObject({
              nodeId: v.string(),
              text: v.string(),
              channel: v.nullable(v.looseObject({ name: v.string() })),
              sentiment: SentimentSchema,
              votes: v.number(),
            }),
          ),
        }),
      ),
      channels: v.array(v.looseObject({ name: v.string() })),
      personas: v.array(v.looseObject({ name: v.string() })),
      emotionCurve: v.array(
        v.looseObject({ phaseId: v.string(), phaseName: v.string(), score: v.nullable(v.number()) }),
      ),
    }),
  ),
  findings: v.array(
    v.looseObject({
      rule: v.string(),
      severity: v.picklist(['error', 'warning', 'info']),
      message: v.string(),
      journey: NamedRef,
      phase: NamedRef,
      nodeIds: StringArray,
    }),
  ),
  improvements: v.array(
    v.looseObject({
      rank: v.number(),
      text: v.string(),
      nodeId: v.nullable(v.string()),
      score: v.number(),
      votes: v.number(),
      quickWin: Bool,
      why: v.string(),
    }),
  ),
  summary: v.looseObject({ touchpoints: v.number() }),
});

const WriteSummarySchema = v.looseObject({
  markers: v.number(),
  recoloured: v.number(),
  curvePoints: v.number(),
  improvementRows: v.number(),
  created: v.number(),
  updated: v.number(),
  removed: v.number(),
  skipped: v.array(v.object({ nodeId: v.string(), reason: v.string() })),
});

const SandboxToUiSchema = v.variant('type', [
  v.object({ type: v.literal('init'), settings: BoardSettingsSchema, preferences: PreferencesSchema, editorLang: LangSchema }),
  v.object({ type: v.literal('report'), report: ReportSchema, live: Bool, elapsedMs: v.number() }),
  v.object({ type: v.literal('written'), summary: WriteSummarySchema, message: v.string() }),
  v.object({ type: v.literal('notice'), level: v.picklist(['info', 'error']), message: v.string() }),
  v.object({ type: v.literal('zoomed'), nodeIds: StringArray, missing: StringArray }),
]);

/** A message from the panel, or null when it is not one we know (caller logs and ignores it). */
export function parseUiToSandbox(raw: unknown): UiToSandbox | null {
  const result = v.safeParse(UiToSandboxSchema, raw);
  return result.success ? (result.output as UiToSandbox) : null;
}

/** A message from the sandbox, or null when it is not one we know. */
export function parseSandboxToUi(raw: unknown): SandboxToUi | null {
  const result = v.safeParse(SandboxToUiSchema, raw);
  // The schema checks the shape the panel relies on; the static type is the full contract.
  return result.success ? (result.output as unknown as SandboxToUi) : null;
}
