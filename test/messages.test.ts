import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../src/analyse';
import { assertNever } from '../src/domain';
import { parseUiToSandbox, parseSandboxToUi, type UiToSandbox } from '../src/messages';
import { readRestBoardText } from '../src/rest/readRestFile';
import { bakeryReport } from './ui/fixtures';

/** Compiles only while every panel message type has a case (the exhaustive switch main.ts uses). */
function kindOf(message: UiToSandbox): string {
  switch (message.type) {
    case 'ready':
    case 'analyse':
    case 'check':
    case 'restore':
    case 'clear':
      return 'action';
    case 'template':
      return `template ${message.lang}`;
    case 'show-nodes':
      return `show ${message.nodeIds.length}`;
    case 'set-live':
      return `live ${message.live}`;
    case 'save-board-settings':
    case 'save-preferences':
      return 'save';
    case 'resize':
      return `resize ${message.width}×${message.height}`;
    default:
      return assertNever(message);
  }
}

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
    const noCoverage = bakeryReport();
    for (const journey of noCoverage.journeys) Reflect.deleteProperty(journey, 'coverage');
    expect(parseSandboxToUi({ type: 'report', report: noCoverage, live: false, elapsedMs: 1 })).toBeNull();
    const badTone = bakeryReport();
    const cell = badTone.journeys[0]?.coverage[0]?.cells[0];
    if (cell) Reflect.set(cell, 'tone', 'purple');
    expect(parseSandboxToUi({ type: 'report', report: badTone, live: false, elapsedMs: 1 })).toBeNull();
  });

  it('passes every report the engine makes through unchanged, and strips fields it does not know', () => {
    for (const file of readdirSync('examples')) {
      const report = analyseBoard(readRestBoardText(readFileSync(`examples/${file}`, 'utf8')));
      expect(parseSandboxToUi({ type: 'report', report, live: true, elapsedMs: 3 }), file).toEqual({ type: 'report', report, live: true, elapsedMs: 3 });
    }
    const report = bakeryReport();
    const parsed = parseSandboxToUi({ type: 'report', report: { ...report, future: 1 }, live: true, elapsedMs: 3, extra: true });
    expect(parsed).toEqual({ type: 'report', report, live: true, elapsedMs: 3 });
  });

  it('an exhaustive switch over panel messages ends in assertNever, which throws on an unknown message', () => {
    expect(kindOf({ type: 'resize', width: 400, height: 500 })).toBe('resize 400×500');
    expect(() => kindOf({ type: 'shutdown' } as unknown as UiToSandbox)).toThrow('Unexpected value: {"type":"shutdown"}');
  });
});
