/** Runs the built plugin (dist/code.js) against a FigJam emulator in a Figma-like node:vm sandbox. */
export { runBuiltPlugin, FORBIDDEN_GLOBALS } from './run-built-plugin';
export type { RunOptions, RunResult } from './run-built-plugin';
