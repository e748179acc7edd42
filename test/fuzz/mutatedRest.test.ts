// Valid REST files with random damage (a field deleted, a value of the wrong type, a list where an
// object belongs, a node cut short): the adapter either refuses with a BoardReadError whose
// message is one plain line, or the engine and every renderer handle what it read. No other
// exception, ever.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { buildWritePlan } from '../../src/plan/buildWritePlan';
import { renderCsv } from '../../src/report/renderCsv';
import { renderJson } from '../../src/report/renderJson';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { renderText } from '../../src/report/renderText';
import { BoardReadError, readRestBoardText } from '../../src/rest/readRestFile';
import { DEFAULT_WRITE_BACK } from '../../src/settings';
import { boardSpec, layoutBoard, toRest } from './randomBoard';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Damage {
  /** Which object or array in the tree (pre-order index, modulo their number). */
  at: number;
  /** Which of its keys (modulo their number). */
  key: number;
  how: 'delete' | 'replace' | 'wrap' | 'empty-object';
  value: Json;
}

const damage: fc.Arbitrary<Damage> = fc.record({
  at: fc.nat(),
  key: fc.nat(),
  how: fc.constantFrom<Damage['how']>('delete', 'replace', 'replace', 'wrap', 'empty-object'),
  value: fc.oneof(
    fc.constantFrom<Json>(null, true, 0, -1, 1e308, '', 'STICKY', 'SECTION', 'CANVAS', 'DOCUMENT', [], {}, { x: 'a' }, [null]),
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  ),
});

/** Every object and array of the tree, in pre-order. */
function containers(root: Json): (Json[] | { [key: string]: Json })[] {
  const out: (Json[] | { [key: string]: Json })[] = [];
  const stack: Json[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null || typeof node !== 'object') continue;
    out.push(node);
    const children = Array.isArray(node) ? node : Object.values(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Json);
  }
  return out;
}

function applyDamage(root: Json, d: Damage): void {
  const all = containers(root);
  const target = all[d.at % all.length];
  if (!target) return;
  if (Array.isArray(target)) {
    if (target.length === 0) return;
    const i = d.key % target.length;
    if (d.how === 'delete') target.splice(i, 1);
    else if (d.how === 'wrap') target[i] = [target[i] ?? null];
    else target[i] = d.how === 'empty-object' ? {} : d.value;
    return;
  }
  const keys = Object.keys(target);
  if (keys.length === 0) return;
  const key = keys[d.key % keys.length] as string;
  if (d.how === 'delete') delete target[key];
  else if (d.how === 'wrap') target[key] = [target[key] ?? null];
  else target[key] = d.how === 'empty-object' ? {} : d.value;
}

describe('damaged REST files', () => {
  test('refused with one plain BoardReadError line, or analysed and rendered; nothing else is thrown', () => {
    let refused = 0;
    let analysed = 0;
    fc.assert(
      fc.property(boardSpec, fc.array(damage, { minLength: 1, maxLength: 4 }), (spec, damages) => {
        const file = toRest(layoutBoard(spec, 30)) as Json;
        for (const d of damages) applyDamage(file, d);
        let text: string;
        try {
          text = JSON.stringify(file);
        } catch {
          return; // 1e308 and friends stay finite; nothing here makes JSON.stringify throw
        }
        let snapshot;
        try {
          snapshot = readRestBoardText(text);
        } catch (error) {
          expect(error).toBeInstanceOf(BoardReadError);
          const message = (error as BoardReadError).message;
          expect(message).not.toMatch(/[\r\n]/);
          expect(message.length).toBeGreaterThan(10);
          refused += 1;
          return;
        }
        const report = analyseBoard(snapshot);
        buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
        renderText(report);
        renderMarkdown(report);
        renderCsv(report, { separator: ';', bom: true });
        expect(JSON.parse(renderJson(report))).toEqual(report);
        analysed += 1;
      }),
      { seed: 20261125, numRuns: 300 },
    );
    // Both outcomes occur: the damage is neither always fatal nor always harmless.
    expect(refused).toBeGreaterThan(10);
    expect(analysed).toBeGreaterThan(10);
  });
});
