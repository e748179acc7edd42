import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { stringsFor } from '../../src/i18n';
import { COMPLETENESS_WEIGHTS, completenessOf } from '../../src/progress/completeness';
import { progressStringsOf } from '../../src/progress/progressStrings';
import type { Report } from '../../src/report/types';
import { readRestBoardText } from '../../src/rest/readRestFile';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { renderText } from '../../src/report/renderText';
import { board, journey } from '../helpers/snapshotBuilder';

function reportOf(file: string): Report {
  return analyseBoard(readRestBoardText(readFileSync(`examples/${file}`, 'utf8')));
}

function completeness(report: Report, journey = 0) {
  const j = report.journeys[journey];
  if (!j) throw new Error('no journey');
  return completenessOf(j, report.improvements, progressStringsOf(stringsFor(report.lang)));
}

describe('completeness per journey', () => {
  it('weights add up to 100', () => {
    expect(Object.values(COMPLETENESS_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('on every example board: a whole percent, and a next step for every part that is not full', () => {
    for (const file of ['bakkerij-nl.json', 'bike-subscription-en.json', 'supermarkt-ketenmodel-nl.json', 'webshop-returns-en.json']) {
      const report = reportOf(file);
      for (let i = 0; i < report.journeys.length; i++) {
        const result = completeness(report, i);
        expect(Number.isInteger(result.percent), file).toBe(true);
        expect(result.percent).toBeGreaterThan(0);
        expect(result.percent).toBeLessThan(100); // none of the examples is finished
        for (const step of result.missing) expect(step.message.length).toBeGreaterThan(10);
        expect(new Set(result.missing.map((m) => m.key)).size).toBe(result.missing.length);
      }
    }
  });

  it('is part of the report: journeys[i].completeness = { percent, missing: [{ key, message }] }, in JSON, text and Markdown', () => {
    const report = reportOf('bakkerij-nl.json');
    const journey = report.journeys[0];
    expect(journey?.completeness).toEqual(completeness(report));
    expect(Object.keys(journey?.completeness ?? {})).toEqual(['percent', 'missing']);
    const text = renderText(report);
    expect(text).toContain(`Volledigheid: ${journey?.completeness.percent} %`);
    for (const step of journey?.completeness.missing ?? []) expect(text).toContain(`→ ${step.message.slice(0, 40)}`); // wrapped at the terminal width
    expect(renderMarkdown(report)).toContain(`**Volledigheid:** ${journey?.completeness.percent} %`);
  });

  it('names what is missing as a next step, in the board language', () => {
    const webshop = completeness(reportOf('webshop-returns-en.json'));
    expect(webshop.missing.find((m) => m.key === 'stages')?.message).toMatch(/^Add the missing stage: Orientation$/);
    const bike = reportOf('bike-subscription-en.json');
    expect(completeness(bike, 1).missing.find((m) => m.key === 'stages')?.message).toBe('Add the missing stage: After sales');
    expect(completeness(bike, 0).missing.map((m) => m.key)).not.toContain('stages');
    const supermarkt = completeness(reportOf('supermarkt-ketenmodel-nl.json'));
    // The team's own model: no standard stage is asked for, the empty phase is.
    expect(supermarkt.missing.find((m) => m.key === 'stages')?.message).toMatch(/^Zet contactmomenten in de lege fase: /);
    expect(supermarkt.missing.find((m) => m.key === 'persona')?.message).toBe('Voeg een persona toe: over wie gaat deze klantreis?');
    const bakkerij = completeness(reportOf('bakkerij-nl.json'));
    expect(bakkerij.missing.map((m) => m.key)).not.toContain('persona'); // a page-level persona serves the journey
    expect(bakkerij.missing.find((m) => m.key === 'channels')?.message).toMatch(/^Denk ook aan de kanalen .*: .*tv/);
  });

  it('adding a persona, stating feelings and addressing the pain each raise the figure by its weight', () => {
    const build = (options: { persona: boolean; feelings: boolean; idea: boolean }) => {
      const b = board('Bakkerij');
      const phases = ['Oriëntatie', 'Vergelijking', 'Kopen', 'Gebruik', 'Nazorg'];
      let pain = '';
      journey(b, 'Klantreis', phases, (phase, i, x, y) => {
        if (i === 2) pain = phase.sticky('Lange rij bij de kassa, boos 😡 #winkel', { x: x + 20, y: y + 40 });
        else phase.sticky(`Bekijkt de website ${i}${options.feelings ? ', blij 🙂' : ''} #website`, { x: x + 20, y: y + 40 });
      });
      if (options.persona) b.section('Persona', { x: -800, y: 0, width: 600, height: 400 }, (s) => s.sticky('Marieke, 38, wil snel vers brood', { x: -780, y: 40 }));
      if (options.idea) {
        const idea = b.section('Verbeterpunten', { x: 0, y: 1200, width: 600, height: 400 }, (s) => s.sticky('Extra kassa op zaterdag, inspanning: laag', { x: 20, y: 1240 }, { id: 'idea' }));
        void idea;
        b.connector('idea', pain);
      }
      return analyseBoard(b.build());
    };
    const bare = completeness(build({ persona: false, feelings: false, idea: false }));
    expect(bare.missing.map((m) => m.key)).toEqual(['feelings', 'pains', 'channels', 'persona']);
    expect(bare.missing.find((m) => m.key === 'feelings')?.message).toBe('Noteer wat de klant voelt in Oriëntatie, Vergelijking, Gebruik, Nazorg');
    const persona = completeness(build({ persona: true, feelings: false, idea: false }));
    expect(persona.percent - bare.percent).toBe(COMPLETENESS_WEIGHTS.persona);
    const feelings = completeness(build({ persona: true, feelings: true, idea: false }));
    expect(feelings.percent - persona.percent).toBe(Math.round((COMPLETENESS_WEIGHTS.feelings * 4) / 5));
    const idea = completeness(build({ persona: true, feelings: true, idea: true }));
    expect(idea.percent - feelings.percent).toBe(COMPLETENESS_WEIGHTS.pains);
    expect(idea.missing.map((m) => m.key)).toEqual(['channels']);
  });
});
