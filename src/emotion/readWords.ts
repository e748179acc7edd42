/**
 * Reads feeling from the words of a sticky: the overlay (overlay.ts) first, then the field-made
 * lexicon of the language (Pattern Dutch by stem, AFINN-165 by word), with negation, degree words
 * and excess ("te duur"). One pass over the tokens; word look-ups are memoised per language.
 */
import type { Emotion, Lang } from '../domain';
import { LEXICON_EN, LEXICON_NL } from './generated/lexicon';
import {
  EXCESS_WEIGHT,
  EXCESS_WORDS,
  FAILURE_NEGATORS,
  INTENSIFIERS,
  NEGATORS,
  CONTRAST_WORDS,
  FUNCTION_WORDS,
  NEGATING_PREFIXES,
  PHRASE_CUES,
  QUANTITY_WORDS,
  WORD_CUES,
  type Cue,
} from './overlay';
import { stemNl } from './stemNl';

export interface WordReading {
  /** Sum of the cues on the unit scale in tenths (−10 ≙ −1). */
  raw: number;
  emotion: Emotion | null;
  /** How many words carried a weight (0 = the words say nothing). */
  cues: number;
}

/** A negator with nothing judged in reach: something did not happen or work. */
const FAILURE_WEIGHT = -5;
/** Weight left to what stands before "maar"/"but". */
const CONTRAST_BEFORE = 0.25;
/** How many words a negator reaches ("niet erg snel", "not at all happy"). */
const NEGATION_REACH = 3;
const POSITIVE_EMOTIONS: ReadonlySet<Emotion> = new Set(['delighted', 'happy', 'satisfied']);

const LEX_NL = unpack(LEXICON_NL);
const LEX_EN = unpack(LEXICON_EN);

/** The generated tables list, per weight, their keys in one space-separated string. */
function unpack(grouped: Record<string, string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [weight, keys] of Object.entries(grouped)) {
    const w = Number(weight);
    for (const key of keys.split(' ')) if (key !== '') m.set(key, w);
  }
  return m;
}
/** The overlay also by Dutch stem, so "teleurstellende" and "irritante" find their entry. */
const OVERLAY_BY_STEM = buildStemOverlay();

function buildStemOverlay(): Map<string, Cue> {
  const m = new Map<string, Cue>();
  for (const [word, cue] of WORD_CUES) {
    if (word.length < 4) continue;
    const stem = stemNl(word);
    if (!m.has(stem)) m.set(stem, cue);
  }
  return m;
}

/** Phrases by first word, longest first; each as its words. */
const PHRASES_BY_FIRST = buildPhraseIndex();

function buildPhraseIndex(): Map<string, { words: string[]; cue: Cue }[]> {
  const m = new Map<string, { words: string[]; cue: Cue }[]>();
  for (const [phrase, cue] of PHRASE_CUES) {
    const words = phrase.split(' ');
    const first = words[0];
    if (first === undefined) continue;
    const list = m.get(first) ?? [];
    list.push({ words, cue });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(first, list);
  }
  return m;
}

const NONE: Cue | null = null;

/**
 * Pattern Dutch rates adjectives, but a stem is shared with the verb and the noun: "betaalbaar"
 * (affordable) and "betalen" (to pay) both stem to "betal". Infinitives and plurals (-en), nouns
 * in -ing/-heid are therefore not read by stem; adjectives that end in -en ("tevreden") are in the
 * overlay by their own form. Likewise words whose stem is the word less a plain -s.
 */
const NOT_ADJECTIVE = /(?:en|ing|ingen|heid|heden)$/;

function lookupNl(word: string): Cue | null {
  if (NOT_ADJECTIVE.test(word)) return NONE;
  const comparative = comparativeOverlay(word);
  if (comparative) return comparative;
  const stem = stemNl(word);
  // A plain -s plural or English verb ("tips", "opens") is no adjective either; "boos" and "vies" are.
  if (stem + 's' === word) return NONE;
  const overlay = OVERLAY_BY_STEM.get(stem);
  if (overlay) return overlay;
  const w = LEX_NL.get(stem);
  return w === undefined ? NONE : { w };
}

/**
 * Dutch comparatives of overlay words: "duurder" → duur, "mooier" → mooi, "trager" → traag,
 * "sneller" → snel. The -er is swapped for -e and stemmed, which undoes the spelling changes.
 */
function comparativeOverlay(word: string): Cue | undefined {
  if (word.length < 5 || !word.endsWith('er')) return undefined;
  const base = word.endsWith('rder') ? word.slice(0, -3) + 'e' : word.slice(0, -2) + 'e';
  return OVERLAY_BY_STEM.get(stemNl(base));
}

/** Keep in step with inflectionBase in scripts/generate-lexicon.mjs, which leaves out what this finds. */
function lookupEn(word: string): Cue | null {
  const overlay = inflectedOverlay(word);
  if (overlay) return overlay;
  let w = LEX_EN.get(word);
  if (w === undefined && word.length > 4) {
    // Light inflection: "crashes" → "crash", "annoys" → "annoy", "loved" → "love".
    if (word.endsWith('s')) w = LEX_EN.get(word.slice(0, -1)) ?? LEX_EN.get(word.slice(0, -2));
    else if (word.endsWith('ed')) w = LEX_EN.get(word.slice(0, -1)) ?? LEX_EN.get(word.slice(0, -2));
  }
  return w === undefined ? NONE : { w };
}

/** The overlay by English inflection: "crashing" → "crash", "delays" → "delay". */
function inflectedOverlay(word: string): Cue | undefined {
  if (word.length <= 4) return undefined;
  if (word.endsWith('ing')) return WORD_CUES.get(word.slice(0, -3)) ?? WORD_CUES.get(word.slice(0, -3) + 'e');
  if (word.endsWith('ed')) return WORD_CUES.get(word.slice(0, -2)) ?? WORD_CUES.get(word.slice(0, -1));
  if (word.endsWith('s')) return WORD_CUES.get(word.slice(0, -1));
  return undefined;
}

/** "unhelpful", "onprettig": a negating prefix before a positive word makes it negative. */
function prefixed(word: string, lang: Lang): Cue | null {
  for (const prefix of NEGATING_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 4) continue;
    const rest = word.slice(prefix.length);
    const base = WORD_CUES.get(rest) ?? (lang === 'nl' ? lookupNl(rest) : lookupEn(rest));
    if (base && base.w >= 4) return { w: -base.w * 0.8 };
  }
  return NONE;
}

function lookup(word: string, lang: Lang): Cue | null {
  // Numbers carry no feeling of their own.
  if (word.charCodeAt(0) <= 57) return NONE;
  const direct = WORD_CUES.get(word) ?? (word.endsWith('ly') ? WORD_CUES.get(word.slice(0, -2)) : undefined);
  return direct ?? (word.length < 3 ? NONE : ((lang === 'nl' ? lookupNl(word) : lookupEn(word)) ?? prefixed(word, lang)));
}

/**
 * All a token is to the reader, worked out once per distinct word: words repeat across stickies
 * far more than texts do, and one Map look-up per token replaces a role, a quantity, two
 * function-word and a lexicon look-up. The cue of each language is filled in when first asked.
 */
interface WordInfo {
  role: WordRole | undefined;
  quantity: boolean;
  /** FUNCTION_NL and/or FUNCTION_EN. */
  functionOf: number;
  nl: Cue | null | undefined;
  en: Cue | null | undefined;
}
const FUNCTION_NL = 1;
const FUNCTION_EN = 2;
const MAX_MEMO = 50_000;
/** The one module-level memo: facts that depend on the word alone, so any reading may share them. */
const wordInfos = new Map<string, WordInfo>();

function wordInfoOf(token: string): WordInfo {
  // Numbers are not remembered: they would flood the memo.
  const isNumber = token.charCodeAt(0) <= 57;
  if (!isNumber) {
    const hit = wordInfos.get(token);
    if (hit !== undefined) return hit;
  }
  const info: WordInfo = {
    role: ROLES.get(token),
    quantity: isQuantity(token),
    functionOf: (FUNCTION_WORDS.nl.has(token) ? FUNCTION_NL : 0) | (FUNCTION_WORDS.en.has(token) ? FUNCTION_EN : 0),
    nl: undefined,
    en: undefined,
  };
  if (!isNumber) {
    if (wordInfos.size >= MAX_MEMO) wordInfos.clear();
    wordInfos.set(token, info);
  }
  return info;
}

function cueOf(info: WordInfo, token: string, lang: Lang): Cue | null {
  const known = info[lang];
  if (known !== undefined) return known;
  const found = lookup(token, lang);
  info[lang] = found;
  return found;
}

function isPunctuation(token: string): boolean {
  const c = token.charCodeAt(0);
  return !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xdf);
}

/** What a word does besides carrying a weight: one look-up per word tells all. */
interface WordRole {
  phrases: PhraseList | null;
  contrast: boolean;
  negator: boolean;
  failure: boolean;
  /** Degree factor, or 0 when the word is no degree word. */
  degree: number;
  excess: boolean;
}
type PhraseList = readonly { words: string[]; cue: Cue }[];

const ROLES = buildRoles();

function buildRoles(): Map<string, WordRole> {
  const m = new Map<string, WordRole>();
  const role = (w: string): WordRole => {
    let r = m.get(w);
    if (!r) {
      r = { phrases: null, contrast: false, negator: false, failure: false, degree: 0, excess: false };
      m.set(w, r);
    }
    return r;
  };
  for (const [first, list] of PHRASES_BY_FIRST) role(first).phrases = list;
  for (const w of CONTRAST_WORDS) role(w).contrast = true;
  for (const w of NEGATORS) role(w).negator = true;
  for (const w of FAILURE_NEGATORS) role(w).failure = true;
  for (const [w, d] of INTENSIFIERS) role(w).degree = d;
  for (const w of EXCESS_WORDS) role(w).excess = true;
  return m;
}

/** A text split for reading: its tokens and what each is. Made by tokeniseForReading, read in either language. */
export interface ReadableText {
  readonly tokens: readonly string[];
  readonly infos: readonly WordInfo[];
}

/** The state of one reading, one pass over the tokens: a fresh one per call, so calls never share it. */
class Reading {
  feelingSum = 0;
  judgedSum = 0;
  cues = 0;
  emotion: Emotion | null = null;
  emotionWeight = 0;
  /** Words still in reach of a negator. */
  negated = 0;
  /** That negator alone says something failed. */
  failure = false;
  degree = 1;
  excess = false;

  flushFailure(): void {
    if (this.failure) {
      this.judgedSum += FAILURE_WEIGHT;
      this.cues++;
    }
    this.failure = false;
    this.negated = 0;
  }

  apply(w0: number, e0: Emotion | undefined): void {
    let w = w0 * this.degree;
    let e: Emotion | null = e0 ?? null;
    if (this.excess) w = -Math.max(Math.abs(w), -EXCESS_WEIGHT);
    if (this.negated > 0) {
      // "niet slecht" is milder than "goed"; "niet tevreden" is a disappointment.
      w = w > 0 ? -w * 0.8 : -w * 0.6;
      e = e !== null && POSITIVE_EMOTIONS.has(e) ? 'disappointed' : null;
    }
    if (w === 0) return;
    this.cues++;
    if (e0 !== undefined) this.feelingSum += w;
    else this.judgedSum += w;
    if (e !== null && Math.abs(w) > this.emotionWeight) {
      this.emotion = e;
      this.emotionWeight = Math.abs(w);
    }
    this.negated = 0;
    this.failure = false;
    this.degree = 1;
    this.excess = false;
  }
}

/** `text` is normalised (normalise.ts). */
export function readWords(text: string, lang: Lang): WordReading {
  return readTokens(tokeniseForReading(text), lang);
}

/**
 * Splits a normalised text into the tokens readWords reads: words of a-z, digits and ß…ÿ with
 * inner apostrophes or hyphens ("zo'n", "won't", "e-mail"), clause punctuation, and a hyphen
 * standing between spaces (" - "). One char-code pass; readTokens then reads them in either
 * language without splitting again.
 */
export function tokeniseForReading(text: string): ReadableText {
  const tokens: string[] = [];
  const infos: WordInfo[] = [];
  const push = (token: string): void => {
    tokens.push(token);
    infos.push(wordInfoOf(token));
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && isWordCode(text.charCodeAt(i))) i++;
        // An apostrophe or hyphen joins only when a word character follows it.
        const j = text.charCodeAt(i);
        if ((j === 39 || j === 45) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      push(text.slice(start, i));
    } else if (isClausePunctuation(c)) {
      push(text.charAt(i));
      i++;
    } else if (i + 2 < n && text.charCodeAt(i + 1) === 45 && isSpaceCode(c) && isSpaceCode(text.charCodeAt(i + 2))) {
      push(text.slice(i, i + 3));
      i += 3;
    } else {
      i++;
    }
  }
  return { tokens, infos };
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0xff);
}

// . , ; : ! ? ( ) – —
function isClausePunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014;
}

/** What the regex class \s matches. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Reads a text split by tokeniseForReading, in `lang`. */
export function readTokens(text: ReadableText, lang: Lang): WordReading {
  const { tokens, infos } = text;
  const st = new Reading();

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const info = infos[i];
    if (info === undefined) continue;
    if (isPunctuation(t)) {
      st.flushFailure();
      st.degree = 1;
      st.excess = false;
      continue;
    }
    const role = info.role;
    if (role !== undefined || info.quantity) {
      const phrase = matchPhrase(tokens, i, role?.phrases ?? null);
      if (phrase) {
        st.apply(phrase.cue.w, phrase.cue.e);
        i += phrase.words.length - 1;
        continue;
      }
    }
    if (role !== undefined) {
      if (role.contrast) {
        // "Mooie showroom, maar niemand hielp me": what follows "maar"/"but" outweighs what came before.
        st.flushFailure();
        st.feelingSum *= CONTRAST_BEFORE;
        st.judgedSum *= CONTRAST_BEFORE;
        st.emotionWeight *= CONTRAST_BEFORE;
        continue;
      }
      if (role.negator) {
        st.flushFailure();
        st.negated = NEGATION_REACH;
        st.failure = role.failure;
        continue;
      }
      if (role.degree !== 0) {
        st.degree *= role.degree;
        continue;
      }
      if (role.excess) {
        st.excess = true;
        continue;
      }
    }
    const cue = cueOf(info, t, lang);
    if (cue !== null && cue.w !== 0) {
      st.apply(cue.w, cue.e);
      continue;
    }
    if (st.excess && !t.endsWith('en')) st.apply(EXCESS_WEIGHT, undefined);
    st.excess = false;
    if (st.negated > 0 && --st.negated === 0) st.flushFailure();
  }
  st.flushFailure();

  // A stated feeling sets the direction; judgements that agree strengthen it.
  const { feelingSum, judgedSum } = st;
  const raw =
    feelingSum === 0 ? judgedSum : Math.sign(feelingSum) === Math.sign(judgedSum) ? feelingSum + judgedSum : feelingSum;
  return { raw, emotion: st.emotion, cues: st.cues };
}

/** Function words of `lang` minus those of the other language: above zero the text is clearly in `lang`. */
export function languageLead(text: ReadableText, lang: Lang): number {
  const own = lang === 'nl' ? FUNCTION_NL : FUNCTION_EN;
  const other = lang === 'nl' ? FUNCTION_EN : FUNCTION_NL;
  let lead = 0;
  for (const info of text.infos) {
    if (info.functionOf & own) lead++;
    else if (info.functionOf & other) lead--;
  }
  return lead;
}

/** What "#" in a phrase stands for: a number, in digits or words ("binnen # minuten"). */
function isQuantity(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 48 && c <= 57) || QUANTITY_WORDS.has(token);
}

function matchPhrase(tokens: readonly string[], i: number, literal: PhraseList | null): { words: string[]; cue: Cue } | null {
  const token = tokens[i] ?? '';
  const found = literal ? matchFrom(tokens, literal, i) : null;
  if (found !== null || !isQuantity(token)) return found;
  const numbered = PHRASES_BY_FIRST.get('#');
  return numbered ? matchFrom(tokens, numbered, i) : null;
}

function matchFrom(tokens: readonly string[], list: PhraseList, i: number): { words: string[]; cue: Cue } | null {
  for (const p of list) {
    let ok = true;
    for (let k = 1; k < p.words.length; k++) {
      const want = p.words[k];
      const got = tokens[i + k];
      if (got !== want && !(want === '#' && got !== undefined && isQuantity(got))) {
        ok = false;
        break;
      }
    }
    if (ok) return p;
  }
  return null;
}
