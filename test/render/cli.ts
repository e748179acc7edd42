/**
 * `npm run render -- BOARD.json OUT.png [--after-check] [--crop x,y,w,h | --crop journeys] [--scale s] [--highlight-problems]`
 *
 * Draws a FigJam REST file as a PNG (renderBoard.ts → headless Chromium, renderPng.ts).
 * --after-check        run the BUILT plugin's check on the board in the emulator first (afterCheck.ts)
 * --crop x,y,w,h       page coordinates of the part to draw (default: everything)
 * --crop journeys      the team's sections that hold other sections (journeys) plus everything generated
 * --scale s            output pixels per board unit (default: the longer side fits 2400 px)
 * --max-side px        instead of --scale: the longer side of the picture in pixels
 * --highlight-problems outline in red the generated nodes that layoutProblems reports
 * Prints the picture's size and the layout problems (counts and the first 20).
 * Started by scripts/render-board.mjs (esbuild bundle; Node 20 does not run TypeScript).
 */
import { readFileSync } from 'node:fs';
import { checkAndDownload } from './afterCheck';
import { readBoardPage, type Box } from './boardNodes';
import { formatLayoutProblems, hasJourneyCheckTag, layoutProblems } from './layoutProblems';
import { pageExtent } from './renderBoard';
import { renderBoardPng } from './renderPng';

const USAGE = 'usage: npm run render -- BOARD.json OUT.png [--after-check] [--crop x,y,w,h | --crop journeys] [--scale s | --max-side px] [--highlight-problems]';

interface Args {
  board: string;
  out: string;
  afterCheck: boolean;
  crop: Box | 'journeys' | null;
  scale: number | null;
  maxSide: number | null;
  highlight: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const args: Args = { board: '', out: '', afterCheck: false, crop: null, scale: null, maxSide: null, highlight: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--after-check') args.afterCheck = true;
    else if (arg === '--highlight-problems') args.highlight = true;
    else if (arg === '--crop') {
      const v = value();
      if (v === 'journeys') args.crop = 'journeys';
      else {
        const parts = v.split(',').map(Number);
        if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p)) || parts[2]! <= 0 || parts[3]! <= 0) {
          throw new Error(`--crop expects x,y,w,h with a positive width and height (got "${v}")`);
        }
        args.crop = { x: parts[0]!, y: parts[1]!, width: parts[2]!, height: parts[3]! };
      }
    } else if (arg === '--scale' || arg === '--max-side') {
      const v = Number(value());
      if (!(v > 0) || !Number.isFinite(v)) throw new Error(`${arg} expects a positive number`);
      if (arg === '--scale') args.scale = v;
      else args.maxSide = v;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}. ${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new Error(USAGE);
  [args.board, args.out] = positional as [string, string];
  if (!args.out.endsWith('.png')) throw new Error(`the output file must end in .png (got "${args.out}")`);
  return args;
}

/** The team's sections that hold sections (journeys), plus every generated node on the page, with a margin. */
export function journeysCrop(rest: unknown): Box {
  const nodes = readBoardPage(rest).nodes;
  const picked = nodes.filter(
    (node) =>
      node.type !== 'CONNECTOR' &&
      ((node.depth === 0 && hasJourneyCheckTag(node.raw)) ||
        (node.type === 'SECTION' && node.depth === 0 && !hasJourneyCheckTag(node.raw) && nodes.some((m) => m.type === 'SECTION' && m.sections[0] === node.id))),
  );
  if (picked.length === 0) return pageExtent(rest);
  // A title text that the box cuts through is taken in whole.
  const cut = (b: Box, p: Box) => p.x < b.x + b.width && p.x + p.width > b.x && p.y < b.y + b.height && p.y + p.height > b.y;
  const around = boxAround(picked.map((p) => p.box));
  picked.push(...nodes.filter((node) => node.type === 'TEXT' && node.depth === 0 && cut({ ...around, y: around.y - 180, height: around.height + 180 }, node.box)));
  const all = boxAround(picked.map((p) => p.box));
  const m = 60;
  return { x: all.x - m, y: all.y - 3 * m, width: all.width + 2 * m, height: all.height + 4 * m };
}

function boxAround(boxes: Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  let board: unknown;
  try {
    board = JSON.parse(readFileSync(args.board, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${args.board}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (args.afterCheck) {
    const checked = await checkAndDownload(board);
    console.log(`check: ${checked.message}`);
    board = checked.rest;
  }
  const problems = layoutProblems(board);
  const crop = args.crop === 'journeys' ? journeysCrop(board) : (args.crop ?? pageExtent(board));
  const scale = args.scale ?? (args.maxSide ? args.maxSide / Math.max(crop.width, crop.height) : undefined);
  const highlight = args.highlight ? problems.map((p) => p.generated.id) : [];
  const png = await renderBoardPng(board, args.out, { crop, ...(scale ? { scale } : {}), highlight });
  console.log(`${png.file}: ${png.width}×${png.height} px (crop ${Math.round(crop.x)},${Math.round(crop.y)},${Math.round(crop.width)},${Math.round(crop.height)})`);
  console.log(formatLayoutProblems(problems));
}
