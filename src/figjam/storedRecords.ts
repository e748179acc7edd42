/**
 * Where Journey Check keeps its records on the board: as SHARED plugin data under one fixed
 * namespace, so they stay readable whatever id the plugin has. Private plugin data is keyed to the
 * plugin id, and Figma gives a plugin a new id when it is published: "data will become
 * inaccessible if your plugin ID changes" (developers.figma.com, plugin data / setPluginData).
 * Shared data: "can be read by any plugin" and needs a namespace of at least 3 alphanumeric
 * characters (plugin-api.d.ts, setSharedPluginData).
 *
 * Earlier versions wrote the records as private data (and only a '1' marker in shared data).
 * Those are still read here, and `migrateLegacyRecords` moves them to shared data at the start
 * of every run that writes.
 */
import { parseSettingsRecord } from '../settingsRecord';
import { COLOUR_KEY, parseColourRecord, parseGeneratedTag, SETTINGS_KEY, SHARED_NAMESPACE, TAG_KEY, type GeneratedTag } from './pluginData';

/** The shared tag of versions that kept the tag itself in private data. */
const LEGACY_SHARED_MARKER = '1';

/** A record's raw value: the shared copy, else the private one an earlier version wrote ('' if none). */
export function readRecord(node: BaseNode, key: string): string {
  const shared = node.getSharedPluginData(SHARED_NAMESPACE, key);
  if (shared !== '' && !(key === TAG_KEY && shared === LEGACY_SHARED_MARKER)) return shared;
  const legacy = node.getPluginData(key);
  return legacy !== '' ? legacy : shared;
}

/** Writes (or with '' deletes) a record in shared data. */
export function writeRecord(node: BaseNode, key: string, value: string): void {
  node.setSharedPluginData(SHARED_NAMESPACE, key, value);
}

export type TagReading =
  /** A tag this version understands. */
  | { state: 'ok'; tag: GeneratedTag }
  /** Made by an earlier version whose tag is private to another plugin id: ours, content unknown. */
  | { state: 'legacy' }
  /** Data that does not parse: never trusted, never removed, only reported. */
  | { state: 'corrupt' };

export function readGeneratedTag(node: BaseNode): TagReading {
  const raw = readRecord(node, TAG_KEY);
  if (raw === LEGACY_SHARED_MARKER) return { state: 'legacy' };
  const parsed = parseGeneratedTag(raw);
  return parsed.ok ? { state: 'ok', tag: parsed.value } : { state: 'corrupt' };
}

/** Whether Journey Check made this node (any version, any plugin id that could be read). */
export function isGenerated(node: BaseNode): boolean {
  return readRecord(node, TAG_KEY) !== '';
}

const sharedCriteria = (key: string) => ({ sharedPluginData: { namespace: SHARED_NAMESPACE, keys: [key] } });

/** Nodes of the page carrying one of our records, shared or legacy private, each once. */
export function findWithRecord(page: PageNode, key: string): SceneNode[] {
  return union(page.findAllWithCriteria(sharedCriteria(key)), page.findAllWithCriteria({ pluginData: { keys: [key] } }));
}

/** Stickies of the page carrying one of our records (colour records), shared or legacy private. */
export function findStickiesWithRecord(page: PageNode, key: string): StickyNode[] {
  return union(
    page.findAllWithCriteria({ types: ['STICKY'], ...sharedCriteria(key) }),
    page.findAllWithCriteria({ types: ['STICKY'], pluginData: { keys: [key] } }),
  );
}

function union<T extends SceneNode>(found: T[], legacy: T[]): T[] {
  if (legacy.length === 0) return found;
  // Only boards from an earlier version get here; ids, not object identity, tell the same node.
  const seen = new Set(found.map((node) => node.id));
  for (const node of legacy) if (!seen.has(node.id)) found.push(node);
  return found;
}

/**
 * Moves records an earlier version kept in private data to shared data (tags, colour records,
 * board settings). Returns how many were moved. Only runs that write call it (opening the panel
 * never writes), and only records that parse move: unreadable data is never trusted and stays as
 * it is, where the readers report it.
 */
export function migrateLegacyRecords(page: PageNode): number {
  let moved = 0;
  const move = (node: BaseNode, key: string, valid: (raw: string) => boolean) => {
    const legacy = node.getPluginData(key);
    if (legacy === '' || !valid(legacy)) return;
    node.setSharedPluginData(SHARED_NAMESPACE, key, legacy);
    node.setPluginData(key, '');
    moved++;
  };
  for (const node of page.findAllWithCriteria({ pluginData: { keys: [TAG_KEY] } })) move(node, TAG_KEY, (raw) => parseGeneratedTag(raw).ok);
  for (const node of page.findAllWithCriteria({ types: ['STICKY'], pluginData: { keys: [COLOUR_KEY] } })) {
    move(node, COLOUR_KEY, (raw) => parseColourRecord(raw).ok);
  }
  move(figma.root, SETTINGS_KEY, (raw) => !parseSettingsRecord(raw).corrupt);
  return moved;
}
