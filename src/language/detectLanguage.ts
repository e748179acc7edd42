// Tells a Dutch board from an English one by counting the stop words only one of the languages uses.
import type { Lang } from '../domain';
import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopWords';
import { words } from './tokenise';

const ONLY_DUTCH = new Set([...DUTCH_STOP_WORDS].filter((w) => !ENGLISH_STOP_WORDS.has(w)));
const ONLY_ENGLISH = new Set([...ENGLISH_STOP_WORDS].filter((w) => !DUTCH_STOP_WORDS.has(w)));
// Journey words that give the language away on boards of short stickies without stop words.
const DUTCH_HINTS = new Set(['orientatie', 'vergelijking', 'kopen', 'aankoop', 'gebruik', 'nazorg', 'klant', 'winkel', 'telefoon', 'blij', 'boos', 'tevreden', 'snel', 'langzaam', 'levering', 'bestelling']);
const ENGLISH_HINTS = new Set(['awareness', 'consideration', 'purchase', 'buy', 'use', 'support', 'customer', 'store', 'phone', 'happy', 'angry', 'slow', 'fast', 'delivery', 'order']);

/** Enough evidence: reading further would not change the verdict on a real board. */
const ENOUGH_MARKERS = 2000;

/**
 * 'nl' or 'en' by the words of the texts; English when there is no evidence either way.
 * `markersByText`: each text's count of Dutch and English markers from earlier calls (live mode
 * keeps it between analyses); filled with the texts counted now. The verdict is the same with it.
 */
export function detectLanguage(texts: Iterable<string>, markersByText?: Map<string, Markers>): Lang {
  let dutch = 0;
  let english = 0;
  for (const text of texts) {
    if (dutch + english >= ENOUGH_MARKERS) break;
    let markers = markersByText?.get(text);
    if (markers === undefined) {
      markers = markersOf(text);
      markersByText?.set(text, markers);
    }
    dutch += markers.dutch;
    english += markers.english;
  }
  return dutch > english ? 'nl' : 'en';
}

/** How many words of a text only Dutch, and only English, uses. */
export interface Markers {
  readonly dutch: number;
  readonly english: number;
}

const NO_MARKERS: Markers = { dutch: 0, english: 0 };

function markersOf(text: string): Markers {
  let dutch = 0;
  let english = 0;
  for (const w of words(text)) {
    if (ONLY_DUTCH.has(w) || DUTCH_HINTS.has(w)) dutch++;
    else if (ONLY_ENGLISH.has(w) || ENGLISH_HINTS.has(w)) english++;
  }
  return dutch === 0 && english === 0 ? NO_MARKERS : { dutch, english };
}
