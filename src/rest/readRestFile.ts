/**
 * Figma REST file JSON (`GET /v1/files/:key`, or `GET /v1/files/:key/nodes?ids=…`) → BoardSnapshot.
 *
 * One page is read: the page named by `options.page` (name or id), else the first page that has
 * anything on it. Pages have their own coordinate spaces, so merging them would put unrelated
 * stickies side by side. Membership follows the tree: a node's parentId is its innermost
 * SECTION; groups, frames and any other container are looked through. The walk is iterative
 * (no recursion limit on deep boards) and touches every node once.
 */
import type { BoardSnapshot, Rect, Rgb, SnapshotNode, SnapshotNodeKind } from '../snapshot';
import { BoardReadError } from './BoardReadError';
import { recogniseGenerated } from './recogniseGenerated';
import { stringsFor, type Strings } from '../i18n';
import type { Lang } from '../settings';
import { SETTINGS_RECORD_KEY } from '../settingsRecord';

export { BoardReadError };

/** Plugin data key that Journey Check puts on everything it creates. */
export const GENERATED_DATA_KEY = 'journeyCheck';
/** Shared plugin data namespace of that tag (src/figjam/pluginData.ts SHARED_NAMESPACE; `plugin_data=shared`). */
export const GENERATED_SHARED_NAMESPACE = 'journeycheck';

export interface ReadRestOptions {
  /** Page to read, by name (case-insensitive) or id; default: the first page with content. */
  page?: string;
  /** Language of the error messages (default English). */
  lang?: Lang;
  /**
   * Also recognise what the plugin wrote by its form (recogniseGenerated.ts), for downloads that
   * carry no tags (no `plugin_data`) or only some. Default true.
   */
  recogniseByForm?: boolean;
}

type ReadStrings = Strings['report']['read'];

type JsonObject = Record<string, unknown>;

const KIND_BY_TYPE: Readonly<Record<string, SnapshotNodeKind>> = {
  SECTION: 'section',
  STICKY: 'sticky',
  SHAPE_WITH_TEXT: 'shape',
  TEXT: 'text',
  CONNECTOR: 'connector',
  STAMP: 'stamp',
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "an array", "a number" … in the message language. */
function describe(t: ReadStrings, value: unknown): string {
  if (value === null) return t.got.null;
  if (Array.isArray(value)) return t.got.array;
  switch (typeof value) {
    case 'object':
      return t.got.object;
    case 'string':
      return t.got.string;
    case 'number':
      return t.got.number;
    case 'boolean':
      return t.got.boolean;
    default:
      return t.got.other;
  }
}

/** Parses the text of a REST file and reads it. Throws BoardReadError on anything unreadable. */
export function readRestBoardText(text: string, options: ReadRestOptions = {}): BoardSnapshot {
  return readRestBoard(parseRestText(text, options), options);
}

/** The JSON of a REST file's text. Throws BoardReadError (empty, not JSON, cut off). */
export function parseRestText(text: string, options: Pick<ReadRestOptions, 'lang'> = {}): unknown {
  const t = stringsFor(options.lang ?? 'en').report.read;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new BoardReadError(t.empty(t.howToExport));
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const reason = parseFailureReason(error);
    throw new BoardReadError(looksCutOff(reason, body) ? t.cutOff(reason) : t.notJson(reason, t.howToExport));
  }
  return json;
}

/**
 * The board settings record the plugin keeps on the document, as a download carries it: in shared
 * plugin data with `plugin_data=shared`, or (earlier versions) in a plugin's private data with
 * `plugin_data=ID`. '' when the download has none.
 */
export function settingsRecordIn(json: unknown): string {
  return documentRecordIn(json, SETTINGS_RECORD_KEY);
}

/** One of the plugin's records on the document (settings, history of checks); '' when absent. */
export function documentRecordIn(json: unknown, key: string): string {
  if (!isObject(json) || !isObject(json['document'])) return '';
  const document = json['document'];
  const shared = document['sharedPluginData'];
  if (isObject(shared)) {
    const ours = shared[GENERATED_SHARED_NAMESPACE];
    const record = isObject(ours) ? ours[key] : undefined;
    if (typeof record === 'string' && record !== '') return record;
  }
  const own = document['pluginData'];
  if (isObject(own)) {
    for (const data of Object.values(own)) {
      const record = isObject(data) ? data[key] : undefined;
      if (typeof record === 'string' && record !== '') return record;
    }
  }
  return '';
}

/**
 * JSON.parse's message without the start of the text V8 quotes (`…, "\u0000\u001b[2J…" is not
 * valid JSON`): for a binary file those are raw bytes — control characters and escape sequences
 * on the user's terminal. A quoted token that is not printable ASCII is named by its code.
 */
function parseFailureReason(error: unknown): string {
  const message = (error instanceof Error ? error.message.split('\n')[0] : undefined) ?? '';
  const reason = message
    .replace(/, ".*is not valid JSON$/, '')
    .replace(/'([^']*)'/g, (quoted, token: string) => (/^[\x21-\x7e]+$/.test(token) ? quoted : [...token].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')));
  return reason.trim() === '' ? 'syntax error' : reason;
}

/** A parse error at the very end of the text: the download (or copy) stopped half-way. */
function looksCutOff(reason: string, body: string): boolean {
  if (/end of (json )?input/i.test(reason)) return true;
  const position = /at position (\d+)/.exec(reason)?.[1];
  return position !== undefined && Number(position) >= body.trimEnd().length && !/after JSON/i.test(reason);
}

/** Reads parsed REST JSON (file or nodes response) into a snapshot. */
export function readRestBoard(json: unknown, options: ReadRestOptions = {}): BoardSnapshot {
  const t = stringsFor(options.lang ?? 'en').report.read;
  if (!isObject(json)) throw new BoardReadError(t.notAFile(describe(t, json), t.howToExport));
  const name = typeof json['name'] === 'string' ? json['name'] : '';
  if (json['document'] === undefined && json['nodes'] === undefined && (json['status'] !== undefined || json['err'] !== undefined)) {
    const status = typeof json['status'] === 'number' ? `${json['status']}: ` : '';
    throw new BoardReadError(t.apiError(status, String(json['err'] ?? '')));
  }
  const pages = collectPages(t, json);
  const page = choosePage(t, pages, options.page);
  const nodes = walkPage(t, page.children);
  if (options.recogniseByForm !== false) markByForm(nodes, page.children);
  const snapshot: BoardSnapshot = { name: name || page.name, nodes };
  // No stamp anywhere in the download: the published REST specification lists no STAMP node
  // (@figma/rest-api-spec 0.43.0, SubcanvasNode union), so a download may leave them out and a
  // 0 would be a guess. Votes then read "not available in this download", never a silent 0.
  if (!nodes.some((n) => n.kind === 'stamp') && !pages.some((p) => p !== page && holdsStamp(p.children))) snapshot.stampsKnown = false;
  return snapshot;
}

/** Whether a STAMP node lies anywhere in these raw REST nodes (walked without recursion). */
function holdsStamp(roots: readonly unknown[]): boolean {
  const stack: unknown[] = [...roots];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (!isObject(next)) continue;
    if (next['type'] === 'STAMP') return true;
    const children = next['children'];
    if (Array.isArray(children)) for (const child of children) stack.push(child);
  }
  return false;
}

/**
 * Our nodes by form as well as by tag. A download without `plugin_data` has no tags at all; one
 * with `plugin_data=<id>` has only the private tags of that id, which nodes written after the move
 * to shared plugin data lack. So form is always looked at, not only when no tag is seen: a board
 * can hold tagged and untagged output of ours side by side.
 */
function markByForm(nodes: SnapshotNode[], roots: unknown[]): void {
  const ours = recogniseGenerated(roots);
  if (ours.size === 0) return;
  for (const node of nodes) if (ours.has(node.id)) node.generated = true;
}

interface Page {
  id: string;
  name: string;
  children: unknown[];
}

function collectPages(t: ReadStrings, json: JsonObject): Page[] {
  if (json['document'] !== undefined) return pagesOfDocument(t, json['document']);
  if (json['type'] === 'DOCUMENT') return pagesOfDocument(t, json);
  if (json['nodes'] !== undefined) return pagesOfNodesResponse(t, json['nodes']);
  throw new BoardReadError(t.noDocument(t.howToExport));
}

function pagesOfDocument(t: ReadStrings, document: unknown): Page[] {
  if (!isObject(document)) throw new BoardReadError(t.documentNotObject(describe(t, document)));
  if (document['type'] !== undefined && document['type'] !== 'DOCUMENT') {
    throw new BoardReadError(t.documentWrongType(JSON.stringify(document['type'])));
  }
  const children = document['children'];
  if (children === undefined) throw new BoardReadError(t.noPageList);
  if (!Array.isArray(children)) throw new BoardReadError(t.pagesNotList(describe(t, children)));
  const pages: Page[] = [];
  for (const child of children) {
    if (isObject(child) && child['type'] === 'CANVAS') pages.push(pageOf(t, child));
  }
  if (pages.length === 0) throw new BoardReadError(t.noPages);
  return pages;
}

function pageOf(t: ReadStrings, canvas: JsonObject): Page {
  const children = canvas['children'] ?? [];
  const id = typeof canvas['id'] === 'string' ? canvas['id'] : '';
  const name = typeof canvas['name'] === 'string' ? canvas['name'] : '';
  if (!Array.isArray(children)) throw new BoardReadError(t.pageChildren(name || id, describe(t, children)));
  return { id, name, children };
}

/** `/v1/files/:key/nodes` answers `{ nodes: { id: { document: node } | null } }`. */
function pagesOfNodesResponse(t: ReadStrings, nodes: unknown): Page[] {
  if (!isObject(nodes)) throw new BoardReadError(t.nodesNotObject(describe(t, nodes)));
  const pages: Page[] = [];
  const loose: unknown[] = [];
  for (const entry of Object.values(nodes)) {
    if (!isObject(entry)) continue; // null: an id that does not exist
    const root = entry['document'];
    if (!isObject(root)) continue;
    if (root['type'] === 'DOCUMENT') pages.push(...pagesOfDocument(t, root));
    else if (root['type'] === 'CANVAS') pages.push(pageOf(t, root));
    else loose.push(root);
  }
  if (loose.length > 0) pages.push({ id: '', name: t.selectedNodes, children: loose });
  if (pages.length === 0) throw new BoardReadError(t.nodesEmpty);
  return pages;
}

function choosePage(t: ReadStrings, pages: Page[], wanted: string | undefined): Page {
  if (wanted !== undefined) {
    const key = wanted.trim().toLowerCase();
    const found = pages.find((p) => p.id === wanted || p.name.trim().toLowerCase() === key);
    if (!found) {
      const names = pages.map((p) => JSON.stringify(p.name)).join(', ');
      throw new BoardReadError(t.noSuchPage(JSON.stringify(wanted), names));
    }
    return found;
  }
  // `pages` is never empty here (collectPages throws first).
  return pages.find((p) => p.children.length > 0) ?? (pages[0] as Page);
}

function walkPage(t: ReadStrings, roots: unknown[]): SnapshotNode[] {
  const out: SnapshotNode[] = [];
  // Stack in reverse so nodes come out in document order (pre-order, back to front). Three
  // parallel stacks rather than one object per node: a 50k-node board makes no garbage here.
  const nodes: unknown[] = [];
  const sectionIds: (string | null)[] = [];
  const visibles: boolean[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    nodes.push(roots[i]);
    sectionIds.push(null);
    visibles.push(true);
  }
  while (nodes.length > 0) {
    const raw = nodes.pop();
    const parentSection = sectionIds.pop() ?? null;
    const parentVisible = visibles.pop() ?? true;
    if (!isObject(raw)) throw new BoardReadError(t.nodeNotObject(describe(t, raw)));
    const node = toSnapshotNode(t, raw, parentSection, parentVisible);
    out.push(node);
    const children = raw['children'];
    if (children === undefined) continue;
    if (!Array.isArray(children)) throw new BoardReadError(t.childrenNotList(node.id, describe(t, children)));
    const sectionId = node.kind === 'section' ? node.id : parentSection;
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]);
      sectionIds.push(sectionId);
      visibles.push(node.visible);
    }
  }
  return out;
}

function toSnapshotNode(t: ReadStrings, raw: JsonObject, parentId: string | null, parentVisible: boolean): SnapshotNode {
  const id = raw['id'];
  const type = raw['type'];
  if (typeof id !== 'string' || id === '') throw new BoardReadError(t.noId(JSON.stringify(type) ?? '?'));
  if (typeof type !== 'string') throw new BoardReadError(t.noType(id));
  const kind = KIND_BY_TYPE[type] ?? 'other';
  const node: SnapshotNode = {
    id,
    kind,
    type,
    name: stringField(t, raw, 'name', id),
    text: stringField(t, raw, 'characters', id),
    bounds: boundsOf(t, raw, id),
    parentId,
    fill: firstSolidFill(raw['fills']),
    author: null, // REST files carry no author names
    visible: parentVisible && raw['visible'] !== false,
  };
  if (kind === 'connector') {
    node.connectorStart = endpointOf(raw['connectorStart']);
    node.connectorEnd = endpointOf(raw['connectorEnd']);
  }
  if (kind === 'stamp') node.stuckTo = null; // REST does not say what a stamp is stuck to
  if (isGenerated(raw)) node.generated = true;
  return node;
}

function stringField(t: ReadStrings, raw: JsonObject, key: string, id: string): string {
  const value = raw[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new BoardReadError(t.notString(id, key, describe(t, value)));
  return value;
}

function boundsOf(t: ReadStrings, raw: JsonObject, id: string): Rect | null {
  const box = raw['absoluteBoundingBox'];
  if (box === undefined || box === null) return null;
  if (!isObject(box)) throw new BoardReadError(t.boundsNotObject(id, describe(t, box)));
  const { x, y, width, height } = box;
  if (typeof x !== 'number' || typeof y !== 'number' || typeof width !== 'number' || typeof height !== 'number') {
    throw new BoardReadError(t.boundsNotNumeric(id));
  }
  return { x, y, width, height };
}

function firstSolidFill(fills: unknown): Rgb | null {
  if (!Array.isArray(fills)) return null;
  for (const paint of fills) {
    if (!isObject(paint) || paint['type'] !== 'SOLID' || paint['visible'] === false || paint['opacity'] === 0) continue;
    const color = paint['color'];
    if (!isObject(color)) continue;
    const { r, g, b } = color;
    if (typeof r === 'number' && typeof g === 'number' && typeof b === 'number') return { r, g, b };
  }
  return null;
}

function endpointOf(end: unknown): string | null {
  if (!isObject(end)) return null;
  const target = end['endpointNodeId'];
  return typeof target === 'string' && target !== '' ? target : null;
}

/**
 * Tagged by Journey Check: key `journeyCheck` in the private plugin data of any plugin id (the
 * development id, the published one), or in shared plugin data under our namespace `journeycheck`.
 * Any non-empty value counts: the old shared marker `'1'` and the tag JSON alike.
 */
function isGenerated(raw: JsonObject): boolean {
  return hasTag(raw['pluginData'], null) || hasTag(raw['sharedPluginData'], GENERATED_SHARED_NAMESPACE);
}

/** `data`: `{ <plugin id or namespace>: { <key>: <value> } }`; `only`: the one namespace to look in. */
function hasTag(data: unknown, only: string | null): boolean {
  if (!isObject(data)) return false;
  for (const [owner, entries] of Object.entries(data)) {
    if (only !== null && owner !== only) continue;
    if (isObject(entries)) {
      const tag = entries[GENERATED_DATA_KEY];
      if (typeof tag === 'string' && tag !== '') return true;
    }
  }
  return false;
}
