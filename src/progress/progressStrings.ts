/** The strings the progress modules need (a slice of the language tables in src/i18n). */
import type { StageId } from '../domain';
import type { Strings } from '../i18n';
import type { TEMPLATE_CHANNEL_IDS } from './completeness';

export interface ProgressStrings {
  stages: Record<StageId, string>;
  channels: Record<(typeof TEMPLATE_CHANNEL_IDS)[number], string>;
  missing: {
    stages: (names: string[]) => string;
    noPhases: string;
    emptyPhases: (names: string[]) => string;
    feelings: (names: string[]) => string;
    pains: (count: number) => string;
    channels: (names: string[]) => string;
    persona: string;
  };
}

export interface ProgressChangeStrings {
  /** "2 gaps closed, 1 new" / "no gap closed, none new". */
  gaps: (closed: number, opened: number) => string;
  /** "completeness 62 → 78 %" (before null: "completeness 78 %"). */
  completeness: (before: number | null, after: number) => string;
  /** "Bakery 62 → 78 %". */
  journeyCompleteness: (name: string, before: number | null, after: number) => string;
  /** The board is too big to compare its gaps one by one. */
  uncounted: string;
}

/** The progress strings of a language table, with the stage names the engine uses. */
export function progressStringsOf(strings: Strings): ProgressStrings {
  return { ...strings.progress, stages: strings.engine.stages };
}
