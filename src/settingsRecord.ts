/**
 * The board settings as the plugin stores them on the document (shared plugin data `journeycheck` /
 * `journeyCheck.settings`): small versioned JSON. The plugin reads and writes it on the live board;
 * the command line reads the same record from a REST download (`plugin_data=shared`) or from a
 * file given with --settings, so both analyse a board the same way.
 */
import * as v from 'valibot';
import { BoardSettingsSchema } from './messages';
import { DEFAULT_BOARD_SETTINGS, type BoardSettings } from './settings';

/** The record's key (in the shared namespace `journeycheck`). */
export const SETTINGS_RECORD_KEY = 'journeyCheck.settings';

const SettingsRecordSchema = v.object({ v: v.literal(1), settings: BoardSettingsSchema });

/** Settings from a stored record; defaults when absent, and when corrupt or of another version (flagged). */
export function parseSettingsRecord(raw: string): { settings: BoardSettings; corrupt: boolean } {
  if (raw === '') return { settings: DEFAULT_BOARD_SETTINGS, corrupt: false };
  try {
    const parsed = v.safeParse(SettingsRecordSchema, JSON.parse(raw));
    if (parsed.success) return { settings: parsed.output.settings, corrupt: false };
  } catch {
    // not JSON: corrupt like any other unreadable record
  }
  return { settings: DEFAULT_BOARD_SETTINGS, corrupt: true };
}

export function encodeSettingsRecord(settings: BoardSettings): string {
  return JSON.stringify({ v: 1, settings });
}

/**
 * Settings from a file a person wrote or copied: the stored record (`{"v":1,"settings":{…}}`) or the
 * settings object alone. Returns the first problem (path and message) when it is neither.
 */
export function readSettingsFile(json: unknown): { ok: true; settings: BoardSettings } | { ok: false; problem: string } {
  const record = v.safeParse(SettingsRecordSchema, json);
  if (record.success) return { ok: true, settings: record.output.settings };
  const bare = v.safeParse(BoardSettingsSchema, json);
  if (bare.success) return { ok: true, settings: bare.output };
  const issue = bare.issues[0];
  const path = issue?.path?.map((step) => String(step.key)).join('.') ?? '';
  return { ok: false, problem: `${path === '' ? '' : `${path}: `}${issue?.message ?? 'not board settings'}` };
}
