/**
 * "Clear": removes every node Journey Check created (user content inside our sections is moved
 * out first), puts every recoloured sticky back, and removes our relaunch buttons, so the board
 * is as it was before the first run. Only tagged nodes are ever removed.
 */
import { indexContainers } from './containerIndex';
import { TAG_KEY } from './pluginData';
import { removeGenerated } from './removeGenerated';
import { restoreColoursAsync } from './restoreColours';
import type { SkipReporter } from './skipReporter';
import { findWithRecord, readGeneratedTag } from './storedRecords';
import { RELAUNCH_PROPERTIES, type WriteLog } from './writeLog';

export interface ClearResult {
  removed: number;
  restored: number;
}

export async function clearBoardAsync(page: PageNode, skips: SkipReporter, log: WriteLog): Promise<ClearResult> {
  let removed = 0;
  // Locks of the sections around a node, read once per section (not up the tree for every node).
  // A section we remove only ever moves user content to the page, which is never locked.
  const containers = indexContainers(page);
  for (const node of findWithRecord(page, TAG_KEY)) {
    await skips.guard(node, () => {
      if (node.removed) return; // went with a section of ours
      // A tag an earlier version wrote under another plugin id still says "ours": it goes too.
      if (readGeneratedTag(node).state === 'corrupt') {
        skips.corrupt++;
        return;
      }
      if (containers.isEffectivelyLocked(node)) return skips.add(node.id, 'locked');
      log.own(node);
      removeGenerated(node, page, log);
      removed++;
    });
  }
  const restored = await restoreColoursAsync(page, skips, log, containers);
  for (const section of page.findAllWithCriteria({ types: ['SECTION'] })) {
    await skips.guard(section, () => {
      const data = section.getRelaunchData();
      if (!('check' in data)) return;
      const rest: { [command: string]: string } = {};
      for (const [command, description] of Object.entries(data)) if (command !== 'check') rest[command] = description;
      log.touch(section, ...RELAUNCH_PROPERTIES);
      section.setRelaunchData(rest);
    });
  }
  return { removed, restored };
}
