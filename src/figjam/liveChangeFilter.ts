/**
 * Live mode: which node changes were made by a person (the facilitator running the plugin, origin
 * 'LOCAL', or a collaborator, 'REMOTE') and so call for a fresh report, and which are only the echo
 * of the plugin's own writes. Figma delivers change events asynchronously and batched ("All
 * callbacks run asynchronously", nodechange docs), so the echo of a write can arrive after the
 * action ended: each action's WriteLog stays in force for a short window after it.
 */
import { WriteLog } from './writeLog';

/** How long after an action its echo may still arrive. */
export const ECHO_WINDOW_MS = 1500;

export class LiveChangeFilter {
  private generated: ReadonlySet<string> = new Set();
  private readonly actions: { log: WriteLog; until: number }[] = [];

  /** Nodes Journey Check generated, as of the last read: the engine ignores them, so do we. */
  setGenerated(ids: ReadonlySet<string>): void {
    this.generated = ids;
  }

  /** Starts logging an action's writes; its echo is ignored until `end` + the window. */
  begin(): WriteLog {
    const log = new WriteLog();
    this.actions.push({ log, until: Number.POSITIVE_INFINITY });
    return log;
  }

  end(log: WriteLog, now: number): void {
    const entry = this.actions.find((a) => a.log === log);
    if (entry) entry.until = now + ECHO_WINDOW_MS;
  }

  /** Whether a person made any of these changes. */
  madeByAPerson(changes: readonly NodeChange[], now: number): boolean {
    for (let i = this.actions.length - 1; i >= 0; i--) {
      if ((this.actions[i]?.until ?? 0) < now) this.actions.splice(i, 1);
    }
    return changes.some((change) => !this.generated.has(change.id) && !this.actions.some((a) => a.log.explains(change)));
  }
}
