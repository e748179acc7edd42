/** Every user-facing Dutch string; same shape as en.ts. */
import type { Strings } from './en';

export const nl: Strings = {
  engine: {},
  report: {},
  plugin: {},
  ui: {},
};
