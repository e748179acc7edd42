/**
 * Quick actions: the template command takes an optional language parameter. While the user types
 * it, Figma runs the plugin's code without a run event and asks its figma.parameters 'input'
 * handler for suggestions (plugin-api.d.ts, ParameterInputEvent / SuggestionResults).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../emulator';
import { runBuiltPlugin } from '../sandbox';
import { assertBuiltCodeIsFresh } from './builtCode';
import { lastMessage, run } from './helpers';

beforeAll(() => {
  assertBuiltCodeIsFresh();
});

describe('template language parameter', () => {
  it('suggests Nederlands and English, filtered by what the user types', async () => {
    const emu = createEmulator();
    const typing = await runBuiltPlugin({ emulator: emu, command: 'template', fireRun: false });
    expect(typing.uncaught).toEqual([]);
    expect(typing.closed).toBe(false);
    const all = await emu.parameterInput({ key: 'lang', query: '' });
    expect(all.suggestions).toEqual([
      { name: 'Nederlands', data: 'nl' },
      { name: 'English', data: 'en' },
    ]);
    expect((await emu.parameterInput({ key: 'lang', query: 'NED' })).suggestions).toEqual([{ name: 'Nederlands', data: 'nl' }]);
    expect((await emu.parameterInput({ key: 'lang', query: 'xyz' })).suggestions).toEqual([]);
    typing.dispose();
  });

  it('the chosen suggestion reaches the run: an English template on an empty board', async () => {
    const emu = createEmulator();
    const result = await run(emu, 'template', { lang: 'en' });
    expect(lastMessage(result)).toMatch(/template/i);
    const names = emu.page.findAllWithCriteria({ types: ['SECTION'] }).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Customer journey', 'Orientation', 'After sales']));
    expect(names).not.toContain('Oriëntatie');
  });
});
