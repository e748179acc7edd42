// Sentiment benchmark: accuracy of readSentiment on a labelled TSV, and its cost per call.
//   npm run bench:sentiment -- FILE [--verbose] [--quickjs[=ENTRY]]
// FILE is shaped like test/emotion/holdout.tsv. Prints polarity and emotion accuracy,
// the confusion per class, µs per call, and with --verbose every misreading. --quickjs also times
// the reader inside QuickJS (quickjs-emscripten, as Figma runs plugin code), bundled from ENTRY
// (default src/emotion/readSentiment.ts; another checkout's file compares two versions).
import { readFileSync } from 'node:fs';
import { evaluate, parseLabelled, type Evaluation, type LabelledText } from '../src/emotion/evaluate';
import { readSentiment } from '../src/emotion/readSentiment';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const file = args.find((a) => !a.startsWith('-'));
const quickjsArg = args.find((a) => a === '--quickjs' || a.startsWith('--quickjs='));
const quickjsEntry = quickjsArg === undefined ? null : quickjsArg.includes('=') ? quickjsArg.slice('--quickjs='.length) : 'src/emotion/readSentiment.ts';
if (file === undefined) {
  console.error('usage: npm run bench:sentiment -- FILE.tsv [--verbose]');
  process.exit(2);
}

let items: LabelledText[] = [];
try {
  items = parseLabelled(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
if (items.length === 0) {
  console.error(`${file}: no labelled lines`);
  process.exit(2);
}

const ev = evaluate(items);
const pct = (n: number): string => `${((100 * n) / ev.total).toFixed(1)} %`;
console.log(`${file}: ${ev.total} texts (nl ${items.filter((i) => i.lang === 'nl').length}, en ${items.filter((i) => i.lang === 'en').length})`);
console.log(`polarity accuracy  ${pct(ev.polarityCorrect)}  (${ev.polarityCorrect}/${ev.total})`);
console.log(`emotion accuracy   ${pct(ev.emotionCorrect)}  (${ev.emotionCorrect}/${ev.total})`);
printConfusion('polarity (expected → read)', ev.polarityConfusion);
printConfusion('emotion (expected → read)', ev.emotionConfusion);
const firstPass = timeFirstPass();
console.log(`\nspeed              ${timePerCall().toFixed(2)} µs/call (warm; first pass over the file ${firstPass.toFixed(2)} µs/call)`);
const board = timeBoard(10_000);
console.log(
  `10,000-sticky board: readSentiment ${board.readMs.toFixed(1)} ms (median of 5), JSON.parse of the board ${board.parseMs.toFixed(1)} ms (${(board.bytes / 1e6).toFixed(1)} MB)`,
);

if (quickjsEntry !== null) {
  const q = await timeInQuickJS(quickjsEntry);
  console.log(`QuickJS            ${q.toFixed(2)} µs/call (warm, CPU time of the host; reader bundled from ${quickjsEntry})`);
}

if (verbose) {
  console.log(`\nmisreadings (${ev.misreadings.length}):`);
  for (const m of ev.misreadings) {
    const want = `${m.item.polarity} ${m.item.emotion ?? '-'}`;
    const got = `${m.got.polarity} ${m.got.emotion ?? '-'} (${m.got.source}, ${m.got.score})`;
    console.log(`  line ${m.item.line} [${m.item.lang}] want ${want}, read ${got}: ${m.item.text}`);
  }
} else if (ev.misreadings.length > 0) {
  console.log(`(${ev.misreadings.length} misreadings; --verbose lists them)`);
}

function printConfusion(title: string, table: Evaluation['polarityConfusion']): void {
  console.log(`\n${title}:`);
  for (const [expected, row] of Object.entries(table)) {
    const total = Object.values(row).reduce((a, b) => a + b, 0);
    const cells = Object.entries(row)
      .sort((a, b) => b[1] - a[1])
      .map(([read, n]) => `${read}:${n}`)
      .join('  ');
    console.log(`  ${expected.padEnd(13)} n=${String(total).padEnd(4)} ${cells}`);
  }
}

/**
 * CPU time of this process in ns: on a shared machine wall time also counts the time other
 * processes had the core, CPU time does not. (Resolution 1 µs; every timed span here is ms long.)
 */
function cpuNs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

/** µs per call on the very first pass: cold caches and unoptimised code, the worst case. */
function timeFirstPass(): number {
  const start = cpuNs();
  let sink = 0;
  for (const i of items) sink += readSentiment(i.text, i.lang).score;
  const ns = cpuNs() - start;
  if (Number.isNaN(sink)) console.log('');
  return ns / 1000 / items.length;
}

/**
 * A board-sized run: n stickies made from the file's texts (numbered so no two are alike, as on
 * a real board), read one by one, against JSON.parse of a snapshot-like JSON holding them.
 */
function timeBoard(n: number): { readMs: number; parseMs: number; bytes: number } {
  const stickies = Array.from({ length: n }, (_, k) => {
    const item = items[k % items.length] ?? { text: '', lang: 'nl' as const };
    // The shape of a SnapshotNode (src/snapshot.ts); lang rides along for the bench only.
    return {
      id: `1:${k}`,
      kind: 'sticky',
      type: 'STICKY',
      name: '',
      text: `${item.text} ${k}`,
      bounds: { x: k * 10, y: k * 5, width: 240, height: 240 },
      parentId: '0:1',
      fill: { r: 1, g: 0.85, b: 0.4 },
      author: null,
      visible: true,
      lang: item.lang,
    };
  });
  const json = JSON.stringify({ name: 'bench', nodes: stickies });
  const t0 = cpuNs();
  const parsed: unknown = JSON.parse(json);
  const t1 = cpuNs();
  // Read the texts as the engine gets them: strings out of JSON.parse.
  const nodes = parsed !== null && typeof parsed === 'object' && 'nodes' in parsed && Array.isArray(parsed.nodes) ? parsed.nodes : [];
  const texts: { text: string; lang: 'nl' | 'en' }[] = [];
  for (const node of nodes) {
    if (node !== null && typeof node === 'object' && typeof node.text === 'string') texts.push({ text: node.text, lang: node.lang === 'en' ? 'en' : 'nl' });
  }
  // Median of five runs: the first one also pays for collecting the garbage the JSON left.
  const runs: number[] = [];
  let sink = 0;
  for (let r = 0; r < 5; r++) {
    const t2 = cpuNs();
    for (const t of texts) sink += readSentiment(t.text, t.lang).score;
    runs.push((cpuNs() - t2) / 1e6);
  }
  if (Number.isNaN(sink)) console.log('');
  runs.sort((a, b) => a - b);
  return { readMs: runs[2] ?? 0, parseMs: (t1 - t0) / 1e6, bytes: json.length };
}

/** Mean µs per readSentiment call over the file's texts, after a warm-up. */
function timePerCall(): number {
  const texts = items.map((i) => ({ text: i.text, lang: i.lang }));
  let sink = 0;
  for (let r = 0; r < 200; r++) for (const t of texts) sink += readSentiment(t.text, t.lang).score;
  const rounds = Math.max(1, Math.ceil(200_000 / texts.length));
  const start = cpuNs();
  for (let r = 0; r < rounds; r++) for (const t of texts) sink += readSentiment(t.text, t.lang).score;
  const ns = cpuNs() - start;
  if (Number.isNaN(sink)) console.log('');
  return ns / 1000 / (rounds * texts.length);
}

/**
 * Mean µs per readSentiment call inside QuickJS (release build of quickjs-emscripten, the engine
 * Figma runs plugin code in). The reader is bundled from `entry` with the plugin's esbuild settings
 * (IIFE, es2020, minified) and every text of the file is read in the VM; a warm-up pass first.
 * Both packages are dev dependencies, loaded at run time so this bench bundle does not carry them.
 */
async function timeInQuickJS(entry: string): Promise<number> {
  const load = (name: string): Promise<unknown> => import(name);
  const esbuild = (await load('esbuild')) as typeof import('esbuild');
  const quickjs = (await load('quickjs-emscripten')) as typeof import('quickjs-emscripten');
  const bundle = await esbuild.build({
    stdin: { contents: `import { readSentiment } from ${JSON.stringify(entry.startsWith('/') ? entry : `./${entry}`)}; globalThis.readSentiment = readSentiment;`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'neutral',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const module = await quickjs.newQuickJSWASMModule(quickjs.RELEASE_SYNC);
  const vm = module.newContext();
  const evalOrThrow = (source: string): void => {
    const result = vm.evalCode(source);
    if (result.error) {
      const err: unknown = vm.dump(result.error);
      result.error.dispose();
      throw new Error(`QuickJS: ${JSON.stringify(err)}`);
    }
    result.value.dispose();
  };
  evalOrThrow(code);
  evalOrThrow(`globalThis.__texts = ${JSON.stringify(items.map((i) => [i.text, i.lang]))};
globalThis.__run = (rounds) => { let s = 0; for (let r = 0; r < rounds; r++) for (const t of __texts) s += readSentiment(t[0], t[1]).score; return s; };`);
  evalOrThrow('__run(20)');
  const rounds = Math.max(1, Math.ceil(20_000 / items.length));
  const start = cpuNs();
  evalOrThrow(`__run(${rounds})`);
  const ns = cpuNs() - start;
  vm.dispose();
  return ns / 1000 / (rounds * items.length);
}
