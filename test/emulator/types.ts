/** Public types of the FigJam emulator (see index.ts for the overview). */

/**
 * The constructors of the realm the plugin runs in. Values the emulator hands to the plugin (arrays,
 * plain objects, errors, promises) are made with these, so `instanceof Array/Error` inside a
 * `node:vm` context behaves like in Figma. Defaults to the host realm; runBuiltPlugin swaps it in.
 */
export interface Realm {
  Object: ObjectConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
  TypeError: TypeErrorConstructor;
  Promise: PromiseConstructor;
  Date: DateConstructor;
  Uint8Array: Uint8ArrayConstructor;
  Map: MapConstructor;
  Set: SetConstructor;
}

/** A relaunch button of the manifest. */
export interface ManifestRelaunchButton {
  command: string;
  name: string;
  multipleSelection?: boolean;
}

/** A quick-action parameter of the manifest. */
export interface ManifestParameter {
  name: string;
  key: string;
  description?: string;
  allowFreeform?: boolean;
  optional?: boolean;
}

/** A menu entry of the manifest: a command, a separator or a submenu. */
export interface ManifestMenuItem {
  name?: string;
  command?: string;
  separator?: boolean;
  parameters?: ManifestParameter[];
  parameterOnly?: boolean;
  menu?: ManifestMenuItem[];
}

/** The parts of manifest.json the emulator reads (https://developers.figma.com/docs/plugins/manifest). */
export interface ManifestLike {
  id?: string;
  name?: string;
  documentAccess?: string;
  permissions?: string[];
  menu?: ManifestMenuItem[];
  parameters?: ManifestParameter[];
  relaunchButtons?: ManifestRelaunchButton[];
}

export interface EmulatorOptions {
  /**
   * The plugin's manifest (documentAccess, id, menu parameters, relaunchButtons). Default: the repo's
   * manifest.json as bundled at build time. Test code can pass `loadManifest()` (test/helpers/loadManifest.ts).
   */
  manifest?: ManifestLike;
  /** Overrides the manifest's `documentAccess` ('full' = no documentAccess entry: every page is loaded). */
  documentAccess?: 'dynamic-page' | 'full';
  /** `figma.command` (runBuiltPlugin sets it too). Default ''. */
  command?: string;
  /** Manifest permissions; 'currentuser' makes `figma.currentUser` non-null. Default: the manifest's, else []. */
  permissions?: ('currentuser' | 'activeusers' | 'fileusers')[];
  /** The current user's name (author of stickies the plugin creates). Default 'Test User'. */
  userName?: string;
  /** Extra fonts available on this machine, besides DEFAULT_AVAILABLE_FONTS and fonts builders use. */
  fonts?: FontName[];
  /** Name of the first page. Default 'Page 1'. */
  pageName?: string;
  /** Delay of every async API result, in ms (0 = next macrotask). Default 0. */
  asyncDelayMs?: number;
}

/** What the plugin did, counted at the API boundary (builders and emulator internals are not counted). */
export interface Counters {
  /** Property reads on node objects (methods included, by name; `then`/symbols excluded). */
  reads: { total: number; byProperty: Record<string, number> };
  /**
   * Node writes: property sets and mutating methods (by name: 'characters', 'fills', 'x',
   * 'setPluginData', 'appendChild', 'resize' …), creations (by node type) and removals (by node type).
   * `total` = all three.
   */
  writes: {
    total: number;
    sets: Record<string, number>;
    creates: Record<string, number>;
    removes: Record<string, number>;
  };
  /** `figma.loadFontAsync` calls, by "Family Style" (calls, not distinct loads). */
  fontLoads: { total: number; byFont: Record<string, number> };
  /** `figma.commitUndo()` calls. */
  undoCommits: number;
  /** Every get/set/call on `figma`, its sub-objects and nodes (the clock of the fault hooks). */
  apiCalls: number;
}

/** When a fault runs: at the N-th API operation overall, or on the N-th operation named `name`. */
export type FaultTrigger =
  | { atCall: number }
  /** `name`: a node property/method ('characters', 'setPluginData') or 'figma.<member>' ('figma.loadFontAsync'). nth defaults to 1. */
  | { name: string; nth?: number };

export interface EmulatorUi {
  /** Every message the plugin posted with figma.ui.postMessage (structured-cloned into the host realm). */
  readonly sent: unknown[];
  /** Delivers a message from the panel to figma.ui.onmessage / on('message') handlers; resolves after they settled. */
  sendToPlugin(message: unknown): Promise<void>;
  /** Called for every plugin → panel message; returns an unsubscribe function. For the e2e bridge. */
  subscribe(listener: (message: unknown) => void): () => void;
  /** Resolves with the first message (already sent or future) matching `predicate`; rejects after timeoutMs. */
  waitFor(predicate: (message: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  /** The last figma.showUI call, or null (also null after figma.ui.close/closePlugin). */
  readonly shown: { html: string; options: ShowUIOptions } | null;
  readonly visible: boolean;
  readonly size: { width: number; height: number };
}

export type FillSpec = string | SolidPaint | readonly Paint[];

/** Page-coordinate geometry; parent is a section or a page (the current page when omitted). */
export interface PlacedSpec {
  /** A section, or a page (the node goes at the top level of that page). Default: the current page. */
  parent?: SectionNode | PageNode;
  /** PAGE coordinates (converted to parent-relative). Default 0. */
  x?: number;
  y?: number;
  name?: string;
  locked?: boolean;
  visible?: boolean;
  /** Plugin data already on the node (e.g. left by a previous run). */
  pluginData?: Record<string, string>;
  sharedPluginData?: Record<string, Record<string, string>>;
  /** Keep a given id ("12:34"); default: the next free id. */
  id?: string;
}

export interface SectionSpec extends PlacedSpec {
  width?: number;
  height?: number;
  fill?: FillSpec;
  contentsHidden?: boolean;
}

/** A font over [start, end) of the text. */
export interface FontRange {
  start: number;
  end: number;
  font: FontName;
}

export interface StickySpec extends PlacedSpec {
  text?: string;
  /** Default Inter Medium. */
  font?: FontName;
  /** Per-range fonts on top of `font` (makes fontName figma.mixed). */
  fontRanges?: FontRange[];
  fontSize?: number;
  /** Default yellow #FFE299. */
  fill?: FillSpec;
  authorName?: string;
  authorVisible?: boolean;
  wide?: boolean;
}

export interface StampSpec extends PlacedSpec {
  /** The stamp kind, e.g. 'Thumbs up', 'Star', 'Profile'. */
  name: string;
  /** Host the stamp is stuck to; the stamp's parent stays the section/page. */
  stuckTo?: SceneNode;
}

export type ConnectorEndSpec = { node: SceneNode; magnet?: ConnectorEndpointEndpointNodeIdAndMagnet['magnet'] } | { x: number; y: number };

export interface ConnectorSpec extends PlacedSpec {
  start: ConnectorEndSpec;
  end: ConnectorEndSpec;
  lineType?: 'ELBOWED' | 'STRAIGHT' | 'CURVED';
  text?: string;
  stroke?: string;
}

export interface ShapeSpec extends PlacedSpec {
  shapeType?: ShapeWithTextNode['shapeType'];
  text?: string;
  width?: number;
  height?: number;
  fill?: FillSpec;
}

export interface TextSpec extends PlacedSpec {
  text: string;
  font?: FontName;
  fontRanges?: FontRange[];
  fontSize?: number;
  fill?: FillSpec;
}

export interface GroupSpec {
  nodes: readonly SceneNode[];
  name?: string;
  id?: string;
}

/** Builders for user content; they return the same node objects the plugin sees. */
export interface ContentBuilders {
  /** Adds a page at the end of the document (default name 'Page N'). Not loaded for the plugin under dynamic-page. */
  page(name?: string): PageNode;
  section(spec?: SectionSpec): SectionNode;
  sticky(spec?: StickySpec): StickyNode;
  stamp(spec: StampSpec): StampNode;
  connector(spec: ConnectorSpec): ConnectorNode;
  shape(spec?: ShapeSpec): ShapeWithTextNode;
  text(spec: TextSpec): TextNode;
  /** Groups nodes (as a user would) in their first node's parent; positions on the page stay. */
  group(spec: GroupSpec): GroupNode;
}

/** One step of the running user's undo history (see Emulator.undoHistory). */
export interface UndoStep {
  /** Plugin writes in this step (property sets, mutating methods, creations, removals). */
  pluginWrites: number;
  /** Edits the running user made by hand (emu.asRunner) that fell into this step. */
  runnerEdits: number;
  /** Short labels in order: 'create SHAPE_WITH_TEXT', 'set fills', 'setPluginData', 'remove SECTION', 'runner: set x' … (capped). */
  ops: string[];
}

/** A setRelaunchData command Figma would not show a button for (see README, relaunch rule). */
export interface RelaunchProblem {
  nodeId: string;
  command: string;
  reason: string;
}

/** What a quick-action input handler answered (see Emulator.parameterInput). */
export interface ParameterInputResult {
  suggestions: unknown[];
  error?: string;
  loading?: string;
}

export interface Emulator {
  /** The `figma` global to hand to the plugin. Every access is gated (closed API, removed nodes). */
  readonly figma: PluginAPI;
  /** The FIRST page of the document (usable after closePlugin). See `currentPage` for the page shown. */
  readonly page: PageNode;
  /** The page the user is looking at now (figma.currentPage), test-side proxy. */
  readonly currentPage: PageNode;
  /**
   * The user navigates to another page: figma.currentPage becomes it, it is loaded, `currentpagechange`
   * and then `selectionchange` fire; resolves after the listeners ran.
   */
  switchPage(page: PageNode): Promise<void>;
  /**
   * Runs `fn` (synchronous) as the user running the plugin: builders, test-side node edits and
   * deleteNodeAsOtherUser inside it reach nodechange/documentchange with origin 'LOCAL' and enter this
   * user's undo history. Not counted as plugin reads/writes, no font loading needed.
   */
  asRunner<R>(fn: () => R): R;
  /** Runs `fn` (synchronous) as another user (origin 'REMOTE'); that is also the default outside asRunner. */
  asOtherUser<R>(fn: () => R): R;
  /** The running user's undo history: closed steps and the step still open (plugin writes since the last commitUndo). */
  undoHistory(): { steps: readonly UndoStep[]; pending: UndoStep | null };
  /** setRelaunchData commands that Figma would not show (not in the manifest's relaunchButtons). */
  readonly relaunchProblems: readonly RelaunchProblem[];
  /**
   * The user types `query` for parameter `key` in the quick-action UI: calls the plugin's
   * figma.parameters 'input' handlers and resolves with what they answered (setSuggestions/setError/
   * setLoadingMessage). Rejects when no handler is registered or none answers within 2 s.
   */
  parameterInput(input: { key: string; query: string; parameters?: ParameterValues }): Promise<ParameterInputResult>;
  readonly ui: EmulatorUi;
  readonly counters: Counters;
  resetCounters(): void;
  readonly add: ContentBuilders;

  /** figma.notify messages (after 100-char truncation), in order. */
  readonly notifications: { message: string; error: boolean }[];
  /** Errors thrown by plugin callbacks the emulator invoked (event handlers, onmessage) and by vm timers. */
  readonly uncaught: unknown[];
  /** Message of figma.closePlugin(message), or undefined; `closed` says whether it was called. */
  readonly closed: boolean;
  readonly closeMessage: string | undefined;
  /** figma.viewport.scrollAndZoomIntoView requests, as node id lists. */
  readonly zoomRequests: string[][];

  /** Finds a node by id (test side; works after close and for any page). */
  node(id: string): BaseNode | null;
  /** Deletes a node (and children) as a collaborator would (origin REMOTE; LOCAL inside asRunner). */
  deleteNodeAsOtherUser(id: string): void;
  /** Sets `locked` as the user would (plugins can still write locked nodes). */
  lockNode(id: string, locked?: boolean): void;
  /** Makes a font unavailable: loadFontAsync rejects, nodes using it report hasMissingFont. */
  setMissingFont(font: FontName): void;
  /** Writes raw plugin data as a broken older version/other tool would (no limits checked). */
  corruptPluginData(id: string, key: string, value: string): void;
  /** The same for shared plugin data: any value, even over the 100 kB limit a plugin could not write. */
  corruptSharedPluginData(id: string, namespace: string, key: string, value: string): void;
  /** Selects nodes as the user would (fires selectionchange). */
  select(nodes: readonly SceneNode[]): void;
  /** Runs `fault` just before the triggering API operation executes. One-shot. */
  injectFault(trigger: FaultTrigger, fault: () => void): void;
  /** Resolves when queued nodechange/documentchange/selectionchange events have been delivered. */
  flushEvents(): Promise<void>;
  /** Pending async API operations (loadFontAsync, clientStorage, getNodeByIdAsync, …). */
  readonly pendingAsync: number;
  /** Use another realm's constructors for values handed to the plugin (runBuiltPlugin does this). */
  attachRealm(realm: Realm): void;
  /** figma.clientStorage contents (host-realm clones), for assertions. */
  readonly clientStorage: ReadonlyMap<string, unknown>;
  /** Registers a listener for plugin close (runBuiltPlugin uses it to cancel vm timers). */
  onClose(listener: () => void): void;
  /** Sets figma.command (runBuiltPlugin does this before the plugin code runs). */
  setCommand(command: string): void;
  /** Fires figma.on('run') like Figma does after the main code ran; resolves when the handlers settled. */
  fireRun(parameters?: ParameterValues): Promise<void>;
  /** Records an error thrown by plugin code outside an emulator callback (vm timers, top level). */
  reportUncaught(error: unknown): void;
}
