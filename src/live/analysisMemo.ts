/**
 * What the engine may keep between analyses of the same board (live mode): the facts of each
 * distinct sticky text — its sentiment in the board's language, the keys the checks fill in on first
 * need — and each text's words that tell the board's language. They depend on the text and the
 * language alone, so a refresh after one edit reads one new text and takes every other from here;
 * the report is the one a fresh analysis gives (test/engine/incremental.test.ts).
 */
import type { Lang } from '../domain';
import type { TextFacts } from '../journey/model';
import type { Markers } from '../language/detectLanguage';

/** Texts kept at most: a board's texts, with room for edits; beyond it the memo starts again. */
const MAX_TEXTS = 60_000;

export class AnalysisMemo {
  private lang: Lang | null = null;
  private facts = new Map<string, TextFacts>();
  private markers = new Map<string, Markers>();

  /** Each text's language markers (detectLanguage), whatever the board's language. */
  markersByText(): Map<string, Markers> {
    if (this.markers.size > MAX_TEXTS) this.markers = new Map();
    return this.markers;
  }

  /** The facts by text for an analysis in `lang` (another language starts afresh). */
  factsFor(lang: Lang): Map<string, TextFacts> {
    if (lang !== this.lang || this.facts.size > MAX_TEXTS) {
      this.lang = lang;
      this.facts = new Map();
    }
    return this.facts;
  }
}
