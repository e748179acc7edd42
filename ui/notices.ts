/** Words a notice in the panel's language, with what to do next. Pure. */
import type { WriteSummary } from '../src/messages';
import type { UiStrings } from './i18n';
import type { Notice } from './state';

export interface WordedNotice {
  level: 'info' | 'error';
  text: string;
  /** The sandbox's own (technical, possibly English) wording, shown folded away; null when none. */
  detail: string | null;
}

export function wordNotice(notice: Notice, t: UiStrings): WordedNotice {
  switch (notice.kind) {
    case 'written':
      return { level: 'info', text: t.notices.written(writtenParts(notice.summary, t, notice.action !== 'check' && notice.action !== null)), detail: null };
    case 'export-failed':
      return { level: 'error', text: t.notices.failed, detail: `${t.export.title}: ${notice.message}` };
    case 'sandbox': {
      if (notice.code === null) {
        // A sandbox without codes: its info is shown as sent; an error gets our lead and its text as detail.
        return notice.level === 'info'
          ? { level: 'info', text: notice.message, detail: null }
          : { level: 'error', text: t.notices.failed, detail: notice.message };
      }
      const reason = typeof notice.params.reason === 'string' ? notice.params.reason : notice.message;
      const detail = notice.code === 'failed' || notice.code === 'node-gone' ? reason || null : null;
      return { level: notice.level, text: t.notices[notice.code], detail };
    }
  }
}

/** "3 markers, 5 sticky colours set, …": the non-zero parts of a write, in a fixed order. */
export function writtenParts(summary: WriteSummary, t: UiStrings, restoring = false): string[] {
  const p = t.notices.parts;
  const parts: string[] = [];
  if (summary.markers > 0) parts.push(p.markers(summary.markers));
  if (summary.recoloured > 0) parts.push(restoring ? p.restored(summary.recoloured) : p.recoloured(summary.recoloured));
  if (summary.curvePoints > 0) parts.push(p.curvePoints(summary.curvePoints));
  if (summary.improvementRows > 0) parts.push(p.improvementRows(summary.improvementRows));
  if (summary.removed > 0) parts.push(p.removed(summary.removed));
  if (summary.skipped.length > 0) parts.push(p.skipped(summary.skipped.length));
  return parts;
}
