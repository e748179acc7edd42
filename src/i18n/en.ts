/**
 * Every user-facing English string of Journey Check. Dutch lives in nl.ts with the same shape
 * (the type checker enforces it). Grouped by audience, one module per group under en/, so each
 * bundle takes only the groups it shows (src/i18n/sandbox.ts, src/i18n/panel.ts):
 * - engine: findings and improvement reasons written by the engine (src/checks, src/improve);
 * - report: headings and labels of the text / markdown / csv reports and the CLI (src/report, src/cli.ts);
 * - plugin: notifications, markers, curve and section titles, template texts (src/figjam, src/main.ts);
 * - progress: completeness, history and "what changed" (src/progress);
 * - ui: panel labels (ui/).
 */
import { engine } from './en/engine';
import { plugin } from './en/plugin';
import { progress } from './en/progress';
import { report } from './en/report';
import { ui } from './en/panelLabels';

export const en = { engine, report, plugin, progress, ui };

export type Strings = typeof en;
