/**
 * The panel's only way to talk to the plugin sandbox: a typed `send` and `onMessage`.
 * Incoming messages are validated with the shared schema; anything else is logged and dropped.
 */
import { parseSandboxToUi, type SandboxToUi, type UiToSandbox } from '../src/messages';

/** Where messages go and come from: `window` in Figma, a fake in tests. */
export type MessageHost = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface Bridge {
  send(msg: UiToSandbox): void;
  /** Subscribes to valid sandbox messages; returns the unsubscribe function. */
  onMessage(handler: (msg: SandboxToUi) => void): () => void;
}

/** The bridge Figma expects: `parent.postMessage({ pluginMessage }, '*')` out, `event.data.pluginMessage` in. */
export function createBridge(
  host: MessageHost = window,
  post: (data: { pluginMessage: UiToSandbox }) => void = (data) => parent.postMessage(data, '*'),
  log: (text: string, detail: unknown) => void = (text, detail) => console.warn(text, detail),
): Bridge {
  return {
    send(msg) {
      post({ pluginMessage: msg });
    },
    onMessage(handler) {
      const listener = (event: Event): void => {
        const data: unknown = event instanceof MessageEvent ? event.data : undefined;
        // Messages without a pluginMessage are not from the plugin (extensions, devtools).
        if (typeof data !== 'object' || data === null || !('pluginMessage' in data)) return;
        const msg = parseSandboxToUi(data.pluginMessage);
        if (msg === null) {
          log('Journey Check: ignored an unknown or malformed message', describe(data.pluginMessage));
          return;
        }
        handler(msg);
      };
      host.addEventListener('message', listener);
      return () => host.removeEventListener('message', listener);
    },
  };
}

/** A short description for the log: never the whole (possibly huge or hostile) payload. */
function describe(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'type' in raw) return `type=${String(raw.type).slice(0, 40)}`;
  return typeof raw;
}
