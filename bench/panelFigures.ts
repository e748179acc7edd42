/**
 * Panel live refresh on a 1,000-sticky board, outside Vitest: the real panel (ui/App) rendered
 * with Preact into a happy-dom document, fed through the real bridge (schema validation
 * included). Each update: one sticky's text changes → analyseBoard → structured clone of the
 * report (what figma.ui.postMessage costs) → the panel validates and re-renders (flushed with
 * preact/test-utils `act`). Median over the updates.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { Window } from 'happy-dom';
import { analyseBoard } from '../src/analyse';
import { DEFAULT_PREFERENCES, type SandboxToUi, type UiToSandbox } from '../src/messages';
import { readRestBoard } from '../src/rest/readRestFile';
import { DEFAULT_BOARD_SETTINGS } from '../src/settings';
import type { BoardSnapshot } from '../src/snapshot';
import { App } from '../ui/App';
import { createBridge } from '../ui/bridge';
import { reportRenderers } from '../ui/renderers';
import { generateRestBoard } from './generateBoard';
import { median, timed } from './measure';

export interface PanelFigures {
  stickies: number;
  updates: number;
  engineMs: number;
  cloneMs: number;
  renderMs: number;
  totalMs: number;
  domNodes: number;
  warnings: string[];
}

/** happy-dom's window as the page's globals (only what Preact and the panel touch). */
function installDom(): Window {
  const win = new Window({ url: 'https://www.figma.com/plugin' });
  const g = globalThis as Record<string, unknown>;
  for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Element', 'Text', 'SVGElement', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'matchMedia']) {
    const value: unknown = (win as unknown as Record<string, unknown>)[name];
    g[name] = typeof value === 'function' && /^[a-z]/.test(name) ? (value as (...args: unknown[]) => unknown).bind(win) : value;
  }
  return win;
}

function withText(snapshot: BoardSnapshot, n: number): BoardSnapshot {
  let seen = 0;
  const nodes = snapshot.nodes.map((node) => {
    if (node.kind !== 'sticky') return node;
    seen += 1;
    return seen === (n % 500) + 1 ? { ...node, text: `${node.text} — bijgewerkt ${n} 😡 -2` } : node;
  });
  return { ...snapshot, nodes };
}

export async function panelFigures(size = 1_000, updates = 15): Promise<PanelFigures> {
  const snapshot = readRestBoard(generateRestBoard({ stickies: size, seed: 20261125 }));
  const stickies = snapshot.nodes.filter((n) => n.kind === 'sticky').length;
  const win = installDom();
  const root = win.document.createElement('div');
  win.document.body.appendChild(root);

  const host = new EventTarget();
  const sent: UiToSandbox[] = [];
  const warnings: string[] = [];
  const bridge = createBridge(host, (data) => sent.push(data.pluginMessage), (text) => warnings.push(text));
  const deliver = (msg: SandboxToUi): void => {
    act(() => {
      host.dispatchEvent(new MessageEvent('message', { data: { pluginMessage: msg } }));
    });
  };
  act(() => {
    render(h(App, { bridge, renderers: reportRenderers, download: () => undefined }), root as unknown as Element);
  });
  deliver({ type: 'init', settings: DEFAULT_BOARD_SETTINGS, preferences: DEFAULT_PREFERENCES, editorLang: 'nl' });

  const engine: number[] = [];
  const clone: number[] = [];
  const rendering: number[] = [];
  const total: number[] = [];
  // Update 0 is the first paint (mount of every view); updates after it are the live refreshes.
  for (let n = 0; n <= updates; n++) {
    const analysed = timed(() => analyseBoard(withText(snapshot, n)));
    const cloned = timed(() => structuredClone(analysed.value));
    const painted = timed(() => deliver({ type: 'report', report: cloned.value, live: true, elapsedMs: analysed.ms }));
    if (n === 0) continue;
    engine.push(analysed.ms);
    clone.push(cloned.ms);
    rendering.push(painted.ms);
    total.push(analysed.ms + cloned.ms + painted.ms);
  }
  const domNodes = root.querySelectorAll('*').length;
  act(() => render(null, root as unknown as Element));
  await win.happyDOM.close();
  return {
    stickies,
    updates,
    engineMs: median(engine),
    cloneMs: median(clone),
    renderMs: median(rendering),
    totalMs: median(total),
    domNodes,
    warnings,
  };
}
