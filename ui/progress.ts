/**
 * The board's progress as the panel shows it (docs/workshop-progress.md): each journey's
 * completeness over the session's checks, the times of those checks, and the history the
 * facilitator's summary wants. Pure.
 */
import type { Lang } from '../src/domain';
import type { SandboxToUi } from '../src/messages';
import type { CheckRecord } from '../src/progress/checkHistory';
import type { CompactFinding } from '../src/progress/lastFindings';

export type Progress = Extract<SandboxToUi, { type: 'progress' }>;
/** A check as the panel is told it; `f` (the finding keys) when the sandbox sends it. */
export type TimelineCheck = Progress['timeline'][number] & { f?: string };

export interface JourneySeries {
  name: string;
  /** One point per check, oldest first; null where the journey was not on the board. */
  points: (number | null)[];
}

/** Each journey's completeness at every check, journeys in the order they first appear. */
export function seriesOf(timeline: readonly TimelineCheck[]): JourneySeries[] {
  const names: string[] = [];
  for (const check of timeline) for (const j of check.journeys) if (!names.includes(j.name)) names.push(j.name);
  return names.map((name) => ({ name, points: timeline.map((check) => check.journeys.find((j) => j.name === name)?.percent ?? null) }));
}

/**
 * Formats the checks' times in the panel's language: the time of day, with the date too when the
 * checks span more than one day (a board checked again the next morning).
 */
export function checkTimeFormat(times: readonly number[], lang: Lang): (time: number) => string {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const days = new Set(times.map((t) => new Date(t).toDateString()));
  const format = new Intl.DateTimeFormat(locale, days.size > 1 ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } : { hour: '2-digit', minute: '2-digit' });
  return (time) => format.format(time);
}

/** The history the facilitator's summary reads, from the timeline the panel was told. */
export function historyOf(timeline: readonly TimelineCheck[]): CheckRecord[] {
  return timeline.map((check) => ({ t: check.time, j: check.journeys.map((j): [string, number] => [j.name, j.percent]), f: check.f ?? '' }));
}

/** Where a finding was: journey and phase, or null for the whole board. */
export function placeOf(finding: Pick<CompactFinding, 'journey' | 'phase'>): string | null {
  const parts = [finding.journey, finding.phase].filter((p): p is string => p !== null && p !== '');
  return parts.length === 0 ? null : parts.join(' · ');
}
