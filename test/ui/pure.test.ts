import { describe, expect, it } from 'vitest';
import { clampSize } from '../../ui/ResizeGrip';
import { toneTint } from '../../ui/coverage';
import { curveLines, phaseToX, scoreToY, type CurveBox } from '../../ui/curve';
import { shareUnchanged } from '../../ui/shareUnchanged';
import { channelNamesToText, nameListToText, parseChannelNames, parseNameList } from '../../ui/settingsForm';
import { analyseBoard } from '../../src/analyse';
import { board, journey } from '../helpers/snapshotBuilder';
import { bakeryReport } from './fixtures';

const BOX: CurveBox = { width: 100, height: 60, padLeft: 10, padRight: 10, padTop: 10, padBottom: 10 };

describe('coverage colours', () => {
  // The engine decides each cell's tone (test/engine/coverage.test.ts); the panel only colours it.
  it('takes the hue from the tone and the strength from the mean', () => {
    expect(toneTint('none', null)).toBe('transparent');
    expect(toneTint('negative', -2)).toBe('color-mix(in srgb, var(--jc-negative) 65%, transparent)');
    expect(toneTint('neutral', 0.4)).toBe('color-mix(in srgb, var(--jc-neutral) 37%, transparent)');
    expect(toneTint('positive', 0.5)).toBe('color-mix(in srgb, var(--jc-positive) 39%, transparent)');
    expect(toneTint('positive', 9)).toBe(toneTint('positive', 2));
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
    const b = board();
    journey(b, 'J', ['Oriëntatie', 'Overweging', 'Aankoop', 'Gebruik'], (phase, i, x, y) => {
      if (i !== 1) phase.sticky('Blij +1', { x: x + 10, y: y + 10 });
    });
    const [line] = curveLines(analyseBoard(b.build()).journeys, BOX);
    expect(line?.segments.map((s) => s.map((p) => p.phaseName))).toEqual([['Oriëntatie'], ['Aankoop', 'Gebruik']]);
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
