import type { Lang } from '../domain';
import { en, type Strings } from './en';
import { nl } from './nl';

export type { Strings };

/** The string table of a language. */
export function stringsFor(lang: Lang): Strings {
  return lang === 'nl' ? nl : en;
}
