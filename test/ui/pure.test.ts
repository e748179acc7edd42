import { describe, expect, it } from 'vitest';
import { clampSize } from '../../ui/ResizeGrip';
import { coverageMatrix, emotionTone, formatScore } from '../../ui/coverage';
import { curveLines, phaseToX, scoreToY, type CurveBox } from '../../ui/curve';
import { shareUnchanged } from '../../ui/shareUnchanged';
import { channelNamesToText, nameListToText, parseChannelNames, parseNameList } from '../../ui/settingsForm';
import { bakeryReport, journey, phase, touchpoint } from './fixtures';

const BOX: CurveBox = { width: 100, height: 60, padLeft: 10, padRight: 10, padTop: 10, padBottom: 10 };

describe('coverage matrix', () => {
  it('counts touchpoints per phase and channel and averages only stated feelings', () => {
    const j = bakeryReport().journeys[0];
    if (!j) throw new Error('fixture');
    const rows = coverageMatrix(j);
    expect(rows.map((r) => r.channel)).toEqual(['Website', 'Winkel', null]);
    expect(rows.map((r) => r.cells.map((c) => c.count))).toEqual([
      [1, 0, 0],
      [0, 2, 0],
      [1, 0, 0],
    ]);
    expect(rows[1]?.cells[1]?.meanScore).toBe(-1.5);
    expect(rows[0]?.cells[1]?.meanScore).toBeNull();
  });

  it('neutral touchpoints count but do not pull the mean to zero', () => {
    const j = journey('j', 'J', [phase('p', 'P', [touchpoint('a', 'a', 'Web', -2), touchpoint('b', 'b', 'Web', 0)])], ['Web']);
    expect(coverageMatrix(j)[0]?.cells[0]).toMatchObject({ count: 2, meanScore: -2 });
  });

  it('gives undeclared channels a row, matching names case-insensitively', () => {
    const j = journey('j', 'J', [phase('p', 'P', [touchpoint('a', 'a', 'web', 1), touchpoint('b', 'b', 'Balie', 0)])], ['Web']);
    expect(coverageMatrix(j).map((r) => [r.channel, r.cells[0]?.count])).toEqual([
      ['Web', 1],
      ['Balie', 1],
    ]);
  });

  it('tones and formats scores', () => {
    expect([emotionTone(null), emotionTone(-1), emotionTone(0.2), emotionTone(2)]).toEqual(['none', 'negative', 'neutral', 'positive']);
    expect([formatScore(-1.25), formatScore(0), formatScore(-0.01), formatScore(2)]).toEqual(['−1.3', '0.0', '0.0', '+2.0']);
  });
});

describe('emotion curve geometry', () => {
  it('maps −2…+2 top to bottom and clamps', () => {
    expect(scoreToY(2, BOX)).toBe(10);
    expect(scoreToY(-2, BOX)).toBe(50);
    expect(scoreToY(0, BOX)).toBe(30);
    expect(scoreToY(9, BOX)).toBe(10);
    expect(phaseToX(0, 1, BOX)).toBe(50);
    expect(phaseToX(2, 3, BOX)).toBe(90);
  });

  it('breaks a line where a phase states no feeling', () => {
    const j = journey('j', 'J', ['a', 'b', 'c', 'd'].map((id, i) => phase(id, id, i === 1 ? [] : [touchpoint(id, id, null, 1)])), []);
    const [line] = curveLines([j], BOX);
    expect(line?.segments.map((s) => s.map((p) => p.phaseName))).toEqual([['a'], ['c', 'd']]);
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
  it('clamps sizes to what the protocol accepts', () => {
    expect([clampSize(10), clampSize(480.6), clampSize(9999)]).toEqual([200, 481, 1600]);
  });
});
