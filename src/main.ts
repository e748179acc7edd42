/**
 * Plugin entry (built to dist/code.js). Menu commands: check, panel, template, restore, clear;
 * relaunch buttons: check (on a journey section), show-source (on an improvement row).
 * Everything that touches the document lives in src/figjam; this file wires commands, the panel
 * protocol (src/messages.ts), live mode, undo steps and pages.
 */
import { analyseBoard } from './analyse';
import { stringsFor } from './i18n';
import { assertNever } from './domain';
import { parseUiToSandbox, type Preferences, type SandboxToUi, type UiToSandbox, type WriteAction, type WriteSummary } from './messages';
import { buildWritePlan } from './plan/buildWritePlan';
import type { Report } from './report/types';
import type { AnalyseOptions, BoardSettings, Lang } from './settings';
import { applyWritePlanAsync, boxesOutsideScope } from './figjam/applyWritePlan';
import { readBoardSettings, readPreferencesAsync, writeBoardSettings, writePreferencesAsync } from './figjam/boardSettings';
import { clearBoardAsync } from './figjam/clearBoard';
import { clearCheckHistory, lastCheckChanges, readCheckHistory, recordCheck, type HistoryUpdate } from './figjam/checkHistoryRecord';
import { changeSinceLast } from './progress/changeSinceLast';
import { gapsBetween, type CheckRecord } from './progress/checkHistory';
import type { CompactFinding } from './progress/lastFindings';
import { insertTemplateAsync } from './figjam/insertTemplate';
import { LiveBoardReader } from './figjam/liveBoardReader';
import { LiveChangeFilter } from './figjam/liveChangeFilter';
import { readBoardSnapshot, type BoardRead } from './figjam/readBoardSnapshot';
import { restoreColoursAsync } from './figjam/restoreColours';
import { journeysInSelection, selectionAncestry } from './figjam/selectionScope';
import { showNodesOnBoardAsync } from './figjam/showNodes';
import { SkipReporter } from './figjam/skipReporter';
import { migrateLegacyRecords, readGeneratedTag } from './figjam/storedRecords';
import { WriteLog } from './figjam/writeLog';
import { AnalysisMemo } from './live/analysisMemo';

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

/** Live mode's view of which changes a person made (not the plugin's own writes). */
const liveChanges = new LiveChangeFilter();

/**
 * Live mode's memory between updates: the last read of the board (only the stickies a change names
 * are read again) and each text's reading (sentiment, keys), so a refresh after one edit re-reads
 * one sticky and reads one text.
 */
const liveReader = new LiveBoardReader();
const analysisMemo = new AnalysisMemo();

/**
 * Reads the board and analyses it; with `scopeToSelection`, only the journeys the selection touches.
 * `live`: re-read only what changed since the last read (a live refresh); otherwise read it all.
 */
function analyseCurrentBoard(scopeToSelection: boolean, live = false): Analysis {
  const { settings, corrupt: settingsCorrupt } = readBoardSettings();
  const read = liveReader.read(figma.currentPage, figma.root.name, !live);
  liveChanges.setGenerated(read.generatedIds);
  const options: AnalyseOptions = { settings };
  if (settings.lang) options.lang = settings.lang;
  let report = analyseBoard(read.snapshot, options, analysisMemo);
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
  /** The board's history after this check (null for a check of some journeys only). */
  history: HistoryUpdate | null;
}

async function checkAsync(log: WriteLog): Promise<CheckOutcome> {
  migrateLegacyRecords(figma.currentPage);
  const { read, report, settings, settingsCorrupt, scope } = analyseCurrentBoard(true);
  const lang = report.lang;
  const strings = stringsFor(lang).plugin.notify;
  const progress = read.stickies.size >= PROGRESS_NOTICE_FROM ? figma.notify(strings.working, { timeout: Infinity }) : null;
  try {
    // A scoped check keeps clear of what earlier runs left for the other journeys.
    const plan = buildWritePlan(report, read.snapshot, settings.writeBack, lang, scope, boxesOutsideScope(read, scope));
    const result = await applyWritePlanAsync(plan, read, log);
    const hotspots = report.findings.filter((f) => f.rule === 'pain-hotspot').length;
    const inScope = report.journeys.filter((j) => scope === null || scope.includes(j.id));
    let message = strings.checked(report.findings.length - hotspots, hotspots, report.improvements.length);
    // A check of the whole board goes into the board's history; the notification leads with the
    // completeness and what changed since the previous check (Figma cuts a toast at 100 characters).
    const history = scope === null ? recordCheck(Date.now(), report.journeys, report.findings, stringsFor(lang).progress.change) : null;
    message = progressLine(report, history, lang) + message;
    if (history?.restarted) figma.notify(stringsFor(lang).progress.historyIgnored, { timeout: 6000 });
    if (scope !== null) message = strings.scoped(inScope.map((j) => j.name).join(', ')) + message;
    if (result.summary.skipped.length > 0) message += strings.skipped(result.summary.skipped.length);
    if (result.missingFont) message += strings.fontMissing(result.missingFont);
    const corrupt = read.corruptTags + result.corrupt + (settingsCorrupt ? 1 : 0);
    if (corrupt > 0) message += strings.corrupt(corrupt);
    return { summary: result.summary, message, report, history };
  } finally {
    progress?.cancel();
  }
}

/** "78 % complete · 2 gaps closed, 1 new · " (one journey) or the change sentence alone (several). */
function progressLine(report: Report, history: HistoryUpdate | null, lang: Lang): string {
  const strings = stringsFor(lang).progress;
  const parts: string[] = [];
  const only = report.journeys.length === 1 ? report.journeys[0] : undefined;
  if (history?.change) parts.push(only ? history.change.sentence.replace(/ · .*$/, '') : history.change.sentence);
  if (only) parts.unshift(strings.completeness(only.completeness.percent) + (history?.change ? changeArrow(history.change, only.name) : ''));
  return parts.length === 0 ? '' : `${parts.join(' · ')} · `;
}

/** " (62 → 78)" when the journey's completeness moved. */
function changeArrow(change: NonNullable<HistoryUpdate['change']>, name: string): string {
  const journey = change.journeys.find((j) => j.name === name);
  return journey && journey.before !== null && journey.before !== journey.after ? ` (${journey.before} → ${journey.after})` : '';
}

async function restoreAsync(lang: Lang, log: WriteLog): Promise<WriteOutcome> {
  const strings = stringsFor(lang).plugin;
  const skips = new SkipReporter(strings.skip);
  migrateLegacyRecords(figma.currentPage);
  const restored = await restoreColoursAsync(figma.currentPage, skips, log);
  let message = strings.notify.restored(restored);
  if (skips.list.length > 0) message += strings.notify.skipped(skips.list.length);
  if (skips.corrupt > 0) message += strings.notify.corrupt(skips.corrupt);
  return { summary: emptySummary({ updated: restored, skipped: skips.list }), message };
}

async function clearAsync(lang: Lang, log: WriteLog): Promise<WriteOutcome> {
  const strings = stringsFor(lang).plugin;
  const skips = new SkipReporter(strings.skip);
  migrateLegacyRecords(figma.currentPage);
  const { removed, restored } = await clearBoardAsync(figma.currentPage, skips, log);
  clearCheckHistory();
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
  liveChanges.setGenerated(read.generatedIds);
  return analyseBoard(read.snapshot, { settings }).lang;
}

async function templateAsync(lang: Lang, log: WriteLog): Promise<string> {
  const result = await insertTemplateAsync(lang, log);
  const strings = stringsFor(lang).plugin.notify;
  return strings.templateInserted + (result.missingFont ? strings.fontMissing(result.missingFont) : '');
}

/** Relaunch button on an improvement row: zoom to the sticky it comes from. */
async function showSourceAsync(): Promise<string | undefined> {
  for (const node of figma.currentPage.selection) {
    const reading = readGeneratedTag(node);
    if (reading.state !== 'ok' || !reading.tag.source) continue;
    const shown = await showNodesOnBoardAsync([reading.tag.source]);
    if (shown.found.length > 0) return undefined;
  }
  return stringsFor(boardLang()).plugin.notify.showSourceMissing;
}

// ---- menu commands ----------------------------------------------------------------------------

async function runCommandAsync(command: string, parameters: ParameterValues | undefined): Promise<void> {
  if (command === 'panel') return openPanelAsync();
  try {
    switch (command) {
      // One command, one undo step: closePlugin commits what the run wrote.
      case 'check':
        return figma.closePlugin((await checkAsync(new WriteLog())).message);
      case 'template': {
        const chosen = parameters?.['lang'];
        const lang: Lang = chosen === 'nl' || chosen === 'en' ? chosen : boardLang();
        return figma.closePlugin(await templateAsync(lang, new WriteLog()));
      }
      case 'restore':
        return figma.closePlugin((await restoreAsync(boardLang(), new WriteLog())).message);
      case 'clear':
        return figma.closePlugin((await clearAsync(boardLang(), new WriteLog())).message);
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
/** The page whose nodechange events we follow: the one shown (currentpagechange rebinds it). */
let followedPage: PageNode | null = null;
/** A panel action is writing: a person's edit meanwhile is reported once it is done. */
let writing = false;
let refreshWhenWritten = false;

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
  followCurrentPage();
  // "currentpagechange" needs no loadAllPagesAsync (only "documentchange" does, plugin-api.d.ts).
  figma.on('currentpagechange', onCurrentPageChange);
  await sendInitAsync();
}

/** nodechange is an event of one page (PageNode.on): follow the page the user is looking at. */
function followCurrentPage(): void {
  followedPage?.off('nodechange', onNodeChange);
  followedPage = figma.currentPage;
  followedPage.on('nodechange', onNodeChange);
}

/** Another page is shown (by the user, or by "show on board"): the panel reports on that page. */
function onCurrentPageChange(): void {
  followCurrentPage();
  liveReader.invalidate();
  changedSinceReport = true;
  if (liveTimer !== null) clearTimeout(liveTimer);
  liveTimer = null;
  try {
    sendReport(false);
  } catch (error) {
    postError(error);
  }
}

/** What the panel was last told at start-up, to tell it again when it says it is ready. */
let startMessages: SandboxToUi[] | null = null;
/** A person changed the page (or the page changed) since the last report was sent. */
let changedSinceReport = true;

async function sendInitAsync(): Promise<void> {
  const prefs = preferences ?? (await readPreferencesAsync());
  const started = Date.now();
  const { report, settings, settingsCorrupt } = analyseCurrentBoard(false);
  const messages: SandboxToUi[] = [{ type: 'init', settings, preferences: prefs, editorLang: settings.lang ?? report.lang }];
  if (settingsCorrupt) messages.push({ type: 'notice', level: 'error', message: stringsFor(report.lang).plugin.notify.settingsCorrupt, code: 'settings-corrupt' });
  messages.push({ type: 'report', report, live: false, elapsedMs: Date.now() - started });
  messages.push(progressAtStart(report.lang));
  for (const message of messages) post(message);
  startMessages = messages;
  changedSinceReport = false;
}

/**
 * The panel has loaded and asks for its start: the messages sent at start-up, again, unless the
 * board changed since (the panel may have missed them while loading; re-reading a big board for
 * nothing would double the cost of opening the panel in Figma's slow VM).
 */
async function answerReadyAsync(): Promise<void> {
  if (startMessages === null || changedSinceReport) return sendInitAsync();
  const prefs = preferences ?? (await readPreferencesAsync());
  for (const message of startMessages) post(message.type === 'init' ? { ...message, preferences: prefs } : message);
}

/** The board's progress as the panel shows it when it opens: the history and the last check's changes. */
function progressAtStart(lang: Lang): SandboxToUi {
  const { checks } = readCheckHistory();
  const [before, last] = checks.slice(-2);
  const sentence = before && last ? changeSinceLast(before, last, stringsFor(lang).progress.change).sentence : null;
  return progressMessage(checks, sentence, lastCheckChanges());
}

function progressMessage(checks: readonly CheckRecord[], sentence: string | null, changes: { closed: CompactFinding[]; opened: CompactFinding[] }): SandboxToUi {
  return {
    type: 'progress',
    timeline: checks.map((check) => ({ time: check.t, journeys: check.j.map(([name, percent]) => ({ name, percent })) })),
    sentence,
    sinceFirst: checks.length > 1 ? gapsBetween(checks[0] as CheckRecord, checks[checks.length - 1] as CheckRecord) : null,
    closed: changes.closed,
    opened: changes.opened,
  };
}

/** Analyses the board (unless the report is at hand) and sends it to the panel. */
function sendReport(live: boolean, known?: Report): Report {
  const started = Date.now();
  const report = known ?? analyseCurrentBoard(false, live).report;
  post({ type: 'report', report, live, elapsedMs: Date.now() - started });
  // Anything after start-up makes the cached start messages stale.
  startMessages = null;
  changedSinceReport = false;
  return report;
}

/**
 * Live mode: a person changed the board — the facilitator running the plugin ('LOCAL') or another
 * participant ('REMOTE') → re-analyse (debounced), write nothing. The echo of our own writes is not
 * a person's change (LiveChangeFilter).
 */
function onNodeChange(event: NodeChangeEvent): void {
  // Every change, the plugin's own echo too, tells the live read what to read again.
  liveReader.note(event.nodeChanges);
  if (!liveChanges.madeByAPerson(event.nodeChanges, Date.now())) return;
  changedSinceReport = true;
  if (!preferences?.live) return;
  if (liveTimer !== null) clearTimeout(liveTimer);
  liveTimer = setTimeout(() => {
    liveTimer = null;
    if (writing) {
      refreshWhenWritten = true;
      return;
    }
    try {
      sendReport(true);
    } catch (error) {
      postError(error);
    }
  }, LIVE_DEBOUNCE_MS);
}

/**
 * A panel action that writes: its writes are logged (their echo is not a person's edit) and it is
 * one undo step of its own — without commitUndo, everything a plugin does while it stays open
 * merges into one undo step ("By default, plugin actions are not committed to undo history",
 * plugin-api.d.ts, commitUndo).
 */
async function writeActionAsync<T>(kind: WriteAction, action: (log: WriteLog) => Promise<T>): Promise<T> {
  const log = liveChanges.begin();
  writing = true;
  // The panel disables its writing actions meanwhile (a double click checks once).
  post({ type: 'busy', action: kind });
  try {
    return await action(log);
  } finally {
    figma.commitUndo();
    // What the action wrote is read in full next time (its echo may come after the next refresh).
    liveReader.invalidate();
    liveChanges.end(log, Date.now());
    writing = false;
    post({ type: 'busy', action: null });
  }
}

/** After a write: the fresh report, and one live refresh if a person edited the board meanwhile. */
function reportAfterWrite(known?: Report): void {
  const refresh = refreshWhenWritten;
  refreshWhenWritten = false;
  sendReport(refresh, refresh ? undefined : known);
}

async function handlePanelMessageAsync(message: UiToSandbox): Promise<void> {
  try {
    switch (message.type) {
      case 'ready':
        return await answerReadyAsync();
      case 'analyse':
        sendReport(false);
        return;
      case 'check': {
        const outcome = await writeActionAsync('check', (log) => checkAsync(log));
        post({ type: 'written', summary: outcome.summary, message: outcome.message, action: 'check' });
        if (outcome.history) post(progressMessage(outcome.history.checks, outcome.history.change?.sentence ?? null, outcome.history));
        reportAfterWrite(outcome.report);
        return;
      }
      case 'restore':
      case 'clear': {
        const lang = boardLang();
        const outcome = await writeActionAsync(message.type, (log) => (message.type === 'restore' ? restoreAsync(lang, log) : clearAsync(lang, log)));
        post({ type: 'written', summary: outcome.summary, message: outcome.message, action: message.type });
        // Clear took the board's history with it.
        if (message.type === 'clear') post(progressMessage([], null, { closed: [], opened: [] }));
        reportAfterWrite();
        return;
      }
      case 'template': {
        const notice = await writeActionAsync('template', (log) => templateAsync(message.lang, log));
        post({ type: 'notice', level: 'info', message: notice, code: 'template-inserted' });
        reportAfterWrite();
        return;
      }
      case 'show-nodes': {
        const shown = await showNodesOnBoardAsync(message.nodeIds);
        post({ type: 'zoomed', nodeIds: shown.found, missing: shown.missing });
        return;
      }
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
        await writeActionAsync('save-board-settings', async () => writeBoardSettings(message.settings));
        post({ type: 'notice', level: 'info', message: stringsFor(message.settings.lang ?? boardLang()).plugin.notify.settingsSaved, code: 'settings-saved' });
        sendReport(false);
        return;
      }
      case 'resize':
        figma.ui.resize(message.width, message.height);
        return;
      default:
        return assertNever(message);
    }
  } catch (error) {
    postError(error);
  }
}

/**
 * A failure as the panel words it in its own language: a node deleted meanwhile (Figma: 'The node
 * with id "1:2" does not exist') says to run the check again; anything else keeps its technical
 * reason for the panel's "technical detail".
 */
function postError(error: unknown): void {
  const message = describeError(error);
  const gone = /node with id "?([^"\s]+)"? does not exist/i.exec(message);
  if (gone) post({ type: 'notice', level: 'error', message, code: 'node-gone', params: { nodeId: gone[1] ?? '' } });
  else post({ type: 'notice', level: 'error', message, code: 'failed', params: { reason: message.slice(0, 2000) } });
}

// ---- start ------------------------------------------------------------------------------------

registerTemplateSuggestions();
figma.on('run', (event: RunEvent) => {
  void runCommandAsync(event.command, 'parameters' in event ? event.parameters : undefined);
});

/** Quick-action suggestions for the template's optional language parameter. */
function registerTemplateSuggestions(): void {
  figma.parameters.on('input', ({ key, query, result }: ParameterInputEvent) => {
    if (key !== 'lang') return result.setSuggestions([]);
    const names = stringsFor('en').plugin.parameters;
    const options = [
      { name: names.nl, data: 'nl' },
      { name: names.en, data: 'en' },
    ];
    result.setSuggestions(options.filter((o) => o.name.toLowerCase().includes(query.toLowerCase())));
  });
}
