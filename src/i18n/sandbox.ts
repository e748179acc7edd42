/**
 * The string tables of dist/code.js (the FigJam sandbox): engine findings, plugin notices and
 * board texts, progress notices. Not the panel's labels nor the report / CLI texts (#13 point 5).
 * build.mjs substitutes this module for src/i18n/index.ts in that bundle only.
 */
import type { Lang } from '../domain';
import { partialTable, type Strings } from './audience';
import { engine as enEngine } from './en/engine';
import { plugin as enPlugin } from './en/plugin';
import { progress as enProgress } from './en/progress';
import { engine as nlEngine } from './nl/engine';
import { plugin as nlPlugin } from './nl/plugin';
import { progress as nlProgress } from './nl/progress';

export type { Strings };

const en = partialTable<Strings>({ engine: enEngine, plugin: enPlugin, progress: enProgress }, '', 'sandbox');
const nl = partialTable<Strings>({ engine: nlEngine, plugin: nlPlugin, progress: nlProgress }, '', 'sandbox');

/** The string table of a language (engine, plugin and progress groups only). */
export function stringsFor(lang: Lang): Strings {
  return lang === 'nl' ? nl : en;
}
