import { describe, expect, it } from 'vitest';
import { generateRestBoard } from '../../bench/generateBoard';
import { readRestBoard } from '../../src/rest/readRestFile';

describe('generateRestBoard (benchmark boards)', () => {
  it('is deterministic per seed', () => {
    const a = JSON.stringify(generateRestBoard({ stickies: 2000, seed: 3 }));
    expect(JSON.stringify(generateRestBoard({ stickies: 2000, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateRestBoard({ stickies: 2000, seed: 4 }))).not.toBe(a);
  });

  it('holds exactly the stickies asked for, with journeys, cells, row labels, stamps and connectors', () => {
    const snapshot = readRestBoard(generateRestBoard({ stickies: 2500, seed: 1 }));
    const count = (kind: string) => snapshot.nodes.filter((n) => n.kind === kind).length;
    expect(count('sticky')).toBe(2500);
    expect(count('stamp')).toBeGreaterThan(100);
    expect(count('connector')).toBeGreaterThan(5);
    expect(count('shape')).toBeGreaterThan(0);
    const sections = snapshot.nodes.filter((n) => n.kind === 'section');
    expect(sections.map((s) => s.name)).toEqual(expect.arrayContaining(['Klantreis 1', 'Journey 2', '1. Oriëntatie', 'Awareness', 'Telefoon', 'Verbeterpunten']));
    const texts = snapshot.nodes.filter((n) => n.kind === 'sticky').map((n) => n.text);
    expect(texts.some((t) => t.length > 150)).toBe(true);
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(new Set(snapshot.nodes.map((n) => n.id)).size).toBe(snapshot.nodes.length);
  });
});
