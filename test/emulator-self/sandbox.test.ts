import { describe, expect, it } from 'vitest';
import { createEmulator } from '../emulator';
import { FORBIDDEN_GLOBALS, runBuiltPlugin } from '../sandbox';

/** A fake built plugin: plain ES2017 like esbuild's output for the sandbox. */
function plugin(body: string): string {
  return `(function () {\n${body}\n})();`;
}

describe('runBuiltPlugin', () => {
  it('offers only Figma’s globals', async () => {
    const emu = createEmulator();
    const code = plugin(`
      var names = ${JSON.stringify(FORBIDDEN_GLOBALS)};
      var present = names.filter(function (n) { return typeof globalThis[n] !== 'undefined'; });
      var offered = ['figma', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', '__html__']
        .filter(function (n) { return typeof globalThis[n] === 'undefined'; });
      figma.closePlugin(JSON.stringify({ present: present, missing: offered, html: __html__.length > 0 }));
    `);
    const result = await runBuiltPlugin({ emulator: emu, command: 'check', code });
    expect(result.uncaught).toEqual([]);
    expect(JSON.parse(result.closeMessage ?? '')).toEqual({ present: [], missing: [], html: true });
  });

  it('sets figma.command, fires run with parameters, and resolves on closePlugin', async () => {
    const emu = createEmulator();
    emu.add.sticky({ text: 'Te lang wachten' });
    const code = plugin(`
      figma.on('run', function (event) {
        var stickies = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] });
        figma.notify(event.command + ':' + figma.command + ':' + JSON.stringify(event.parameters) + ':' + stickies.length);
        figma.closePlugin('ok');
      });
    `);
    const result = await runBuiltPlugin({ emulator: emu, command: 'check', parameters: { lang: 'nl' }, code });
    expect(result.closed).toBe(true);
    expect(result.closeMessage).toBe('ok');
    expect(result.notifications.map((n) => n.message)).toEqual(['check:check:{"lang":"nl"}:1', 'ok']);
    expect(result.timedOut).toBe(false);
  });

  it('reports an unhandled rejection inside the vm', async () => {
    const emu = createEmulator();
    const code = plugin(`
      async function main() {
        await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
        throw new Error('boom after await');
      }
      main();
    `);
    const result = await runBuiltPlugin({ emulator: emu, command: 'check', code });
    expect(result.closed).toBe(false);
    expect(result.uncaught.map(String)).toEqual(['Error: boom after await']);
  });

  it('reports an un-awaited API promise that rejects', async () => {
    const emu = createEmulator();
    const code = plugin(`figma.loadFontAsync({ family: 'Nope', style: 'Bold' }); setTimeout(function () { figma.closePlugin(); }, 5);`);
    const result = await runBuiltPlugin({ emulator: emu, command: 'check', code });
    expect(result.closed).toBe(true);
    expect(result.uncaught.map(String)).toEqual(['Error: The font "Nope Bold" could not be loaded']);
  });

  it('reports a top-level throw, a timer throw and an emulator rule error with the vm’s Error', async () => {
    const emu = createEmulator();
    emu.add.sticky({ text: 'a' });
    const code = plugin(`
      setTimeout(function () { throw new Error('from timer'); }, 1);
      var sticky = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })[0];
      try { sticky.text.characters = 'b'; } catch (e) {
        console.error('caught', e instanceof Error, Array.isArray(figma.currentPage.children), figma.currentPage.children instanceof Array);
      }
      throw new Error('top level');
    `);
    const result = await runBuiltPlugin({ emulator: emu, command: 'check', code });
    expect(result.errors).toEqual(['caught true true true']);
    expect(result.uncaught.map(String).sort()).toEqual(['Error: from timer', 'Error: top level']);
  });

  it('handles a panel command: idle after showUI, messages both ways, timers cancelled on close', async () => {
    const emu = createEmulator();
    const code = plugin(`
      figma.showUI(__html__, { width: 360, height: 520 });
      figma.ui.postMessage({ type: 'init', at: new Date(5) });
      figma.ui.onmessage = async function (msg) {
        if (msg.type === 'analyse') {
          await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
          figma.ui.postMessage({ type: 'report', echo: msg.payload, isArray: Array.isArray(msg.payload.list), realm: msg.payload.list instanceof Array });
        }
        if (msg.type === 'close') {
          setInterval(function () { figma.notify('tick'); }, 1);
          figma.closePlugin();
        }
      };
    `);
    const result = await runBuiltPlugin({ emulator: emu, command: 'panel', code, html: '<p>panel</p>' });
    expect(result.closed).toBe(false);
    expect(emu.ui.shown?.html).toBe('<p>panel</p>');
    expect(emu.ui.sent).toEqual([{ type: 'init', at: new Date(5) }]);
    await emu.ui.sendToPlugin({ type: 'analyse', payload: { list: [1, 2] } });
    await result.settle();
    expect(emu.ui.sent[1]).toEqual({ type: 'report', echo: { list: [1, 2] }, isArray: true, realm: true });
    await emu.ui.sendToPlugin({ type: 'close' });
    await result.settle();
    expect(result.closed).toBe(true);
    expect(result.notifications).toEqual([]);
    result.dispose();
    expect(result.uncaught).toEqual([]);
  });

  it('resolves when a run handler waits for the panel, and postMessage errors are the vm’s DataCloneError', async () => {
    const emu = createEmulator();
    const code = plugin(`
      figma.on('run', async function () {
        figma.showUI(__html__);
        try { figma.ui.postMessage({ f: function () {} }); } catch (e) {
          console.error(e instanceof Error, e.name);
        }
        var msg = await new Promise(function (resolve) { figma.ui.once('message', resolve); });
        figma.closePlugin('got ' + msg.type);
      });
    `);
    const result = await runBuiltPlugin({ emulator: emu, command: 'panel', code });
    expect(result.closed).toBe(false);
    expect(result.errors).toEqual(['true DataCloneError']);
    await emu.ui.sendToPlugin({ type: 'hello' });
    await result.settle();
    expect(result.closeMessage).toBe('got hello');
  });

  it('reports a plugin that neither closes nor shows UI as idle and not closed', async () => {
    const emu = createEmulator();
    const result = await runBuiltPlugin({ emulator: emu, command: 'check', code: plugin('figma.notify("forgot to close");') });
    expect(result.closed).toBe(false);
    expect(result.timedOut).toBe(false);
  });
});
