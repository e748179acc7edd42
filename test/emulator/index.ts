/**
 * A strict fake of the FigJam plugin API (`figma` global), for testing the BUILT plugin without Figma.
 * It follows the Figma plugin API documentation and @figma/plugin-typings; where they differ,
 * the typings win. A plugin that breaks a documented rule FAILS here (throws like Figma does).
 *
 * Public API (this file is the contract for the plugin and panel authors):
 *
 *   const emu = createEmulator({ documentAccess: 'dynamic-page' });
 *   const section = emu.add.section({ name: 'Awareness', x: 0, y: 0, width: 900, height: 600 });
 *   emu.add.sticky({ parent: section, x: 40, y: 80, text: 'Slow checkout', fill: '#FFB8A8' });
 *   const result = await runBuiltPlugin({ emulator: emu, command: 'check' });   // test/sandbox
 *   expect(result.uncaught).toEqual([]);
 *   expect(snapshotState(emu)).toEqual(before);
 *
 * Builders (`emu.add.*`) and test-side node edits act as a user: they need no loaded fonts, are not
 * counted as plugin reads/writes, and their changes reach `nodechange` listeners with origin 'REMOTE'
 * (another user), or 'LOCAL' inside `emu.asRunner(() => …)` (the user running the plugin).
 * Pages: `emu.add.page()`, `emu.switchPage(page)`, `emu.currentPage`; sessions: `reopenSession(emu)`;
 * undo: `emu.undoHistory()`; quick actions: `emu.parameterInput(...)`; manifest: `EmulatorOptions.manifest`.
 * Builder coordinates `x`/`y` are PAGE coordinates; the emulator converts them to parent-relative.
 * The rules enforced, the counters and the runner are described in README.md next to this file.
 */
export type {
  EmulatorOptions,
  Emulator,
  EmulatorUi,
  Counters,
  FaultTrigger,
  Realm,
  ManifestLike,
  ManifestMenuItem,
  ManifestParameter,
  ManifestRelaunchButton,
  UndoStep,
  RelaunchProblem,
  ParameterInputResult,
  PlacedSpec,
} from './types';
export type {
  SectionSpec,
  StickySpec,
  StampSpec,
  ConnectorSpec,
  ConnectorEndSpec,
  ShapeSpec,
  TextSpec,
  GroupSpec,
  FontRange,
  FillSpec,
  ContentBuilders,
} from './types';
export type { StateSnapshot, NodeState } from './snapshot-state';
export type { RestLoadResult } from './rest-board';
export { createEmulator } from './emulator';
export { loadRestBoard } from './rest-board';
export { snapshotState } from './snapshot-state';
export { reopenSession } from './reopen-session';
export { structuredCloneInto, figmaMessageClone, DataCloneError } from './structured-clone';
export { DEFAULT_MANIFEST } from './document';
export { fontKey, DEFAULT_AVAILABLE_FONTS } from './fonts';
