/** Board settings (root plugin data, shared by the board) and personal preferences (clientStorage). */
import * as v from 'valibot';
import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences } from '../messages';
import type { BoardSettings } from '../settings';
import { encodeBoardSettings, parseBoardSettings, SETTINGS_KEY } from './pluginData';

const PREFERENCES_KEY = 'preferences';

export function readBoardSettings(): { settings: BoardSettings; corrupt: boolean } {
  return parseBoardSettings(figma.root.getPluginData(SETTINGS_KEY));
}

export function writeBoardSettings(settings: BoardSettings): void {
  const encoded = encodeBoardSettings(settings);
  if (figma.root.getPluginData(SETTINGS_KEY) !== encoded) figma.root.setPluginData(SETTINGS_KEY, encoded);
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
