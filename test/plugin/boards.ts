/** Boards for the plugin tests, built in the emulator as a workshop team would lay them out. */
import { createEmulator, type Emulator } from '../emulator';

export interface BakeryBoard {
  emu: Emulator;
  journey: SectionNode;
  phases: SectionNode[];
  stickies: StickyNode[];
  idea: StickyNode;
}

/** A Dutch bakery journey: four phases (one empty), feelings, an idea linked to a pain, a persona. */
export function bakeryBoard(emu: Emulator = createEmulator()): BakeryBoard {
  const journey = emu.add.section({ name: 'Klantreis Bakkerij', x: 0, y: 0, width: 2400, height: 900 });
  const names = ['Oriëntatie', 'Vergelijking', 'Kopen', 'Gebruik', 'Nazorg'];
  const phases = names.map((name, i) => emu.add.section({ parent: journey, name, x: 40 + i * 470, y: 80, width: 440, height: 780 }));
  const texts: [number, string][] = [
    [0, 'Ziet een advertentie op Instagram, blij verrast 😀'],
    [0, 'Hoort van de buurvrouw over het zuurdesembrood'],
    [1, 'Vergelijkt prijzen, twijfelt of het de moeite waard is'],
    [1, 'Website laadt traag, geïrriteerd'],
    [2, 'Lange rij bij de kassa, boos 😡'],
    [2, 'Pinautomaat doet het niet, erg vervelend'],
    [2, 'Kan niet online bestellen -2'],
    [3, 'Brood smaakt heerlijk, heel tevreden +2'],
  ];
  const stickies = texts.map(([phase, text], i) => {
    const p = phases[phase];
    if (!p) throw new Error('phase');
    const row = texts.slice(0, i).filter(([q]) => q === phase).length;
    return emu.add.sticky({ parent: p, x: 100 + phase * 470, y: 140 + row * 250, text, authorName: i % 2 ? 'Sanne' : 'Joost' });
  });
  const improvements = emu.add.section({ name: 'Verbeteringen', x: 0, y: 1100, width: 900, height: 400 });
  const idea = emu.add.sticky({ parent: improvements, x: 40, y: 1160, text: 'Extra kassa op zaterdag, inspanning: laag', authorName: 'Joost' });
  const pain = stickies[4];
  if (pain) emu.add.connector({ start: { node: idea }, end: { node: pain } });
  const persona = emu.add.section({ name: 'Persona', x: -800, y: 0, width: 600, height: 500 });
  emu.add.sticky({ parent: persona, x: -760, y: 60, text: 'Marieke, 38, werkt fulltime, wil snel vers brood' });
  return { emu, journey, phases, stickies, idea };
}
