/**
 * Emotion colours on touchpoint stickies. Before the first recolour the sticky's own paint is
 * stored (COLOUR_KEY, versioned JSON, shared data); the swatch is written as exact hex/255 channels. A sticky
 * the user recoloured by hand after we did is theirs: we drop the stored original, remember
 * that it is released, and never colour it again (restore and clear forget that too).
 */
import type { WritePlan } from '../plan/types';
import { hexOfFills, solidPaint } from './paint';
import { COLOUR_KEY, parseColourRecord, storablePaints, type ColourRecord } from './pluginData';
import { findStickiesWithRecord, readRecord, writeRecord } from './storedRecords';
import { RECOLOUR_PROPERTIES, type WriteLog } from './writeLog';
import type { BoardRead } from './readBoardSnapshot';
import type { SkipReporter } from './skipReporter';

/**
 * Recolours the planned stickies and puts back the ones no longer planned; returns how many were
 * written. Reads per planned sticky: its fill (once: compared, and stored as the original), its
 * colour record only when it has one, and its lock only when a write is due.
 */
export async function applyRecoloursAsync(plan: WritePlan, read: BoardRead, skips: SkipReporter, log: WriteLog): Promise<number> {
  let written = 0;
  const planned = new Set<string>();
  // One search finds every sticky with a colour record; ids come from the read, not from the node.
  const withRecord = new Map<string, StickyNode>();
  for (const sticky of findStickiesWithRecord(figma.currentPage, COLOUR_KEY)) {
    withRecord.set(read.stickyIds.get(sticky) ?? sticky.id, sticky);
  }
  for (const recolour of plan.recolours) {
    planned.add(recolour.stickyId);
    const sticky = read.stickies.get(recolour.stickyId) ?? (await stickyByIdAsync(recolour.stickyId));
    if (!sticky) continue;
    await skips.guard(sticky, () => {
      // A sticky deleted meanwhile throws on the next read; the guard reports it as deleted.
      const record = withRecord.has(recolour.stickyId) ? readColourRecord(sticky, skips) : null;
      if (record?.state === 'released') return;
      const fills = sticky.fills;
      const current = hexOfFills(fills);
      const done = record ? current === record.written && record.written === recolour.hex : current === recolour.hex;
      if (done) return; // the usual rerun: no lock check, no write
      if (read.containers.isEffectivelyLocked(sticky)) return skips.add(recolour.stickyId, 'locked');
      log.touch(recolour.stickyId, ...RECOLOUR_PROPERTIES);
      if (record?.state === 'recoloured') {
        if (current !== record.written) return release(sticky, record.journey);
        writeRecord(sticky, COLOUR_KEY, JSON.stringify({ ...record, written: recolour.hex }));
      } else {
        const original = storablePaints(fills);
        if (!original) return skips.add(recolour.stickyId, 'fill');
        const fresh: ColourRecord = { v: 1, state: 'recoloured', journey: recolour.journeyId, written: recolour.hex, original };
        writeRecord(sticky, COLOUR_KEY, JSON.stringify(fresh)); // the original is safe before the paint changes
      }
      sticky.fills = [solidPaint(recolour.hex)];
      written++;
    });
  }

  // Stickies we coloured earlier that should no longer be (feeling changed, colours turned off).
  const inScope = (journey: string): boolean => plan.scope === null || plan.scope.includes(journey);
  for (const [id, sticky] of withRecord) {
    if (planned.has(id)) continue;
    await skips.guard(sticky, () => {
      const record = readColourRecord(sticky, skips);
      if (!record || record.state === 'released' || !inScope(record.journey)) return;
      if (read.containers.isEffectivelyLocked(sticky)) return skips.add(id, 'locked');
      log.touch(id, ...RECOLOUR_PROPERTIES);
      restoreSticky(sticky, record);
    });
  }
  return written;
}

/**
 * Puts a sticky's original paint back if it still shows the colour we wrote, and forgets the
 * record either way. Returns whether the paint was put back.
 */
export function restoreSticky(sticky: StickyNode, record: ColourRecord): boolean {
  let restored = false;
  if (record.state === 'recoloured' && hexOfFills(sticky.fills) === record.written) {
    sticky.fills = record.original.map((paint): SolidPaint => ({ ...paint, color: { ...paint.color } }));
    restored = true;
  }
  writeRecord(sticky, COLOUR_KEY, '');
  return restored;
}

/** The sticky's colour record; corrupt or old data is counted and treated as absent. */
export function readColourRecord(sticky: StickyNode, skips: { corrupt: number }): ColourRecord | null {
  const raw = readRecord(sticky, COLOUR_KEY);
  if (raw === '') return null;
  const parsed = parseColourRecord(raw);
  if (parsed.ok) return parsed.value;
  skips.corrupt++;
  return null;
}

function release(sticky: StickyNode, journey: string): void {
  const released: ColourRecord = { v: 1, state: 'released', journey };
  writeRecord(sticky, COLOUR_KEY, JSON.stringify(released));
}

async function stickyByIdAsync(id: string): Promise<StickyNode | null> {
  const node = await figma.getNodeByIdAsync(id);
  return node && node.type === 'STICKY' ? node : null;
}
