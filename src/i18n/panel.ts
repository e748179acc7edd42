/**
 * The string tables of dist/ui.html (the panel): its labels, the report and progress groups its
 * exports render (markdown, CSV, summary) and the phase names they print. Not the engine's finding
 * texts, the plugin's notices nor the CLI's help and file errors (#13 point 5). build.mjs substitutes this module for
 * src/i18n/index.ts in that bundle only.
 */
import type { Lang } from '../domain';
import { partialTable, type Strings } from './audience';
import { progress as enProgress } from './en/progress';
import { reportCore as enReport } from './en/reportCore';
import { stages as enStages } from './en/stages';
import { ui as enUi } from './en/panelLabels';
import { progress as nlProgress } from './nl/progress';
import { reportCore as nlReport } from './nl/reportCore';
import { stages as nlStages } from './nl/stages';
import { ui as nlUi } from './nl/panelLabels';

export type { Strings };

type ReportCore = Omit<Strings['report'], 'read' | 'cli'>;

function table(stages: Strings['engine']['stages'], core: ReportCore, groups: Pick<Strings, 'progress' | 'ui'>): Strings {
  const engine = partialTable<Strings['engine']>({ stages }, 'engine.', 'panel');
  const report = partialTable<Strings['report']>(core, 'report.', 'panel');
  return partialTable<Strings>({ ...groups, engine, report }, '', 'panel');
}

const en = table(enStages, enReport, { progress: enProgress, ui: enUi });
const nl = table(nlStages, nlReport, { progress: nlProgress, ui: nlUi });

/** The string table of a language (ui, report without the CLI's, progress and the phase names only). */
export function stringsFor(lang: Lang): Strings {
  return lang === 'nl' ? nl : en;
}
