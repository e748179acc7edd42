/**
 * Plugin entry (built to dist/code.js). Menu commands: check, panel, template, restore, clear;
 * relaunch buttons: check (on a journey section), show-source (on an improvement row).
 * Everything that touches the document lives in src/figjam; this file wires commands, the panel
 * protocol (src/messages.ts) and live mode.
 */
import { analyseBoard } from './analyse';
import { stringsFor } from './i18n';
import { parseUiToSandbox, type Preferences, type SandboxToUi, type UiToSandbox, type WriteSummary } from './messages';
import { buildWritePlan } from './plan/buildWritePlan';
import type { Report } from './report/types';
import type { AnalyseOptions, BoardSettings, Lang } from './settings';
import { applyWritePlanAsync } from './figjam/applyWritePlan';
import { readBoardSettings, readPreferencesAsync, writeBoardSettings, writePreferencesAsync } from './figjam/boardSettings';
import { clearBoardAsync } from './figjam/clearBoard';
import { insertTemplateAsync } from './figjam/insertTemplate';
import { parseGeneratedTag, TAG_KEY } from './figjam/pluginData';
import { readBoardSnapshot, type BoardRead } from './figjam/readBoardSnapshot';
import { restoreColoursAsync } from './figjam/restoreColours';
import { journeysInSelection, selectionAncestry } from './figjam/selectionScope';
import { SkipReporter } from './figjam/skipReporter';

const LIVE_DEBOUNCE_MS = 300;
const PROGRESS_NOTICE_FROM = 400; // stickies: below this a run is too quick for a progress notice

interface Analysis {
  read: BoardRead;
  report: Report;
  settings: BoardSettings;
  /** The stored board settings could not be read (defaults were used). */
  settingsCorrupt: boolean;
  scope: string[] | null;
}

/** Nodes Journey Check made, as of the last read: live mode ignores edits to them. */
let lastGenerated: ReadonlySet<string> = new Set();

/** Reads the board and analyses it; with `scopeToSelection`, only the journeys the selection touches. */
function analyseCurrentBoard(scopeToSelection: boolean): Analysis {
  const { settings, corrupt: settingsCorrupt } = readBoardSettings();
  const read = readBoardSnapshot(figma.currentPage, figma.root.name);
  lastGenerated = read.generatedIds;
  const options: AnalyseOptions = { settings };
  if (settings.lang) options.lang = settings.lang;
  let report = analyseBoard(read.snapshot, options);
  let scope: string[] | null = null;
  if (scopeToSelection) {
    const ids = journeysInSelection(report, selectionAncestry(figma.currentPage.selection));
    if (ids.length > 0) {
      scope = ids;
      report = analyseBoard(read.snapshot, { ...options, journeyIds: ids });
    }
  }
  return { read, report, settings, settingsCorrupt, scope };
}

interface WriteOutcome {
  summary: WriteSummary;
  message: string;
}

interface CheckOutcome extends WriteOutcome {
  /** The report the run wrote back (what we write is ignored by the engine, so it stays current). */
  report: Report;
}

async function checkAsync(): Promise<CheckOutcome> {
  const { read, report, settings, settingsCorrupt, scope } = analyseCurrentBoard(true);
  const lang = report.lang;
  const strings = stringsFor(lang).plugin.notify;
  const progress = read.stickies.size >= PROGRESS_NOTICE_FROM ? figma.notify(strings.working, { timeout: Infinity }) : null;
  try {
    const plan = buildWritePlan(report, read.snapshot, settings.writeBack, lang, scope);
    const result = await applyWritePlanAsync(plan, read);
    const hotspots = report.findings.filter((f) => f.rule === 'pain-hotspot').length;
    const inScope = report.journeys.filter((j) => scope === null || scope.includes(j.id));
    let message = strings.checked(report.findings.length - hotspots, hotspots, report.improvements.length);
    if (scope !== null) message = strings.scoped(inScope.map((j) => j.name).join(', ')) + message;
    if (result.summary.skipped.length > 0) message += strings.skipped(result.summary.skipped.length);
    if (result.missingFont) message += strings.fontMissing(result.missingFont);
    const corrupt = read.corruptTags + result.corrupt + (settingsCorrupt ? 1 : 0);
    if (corrupt > 0) message += strings.corrupt(corrupt);
    return { summary: result.summary, message, report };
  } finally {
    progress?.cancel();
  }
}

async function restoreAsync(lang: Lang): Promise<WriteOutcome> {
  const strings = stringsFor(lang).plugin;
  const skips = new SkipReporter(strings.skip);
  const restored = await restoreColoursAsync(figma.currentPage, skips);
  let message = strings.notify.restored(restored);
  if (skips.list.length > 0) message += strings.notify.skipped(skips.list.length);
  if (skips.corrupt > 0) message += strings.notify.corrupt(skips.corrupt);
  return { summary: emptySummary({ updated: restored, skipped: skips.list }), message };
}

async function clearAsync(lang: Lang): Promise<WriteOutcome> {
  const strings = stringsFor(lang).plugin;
  const skips = new SkipReporter(strings.skip);
  const { removed, restored } = await clearBoardAsync(figma.currentPage, skips);
  let message = strings.notify.cleared(removed, restored);
  if (skips.list.length > 0) message += strings.notify.skipped(skips.list.length);
  if (skips.corrupt > 0) message += strings.notify.corrupt(skips.corrupt);
  return { summary: emptySummary({ removed, updated: restored, skipped: skips.list }), message };
}

function emptySummary(part: Partial<WriteSummary>): WriteSummary {
  return { markers: 0, recoloured: 0, curvePoints: 0, improvementRows: 0, created: 0, updated: 0, removed: 0, skipped: [], ...part };
}

/**
 * The board's language without writing anything: the setting, else what the engine detects, from
 * a read of only the texts (a command that writes no report need not read the whole board).
 */
function boardLang(): Lang {
  const { settings } = readBoardSettings();
  if (settings.lang) return settings.lang;
  const read = readBoardSnapshot(figma.currentPage, figma.root.name, 'language');
  lastGenerated = read.generatedIds;
  return analyseBoard(read.snapshot, { settings }).lang;
}

async function templateAsync(lang: Lang): Promise<string> {
  const result = await insertTemplateAsync(lang);
  const strings = stringsFor(lang).plugin.notify;
  return strings.templateInserted + (result.missingFont ? strings.fontMissing(result.missingFont) : '');
}

/** Relaunch button on an improvement row: zoom to the sticky it comes from. */
async function showSourceAsync(): Promise<string | undefined> {
  for (const node of figma.currentPage.selection) {
    const tag = parseGeneratedTag(node.getPluginData(TAG_KEY));
    if (!tag.ok || !tag.value.source) continue;
    const source = await figma.getNodeByIdAsync(tag.value.source);
    if (source && source.type === 'STICKY') {
      figma.currentPage.selection = [source];
      figma.viewport.scrollAndZoomIntoView([source]);
      return undefined;
    }
  }
  return stringsFor(boardLang()).plugin.notify.showSourceMissing;
}

// ---- menu commands ----------------------------------------------------------------------------

async function runCommandAsync(command: string, parameters: ParameterValues | undefined): Promise<void> {
  if (command === 'panel') return openPanelAsync();
  try {
    switch (command) {
      case 'check':
        return figma.closePlugin((await checkAsync()).message);
      case 'template': {
        const chosen = parameters?.['lang'];
        const lang: Lang = chosen === 'nl' || chosen === 'en' ? chosen : boardLang();
        return figma.closePlugin(await templateAsync(lang));
      }
      case 'restore':
        return figma.closePlugin((await restoreAsync(boardLang())).message);
      case 'clear':
        return figma.closePlugin((await clearAsync(boardLang())).message);
      case 'show-source':
        return figma.closePlugin(await showSourceAsync());
      default:
        return figma.closePlugin(stringsFor('en').plugin.notify.unknownCommand(command));
    }
  } catch (error) {
    figma.notify(stringsFor(langForFailure()).plugin.notify.failed(describeError(error)), { error: true });
    figma.closePlugin();
  }
}

/** The board's chosen language for a failure notice; English when even the settings cannot be read. */
function langForFailure(): Lang {
  try {
    return readBoardSettings().settings.lang ?? 'en';
  } catch {
    return 'en';
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---- panel ------------------------------------------------------------------------------------

let preferences: Preferences | null = null;
let liveTimer: ReturnType<typeof setTimeout> | null = null;

function post(message: SandboxToUi): void {
  figma.ui.postMessage(message);
}

async function openPanelAsync(): Promise<void> {
  figma.showUI(__html__, { themeColors: true, width: 360, height: 560 });
  figma.ui.onmessage = (raw: unknown) => {
    const message = parseUiToSandbox(raw);
    if (!message) {
      console.warn('Journey Check: ignored a panel message it does not know');
      return;
    }
    void handlePanelMessageAsync(message);
  };
  preferences = await readPreferencesAsync();
  figma.currentPage.on('nodechange', onNodeChange);
  await sendInitAsync();
}

async function sendInitAsync(): Promise<void> {
  const prefs = preferences ?? (await readPreferencesAsync());
  const started = Date.now();
  const { report, settings, settingsCorrupt } = analyseCurrentBoard(false);
  post({ type: 'init', settings, preferences: prefs, editorLang: settings.lang ?? report.lang });
  if (settingsCorrupt) post({ type: 'notice', level: 'error', message: stringsFor(report.lang).plugin.notify.settingsCorrupt });
  post({ type: 'report', report, live: false, elapsedMs: Date.now() - started });
}

/** Analyses the board (unless the report is at hand) and sends it to the panel. */
function sendReport(live: boolean, known?: Report): Report {
  const started = Date.now();
  const report = known ?? analyseCurrentBoard(false).report;
  post({ type: 'report', report, live, elapsedMs: Date.now() - started });
  return report;
}

/** Live mode: another participant changed the board → re-analyse (debounced), write nothing. */
function onNodeChange(event: NodeChangeEvent): void {
  if (!preferences?.live) return;
  // Our own writes (a check from the panel) and edits to what we generated do not change the
  // analysis: the engine ignores generated nodes.
  if (event.nodeChanges.every((change) => change.origin === 'LOCAL' || lastGenerated.has(change.id))) return;
  if (liveTimer !== null) clearTimeout(liveTimer);
  liveTimer = setTimeout(() => {
    liveTimer = null;
    try {
      sendReport(true);
    } catch (error) {
      post({ type: 'notice', level: 'error', message: describeError(error) });
    }
  }, LIVE_DEBOUNCE_MS);
}

async function handlePanelMessageAsync(message: UiToSandbox): Promise<void> {
  try {
    switch (message.type) {
      case 'ready':
        return await sendInitAsync();
      case 'analyse':
        sendReport(false);
        return;
      case 'check': {
        const outcome = await checkAsync();
        post({ type: 'written', summary: outcome.summary, message: outcome.message });
        sendReport(false, outcome.report);
        return;
      }
      case 'restore':
      case 'clear': {
        const outcome = message.type === 'restore' ? await restoreAsync(boardLang()) : await clearAsync(boardLang());
        post({ type: 'written', summary: outcome.summary, message: outcome.message });
        sendReport(false);
        return;
      }
      case 'template': {
        post({ type: 'notice', level: 'info', message: await templateAsync(message.lang) });
        sendReport(false);
        return;
      }
      case 'show-nodes':
        return await showNodesAsync(message.nodeIds);
      case 'set-live': {
        preferences = { ...(preferences ?? (await readPreferencesAsync())), live: message.live };
        await writePreferencesAsync(preferences);
        if (message.live) sendReport(true);
        return;
      }
      case 'save-preferences':
        preferences = message.preferences;
        return await writePreferencesAsync(message.preferences);
      case 'save-board-settings': {
        writeBoardSettings(message.settings);
        post({ type: 'notice', level: 'info', message: stringsFor(message.settings.lang ?? boardLang()).plugin.notify.settingsSaved });
        sendReport(false);
        return;
      }
      case 'resize':
        figma.ui.resize(message.width, message.height);
        return;
    }
  } catch (error) {
    post({ type: 'notice', level: 'error', message: describeError(error) });
  }
}

async function showNodesAsync(nodeIds: string[]): Promise<void> {
  const found: SceneNode[] = [];
  const missing: string[] = [];
  for (const id of nodeIds) {
    const node = await figma.getNodeByIdAsync(id);
    if (node && node.type !== 'PAGE' && node.type !== 'DOCUMENT' && !node.removed) found.push(node);
    else missing.push(id);
  }
  if (found.length > 0) {
    figma.currentPage.selection = found;
    figma.viewport.scrollAndZoomIntoView(found);
  }
  post({ type: 'zoomed', nodeIds: found.map((n) => n.id), missing });
}

// ---- start ------------------------------------------------------------------------------------

registerTemplateSuggestions();
figma.on('run', (event: RunEvent) => {
  void runCommandAsync(event.command, 'parameters' in event ? event.parameters : undefined);
});

/** Quick-action suggestions for the template's optional language parameter. */
function registerTemplateSuggestions(): void {
  try {
    figma.parameters.on('input', ({ key, query, result }: ParameterInputEvent) => {
      if (key !== 'lang') return result.setSuggestions([]);
      const names = stringsFor('en').plugin.parameters;
      const options = [
        { name: names.nl, data: 'nl' },
        { name: names.en, data: 'en' },
      ];
      result.setSuggestions(options.filter((o) => o.name.toLowerCase().includes(query.toLowerCase())));
    });
  } catch {
    // Hosts without quick-action parameters (test emulators) simply get no suggestions.
  }
}
