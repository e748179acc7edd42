// How a phase title is read as a standard stage: exactly, through an alias, or tolerantly (a
// plural, a verb form or a typo), and why a title that nearly named a stage was not read as one.
// A journey's phases are read together, so tolerance alone never puts two phases on one stage.
import { STAGE_IDS, type StageId } from '../domain';
import { allowedEdits, editDistance } from './editDistance';
import { foldName } from './foldName';
import { CANONICAL_STAGE_NAMES, MERGED_STAGE_NAMES, NOT_A_TYPO, PHASE_FILLER_WORDS, STAGE_NAMES, WHOLE_TITLE_STAGE_NAMES } from './stageNames';
import { wordForms } from './wordForms';

/**
 * - exact: the title is a stage's own name ("Gebruik", "Use").
 * - alias: another known name for the stage ("Awareness", "Retouren"), one of the board's own
 *   stage names, or a title that contains such a name ("Oriëntatie & bewustwording").
 * - tolerant: a plural, verb form or typo of a known name ("Considerations", "Gebruick").
 */
export type StageHow = 'exact' | 'alias' | 'tolerant';

/**
 * Why a title was read as no stage:
 * - unknown: it names no stage, not even nearly (an own phase such as "Levering").
 * - two-stages: it names two different stages ("Kopen en gebruik").
 * - ambiguous: it is as near to two stages' names.
 * - taken: it nearly names a stage that another phase names exactly (`nearly`).
 * - shared: another phase nearly names the same stage too; neither is read as it (`nearly`).
 */
export type UnreadWhy = 'unknown' | 'two-stages' | 'ambiguous' | 'taken' | 'shared';

export type StageReading =
  | {
      stage: StageId;
      how: StageHow;
      /** The title as written (trimmed). */
      from: string;
      /** The known name it was read as, folded ("gebruik"). */
      matched: string;
      /** Every stage the phase stands for: [stage], or two for a merged name ("Post-purchase"). */
      covers: readonly StageId[];
    }
  | {
      stage: null;
      how: null;
      from: string;
      why: UnreadWhy;
      /** The stage a refused tolerant reading pointed at ('taken', 'shared'), else null. */
      nearly: StageId | null;
    };

export interface StageTables {
  /** Reads one title on its own (tolerance included, no other phase to conflict with). */
  read(name: string): StageReading;
  /** Reads a journey's phase titles in order, resolving conflicts between them (see readPhaseStages). */
  readAll(names: readonly string[]): StageReading[];
}

interface Entry {
  stage: StageId;
  how: 'exact' | 'alias';
  covers: readonly StageId[];
}

const DIGITS_ONLY = /^\d+$/;
const FILLER = new Set(PHASE_FILLER_WORDS.map(foldName));
const NOT_TYPOS = new Set(NOT_A_TYPO.map(foldName));
/** Below this many letters a name is only read exactly. */
export const MIN_TOLERANT_LETTERS = 5;

/** The part of a phase title that can name a stage: folded, without numbers and filler words. */
export function stageKey(name: string): string {
  return foldName(name)
    .split(' ')
    .filter((w) => w && !DIGITS_ONLY.test(w) && !FILLER.has(w))
    .join(' ');
}

/** The stage tables with the board's own stage names (read as aliases) added. */
export function buildStageTables(extra: Partial<Record<StageId, readonly string[]>> = {}): StageTables {
  const exact = new Map<string, Entry>();
  const add = (name: string, entry: Entry): void => {
    const key = stageKey(name);
    if (key && !exact.has(key)) exact.set(key, entry);
  };
  for (const stage of STAGE_IDS) for (const name of CANONICAL_STAGE_NAMES[stage]) add(name, { stage, how: 'exact', covers: [stage] });
  for (const merged of MERGED_STAGE_NAMES) add(merged.name, { stage: merged.stage, how: 'alias', covers: merged.covers });
  for (const stage of STAGE_IDS) {
    for (const name of [...STAGE_NAMES[stage], ...(extra[stage] ?? [])]) add(name, { stage, how: 'alias', covers: [stage] });
  }
  const wholeOnly = new Set<string>();
  for (const stage of STAGE_IDS) {
    for (const name of WHOLE_TITLE_STAGE_NAMES[stage]) {
      const key = stageKey(name);
      if (!exact.has(key)) wholeOnly.add(key);
      add(name, { stage, how: 'alias', covers: [stage] });
    }
  }

  // Forms of single-word names (several stages may share a form: then it reads as none). Names
  // read only as a whole title are read only exactly.
  const byForm = new Map<string, Set<string>>();
  const names = [...exact.keys()].filter((k) => !wholeOnly.has(k));
  for (const key of names) {
    if (key.includes(' ')) continue;
    for (const form of wordForms(key)) {
      const keys = byForm.get(form) ?? new Set<string>();
      keys.add(key);
      byForm.set(form, keys);
    }
  }

  /** The known names a word or phrase nearly is: forms first, else within the allowed edits. */
  function nearNames(text: string): string[] {
    if (letters(text) < MIN_TOLERANT_LETTERS || NOT_TYPOS.has(text) || exact.has(text)) return [];
    if (!text.includes(' ')) {
      const byForms = new Set<string>();
      for (const form of wordForms(text)) for (const key of byForm.get(form) ?? []) byForms.add(key);
      if (byForms.size > 0) return [...byForms];
    }
    // A typo keeps the first letter: people seldom mistype it, and real words that differ in
    // it are the commonest false friends (royalty/loyalty, looking/booking, warmness/awareness).
    const near: string[] = [];
    for (const key of names) {
      if (key.charCodeAt(0) !== text.charCodeAt(0)) continue;
      const limit = allowedEdits(Math.min(letters(text), letters(key)));
      if (limit > 0 && editDistance(text, key, limit) <= limit) near.push(key);
    }
    return near;
  }

  function stagesOf(keys: readonly string[]): Set<StageId> {
    const stages = new Set<StageId>();
    for (const key of keys) {
      const entry = exact.get(key);
      if (entry) stages.add(entry.stage);
    }
    return stages;
  }

  function read(name: string): StageReading {
    const from = name.trim();
    const unread = (why: UnreadWhy): StageReading => ({ stage: null, how: null, from, why, nearly: null });
    const key = stageKey(name);
    if (!key) return unread('unknown');

    const whole = exact.get(key);
    if (whole) return { stage: whole.stage, how: whole.how, from, matched: key, covers: whole.covers };

    // A typo of a whole known name ("Use and renewl").
    const wholeNear = nearNames(key);
    const wholeStages = stagesOf(wholeNear);
    if (wholeStages.size > 1) return unread('ambiguous');
    const [wholeStage] = wholeStages;
    if (wholeStage) return tolerant(wholeStage, wholeNear);

    // Words and word pairs: "Oriëntatie & bewustwording" is one stage, "Kopen en gebruik" two.
    const words = key.split(' ');
    const parts: string[] = [];
    for (let i = 0; i < words.length; i++) {
      if (i + 1 < words.length) parts.push(`${words[i]} ${words[i + 1]}`);
      parts.push(words[i] ?? '');
    }
    const exactParts = words.length > 1 ? parts.filter((p) => exact.has(p) && !wholeOnly.has(p)) : [];
    const exactStages = stagesOf(exactParts);
    if (exactStages.size > 1) return unread('two-stages');

    // Then its words that were not read exactly, tolerantly.
    const covered = new Set(exactParts.flatMap((p) => p.split(' ')));
    const partNear = words.length > 1 ? parts.filter((p) => !p.split(' ').some((w) => covered.has(w))).flatMap(nearNames) : [];
    const partStages = stagesOf(partNear);
    const [exactStage] = exactStages;
    if (exactStage) {
      if ([...partStages].some((s) => s !== exactStage)) return unread('two-stages');
      const entry = exact.get(exactParts[0] ?? '');
      return { stage: exactStage, how: 'alias', from, matched: exactParts[0] ?? key, covers: entry?.covers ?? [exactStage] };
    }
    if (partStages.size > 1) return unread('two-stages');
    const [partStage] = partStages;
    return partStage ? tolerant(partStage, partNear) : unread('unknown');

    function tolerant(stage: StageId, near: readonly string[]): StageReading {
      const matched = near.find((k) => exact.get(k)?.stage === stage) ?? key;
      return { stage, how: 'tolerant', from, matched, covers: exact.get(matched)?.covers ?? [stage] };
    }
  }

  return { read, readAll: (titles) => resolveConflicts(titles.map(read)) };
}

/**
 * A journey's readings with tolerance never deciding alone between phases: a tolerant reading of
 * a stage that an exact or alias reading already has is dropped ('taken'), and when two tolerant
 * readings point at one stage, both are dropped ('shared'). Exact and alias readings stand as
 * they are (a board may split one stage over two named phases).
 */
export function resolveConflicts(readings: readonly StageReading[]): StageReading[] {
  const named = new Set<StageId>();
  const tolerantCount = new Map<StageId, number>();
  for (const r of readings) {
    if (r.stage === null) continue;
    if (r.how === 'tolerant') tolerantCount.set(r.stage, (tolerantCount.get(r.stage) ?? 0) + 1);
    else for (const s of r.covers) named.add(s);
  }
  return readings.map((r) => {
    if (r.stage === null || r.how !== 'tolerant') return r;
    if (named.has(r.stage)) return { stage: null, how: null, from: r.from, why: 'taken', nearly: r.stage };
    if ((tolerantCount.get(r.stage) ?? 0) > 1) return { stage: null, how: null, from: r.from, why: 'shared', nearly: r.stage };
    return r;
  });
}

function letters(text: string): number {
  return text.replace(/ /g, '').length;
}
