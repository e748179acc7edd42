/**
 * The in-VM harness (vm-entry.ts) plus what the QuickJS bench needs (bench/quickjsFigures.ts via
 * quickjs-session.ts): keep the board's text to time JSON.parse of it in the same VM, edit a
 * sticky as the user running the plugin (LOCAL) or as another user (REMOTE), list sticky ids, and
 * read the emulator's counters. Bundled instead of vm-entry.ts by `harnessBundle('./measure-entry.ts')`;
 * the comparison test keeps the plain harness.
 */
import { describeThrown } from './steps';
import { currentEmulator } from './vm-entry';

interface Harness {
  load(boardJson: string, html: string): string;
  [name: string]: unknown;
}

const harness = (globalThis as unknown as { __journeyCheckHarness: Harness }).__journeyCheckHarness;
const load = harness.load.bind(harness);
let boardJson = '';
/** The last parse result, kept so freeing it is not part of the timed parse (QuickJS frees by refcount at once). */
let _keptParse: unknown = null;

Object.assign(harness, {
  load(json: string, html: string): string {
    boardJson = json;
    return load(json, html);
  },

  /** JSON.parse of the board's REST text; the host times this call. */
  parseBoard(): number {
    _keptParse = JSON.parse(boardJson);
    return boardJson.length;
  },

  /** Drops the parse result (untimed). */
  dropParsed(): void {
    _keptParse = null;
  },

  /** Ids of the stickies on the current page, in document order, as JSON. */
  stickyIds(): string {
    const ids: string[] = [];
    const stack: BaseNode[] = [currentEmulator().currentPage];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'STICKY') ids.push(node.id);
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as BaseNode);
    }
    return JSON.stringify(ids);
  },

  /** Sets a sticky's text as the running user ('runner', origin LOCAL) or another user ('other', REMOTE). */
  editStickyText(id: string, text: string, who: string): void {
    const emu = currentEmulator();
    const node = emu.node(id);
    if (!node || node.type !== 'STICKY') throw new Error(`editStickyText: no sticky ${id}`);
    const edit = () => {
      node.text.characters = text;
    };
    if (who === 'runner') emu.asRunner(edit);
    else if (who === 'other') emu.asOtherUser(edit);
    else throw new Error(`editStickyText: who must be 'runner' or 'other', not ${who}`);
  },

  /** How many messages the plugin has posted to the panel so far (all sessions). */
  sentCount(): number {
    return currentEmulator().ui.sent.length;
  },

  /**
   * The panel messages posted since index `from`, as JSON of { type, live, elapsedMs, has }: `has`
   * says whether the message's JSON contains `needle` (e.g. a sticky's new text).
   */
  sentSince(from: string, needle: string): string {
    const out = currentEmulator()
      .ui.sent.slice(Number(from))
      .map((message) => {
        const m = message as { type?: unknown; live?: unknown; elapsedMs?: unknown };
        return { type: m.type, live: m.live, elapsedMs: m.elapsedMs, has: needle !== '' && JSON.stringify(message).includes(needle) };
      });
    return JSON.stringify(out);
  },

  /** Uncaught errors so far (all sessions), as "Name: message" lines in JSON. */
  uncaught(): string {
    return JSON.stringify(currentEmulator().uncaught.map(describeThrown));
  },

  /** The emulator's counters as JSON. */
  counters(): string {
    return JSON.stringify(currentEmulator().counters);
  },

  resetCounters(): void {
    currentEmulator().resetCounters();
  },
});
