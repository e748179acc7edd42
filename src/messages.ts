/**
 * The typed message protocol between the plugin sandbox (src/main.ts) and the panel (ui/).
 * Each message type is inferred from its valibot schema, so the schema that checks a message on
 * receipt and the type both sides send are one definition. Both sides send only through
 * `SandboxToUi` / `UiToSandbox` and validate on receipt with `parseSandboxToUi` /
 * `parseUiToSandbox`: anything unknown or malformed is dropped (and logged by the caller), never
 * acted on. Unknown extra fields are stripped on receipt, so an addition never breaks a reader.
 */
import * as v from 'valibot';
import {
  CHANNEL_KINDS,
  EMOTIONS,
  FEELING_TONES,
  LANE_KINDS,
  LANGS,
  LEVELS,
  POLARITIES,
  RULE_IDS,
  SENTIMENT_SOURCES,
  SEVERITIES,
  STAGE_IDS,
  STICKY_ROLES,
} from './domain';
import type { Report } from './report/types';
import type { BoardSettings } from './settings';
import { CompactFindingSchema } from './progress/lastFindings';

const LangSchema = v.picklist(LANGS);
const StringArray = v.array(v.string());
const Bool = v.boolean();
const Count = v.number();

const WriteBackSchema = v.object({ markers: Bool, colours: Bool, curve: Bool, improvements: Bool });
export const BoardSettingsSchema = v.object({
  lang: v.nullable(LangSchema),
  extraStageNames: v.record(v.picklist(STAGE_IDS), v.optional(StringArray)),
  extraChannelNames: v.record(v.string(), StringArray),
  writeBack: WriteBackSchema,
});

export const PreferencesSchema = v.object({
  live: Bool,
  csvSeparator: v.picklist([',', ';']),
  /** UI language; null = follow the board. */
  uiLang: v.nullable(LangSchema),
});
/** Personal preferences (figma.clientStorage), not shared with the board. */
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { live: true, csvSeparator: ';', uiLang: null };

const WriteSummarySchema = v.object({
  markers: Count,
  recoloured: Count,
  curvePoints: Count,
  improvementRows: Count,
  created: Count,
  updated: Count,
  removed: Count,
  skipped: v.array(v.object({ nodeId: v.string(), reason: v.string() })),
});
/** What one write to the board did. */
export type WriteSummary = v.InferOutput<typeof WriteSummarySchema>;

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
export type UiToSandbox = v.InferOutput<typeof UiToSandboxSchema>;

// The whole report, field by field: the panel renders it without guarding any field. Checked
// against the contract type below, so a field added to Report must be added here too.
const Id = v.string();
const NullableString = v.nullable(v.string());
const NamedRef = v.nullable(v.object({ id: Id, name: v.string() }));
const PhaseRef = v.object({ phaseId: Id, phaseName: v.string() });
const SentimentSchema = v.object({
  score: v.number(),
  polarity: v.picklist(POLARITIES),
  emotion: v.nullable(v.picklist(EMOTIONS)),
  source: v.picklist(SENTIMENT_SOURCES),
});
const ChannelRefSchema = v.object({ name: v.string(), id: NullableString, kind: v.picklist(CHANNEL_KINDS) });
const CoverageCellSchema = v.object({
  phaseId: Id,
  touchpoints: Count,
  feelingStated: Bool,
  meanScore: v.nullable(v.number()),
  tone: v.picklist(FEELING_TONES),
  nodeIds: StringArray,
});
const JourneySchema = v.object({
  id: Id,
  name: v.string(),
  personas: v.array(v.object({ nodeId: Id, name: v.string(), notes: StringArray, global: Bool })),
  phases: v.array(
    v.object({
      id: Id,
      name: v.string(),
      stage: v.nullable(v.picklist(STAGE_IDS)),
      touchpoints: v.array(
        v.object({
          nodeId: Id,
          text: v.string(),
          channel: v.nullable(ChannelRefSchema),
          sentiment: SentimentSchema,
          votes: Count,
          author: NullableString,
        }),
      ),
      attributes: v.array(v.object({ nodeId: Id, lane: v.picklist(LANE_KINDS), text: v.string(), sentiment: SentimentSchema })),
      meanScore: v.nullable(v.number()),
      read: v.optional(
        v.nullable(v.object({ how: v.picklist(['exact', 'alias', 'tolerant']), from: v.string(), covers: v.array(v.picklist(STAGE_IDS)) })),
      ),
    }),
  ),
  channels: v.array(v.object({ ...ChannelRefSchema.entries, nodeIds: StringArray, touchpointCount: Count })),
  emotionCurve: v.array(v.object({ ...PhaseRef.entries, score: v.nullable(v.number()) })),
  participation: v.object({
    byPhase: v.array(v.object({ ...PhaseRef.entries, authors: v.array(v.object({ name: v.string(), count: Count })) })),
  }),
  channelMix: v.object({
    byPhase: v.array(v.object({ ...PhaseRef.entries, traditional: Count, digital: Count, unknown: Count })),
  }),
  coverage: v.array(v.object({ channel: NullableString, cells: v.array(CoverageCellSchema) })),
  bounds: v.nullable(v.object({ x: v.number(), y: v.number(), width: v.number(), height: v.number() })),
  completeness: v.object({
    percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    missing: v.array(v.object({ key: v.picklist(['stages', 'feelings', 'pains', 'channels', 'persona']), message: v.string() })),
  }),
});
const ReportSchema = v.object({
  version: v.literal(1),
  board: v.object({ name: v.string(), votes: v.optional(v.picklist(['counted', 'not-in-download'])) }),
  lang: LangSchema,
  journeys: v.array(JourneySchema),
  findings: v.array(
    v.object({
      rule: v.picklist(RULE_IDS),
      severity: v.picklist(SEVERITIES),
      message: v.string(),
      journey: NamedRef,
      phase: NamedRef,
      channel: v.nullable(v.object({ name: v.string() })),
      stage: v.nullable(v.picklist(STAGE_IDS)),
      nodeIds: StringArray,
    }),
  ),
  improvements: v.array(
    v.object({
      rank: Count,
      text: v.string(),
      nodeId: NullableString,
      painNodeId: NullableString,
      kind: v.picklist(['idea', 'needs-idea']),
      journey: NamedRef,
      score: v.number(),
      effort: v.nullable(v.picklist(LEVELS)),
      impact: v.nullable(v.picklist(LEVELS)),
      votes: Count,
      quickWin: Bool,
      addresses: StringArray,
      matchedBy: v.picklist(['connector', 'words', 'none']),
      why: v.string(),
    }),
  ),
  stickies: v.array(v.object({ nodeId: Id, role: v.picklist(STICKY_ROLES), reason: NullableString })),
  summary: v.object({
    journeys: Count,
    phases: Count,
    touchpoints: Count,
    errors: Count,
    warnings: Count,
    infos: Count,
    improvements: Count,
  }),
});

/**
 * What a notice is about, so the panel words it in its own language with what to do next
 * (ui/notices.ts). `message` stays the sandbox's own wording: the panel shows it only for a
 * notice without a code, or as the technical detail of 'failed'.
 */
export const NOTICE_CODES = [
  /** Board settings were saved for everyone on the board. */
  'settings-saved',
  /** The stored board settings could not be read; the defaults are used. */
  'settings-corrupt',
  /** The journey template was inserted. */
  'template-inserted',
  /** A node the action needed was deleted meanwhile (params.nodeId may name it): run the check again. */
  'node-gone',
  /** Any other failure; `message` (or params.reason) holds the technical reason. */
  'failed',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];
/** Values a notice's wording may need (counts, names); small and flat. */
const NoticeParams = v.record(v.pipe(v.string(), v.maxLength(40)), v.union([v.pipe(v.string(), v.maxLength(2000)), v.number()]));

/** The panel actions that write to the board: one runs at a time, and the panel disables the others meanwhile. */
export const WRITE_ACTIONS = ['check', 'restore', 'clear', 'template', 'save-board-settings'] as const;
export type WriteAction = (typeof WRITE_ACTIONS)[number];

const SandboxToUiSchema = v.variant('type', [
  v.object({ type: v.literal('init'), settings: BoardSettingsSchema, preferences: PreferencesSchema, editorLang: LangSchema }),
  v.object({ type: v.literal('report'), report: ReportSchema, live: Bool, elapsedMs: v.number() }),
  v.object({
    type: v.literal('written'),
    summary: WriteSummarySchema,
    message: v.string(),
    /** Which action wrote (optional: the panel then says "written on the board"). */
    action: v.optional(v.picklist(['check', 'restore', 'clear'])),
  }),
  v.object({
    type: v.literal('notice'),
    level: v.picklist(['info', 'error']),
    message: v.string(),
    code: v.optional(v.picklist(NOTICE_CODES)),
    params: v.optional(NoticeParams),
  }),
  /**
   * The board's progress over the session (docs/workshop-progress.md): completeness per journey at
   * each check, the sentence saying what the last check changed, and the gaps it closed and opened.
   */
  v.object({
    type: v.literal('progress'),
    timeline: v.array(v.object({ time: v.number(), journeys: v.array(v.object({ name: v.string(), percent: v.number() })) })),
    sentence: v.nullable(v.string()),
    /** Gaps closed and opened from the session's first check to its last (null before two checks). */
    sinceFirst: v.optional(v.nullable(v.object({ closed: v.number(), opened: v.number() }))),
    closed: v.array(CompactFindingSchema),
    opened: v.array(CompactFindingSchema),
  }),
  /** A writing action started (`action`) or every action is done (null): the panel disables writing meanwhile. */
  v.object({ type: v.literal('busy'), action: v.nullable(v.picklist(WRITE_ACTIONS)) }),
  v.object({ type: v.literal('zoomed'), nodeIds: StringArray, missing: StringArray }),
]);
export type SandboxToUi = v.InferOutput<typeof SandboxToUiSchema>;

// The schemas describe exactly the contract types (compile-time checks, no runtime cost): a field
// added to Report or BoardSettings without its schema, or the other way round, fails the build.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reportSchemaIsTheReport: Same<v.InferOutput<typeof ReportSchema>, Report> = true;
const settingsSchemaIsTheSettings: Same<v.InferOutput<typeof BoardSettingsSchema>, BoardSettings> = true;
void reportSchemaIsTheReport;
void settingsSchemaIsTheSettings;

/** A message from the panel, or null when it is not one we know (caller logs and ignores it). */
export function parseUiToSandbox(raw: unknown): UiToSandbox | null {
  const result = v.safeParse(UiToSandboxSchema, raw);
  return result.success ? result.output : null;
}

/** A message from the sandbox, or null when it is not one we know. */
export function parseSandboxToUi(raw: unknown): SandboxToUi | null {
  const result = v.safeParse(SandboxToUiSchema, raw);
  return result.success ? result.output : null;
}
