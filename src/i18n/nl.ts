/** Every user-facing Dutch string; same shape as en.ts, one module per group under nl/. */
import type { Strings } from './en';
import { engine } from './nl/engine';
import { plugin } from './nl/plugin';
import { progress } from './nl/progress';
import { report } from './nl/report';
import { ui } from './nl/panelLabels';

export const nl: Strings = { engine, report, plugin, progress, ui };
