/** Collects the nodes a run skipped, with a reason in the board's language, and guards per-node work. */
import type { Strings } from '../i18n';

export type SkipReason = keyof Strings['plugin']['skip'];

export class SkipReporter {
  readonly list: { nodeId: string; reason: string }[] = [];
  /** Unreadable plugin data met on the way (ignored, never trusted). */
  corrupt = 0;

  constructor(private readonly reasons: Strings['plugin']['skip']) {}

  add(nodeId: string, reason: SkipReason): void {
    this.list.push({ nodeId, reason: this.reasons[reason] });
  }

  /**
   * Runs one node's work; an error (the node deleted by a collaborator meanwhile, a write Figma
   * refuses) skips that node only. `node` is what the work is about, when there is one.
   */
  async guard(node: SceneNode | null, work: () => void | Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const gone = node !== null && isRemoved(node);
      this.add(node && !gone ? node.id : (node?.id ?? ''), gone ? 'deleted' : 'failed');
      if (!gone) console.error('Journey Check:', error);
    }
  }
}

function isRemoved(node: SceneNode): boolean {
  try {
    return node.removed;
  } catch {
    return true;
  }
}
