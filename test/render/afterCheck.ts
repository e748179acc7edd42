/**
 * The board as a facilitator sees it after a check: the REST file is opened in the FigJam
 * emulator, the BUILT plugin (dist/code.js; run `node build.mjs` first) runs its `check` command
 * in the sandbox, and the document is downloaded again as REST with `plugin_data=shared`
 * (test/helpers/emulatorToRest.ts), so generated nodes carry their tag.
 *
 * One addition to the download: REST carries no text style on shapes with text, but the plugin
 * sets their font size, which decides whether a marker is readable. The shape's base font size is
 * copied from the emulator into `style.fontSize` (renderBoard.ts reads it; readers ignore it).
 */
import { createEmulator, loadRestBoard, reopenSession, snapshotState, type Emulator } from '../emulator';
import { emulatorToRest } from '../helpers/emulatorToRest';
import { runBuiltPlugin } from '../sandbox';
import { isRecord, type Json } from './boardNodes';

export interface AfterCheck {
  rest: Json;
  /** figma.closePlugin's message (the check's summary). */
  message: string;
  emulator: Emulator;
}

export async function checkAndDownload(restJson: unknown, codePath = 'dist/code.js'): Promise<AfterCheck> {
  const emulator = createEmulator();
  loadRestBoard(emulator, restJson);
  reopenSession(emulator);
  const result = await runBuiltPlugin({ emulator, command: 'check', codePath });
  result.dispose();
  if (result.uncaught.length > 0) throw new Error(`render: the plugin's check crashed: ${String(result.uncaught[0])}`);
  if (result.timedOut) throw new Error('render: the plugin\'s check did not finish in time');
  const rest = emulatorToRest(emulator, { pluginData: 'shared' });
  addShapeFontSizes(rest, emulator);
  return { rest, message: result.closeMessage ?? result.notifications.at(-1)?.message ?? '', emulator };
}

function addShapeFontSizes(rest: Json, emulator: Emulator): void {
  const sizes = new Map<string, number>();
  for (const node of snapshotState(emulator).nodes) {
    const text = node.props['text'];
    if (node.type === 'SHAPE_WITH_TEXT' && isRecord(text) && typeof text.baseSize === 'number') {
      const segments = Array.isArray(text.segments) ? text.segments : [];
      const first: unknown = segments[0];
      sizes.set(node.id, isRecord(first) && typeof first.size === 'number' ? first.size : text.baseSize);
    }
  }
  const visit = (node: unknown): void => {
    if (!isRecord(node)) return;
    if (node.type === 'SHAPE_WITH_TEXT' && typeof node.id === 'string' && sizes.has(node.id) && !isRecord(node.style)) {
      node.style = { fontSize: sizes.get(node.id) };
    }
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  visit(rest.document);
}
