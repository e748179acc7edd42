/**
 * Every user-facing English string of Journey Check, in one place. Dutch lives in nl.ts with
 * the same shape (the type checker enforces it). Grouped by where the text appears; each
 * group is owned by one area of the code.
 */
export const en = {
  /** Findings and improvement reasons written by the engine (src/checks, src/improve). */
  engine: {},
  /** Headings and labels of the text / markdown / csv reports and the CLI (src/report, src/cli.ts). */
  report: {},
  /** Notifications, markers, curve and section titles, template texts (src/figjam, src/main.ts). */
  plugin: {},
  /** Panel labels (ui/). */
  ui: {},
};

export type Strings = typeof en;
