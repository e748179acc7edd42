import { describe, expect, it, vi } from 'vitest';
import { clampSize, MIN_WIDTH } from '../../ui/ResizeGrip';
import { TONE_SIGN, toneClass } from '../../ui/coverage';
import { columnX, curvePoints, pathOf, scoreToY, segmentsOf } from '../../ui/curve';
import { groupFindings, keyFindings } from '../../ui/findingGroups';
import { sameValue, shareUnchanged } from '../../ui/shareUnchanged';
import { channelNamesToText, nameListToText, parseChannelNames, parseNameList } from '../../ui/settingsForm';
import { analyseBoard } from '../../src/analyse';
import { board, journey } from '../helpers/snapshotBuilder';
import { bakeryReport } from './fixtures';

describe('coverage marks', () => {
  // The engine decides each cell's tone (test/engine/coverage.test.ts); the panel only marks it.
  it('a sign and a class per tone, nothing else', () => {
    expect(TONE_SIGN).toEqual({ negative: '−', neutral: '0', positive: '+', none: '' });
    expect(toneClass('neutral')).toBe('jc-tone-neutral');
  });
});

describe('emotion curve geometry', () => {
  it('centres phases in equal columns and maps +2…−2 top to bottom, clamped', () => {
    expect(scoreToY(2)).toBe(0);
    expect(scoreToY(-2)).toBe(100);
    expect(scoreToY(0)).toBe(50);
    expect(scoreToY(9)).toBe(0);
    expect(columnX(0, 1)).toBe(50);
    expect(columnX(0, 4)).toBe(12.5);
    expect(columnX(3, 4)).toBe(87.5);
  });

  it('breaks a line where a phase states no feeling, and keeps that phase on the neutral line', () => {
    const b = board();
    journey(b, 'J', ['Oriëntatie', 'Overweging', 'Aankoop', 'Gebruik'], (phase, i, x, y) => {
      if (i !== 1) phase.sticky('Blij +1', { x: x + 10, y: y + 10 });
    });
    const [j] = analyseBoard(b.build()).journeys;
    if (!j) throw new Error('no journey');
    const points = curvePoints(j);
    expect(points.map((p) => [p.phaseName, p.score === null ? null : p.y])).toEqual([['Oriëntatie', 25], ['Overweging', null], ['Aankoop', 25], ['Gebruik', 25]]);
    expect(points[1]?.y).toBe(50);
    expect(segmentsOf(points).map((s) => s.map((p) => p.phaseName))).toEqual([['Oriëntatie'], ['Aankoop', 'Gebruik']]);
    expect(pathOf(segmentsOf(points)[1] ?? [])).toBe('M62.50,25.00 L87.50,25.00');
  });
});

describe('finding groups', () => {
  it('by journey then phase in first-seen order, errors first, keyed by content not position', () => {
    const report = bakeryReport();
    const keyed = keyFindings(report.findings);
    expect(new Set(keyed.map((k) => k.key)).size).toBe(keyed.length);
    const groups = groupFindings(keyed, null);
    expect(groups.map((g) => g.journey?.name ?? null)).toEqual(['Bakkerij', 'Zakelijk']);
    for (const g of groups) for (const p of g.phases) {
      const order = p.items.map((i) => ['error', 'warning', 'info'].indexOf(i.finding.severity));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // The same finding keeps its key when another is put in front of it.
    const first = report.findings[0];
    if (!first) throw new Error('fixture');
    const shifted = keyFindings([{ ...first, rule: 'empty-sticky', nodeIds: ['new'] }, ...report.findings]);
    expect(shifted.slice(1).map((k) => k.key)).toEqual(keyed.map((k) => k.key));
    const only = groupFindings(keyed, 'pain-hotspot');
    expect(only.flatMap((g) => g.phases.flatMap((p) => p.items.map((i) => i.finding.rule)))).toEqual(['pain-hotspot']);
  });
});

describe('shareUnchanged', () => {
  it('keeps the identity of unchanged journeys, findings and improvements', () => {
    const prev = bakeryReport();
    const next = bakeryReport();
    const changed = next.journeys[1];
    if (!changed) throw new Error('fixture');
    changed.name = 'Zakelijk (nieuw)';
    const merged = shareUnchanged(prev, next);
    expect(merged.journeys[0]).toBe(prev.journeys[0]);
    expect(merged.journeys[1]).toBe(changed);
    expect(merged.findings).toBe(prev.findings);
    expect(merged.improvements).toBe(prev.improvements);
    expect(shareUnchanged(prev, bakeryReport()).journeys).toBe(prev.journeys);
  });

  it('sees a change deep inside a list, and only a real one', () => {
    const prev = bakeryReport();
    const next = bakeryReport();
    const finding = next.findings[0];
    if (!finding) throw new Error('fixture');
    finding.nodeIds = [...finding.nodeIds, 'added'];
    expect(shareUnchanged(prev, next).findings).toBe(next.findings);
    expect(sameValue({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it('never JSON-stringifies a report to compare it', () => {
    const spy = vi.spyOn(JSON, 'stringify');
    try {
      shareUnchanged(bakeryReport(), bakeryReport());
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('settings form text', () => {
  it('reads comma lists and channel lines and writes them back', () => {
    expect(parseNameList(' Afrekenen, ,betalen, Betalen ')).toEqual(['Afrekenen', 'betalen']);
    expect(nameListToText(['a', 'b'])).toBe('a, b');
    const channels = parseChannelNames('WhatsApp: app, appje\n\nBalie\nWhatsApp: wa');
    expect(channels).toEqual({ WhatsApp: ['app', 'appje', 'wa'], Balie: [] });
    expect(parseChannelNames(channelNamesToText(channels))).toEqual(channels);
  });
});

describe('resize grip', () => {
  it('clamps sizes to what the protocol accepts, and the width to the panel\'s min-width', () => {
    expect([clampSize(10), clampSize(480.6), clampSize(9999)]).toEqual([200, 481, 1600]);
    expect([MIN_WIDTH, clampSize(210, MIN_WIDTH)]).toEqual([280, 280]);
  });
});
