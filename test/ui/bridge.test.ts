// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SandboxToUi, UiToSandbox } from '../../src/messages';
import { createBridge } from '../../ui/bridge';
import { bakeryReport } from './fixtures';

function setup() {
  const host = new EventTarget();
  const posted: unknown[] = [];
  const logged: string[] = [];
  const received: SandboxToUi[] = [];
  const bridge = createBridge(host, (data) => posted.push(data), (text, detail) => logged.push(`${text} ${String(detail)}`));
  const off = bridge.onMessage((msg) => received.push(msg));
  const emit = (data: unknown) => host.dispatchEvent(new MessageEvent('message', { data }));
  return { bridge, posted, logged, received, emit, off };
}

describe('panel bridge', () => {
  it('sends messages wrapped as Figma expects', () => {
    const { bridge, posted } = setup();
    const msg: UiToSandbox = { type: 'show-nodes', nodeIds: ['1:2'] };
    bridge.send(msg);
    expect(posted).toEqual([{ pluginMessage: msg }]);
  });

  it('delivers valid sandbox messages', () => {
    const { received, emit } = setup();
    emit({ pluginMessage: { type: 'zoomed', nodeIds: ['1:2'], missing: [] } });
    emit({ pluginMessage: { type: 'report', report: bakeryReport(), live: true, elapsedMs: 12 } });
    expect(received.map((m) => m.type)).toEqual(['zoomed', 'report']);
  });

  it('ignores and logs unknown or malformed messages, never handing them on', () => {
    const { received, logged, emit } = setup();
    const broken = { ...bakeryReport(), journeys: 'not a list' };
    emit({ pluginMessage: { type: 'eval', code: 'alert(1)' } });
    emit({ pluginMessage: { type: 'zoomed', nodeIds: 'all' } });
    emit({ pluginMessage: { type: 'report', report: broken, live: true, elapsedMs: 1 } });
    emit({ pluginMessage: null });
    emit({ pluginMessage: 'report' });
    expect(received).toEqual([]);
    expect(logged).toHaveLength(5);
    expect(logged[0]).toContain('type=eval');
  });

  it('ignores messages that are not plugin messages without logging them', () => {
    const { received, logged, emit } = setup();
    emit('hello from an extension');
    emit({ source: 'react-devtools' });
    emit(null);
    expect(received).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('stops delivering after unsubscribe', () => {
    const { received, emit, off } = setup();
    off();
    emit({ pluginMessage: { type: 'notice', level: 'info', message: 'hi' } });
    expect(received).toEqual([]);
  });
});
