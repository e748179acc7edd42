/**
 * journey-check BOARD.json [options]: reads a Figma REST file, analyses it, prints a report.
 * Exit 0 when no error-severity finding, 1 when there is one, 2 when the input or an option
 * cannot be read. Every failure is one plain line on stderr, never a stack trace.
 */
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseBoard } from './analyse';
import { stringsFor } from './i18n';
import { BoardReadError, documentRecordIn, parseRestText, readRestBoard, settingsRecordIn } from './rest/readRestFile';
import { HISTORY_RECORD_KEY, parseHistory } from './progress/checkHistory';
import { renderSummaryHtml, renderSummaryMarkdown } from './progress/renderSummary';
import { renderCsv } from './report/renderCsv';
import { renderJson } from './report/renderJson';
import { renderMarkdown } from './report/renderMarkdown';
import { renderText } from './report/renderText';
import { renderComparisonJson, renderComparisonMarkdown, renderComparisonText } from './progress/renderComparison';
import type { Report } from './report/types';
import { compareReports } from './progress/compareReports';
import type { AnalyseOptions, BoardSettings, Lang } from './settings';
import { parseSettingsRecord, readSettingsFile } from './settingsRecord';
import packageJson from '../package.json';

const FORMATS = ['text', 'json', 'markdown', 'csv', 'summary-html', 'summary-md'] as const;
type Format = (typeof FORMATS)[number];

/** A failure the user can fix: printed as one line, exit code 2. */
class InputError extends Error {}

interface CliOptions {
  board: string;
  format: Format;
  lang: Lang | undefined;
  output: string | undefined;
  separator: ',' | ';';
  bom: boolean;
  page: string | undefined;
  color: boolean;
  /** --settings FILE: the board settings to apply (else the ones the download carries). */
  settings: string | undefined;
  /** --compare: `board` is the older download, `newer` the newer one. */
  newer: string | undefined;
}

type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions };

/** Language of the CLI's own messages before a board is read: --lang, else the system locale. */
function messageLang(argv: string[]): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a === '-l' || a.startsWith('--lang='));
  const given = index < 0 ? undefined : argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1];
  if (given === 'nl' || given === 'en') return given;
  const locale = process.env['LC_ALL'] || process.env['LC_MESSAGES'] || process.env['LANG'] || '';
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

function parseCommandLine(argv: string[], lang: Lang): Parsed {
  const t = stringsFor(lang).report.cli;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      allowNegative: true,
      options: {
        format: { type: 'string', short: 'f' },
        lang: { type: 'string', short: 'l' },
        output: { type: 'string', short: 'o' },
        'csv-separator': { type: 'string' },
        'csv-bom': { type: 'boolean' },
        page: { type: 'string' },
        settings: { type: 'string' },
        compare: { type: 'boolean' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown?.[1]) throw new InputError(t.unknownOption(unknown[1]));
    throw new InputError(t.badOption(message.split('\n')[0]?.replace(/\.$/, '') ?? ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new InputError(t.badFormat(format));
  const langValue = values.lang;
  if (langValue !== undefined && langValue !== 'nl' && langValue !== 'en') throw new InputError(t.badLang(langValue));
  const separator = values['csv-separator'] ?? ',';
  if (separator !== ',' && separator !== ';') throw new InputError(t.badSeparator(separator));
  const [board, second, extra] = positionals;
  if (board === undefined) throw new InputError(values.compare ? t.compareNeedsTwo : t.noBoard);
  const newer = values.compare ? second : undefined;
  if (values.compare && newer === undefined) throw new InputError(t.compareNeedsTwo);
  if (values.compare && format !== 'text' && format !== 'json' && format !== 'markdown') throw new InputError(t.compareFormat);
  const surplus = values.compare ? extra : second;
  if (surplus !== undefined) throw new InputError(t.tooManyBoards(surplus));
  const output = values.output;
  const color = values.color ?? (output === undefined && process.stdout.isTTY === true && !process.env['NO_COLOR']);
  return {
    kind: 'run',
    options: { board, format, lang: langValue, output, separator, bom: values['csv-bom'] ?? false, page: values.page, color, settings: values.settings, newer },
  };
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ?? error.message.split('\n')[0] ?? 'unknown';
  }
  return String(error);
}

/**
 * UTF-8, or UTF-16 when the file starts with its byte order mark: Windows PowerShell 5.1 writes
 * UTF-16 for `curl … > board.json`.
 */
function decodeBoard(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return bytes.toString('utf8');
}

async function readBoardText(path: string, lang: Lang): Promise<string> {
  const t = stringsFor(lang).report.cli;
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return decodeBoard(Buffer.concat(chunks));
  }
  try {
    if ((await stat(path)).isDirectory()) throw new InputError(t.notAFile(path));
    return decodeBoard(await readFile(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(t.fileMissing(path));
    throw new InputError(t.cannotRead(path, reasonOf(error)));
  }
}

/** The board's history of checks, as a plugin_data=shared download carries it (empty otherwise). */
interface HistoryOfDownload {
  checks: ReturnType<typeof parseHistory>['checks'];
}

/** Reads and analyses one download as the plain run does (settings from --settings or the download). */
async function analyseFileAsync(path: string, options: CliOptions, fromFile: BoardSettings | null, lang: Lang): Promise<Report> {
  const json = parseRestText(await readBoardText(path, lang), { lang });
  const snapshot = readRestBoard(json, options.page === undefined ? { lang } : { lang, page: options.page });
  const settings = fromFile ?? parseSettingsRecord(settingsRecordIn(json)).settings;
  const analyse: AnalyseOptions = { settings };
  const chosenLang = options.lang ?? settings.lang;
  if (chosenLang) analyse.lang = chosenLang;
  return analyseBoard(snapshot, analyse);
}

/** --compare OLD NEW: gaps closed and opened, completeness per journey before and after. Exit 0. */
async function compareAsync(options: CliOptions, newer: string, lang: Lang): Promise<number> {
  const fromFile = options.settings === undefined ? null : await readSettings(options.settings, lang);
  const before = await analyseFileAsync(options.board, options, fromFile, lang);
  const after = await analyseFileAsync(newer, options, fromFile, options.lang ?? before.lang);
  const comparison = compareReports(before, after);
  const names = { before: basename(options.board), after: basename(newer) };
  const output =
    options.format === 'json'
      ? renderComparisonJson(comparison)
      : options.format === 'markdown'
        ? renderComparisonMarkdown(comparison, after.lang, names)
        : renderComparisonText(comparison, after.lang, names);
  if (options.output !== undefined) await writeAtomically(options.output, output, after.lang);
  else process.stdout.write(output);
  return 0;
}

/** Board settings from --settings FILE: the record the plugin stores, or the settings object alone. */
async function readSettings(path: string, lang: Lang): Promise<BoardSettings> {
  const t = stringsFor(lang).report.cli;
  let text: string;
  try {
    text = decodeBoard(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(t.settingsMissing(path));
    throw new InputError(t.cannotRead(path, reasonOf(error)));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(t.settingsInvalid(path, reasonOf(error)));
  }
  const read = readSettingsFile(json);
  if (!read.ok) throw new InputError(t.settingsInvalid(path, read.problem));
  return read.settings;
}

/** Writes next to the target and renames, so a reader never sees half a report. */
async function writeAtomically(path: string, content: string, lang: Lang): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new InputError(stringsFor(lang).report.cli.cannotWrite(path, reasonOf(error)));
  }
}

function render(format: Format, options: CliOptions, report: ReturnType<typeof analyseBoard>, history: HistoryOfDownload): string {
  switch (format) {
    case 'summary-html':
    case 'summary-md': {
      const summary = { writtenAt: new Date().toLocaleString(report.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }), history: history.checks, formatTime: (t: number) => new Date(t).toLocaleTimeString(report.lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) };
      return format === 'summary-html' ? renderSummaryHtml(report, summary) : renderSummaryMarkdown(report, summary);
    }
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'csv':
      return renderCsv(report, { separator: options.separator, bom: options.bom });
    case 'text':
      return renderText(report, { color: options.color });
  }
}

/** Runs the command; resolves to the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  let lang = messageLang(argv);
  try {
    const parsed = parseCommandLine(argv, lang);
    if (parsed.kind === 'help') {
      const t = stringsFor(lang).report.cli;
      process.stdout.write(`${t.usage}\n\n${t.help}\n`);
      return 0;
    }
    if (parsed.kind === 'version') {
      process.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    const { options } = parsed;
    if (options.newer !== undefined) return await compareAsync(options, options.newer, lang);
    const fromFile = options.settings === undefined ? null : await readSettings(options.settings, lang);
    const text = await readBoardText(options.board, lang);
    const json = parseRestText(text, { lang });
    const snapshot = readRestBoard(json, options.page === undefined ? { lang } : { lang, page: options.page });
    // The settings the team chose in the panel: from --settings, else from the download itself
    // (plugin_data=shared carries them); a corrupt record is ignored like the plugin ignores it.
    const settings = fromFile ?? parseSettingsRecord(settingsRecordIn(json)).settings;
    const analyse: AnalyseOptions = { settings };
    const chosenLang = options.lang ?? settings.lang;
    if (chosenLang) analyse.lang = chosenLang;
    const report = analyseBoard(snapshot, analyse);
    lang = report.lang;
    const output = render(options.format, options, report, { checks: parseHistory(documentRecordIn(json, HISTORY_RECORD_KEY)).checks });
    if (options.output !== undefined) await writeAtomically(options.output, output, lang);
    else process.stdout.write(output);
    return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (error) {
    const t = stringsFor(lang).report.cli;
    const line =
      error instanceof InputError || error instanceof BoardReadError ? error.message : t.unexpected(reasonOf(error));
    process.stderr.write(`${t.error}: ${line.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
}

// A closed pipe (`journey-check board.json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
