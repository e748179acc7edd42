/**
 * Connects the built plugin (dist/code.js in the node:vm sandbox over the FigJam emulator) to
 * the built panel in Chromium: figma.ui.postMessage → the panel's message event, and the
 * panel's parent.postMessage → figma.ui.onmessage. Nothing in between is faked.
 */
import type { Emulator } from '../emulator';
import { runBuiltPlugin, type RunResult } from '../sandbox';
import { openPanel, type PanelSession } from './browser';

export interface PluginPanel {
  session: PanelSession;
  run: RunResult;
  close(): Promise<void>;
}

export async function openPluginPanel(html: string, emulator: Emulator, command = 'panel'): Promise<PluginPanel> {
  // Subscribe before the plugin starts, so nothing it posts is lost while the page loads.
  let deliver: ((msg: unknown) => void) | null = null;
  const early: unknown[] = [];
  const unsubscribe = emulator.ui.subscribe((msg) => (deliver ? deliver(msg) : early.push(msg)));
  const run = await runBuiltPlugin({ emulator, command, html, timeoutMs: 20_000 });
  if (run.uncaught.length > 0) throw new Error(`the plugin crashed on start: ${String(run.uncaught[0])}`);
  const session = await openPanel(html, async (msg) => {
    await emulator.ui.sendToPlugin(msg);
    await run.settle();
  });
  let closing = false;
  // A message still on its way when the test closes the page (a live report after the last edit)
  // has nowhere to go: that is no failure. Before closing, a failed delivery is.
  deliver = (msg) =>
    void session.toUi(msg).catch((error: unknown) => {
      if (!closing) throw error;
    });
  for (const msg of early.splice(0)) await session.toUi(msg);
  return {
    session,
    run,
    close: async () => {
      closing = true;
      unsubscribe();
      run.dispose();
      await session.close();
    },
  };
}
