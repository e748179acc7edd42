// The command line on boards drawn the way teams draw them (#11): how a phase title was read, lane
// feelings, layout-unread and whether votes could be counted, in text, Markdown and JSON.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types';
import { runCli } from './runCli';

const GRID = 'examples/template-grid-en.json';
const SWIMLANES = 'examples/zwembad-swimlanes-nl.json';
const dir = mkdtempSync(join(tmpdir(), 'journey-check-team-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example as downloaded without any STAMP node (what a REST download may well hold). */
function withoutStamps(example: string): string {
  const json = JSON.parse(readFileSync(example, 'utf8'), (key, value: unknown) =>
    key === 'children' && Array.isArray(value) ? value.filter((n) => (n as { type?: string }).type !== 'STAMP') : value,
  ) as unknown;
  const path = join(dir, 'no-stamps.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('journey-check on team-drawn boards', () => {
  it('says how a mistyped phase title was read, and shows the emotion row as lane feelings', () => {
    const text = runCli([GRID, '--no-color']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("consideration (read as Consideration, from 'Consideraton')");
    expect(text.stdout).toContain('Lane feelings: Curious 🙂 (+1.0)');
    const markdown = runCli([GRID, '--format', 'markdown']).stdout;
    expect(markdown).toContain("| Consideraton | consideration (read as Consideration, from 'Consideraton') |");
    expect(markdown).toContain('**Lane feelings:** Curious 🙂 (+1.0)');
    const json = JSON.parse(runCli([GRID, '--format', 'json']).stdout) as Report;
    expect(json.journeys[0]?.phases[1]?.read).toEqual({ how: 'tolerant', from: 'Consideraton', covers: ['consideration'] });
    expect(json.board.votes).toBe('counted');
  });

  it('in Dutch: swimlane channels in the phase lines', () => {
    const text = runCli([SWIMLANES, '--no-color']).stdout;
    expect(text).toMatch(/3\. Aanmelden {2}aankoop · 3 contactmomenten · kanalen: Website, Balie,\s+Servicepunt/);
    expect(text).toContain('Gevoel in de baan: Trots op Noor ❤️');
    expect(text).toContain('channel-unused (Klantreis ouder van Noor (6) › Nieuwsbrief)');
  });

  it('a download without stamps says votes are not available, in every format that shows votes', () => {
    const file = withoutStamps(SWIMLANES);
    const json = JSON.parse(runCli([file, '--format', 'json']).stdout) as Report;
    expect(json.board.votes).toBe('not-in-download');
    expect(json.improvements.every((i) => i.votes === 0)).toBe(true);
    expect(runCli([file, '--no-color']).stdout).toContain('Stemmen: niet beschikbaar in deze download');
    expect(runCli([file, '--lang', 'en', '--format', 'markdown']).stdout).toContain('_Votes: not available in this download');
    expect(runCli([SWIMLANES, '--no-color']).stdout).not.toContain('niet beschikbaar in deze download');
  });
});
