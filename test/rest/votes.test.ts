// Votes in a real download (#11): the published REST specification (@figma/rest-api-spec 0.43.0,
// SubcanvasNode union) lists no STAMP node and no public source says what a FigJam download
// carries for stamps. STAMP nodes are counted when present; a download with no stamp at all says
// "votes not available in this download" instead of a silent 0.
import { describe, expect, it } from 'vitest';
import { RestBoardBuilder, restFile, type RestNode } from '../../bench/generateBoard';
import { analyseBoard } from '../../src/analyse';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { renderText } from '../../src/report/renderText';
import { readRestBoard } from '../../src/rest/readRestFile';
import { board, journey } from '../helpers/snapshotBuilder';

function download(withStamp: 'none' | 'on-page' | 'other-page'): Record<string, unknown> {
  const b = new RestBoardBuilder(1);
  const idea = b.sticky('Faster checkout', 0, 900, 'green');
  const phases = ['Awareness', 'Purchase'].map((name, i) => b.section(name, { x: i * 400, y: 0, width: 380, height: 600 }, [b.sticky(`Step ${i}`, i * 400 + 20, 80)]));
  const page: RestNode[] = [b.section('Journey', { x: 0, y: 0, width: 900, height: 700 }, phases), b.section('Ideas', { x: 0, y: 800, width: 400, height: 400 }, [idea])];
  if (withStamp === 'on-page') page.push(b.stamp(idea, 0));
  const file = restFile('Votes', page) as { document: { children: Record<string, unknown>[] } };
  if (withStamp === 'other-page') {
    file.document.children.push({ id: '0:9', type: 'CANVAS', name: 'Voting', children: [b.stamp(b.sticky('Old idea', 0, 0), 0)] });
  }
  return file as Record<string, unknown>;
}

describe('votes in a REST download', () => {
  it('a download without a single stamp says votes are not available, in the report, the text and the Markdown', () => {
    const report = analyseBoard(readRestBoard(download('none')));
    expect(report.board.votes).toBe('not-in-download');
    expect(renderText(report)).toContain('Votes: not available in this download');
    expect(renderMarkdown(report)).toContain('_Votes: not available in this download');
    const nl = analyseBoard(readRestBoard(download('none')), { lang: 'nl' });
    expect(renderText(nl)).toContain('Stemmen: niet beschikbaar in deze download');
  });

  it('stamps in the download are counted as votes, and the report says so', () => {
    const report = analyseBoard(readRestBoard(download('on-page')));
    expect(report.board.votes).toBe('counted');
    expect(report.improvements.find((i) => i.text === 'Faster checkout')?.votes).toBe(1);
    expect(renderText(report)).not.toContain('not available in this download');
  });

  it('a stamp on another page shows the download carries stamps: this page simply has none', () => {
    expect(analyseBoard(readRestBoard(download('other-page'))).board.votes).toBe('counted');
  });

  it('the plugin always counts (a snapshot that does not say otherwise)', () => {
    const b = board();
    journey(b, 'Reis', ['Oriëntatie', 'Kopen']);
    expect(analyseBoard(b.build()).board.votes).toBe('counted');
  });
});
