/**
 * Reports for panel tests, built by the engine from small boards: every number the panel shows
 * (counts, means, tones, findings, ranks) is the engine's own, so a panel test can never lock in a
 * rule the engine does not follow.
 */
import { analyseBoard } from '../../src/analyse';
import { stringsFor } from '../../src/i18n';
import type { SandboxToUi } from '../../src/messages';
import { changeSinceLast } from '../../src/progress/changeSinceLast';
import { checkRecord } from '../../src/progress/checkHistory';
import { findingKey } from '../../src/progress/findingKey';
import { closedAndOpened, compactFinding } from '../../src/progress/lastFindings';
import type { Report } from '../../src/report/types';
import { DEFAULT_BOARD_SETTINGS } from '../../src/settings';
import { board, journey, type Container } from '../helpers/snapshotBuilder';

export interface BakeryOptions {
  /** Adds a thank-you card in Nazorg via Winkel ("+2", by Bram): a live update with one new sticky. */
  thankYouCard?: boolean;
  /** Hostile text in a custom channel's row label and in a sticky, to check it stays text. */
  hostile?: string;
}

/**
 * A small realistic board: two journeys, an empty phase, a channel-less sticky, authors, a
 * persona, a quick-win idea and a pain that still needs one. Node ids are readable: tp-1…tp-4 in
 * Bakkerij, tp-9 in Zakelijk, idea-1, pain-1 (the pain without an idea is tp-3).
 */
export function bakeryBoard(options: BakeryOptions = {}) {
  const b = board('Bakkerij De Korenbloem');
  const sticky = (phase: Container, text: string, id: string, x: number, y: number, author: string | null = null) =>
    phase.sticky(text, { x, y }, { id, author });
  const bakery = options.hostile === undefined ? 'Bakkerij' : `Bakkerij ${options.hostile}`;
  b.section(bakery, { x: 0, y: 0, width: 1500, height: 900 }, (j) => {
    ['Oriëntatie', 'Kopen', 'Nazorg'].forEach((name, i) => {
      const x = 200 + i * 400;
      const y = 50;
      j.section(name, { x, y, width: 380, height: 800 }, (phase) => {
        if (i === 0) {
          sticky(phase, 'Zoekt op Google naar taart [Website] +1', 'tp-1', x + 20, y + 100, 'Anna');
          sticky(phase, 'Hoort van buurvrouw +2', 'tp-4', x + 20, y + 500, 'Bram');
          if (options.hostile !== undefined) sticky(phase, `${options.hostile} [${options.hostile}] -1`, 'tp-hostile', x + 20, y + 300, 'Anna');
        }
        if (i === 1) {
          sticky(phase, 'Lange rij bij de kassa [Winkel] -2', 'tp-2', x + 20, y + 100, 'Anna');
          sticky(phase, 'Pinautomaat stuk [Winkel] -1', 'tp-3', x + 200, y + 100, 'Anna');
        }
        if (i === 2 && options.thankYouCard) sticky(phase, 'Bedankkaartje bij de taart 😊 [Winkel] +2', 'tp-new', x + 20, y + 100, 'Bram');
      }, { id: `p${i + 1}` });
    });
    j.section('Persona: Drukke ouder', { x: 1400, y: 50, width: 90, height: 200 }, (p) => p.sticky('Twee kinderen, weinig tijd', { x: 1410, y: 60, w: 50, h: 50 }));
  }, { id: 'j1' });
  b.section('Verbeterpunten', { x: 1500, y: -400, width: 600, height: 300 }, (s) => {
    s.sticky('Tweede kassa op zaterdag inspanning: laag impact: hoog', { x: 1520, y: -380 }, { id: 'idea-1' });
    s.stamp({ x: 1530, y: -370 }, { stuckTo: 'idea-1' });
  });
  b.connector('idea-1', 'tp-2');
  b.section('Zakelijk', { x: 0, y: 1200, width: 1100, height: 900 }, (j) => {
    j.section('Oriëntatie', { x: 200, y: 1250, width: 380, height: 800 }, (phase) => sticky(phase, 'Belt voor offerte [Telefoon] +1', 'tp-9', 220, 1350), { id: 'q1' });
    j.section('Offerte', { x: 600, y: 1250, width: 380, height: 800 }, () => {}, { id: 'q2' });
  }, { id: 'j2' });
  return b.build();
}

export function bakeryReport(options: BakeryOptions = {}): Report {
  // A hostile channel name is a channel because the board's settings declare it (as a team would).
  const extraChannelNames = options.hostile === undefined ? {} : { [options.hostile]: [] };
  return analyseBoard(bakeryBoard(options), { settings: { ...DEFAULT_BOARD_SETTINGS, extraChannelNames } });
}

/**
 * A board of `stickies` touchpoints spread over five phases and five channels, for paging and
 * timing; `variant` changes the texts (a live update where everything changed).
 */
export function largeReport(stickies: number, variant = 0): Report {
  const phaseNames = ['Oriëntatie', 'Overweging', 'Aankoop', 'Gebruik', 'Nazorg'];
  const channels = ['Website', 'Winkel', 'Telefoon', 'E-mail', 'App'];
  const scores = ['-2', '-1', '', '+1', '+2'];
  const perPhase = Math.floor(stickies / phaseNames.length);
  const b = board('Grote board');
  journey(b, 'Grote journey', phaseNames, (phase, p, x, y) => {
    for (let i = 0; i < perPhase; i++) {
      const channel = channels[(i + p) % channels.length] ?? '';
      const score = scores[(i + variant) % scores.length] ?? '';
      // A grid of small stickies inside the column; every tenth a copy of its neighbour (a duplicate finding).
      const text = i % 10 === 9 ? `Sticky ${p}-${i - 1} v${variant} [${channel}] ${score}` : `Sticky ${p}-${i} v${variant} [${channel}] ${score}`;
      phase.sticky(text, { x: x + (i % 30) * 12, y: y + 10 + Math.floor(i / 30) * 4, w: 10, h: 3 }, { id: `${p}:${i}`, author: `Author ${i % 7}` });
    }
  });
  b.section('Verbeterpunten', { x: 0, y: -2000, width: 4000, height: 1800 }, (s) => {
    for (let i = 0; i < Math.floor(stickies / 20); i++) {
      s.sticky(`Idea ${i} v${variant}${i % 4 === 0 ? ' inspanning: laag impact: hoog' : ''}`, { x: (i % 300) * 12, y: -1990 + Math.floor(i / 300) * 12, w: 10, h: 10 }, { id: `idea-${i}` });
    }
  });
  b.section('Persona', { x: 0, y: -3000, width: 400, height: 300 }, (p) => p.sticky('Klant', { x: 20, y: -2980 }));
  return analyseBoard(b.build());
}

/**
 * The board of issue #15's review: 7 phases × 9 channels with long names ("Klantenservice"), a
 * phase where nobody states a feeling, a second journey with other phases, a crowd of pains
 * without an idea and dozens of warnings. Node ids: w-<phase>-<channel>, z-<phase>.
 */
export function wideReport(): Report {
  const phaseNames = ['Bewustwording', 'Oriëntatie', 'Overweging', 'Aankoop', 'Levering', 'Gebruik', 'Nazorg en service'];
  const channels = ['Website', 'Winkel', 'Telefoon', 'E-mail', 'App', 'Klantenservice', 'Instagram', 'Nieuwsbrief', 'Chat'];
  const scores = ['-2', '-1', '+1', '+2', '0'];
  const b = board('Fietsabonnement');
  journey(b, 'Fietsabonnement', phaseNames, (phase, p, x, y) => {
    // Bewustwording via Website: −2, +2 and −1, a mean of −0.33 that the engine calls neutral.
    if (p === 0) {
      phase.sticky('Ziet een advertentie [Website] +2', { x: x + 250, y: y + 500 }, { id: 'w-0-0b' });
      phase.sticky('Snapt de prijs niet [Website] -1', { x: x + 250, y: y + 620 }, { id: 'w-0-0c' });
    }
    channels.forEach((channel, c) => {
      if ((p + c) % 4 === 3) return; // some cells stay empty
      // Levering (index 4): nobody says how it feels there.
      const score = p === 4 ? '' : (scores[(p * 2 + c) % scores.length] ?? '');
      phase.sticky(`Klant ${p}-${c} regelt iets [${channel}] ${score}`, { x: x + 10 + (c % 3) * 120, y: y + 10 + Math.floor(c / 3) * 120 }, { id: `w-${p}-${c}` });
    });
  });
  journey(
    b,
    'Zakelijke klant',
    ['Offerte', 'Contract', 'Onboarding'],
    (phase, p, x, y) => phase.sticky(`Zakelijk ${p} [Telefoon] ${p === 1 ? '-2' : '+1'}`, { x: x + 10, y: y + 10 }, { id: `z-${p}` }),
    { x: 0, y: 1200 },
  );
  return analyseBoard(b.build());
}

/** 29 Nov 2026, 09:30 local time: the first check of the fixtures' session. */
export const SESSION_START = new Date(2026, 10, 29, 9, 30).getTime();

/**
 * The progress message the sandbox sends after checking `reports` in turn (oldest first), a
 * quarter of an hour apart: the timeline, the sentence and the closed and new gaps of the last
 * check against the one before, all made by the engine's own progress modules.
 */
export function progressAfter(reports: readonly Report[], start = SESSION_START): Extract<SandboxToUi, { type: 'progress' }> {
  const records = reports.map((r, i) =>
    checkRecord(start + i * 15 * 60_000, r.journeys.map((j) => ({ name: j.name, percent: j.completeness.percent })), r.findings.map(findingKey)),
  );
  const [before, last] = records.slice(-2);
  const previous = reports.at(-2);
  const current = reports.at(-1);
  const change = previous && current ? closedAndOpened(previous.findings.map(compactFinding), current.findings) : { closed: [], opened: [] };
  return {
    type: 'progress',
    timeline: records.map((r) => ({ time: r.t, journeys: r.j.map(([name, percent]) => ({ name, percent })) })),
    sentence: before && last && current ? changeSinceLast(before, last, stringsFor(current.lang).progress.change).sentence : null,
    closed: change.closed,
    opened: change.opened,
  };
}
