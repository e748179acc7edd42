/** "Restore colours": every sticky Journey Check recoloured gets its original paint back. */
import { readColourRecord, restoreSticky } from './applyRecolours';
import { COLOUR_KEY } from './pluginData';
import { indexContainers, type ContainerIndex } from './containerIndex';
import type { SkipReporter } from './skipReporter';
import { findStickiesWithRecord } from './storedRecords';
import { RECOLOUR_PROPERTIES, type WriteLog } from './writeLog';

/** Returns how many stickies got their paint back; hand-recoloured ones keep the user's colour. */
export async function restoreColoursAsync(
  page: PageNode,
  skips: SkipReporter,
  log: WriteLog,
  containers: ContainerIndex = indexContainers(page),
): Promise<number> {
  let restored = 0;
  for (const sticky of findStickiesWithRecord(page, COLOUR_KEY)) {
    await skips.guard(sticky, () => {
      const record = readColourRecord(sticky, skips);
      if (!record) return; // corrupt: counted, never trusted, left as it is
      if (containers.isEffectivelyLocked(sticky)) return skips.add(sticky.id, 'locked');
      log.touch(sticky, ...RECOLOUR_PROPERTIES);
      if (restoreSticky(sticky, record)) restored++;
    });
  }
  return restored;
}
