import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { renderSummaryHtml, renderSummaryMarkdown } from '../../src/progress/renderSummary';
import { readRestBoardText } from '../../src/rest/readRestFile';

const report = analyseBoard(readRestBoardText(readFileSync('examples/bakkerij-nl.json', 'utf8')));
const name = report.journeys[0]?.name ?? '';
const timeline = [
  { t: Date.UTC(2026, 10, 29, 9, 0), j: [[name, 60]] as [string, number][], f: '' },
  { t: Date.UTC(2026, 10, 29, 10, 0), j: [[name, 83]] as [string, number][], f: '' },
];

describe('the session part of the summary', () => {
  it('when the counts are unknown (null) it names the checks only — never a made-up "0 closed"', () => {
    const page = renderSummaryHtml(report, { writtenAt: 'nu', history: timeline, sinceFirst: null });
    expect(page).toContain('2 checks tijdens de sessie');
    expect(page).not.toContain('gedicht');
  });

  it('with the counts the panel is sent, it says how many gaps closed and opened since the first check', () => {
    const page = renderSummaryMarkdown(report, { writtenAt: 'nu', history: timeline, sinceFirst: { closed: 3, opened: 1 } });
    expect(page).toContain('2 checks: 3 gaten gedicht, 1 nieuw sinds de eerste');
  });

  it('with finding keys (a download of the board) it counts them itself', () => {
    const keyed = [{ ...timeline[0], f: 'a b c' }, { ...timeline[1], f: 'c d' }] as typeof timeline;
    expect(renderSummaryHtml(report, { writtenAt: 'nu', history: keyed })).toContain('2 checks: 2 gaten gedicht, 1 nieuw sinds de eerste');
  });
});
