/**
 * Board settings (a shared record on the document root, the same for everyone on the board) and
 * personal preferences (clientStorage: per user and machine, not in the file).
 */
import * as v from 'valibot';
import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences } from '../messages';
import type { BoardSettings } from '../settings';
import { encodeSettingsRecord, parseSettingsRecord } from '../settingsRecord';
import { SETTINGS_KEY } from './pluginData';
import { readRecord, writeRecord } from './storedRecords';

const PREFERENCES_KEY = 'preferences';

export function readBoardSettings(): { settings: BoardSettings; corrupt: boolean } {
  return parseSettingsRecord(readRecord(figma.root, SETTINGS_KEY));
}

export function writeBoardSettings(settings: BoardSettings): void {
  const encoded = encodeSettingsRecord(settings);
  if (readRecord(figma.root, SETTINGS_KEY) === encoded) return;
  writeRecord(figma.root, SETTINGS_KEY, encoded);
  if (figma.root.getPluginData(SETTINGS_KEY) !== '') figma.root.setPluginData(SETTINGS_KEY, ''); // an earlier version's copy
}

export async function readPreferencesAsync(): Promise<Preferences> {
  try {
    const parsed = v.safeParse(PreferencesSchema, await figma.clientStorage.getAsync(PREFERENCES_KEY));
    return parsed.success ? parsed.output : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export async function writePreferencesAsync(preferences: Preferences): Promise<void> {
  await figma.clientStorage.setAsync(PREFERENCES_KEY, preferences);
}
