/**
 * The emulated document and session: node index, proxies (facades), counters, fonts, events,
 * async operations, faults and the closed state. One instance per createEmulator().
 */
import { bump, emptyCounters } from './counters';
import { FontBook, fontKey } from './fonts';
import { createGate, type GateHost, type Side } from './gate';
import repoManifest from '../../manifest.json';
import { absoluteBox, containerOffset, descendants, detach, NodeImpl, pageOf, setGeometryLookup, TextModel, type Origin } from './model';
import { nodeMembers, textMembers } from './node-members';
import { EmulatorError, exportValue, hostRealm, toRealmError, type ExportContext } from './realm';
import type { EmulatorOptions, FaultTrigger, ManifestLike, Realm, RelaunchProblem, UndoStep } from './types';

/** The repo's manifest.json, bundled (vitest and esbuild both inline a JSON import; no file access at run time). */
export const DEFAULT_MANIFEST: ManifestLike = repoManifest;

/** Labels kept per undo step (the counts stay exact). */
const UNDO_OPS_CAP = 40;

/** Who makes a test-side edit: the user running the plugin (LOCAL) or another user in the file (REMOTE). */
export type Editor = 'runner' | 'other';

/**
 * A real macrotask: setImmediate where the host has it (Node: no 1 ms clamp; a QuickJS harness may
 * inject one for the bare identifier), else setTimeout 0. `typeof` keeps a host without it safe.
 */
const macrotask = (fn: () => void): void => {
  if (typeof setImmediate === 'function') setImmediate(fn);
  else setTimeout(fn, 0);
};

type Listener = (...args: unknown[]) => unknown;

interface ChangeRecord {
  type: 'CREATE' | 'DELETE' | 'PROPERTY_CHANGE';
  node: NodeImpl;
  origin: Origin;
  properties: Set<string>;
  /** The page the node was on when it changed (PageNode.on('nodechange') is per page). */
  page: NodeImpl | null;
}

type Options = Required<Omit<EmulatorOptions, 'documentAccess' | 'permissions'>> & {
  documentAccess: 'dynamic-page' | 'full';
  permissions: string[];
};

interface Fault {
  trigger: FaultTrigger;
  fault: () => void;
  seen: number;
  fired: boolean;
}

const TYPE_LABELS: Partial<Record<NodeType, string>> = {
  DOCUMENT: 'DocumentNode',
  PAGE: 'PageNode',
  SECTION: 'SectionNode',
  STICKY: 'StickyNode',
  SHAPE_WITH_TEXT: 'ShapeWithTextNode',
  CONNECTOR: 'ConnectorNode',
  TEXT: 'TextNode',
  STAMP: 'StampNode',
  GROUP: 'GroupNode',
};

export class EmulatedDocument implements GateHost {
  realm: Realm = hostRealm;
  readonly counters = emptyCounters();
  readonly fonts: FontBook;
  readonly index = new Map<string, NodeImpl>();
  readonly root: NodeImpl;
  /** The first page (emu.page). */
  readonly firstPage: NodeImpl;
  /** The current page (figma.currentPage). */
  page: NodeImpl;
  readonly options: Options;
  readonly manifest: ManifestLike;
  closed = false;
  closeMessage: string | undefined;
  /** figma.loadAllPagesAsync() ran in this session. */
  allPagesLoaded = false;
  /** Pages loaded for the plugin in this session (dynamic-page); the current page always is. */
  readonly loadedPages = new Set<NodeImpl>();
  pendingAsync = 0;
  readonly uncaught: unknown[] = [];
  /** figma.on(...) listeners by event name. */
  readonly listeners = new Map<string, { fn: Listener; once: boolean }[]>();
  /** PageNode.on('nodechange') listeners, per page. */
  readonly nodechangeListeners = new Map<NodeImpl, { fn: Listener; once: boolean }[]>();
  readonly closeHooks: (() => void)[] = [];
  /** Run when a new plugin session starts (UI handlers, parameter handlers). */
  readonly sessionHooks: (() => void)[] = [];
  /** Who makes test-side edits right now (emu.asRunner / asOtherUser). */
  editor: Editor = 'other';
  readonly undoSteps: UndoStep[] = [];
  /** The open undo step: plugin writes since the last commitUndo (runner edits merge into it). */
  undoPending: UndoStep | null = null;
  /** A runner action's own step while no plugin step is open (closed when asRunner returns). */
  private runnerStep: UndoStep | null = null;
  readonly relaunchProblems: RelaunchProblem[] = [];
  /** figma.mixed. */
  readonly mixed = Symbol('figma.mixed');
  /** API sub-objects (figma.ui, figma.viewport…) handed out as they are. */
  readonly passThrough = new WeakSet<object>();
  command = '';

  private acting: Side = 'test';
  private readonly facades = { plugin: new WeakMap<object, object>(), test: new WeakMap<object, object>() };
  private readonly implOf = new WeakMap<object, NodeImpl | TextModel>();
  private readonly faults: Fault[] = [];
  private pendingChanges: ChangeRecord[] = [];
  private selectionChanged = false;
  private pageChanged = false;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private flushWaiters: (() => void)[] = [];
  private nextId = 1;

  constructor(options: EmulatorOptions = {}) {
    const manifest = options.manifest ?? DEFAULT_MANIFEST;
    this.manifest = manifest;
    // Without "documentAccess": "dynamic-page" Figma loads every page before the plugin runs
    // (typings, PluginAPI.loadAllPagesAsync: "This method is only necessary if the plugin manifest contains …").
    const access = options.documentAccess ?? (manifest.documentAccess === 'dynamic-page' ? 'dynamic-page' : 'full');
    this.options = {
      manifest,
      documentAccess: access,
      command: options.command ?? '',
      permissions: options.permissions ?? manifest.permissions ?? [],
      userName: options.userName ?? 'Test User',
      fonts: options.fonts ?? [],
      pageName: options.pageName ?? 'Page 1',
      asyncDelayMs: options.asyncDelayMs ?? 0,
    };
    this.fonts = new FontBook(this.options.fonts);
    this.command = this.options.command;
    this.root = new NodeImpl('0:0', 'DOCUMENT');
    this.firstPage = new NodeImpl('0:1', 'PAGE', this.options.pageName);
    this.page = this.firstPage;
    this.firstPage.parent = this.root;
    this.root.children?.push(this.firstPage);
    this.index.set(this.root.id, this.root);
    this.index.set(this.firstPage.id, this.firstPage);
    this.loadedPages.add(this.firstPage);
    setGeometryLookup((id) => this.index.get(id));
  }

  get actingSide(): Side {
    return this.acting;
  }

  /**
   * typings, BaseDocumentChange.origin: "If the change is 'LOCAL' it is from the user running the plugin
   * and if it is 'REMOTE' it is from a different user in the file." The plugin's writes and the
   * runner's own edits (emu.asRunner) are LOCAL; everything else the test does is REMOTE.
   */
  get origin(): Origin {
    return this.acting === 'plugin' || this.editor === 'runner' ? 'LOCAL' : 'REMOTE';
  }

  // ---- pages ----------------------------------------------------------------------------------

  /** figma.pluginId: the manifest's id (Figma assigns it; plugin data is stored under it). */
  get pluginId(): string {
    return this.sessionPluginId ?? this.manifest.id ?? 'journey-check-test';
  }

  /** The id a session runs under when it is not the manifest's (the plugin was published: new id). */
  private sessionPluginId: string | null = null;
  /** Private plugin data of the ids not running now, per node: "private to the plugin" that wrote it. */
  private readonly privateDataOfOtherIds = new Map<string, Map<NodeImpl, Map<string, string>>>();

  /**
   * Runs the next sessions under another plugin id. Private plugin data belongs to the id that
   * wrote it — "data will become inaccessible if your plugin ID changes" (developers.figma.com,
   * plugin data) — so each node's private data of the old id is put away and the new id's comes back.
   */
  switchPluginId(id: string): void {
    const old = this.pluginId;
    if (id === old) return;
    const stash = new Map<NodeImpl, Map<string, string>>();
    const incoming = this.privateDataOfOtherIds.get(id) ?? new Map<NodeImpl, Map<string, string>>();
    for (const node of this.index.values()) {
      if (node.pluginData.size > 0) stash.set(node, node.pluginData);
      node.pluginData = incoming.get(node) ?? new Map<string, string>();
    }
    this.privateDataOfOtherIds.set(old, stash);
    this.privateDataOfOtherIds.delete(id);
    this.sessionPluginId = id;
  }

  get pages(): NodeImpl[] {
    return this.root.children ?? [];
  }

  addPage(name: string | undefined): NodeImpl {
    const page = new NodeImpl(this.newId(), 'PAGE', name ?? `Page ${this.pages.length + 1}`);
    page.parent = this.root;
    this.root.children?.push(page);
    this.index.set(page.id, page);
    if (this.options.documentAccess === 'full' || this.allPagesLoaded) this.loadedPages.add(page);
    return page;
  }

  /** A page's children and find* are available to the plugin (typings, ChildrenMixin.children: dynamic-page → PageNode.loadAsync first). */
  isPageLoaded(page: NodeImpl): boolean {
    return this.options.documentAccess === 'full' || this.allPagesLoaded || this.loadedPages.has(page);
  }

  /** Makes `page` the current page (loaded); the events follow with the next flush unless `quiet`. */
  setCurrentPage(page: NodeImpl, quiet = false): void {
    if (page.type !== 'PAGE' || !this.pages.includes(page)) throw new EmulatorError('Expected a page of this document');
    this.loadedPages.add(page);
    if (page === this.page) return;
    this.page = page;
    if (quiet) return;
    this.pageChanged = true;
    this.selectionChanged = true;
    this.scheduleFlush();
  }

  // ---- sessions -------------------------------------------------------------------------------

  /**
   * A new plugin session (the user runs the plugin again): no fonts loaded, only the current page
   * loaded, no listeners, the previous session's undo step closed. Fonts stay available.
   */
  startSession(options: { pluginId?: string } = {}): void {
    if (options.pluginId !== undefined) this.switchPluginId(options.pluginId);
    if (!this.closed) this.close(undefined);
    this.closed = false;
    this.closeMessage = undefined;
    this.listeners.clear();
    this.nodechangeListeners.clear();
    this.fonts.unloadAll();
    this.allPagesLoaded = false;
    this.loadedPages.clear();
    this.loadedPages.add(this.page);
    this.closeUndoStep();
    for (const hook of this.sessionHooks) hook();
  }

  // ---- undo history ---------------------------------------------------------------------------

  /** figma.commitUndo() / closePlugin: the open step becomes history (an empty one adds nothing). */
  closeUndoStep(): void {
    if (this.undoPending) this.undoSteps.push(this.undoPending);
    this.undoPending = null;
  }

  private static addOp(step: UndoStep, label: string): void {
    if (step.ops.length < UNDO_OPS_CAP) step.ops.push(label);
    else step.ops[UNDO_OPS_CAP - 1] = '…';
  }

  /** Records one edit by the plugin or the runner in the undo history; other users' edits never enter it. */
  recordEdit(label: string): void {
    if (this.acting === 'plugin') {
      this.undoPending ??= { pluginWrites: 0, runnerEdits: 0, ops: [] };
      this.undoPending.pluginWrites++;
      EmulatedDocument.addOp(this.undoPending, label);
    } else if (this.editor === 'runner') {
      // Without commitUndo the plugin's open step and the user's own edit undo together.
      const step = this.undoPending ?? (this.runnerStep ??= { pluginWrites: 0, runnerEdits: 0, ops: [] });
      step.runnerEdits++;
      EmulatedDocument.addOp(step, `runner: ${label}`);
    }
  }

  /** Runs `fn` with test-side edits made by `editor`; one runner call is one user action (one undo step). */
  editAs<R>(editor: Editor, fn: () => R): R {
    const previous = this.editor;
    const outer = editor === 'runner' && previous !== 'runner';
    this.editor = editor;
    try {
      const result = fn();
      if (isThenable(result)) {
        throw new EmulatorError(`${editor === 'runner' ? 'asRunner' : 'asOtherUser'}: fn must be synchronous (it returned a promise)`);
      }
      return result;
    } finally {
      this.editor = previous;
      if (outer && this.runnerStep) {
        this.undoSteps.push(this.runnerStep);
        this.runnerStep = null;
      }
    }
  }

  // ---- GateHost -------------------------------------------------------------------------------

  assertOpen(side: Side, name: string): void {
    if (side === 'plugin' && this.closed) {
      throw new EmulatorError(`The plugin has been closed (figma.closePlugin was called): cannot use "${name}"`);
    }
  }

  beginOp(side: Side, name: string): void {
    if (side === 'test') return;
    this.assertOpen(side, name);
    this.counters.apiCalls++;
    for (const fault of this.faults) {
      if (fault.fired) continue;
      const trigger = fault.trigger;
      let due: boolean;
      if ('atCall' in trigger) due = this.counters.apiCalls === trigger.atCall;
      else due = trigger.name === name && ++fault.seen === (trigger.nth ?? 1);
      if (due) {
        fault.fired = true;
        this.actAs('test', fault.fault);
      }
    }
  }

  countRead(side: Side, name: string): void {
    if (side !== 'plugin') return;
    this.counters.reads.total++;
    bump(this.counters.reads.byProperty, name);
  }

  countWrite(side: Side, name: string, label = name): void {
    // Selecting is not an edit: it never enters the undo history.
    if (name !== 'selection') this.actAs(side, () => this.recordEdit(label));
    if (side !== 'plugin') return;
    this.counters.writes.total++;
    bump(this.counters.writes.sets, name);
  }

  countCreate(type: string): void {
    this.recordEdit(`create ${type}`);
    if (this.acting !== 'plugin') return;
    this.counters.writes.total++;
    bump(this.counters.writes.creates, type);
  }

  actAs<R>(side: Side, fn: () => R): R {
    const previous = this.acting;
    this.acting = side;
    try {
      return fn();
    } finally {
      this.acting = previous;
    }
  }

  exportContext(side: Side): ExportContext {
    const realm = side === 'plugin' ? this.realm : hostRealm;
    return {
      realm,
      facadeOf: (value) => {
        if (value instanceof NodeImpl || value instanceof TextModel) return this.facade(value, side);
        return this.passThrough.has(value) ? value : undefined;
      },
      exportPromise: (promise) =>
        new realm.Promise((resolve, reject) => {
          promise.then(
            (value) => resolve(exportValue(value, this.exportContext(side))),
            (error: unknown) => reject(toRealmError(error, realm)),
          );
        }),
    };
  }

  // ---- facades --------------------------------------------------------------------------------

  facade(impl: NodeImpl | TextModel, side: Side): object {
    const cache = this.facades[side];
    const known = cache.get(impl);
    if (known) return known;
    const owner = impl instanceof TextModel ? impl.owner : impl;
    const aliveCheck = () => {
      if (owner.removed) throw new EmulatorError(`The node with id "${owner.id}" does not exist`);
    };
    const made =
      impl instanceof TextModel
        ? createGate(this, impl, {
            side,
            label: 'TextSublayerNode',
            opPrefix: '',
            members: textMembers(this),
            countReads: true,
            aliveCheck,
            unknown: 'undefined',
          })
        : createGate(this, impl, {
            side,
            label: TYPE_LABELS[impl.type] ?? `${impl.type}Node`,
            opPrefix: '',
            members: nodeMembers(this, impl.type),
            countReads: true,
            aliveCheck,
            exempt: new Set(['removed', 'id']),
            unknown: 'undefined',
          });
    cache.set(impl, made);
    this.implOf.set(made, impl);
    return made;
  }

  /** The record behind a facade the plugin or test passed in, or undefined. */
  nodeOf(value: unknown): NodeImpl | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const impl = this.implOf.get(value);
    return impl instanceof NodeImpl ? impl : undefined;
  }

  isFacade(value: object): boolean {
    return this.implOf.has(value);
  }

  // ---- nodes ----------------------------------------------------------------------------------

  newId(): string {
    for (;;) {
      const id = `1:${this.nextId++}`;
      if (!this.index.has(id)) return id;
    }
  }

  createNode(type: NodeType, parent: NodeImpl = this.page, id: string = this.newId()): NodeImpl {
    if (this.index.has(id)) throw new EmulatorError(`Duplicate node id "${id}"`);
    const node = new NodeImpl(id, type);
    this.index.set(id, node);
    this.attach(node, parent, parent.children?.length ?? 0, false);
    this.countCreate(type);
    this.change('CREATE', node);
    return node;
  }

  /** Moves/attaches `node` under `parent` at `index`; keeps relative x/y (like appendChild). */
  attach(node: NodeImpl, parent: NodeImpl, index: number, report = true): void {
    const moved = node.parent !== parent;
    const previous = node.parent;
    detach(node);
    if (previous) this.dropEmptyGroup(previous);
    const children = parent.children;
    if (!children) throw new EmulatorError(`Node "${parent.id}" cannot have children`);
    children.splice(Math.max(0, Math.min(index, children.length)), 0, node);
    node.parent = parent;
    if (report) this.change('PROPERTY_CHANGE', node, moved ? ['parent'] : []);
  }

  /** Removes `node`, its children, and stamps stuck to any of them; one DELETE per top-most node. */
  removeNode(node: NodeImpl): void {
    if (node.removed) return;
    const doomed = [node, ...descendants(node)];
    const doomedSet = new Set(doomed);
    const stuck = [...this.index.values()].filter((n) => n.stuckTo && doomedSet.has(n.stuckTo) && !doomedSet.has(n));
    const previous = node.parent;
    const page = pageOf(node);
    detach(node);
    for (const n of doomed) {
      n.removed = true;
      this.index.delete(n.id);
    }
    this.recordEdit(`remove ${node.type}`);
    if (this.acting === 'plugin') {
      this.counters.writes.total++;
      bump(this.counters.writes.removes, node.type);
    }
    this.change('DELETE', node, [], page);
    for (const p of this.pages) {
      const before = p.selection.length;
      p.selection = p.selection.filter((n) => !n.removed);
      if (p === this.page && p.selection.length !== before) this.selectionDidChange();
    }
    // Connectors attached to a deleted node keep their last position (free end).
    for (const connector of this.index.values()) {
      if (connector.type !== 'CONNECTOR') continue;
      for (const key of ['connectorStart', 'connectorEnd'] as const) {
        const end = connector[key];
        if ('endpointNodeId' in end && !this.index.has(end.endpointNodeId)) {
          const gone = doomed.find((n) => n.id === end.endpointNodeId);
          const offset = containerOffset(connector);
          const box = gone ? absoluteBox(gone) : { x: offset.x, y: offset.y, width: 0, height: 0 };
          connector[key] = { position: { x: box.x + box.width / 2 - offset.x, y: box.y + box.height / 2 - offset.y } };
          this.change('PROPERTY_CHANGE', connector, [key]);
        }
      }
    }
    for (const stamp of stuck) this.removeNode(stamp);
    if (previous) this.dropEmptyGroup(previous);
  }

  /** Figma deletes a group when its last child leaves. */
  private dropEmptyGroup(node: NodeImpl): void {
    if (node.type === 'GROUP' && !node.removed && node.children?.length === 0) this.removeNode(node);
  }

  // ---- events ---------------------------------------------------------------------------------

  change(type: ChangeRecord['type'], node: NodeImpl, properties: readonly string[] = [], page: NodeImpl | null = pageOf(node)): void {
    if (type === 'PROPERTY_CHANGE' && properties.length === 0) return;
    const origin = this.origin;
    if (type === 'PROPERTY_CHANGE') {
      const same = this.pendingChanges.find((c) => c.node === node && c.origin === origin && c.type !== 'DELETE');
      if (same) {
        if (same.type === 'PROPERTY_CHANGE') for (const p of properties) same.properties.add(p);
        this.scheduleFlush();
        return;
      }
    }
    this.pendingChanges.push({ type, node, origin, properties: new Set(properties), page });
    this.scheduleFlush();
  }

  selectionDidChange(): void {
    this.selectionChanged = true;
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => this.flush(), 0);
  }

  /** Resolves once queued events were delivered. */
  flushEvents(): Promise<void> {
    if (!this.flushTimer) return Promise.resolve();
    return new Promise((resolve) => this.flushWaiters.push(resolve));
  }

  private flush(): void {
    this.flushTimer = null;
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    const selection = this.selectionChanged;
    this.selectionChanged = false;
    const pageChanged = this.pageChanged;
    this.pageChanged = false;
    if (!this.closed) {
      if (changes.length > 0) {
        const listed = changes.map((c) => this.changeData(c));
        this.emitNodeChange(changes, listed);
        void this.emit('documentchange', [{ documentChanges: listed }]);
      }
      // typings, figma.on: "a currentpagechange event always triggers a selectionchange event".
      if (pageChanged) void this.emit('currentpagechange', []);
      if (selection) void this.emit('selectionchange', []);
    }
    const waiters = this.flushWaiters;
    this.flushWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private changeData(change: ChangeRecord): Record<string, unknown> {
    const node = change.node;
    const data: Record<string, unknown> = {
      id: node.id,
      origin: change.origin,
      type: change.type,
      node: node.removed ? { removed: true, type: node.type, id: node.id } : node,
    };
    if (change.type === 'PROPERTY_CHANGE') data.properties = [...change.properties];
    return data;
  }

  /** typings, PageNode.on('nodechange'): "emitted when a node on the page is added, removed, or updated" — per page. */
  private emitNodeChange(changes: ChangeRecord[], listed: Record<string, unknown>[]): void {
    for (const [page, entries] of this.nodechangeListeners) {
      const onPage = listed.filter((_, i) => changes[i]?.page === page);
      if (onPage.length === 0) continue;
      for (const entry of [...entries]) {
        if (entry.once) entries.splice(entries.indexOf(entry), 1);
        void this.invoke(entry.fn, [{ nodeChanges: onPage }]);
      }
    }
  }

  /** Calls the plugin's listeners for a figma.on event. */
  emit(event: string, args: unknown[]): Promise<void> {
    const entries = this.listeners.get(event) ?? [];
    const calls = [...entries].map((entry) => {
      if (entry.once) entries.splice(entries.indexOf(entry), 1);
      return this.invoke(entry.fn, args);
    });
    return Promise.all(calls).then(() => undefined);
  }

  /**
   * Calls a plugin callback with exported arguments; a throw or a rejection is recorded in
   * `uncaught` (Figma would print it to the console and keep running).
   */
  invoke(fn: Listener, args: unknown[]): Promise<void> {
    const exported = args.map((a) => exportValue(a, this.exportContext('plugin')));
    try {
      const result: unknown = fn(...exported);
      if (isThenable(result)) {
        return new Promise((resolve) => {
          result.then(
            () => resolve(),
            (error: unknown) => {
              this.uncaught.push(error);
              resolve();
            },
          );
        });
      }
    } catch (error) {
      this.uncaught.push(error);
    }
    return Promise.resolve();
  }

  // ---- async and faults -----------------------------------------------------------------------

  /** Runs `fn` after the configured delay, like Figma's async calls (one event-loop round trip). */
  later<T>(fn: () => T): Promise<T> {
    this.pendingAsync++;
    const side = this.acting;
    return new Promise<T>((resolve, reject) => {
      const settle = () => {
        this.pendingAsync--;
        try {
          resolve(this.actAs(side, fn));
        } catch (error) {
          reject(error instanceof Error ? error : new EmulatorError(String(error)));
        }
      };
      // setImmediate: a real macrotask without setTimeout's 1 ms clamp (thousands of awaits stay fast).
      if (this.options.asyncDelayMs > 0) setTimeout(settle, this.options.asyncDelayMs);
      else macrotask(settle);
    });
  }

  injectFault(trigger: FaultTrigger, fault: () => void): void {
    this.faults.push({ trigger, fault, seen: 0, fired: false });
  }

  close(message: string | undefined): void {
    if (this.closed) return;
    this.closeMessage = message;
    // Closing the plugin ends its undo step (the run is one step unless it called commitUndo).
    this.closeUndoStep();
    void this.emit('close', []);
    this.closed = true;
    for (const hook of this.closeHooks) hook();
  }

  fontLoadKey(font: FontName): string {
    return fontKey(font);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    'then' in value &&
    typeof value.then === 'function'
  );
}
