import { documentOf } from './emulator';
import type { Emulator } from './types';

/**
 * A new plugin session on the same document, as when the user runs the plugin again: an open
 * session is closed first (running a command while a panel is open does that in Figma), then the
 * API is usable again with a clean session state:
 * - no font loaded (fonts stay available on the machine): typings, PluginAPI.loadFontAsync "Makes a
 *   font available *in the plugin* for use when creating and modifying text" — loaded state belongs
 *   to the plugin instance, which ends with closePlugin;
 * - loadAllPagesAsync not called, only the current page loaded (documentAccess dynamic-page: typings,
 *   PluginAPI.loadAllPagesAsync "call this once when the plugin runs");
 * - no listeners (figma.on, page nodechange, figma.ui handlers, figma.parameters handlers);
 * - the previous session's undo step closed (closePlugin ends it).
 * With `pluginId`, the session runs under that id (as after publishing): private plugin data written
 * under another id is invisible to it, shared plugin data is not.
 */
export function reopenSession(emulator: Emulator, options: { pluginId?: string } = {}): void {
  documentOf(emulator).startSession(options);
}
