import { describe, expect, it } from 'vitest';
import { parseUiToSandbox, parseSandboxToUi } from '../src/messages';

describe('message protocol', () => {
  it('accepts a known panel message and drops unknown or malformed ones', () => {
    expect(parseUiToSandbox({ type: 'show-nodes', nodeIds: ['1:2'] })).toEqual({ type: 'show-nodes', nodeIds: ['1:2'] });
    expect(parseUiToSandbox({ type: 'show-nodes', nodeIds: [1] })).toBeNull();
    expect(parseUiToSandbox({ type: 'eval', code: 'figma.root.remove()' })).toBeNull();
    expect(parseUiToSandbox('check')).toBeNull();
    expect(parseUiToSandbox(null)).toBeNull();
  });

  it('drops a sandbox message whose report lacks required fields', () => {
    expect(parseSandboxToUi({ type: 'notice', level: 'info', message: 'ok' })).not.toBeNull();
    expect(parseSandboxToUi({ type: 'report', report: { version: 1 }, live: false, elapsedMs: 1 })).toBeNull();
  });
});
