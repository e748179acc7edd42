/**
 * Issue #12's "done when", on the board as a facilitator sees it: the BUILT plugin checks every
 * example board and every crowded board (test/render/crowdedBoards.ts) in the emulator, the board
 * is downloaded as REST, and layoutProblems must find nothing: 0 generated nodes over a team node,
 * 0 across a team section they do not belong to, 0 over each other. Each curve lies under its own
 * journey and each point within its phase's column. Needs `node build.mjs` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAndDownload } from './afterCheck';
import { readBoardPage } from './boardNodes';
import { crowdedBoard, CROWDED } from './crowdedBoards';
import { hasJourneyCheckTag, layoutProblems } from './layoutProblems';
import { isRecord } from './boardNodes';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.json')).sort();
const boards: [string, () => unknown][] = [
  ...EXAMPLES.map((f): [string, () => unknown] => [f, () => JSON.parse(readFileSync(`examples/${f}`, 'utf8'))]),
  ...Object.entries(CROWDED).map(([name, o]): [string, () => unknown] => [name, () => crowdedBoard(o)]),
];

function tagOf(raw: Record<string, unknown>): { key: string } | null {
  const shared = isRecord(raw.sharedPluginData) ? raw.sharedPluginData['journeycheck'] : undefined;
  const text = isRecord(shared) ? shared['journeyCheck'] : undefined;
  return typeof text === 'string' ? (JSON.parse(text) as { key: string }) : null;
}

/** Curves whose section does not lie under its journey, or whose points leave their phase's column. */
function curvesOffTheirPhases(rest: unknown): string[] {
  const nodes = readBoardPage(rest).nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const off: string[] = [];
  let curves = 0;
  for (const node of nodes) {
    const tag = hasJourneyCheckTag(node.raw) ? tagOf(node.raw) : null;
    if (!tag) continue;
    // Keys: `curve:<journey id>` (the section), `curve:<journey id>:point:<phase id>`; ids hold colons.
    const point = /^curve:(.+):point:(.+)$/.exec(tag.key);
    if (node.type === 'SECTION' && tag.key.startsWith('curve:')) {
      curves++;
      const journey = byId.get(tag.key.slice('curve:'.length));
      if (journey && (node.box.y < journey.box.y + journey.box.height || Math.abs(node.box.x - journey.box.x) > 1)) off.push(tag.key);
    } else if (point && node.type === 'SHAPE_WITH_TEXT') {
      const phase = byId.get(point[2]!);
      const cx = node.box.x + node.box.width / 2;
      if (phase && (cx < phase.box.x || cx > phase.box.x + phase.box.width)) off.push(tag.key);
    }
  }
  if (curves === 0) off.push('no curve at all');
  return off;
}

describe('layout rules after a check (issue #12)', () => {
  for (const [name, load] of boards) {
    it(`${name}: nothing generated over a team node, across a team section or over each other; every curve under its own phases`, async () => {
      const { rest } = await checkAndDownload(load());
      const problems = layoutProblems(rest).map((p) => `${p.kind}: ${p.generated.text || p.generated.name} × ${p.other.type} ${p.other.text || p.other.name}`);
      expect(problems).toEqual([]);
      expect(curvesOffTheirPhases(rest)).toEqual([]);
    });
  }
});
