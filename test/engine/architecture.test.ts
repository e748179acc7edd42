/**
 * The engine's shape, checked: its value types sit in a leaf that imports nothing, and no two
 * folders of src/ import each other, even through a chain (a cycle makes "which layer decides"
 * ambiguous). Layer boundaries themselves are ESLint's job (eslint.config.js) and
 * tsconfig.engine.json's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative import specifiers of a file (static imports and re-exports). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']*)'/gms)].map((m) => m[1] ?? '');
}

/** The unit of layering: a folder of src/, or a file at src/'s top level. */
function unitOf(file: string): string {
  const [first, second] = relative(SRC, file).split('/');
  return second === undefined ? (first ?? '').replace(/\.ts$/, '') : (first ?? '');
}

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = unitOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const spec of importsOf(file)) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC + '/')) continue; // ../package.json from the CLI
      const to = unitOf(target.endsWith('.ts') ? target : `${target}.ts`);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** One cycle as a path a → … → a, or null when the graph is acyclic. */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('engine architecture', () => {
  it('keeps the value types in a leaf that imports nothing', () => {
    const text = readFileSync(join(SRC, 'domain.ts'), 'utf8');
    expect(text).not.toMatch(/^\s*(import|export)\s[^;]*\sfrom\s/m);
  });

  it('has no cycle between the folders of src/', () => {
    const graph = folderGraph();
    expect(graph.get('journey')).toBeDefined();
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['journey', new Set(['checks', 'domain'])],
      ['checks', new Set(['journey'])],
      ['domain', new Set<string>()],
    ]);
    expect(findCycle(graph)).toEqual(['journey', 'checks', 'journey']);
  });
});
