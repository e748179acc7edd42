import { documentOf } from './emulator';
import type { Emulator } from './types';

/**
 * A new plugin session on the same document, as when the user runs the plugin again: an open
 * session is closed first (running a command while a panel is open does that in Figma), then
 * the API is usable again and the previous session's listeners are gone.
 */
export function reopenSession(emulator: Emulator): void {
  const doc = documentOf(emulator);
  if (!doc.closed) doc.close(undefined);
  doc.closed = false;
  doc.closeMessage = undefined;
  doc.listeners.clear();
  doc.nodechangeListeners.length = 0;
}
