/** Mounts the real panel on a fake host that speaks the real message protocol. */
import { act, render } from '@testing-library/preact';
import type { SandboxToUi, UiToSandbox } from '../../src/messages';
import { App } from '../../ui/App';
import { createBridge } from '../../ui/bridge';
import type { ExportFile, ReportRenderers } from '../../ui/exportFile';
import { reportRenderers } from '../../ui/renderers';

export function mountPanel(renderers: ReportRenderers = reportRenderers) {
  const host = new EventTarget();
  const sent: UiToSandbox[] = [];
  const logged: string[] = [];
  const downloads: ExportFile[] = [];
  const bridge = createBridge(
    host,
    (data) => sent.push(data.pluginMessage),
    (text) => logged.push(text),
  );
  const view = render(<App bridge={bridge} renderers={renderers} download={(file) => downloads.push(file)} />);
  /** Delivers anything, as Figma would deliver `figma.ui.postMessage(raw)`. */
  const deliverRaw = (raw: unknown): void => {
    act(() => {
      host.dispatchEvent(new MessageEvent('message', { data: { pluginMessage: raw } }));
    });
  };
  const deliver = (msg: SandboxToUi): void => deliverRaw(msg);
  return { ...view, host, sent, logged, downloads, deliver, deliverRaw };
}
