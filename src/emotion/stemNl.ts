/**
 * The Snowball Dutch stemmer (the algorithm nlp.js's `StemmerNl` is generated from), ported so
 * the plugin can look words up in the Pattern Dutch lexicon, whose keys are such stems, without
 * bundling nlp.js. test/emotion/stemNl.test.ts checks it against nlp.js word for word.
 * Input: one lower-case word.
 */

/** One of a e i o u y è (the stemmer's vowels); comparisons, not a string search, for the VM without a JIT. */
function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y' || ch === 'è';
}

const ACCENTS: Record<string, string> = {
  ä: 'a', á: 'a', ë: 'e', é: 'e', ï: 'i', í: 'i', ö: 'o', ó: 'o', ü: 'u', ú: 'u',
};

/** Replaces accents, marks consonantal y (after a vowel or at the start) as Y and i between vowels as I. */
function prelude(word: string): string[] {
  // Characters as for…of gives them (a surrogate pair is one), without the iterator: no JIT in
  // Figma's sandbox makes the iterator protocol cost several times an index loop.
  const w: string[] = [];
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    let ch: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && word.charCodeAt(i + 1) >= 0xdc00 && word.charCodeAt(i + 1) <= 0xdfff) {
      ch = word.slice(i, i + 2);
      i++;
    } else ch = word.charAt(i);
    w.push(ACCENTS[ch] ?? ch);
  }
  if (w[0] === 'y') w[0] = 'Y';
  for (let i = 1; i < w.length; i++) {
    if (!isVowel(w[i - 1])) continue;
    if (w[i] === 'i' && isVowel(w[i + 1])) w[i] = 'I';
    else if (w[i] === 'y') w[i] = 'Y';
  }
  return w;
}

/** R1 and R2 start positions: after the first non-vowel that follows a vowel (R1 at least 3). */
function regions(w: string[]): [number, number] {
  const after = (start: number): number => {
    let i = start;
    while (i < w.length && !isVowel(w[i])) i++;
    while (i < w.length && isVowel(w[i])) i++;
    return i < w.length ? i + 1 : w.length;
  };
  let p1 = after(0);
  const p2 = after(p1);
  if (p1 < 3) p1 = Math.min(3, w.length);
  return [p1, p2];
}

class Stem {
  eFound = false;
  constructor(
    public w: string[],
    public p1: number,
    public p2: number,
  ) {}

  endsWith(s: string): boolean {
    const n = s.length;
    if (n > this.w.length) return false;
    for (let i = 0; i < n; i++) if (this.w[this.w.length - n + i] !== s[i]) return false;
    return true;
  }
  /** Start index of a suffix of length n. */
  at(n: number): number {
    return this.w.length - n;
  }
  cut(n: number): void {
    this.w.length -= n;
  }
  undouble(): void {
    if (this.endsWith('kk') || this.endsWith('dd') || this.endsWith('tt')) this.cut(1);
  }
  /** `en` / `ene` ending of length n: in R1, after a non-vowel that is not the end of `gem`. */
  enEnding(n: number): void {
    const s = this.at(n);
    if (s < this.p1) return;
    const before = this.w[s - 1];
    if (before === undefined || isVowel(before)) return;
    if (s >= 3 && this.w[s - 3] === 'g' && this.w[s - 2] === 'e' && this.w[s - 1] === 'm') return;
    this.cut(n);
    this.undouble();
  }
  eEnding(): void {
    this.eFound = false;
    if (!this.endsWith('e')) return;
    const s = this.at(1);
    if (s < this.p1) return;
    const before = this.w[s - 1];
    if (before === undefined || isVowel(before)) return;
    this.cut(1);
    this.eFound = true;
    this.undouble();
  }
}

function step1(st: Stem): void {
  // Longest matching suffix among heden / ene / en / se / s; when its condition fails, nothing happens.
  if (st.endsWith('heden')) {
    if (st.at(5) >= st.p1) {
      st.cut(5);
      st.w.push('h', 'e', 'i', 'd');
    }
  } else if (st.endsWith('ene')) st.enEnding(3);
  else if (st.endsWith('en')) st.enEnding(2);
  else if (st.endsWith('se') || st.endsWith('s')) {
    const n = st.endsWith('se') ? 2 : 1;
    const s = st.at(n);
    const before = st.w[s - 1];
    if (s >= st.p1 && before !== undefined && !isVowel(before) && before !== 'j') st.cut(n);
  }
}

function step3a(st: Stem): void {
  if (!st.endsWith('heid')) return;
  const s = st.at(4);
  if (s < st.p2 || st.w[s - 1] === 'c') return;
  st.cut(4);
  if (st.endsWith('en')) st.enEnding(2);
}

function step3b(st: Stem): void {
  if (st.endsWith('lijk')) {
    if (st.at(4) >= st.p2) {
      st.cut(4);
      st.eEnding();
    }
  } else if (st.endsWith('baar')) {
    if (st.at(4) >= st.p2) st.cut(4);
  } else if (st.endsWith('end') || st.endsWith('ing')) {
    if (st.at(3) < st.p2) return;
    st.cut(3);
    if (st.endsWith('ig') && st.at(2) >= st.p2 && st.w[st.at(2) - 1] !== 'e') st.cut(2);
    else st.undouble();
  } else if (st.endsWith('bar')) {
    if (st.at(3) >= st.p2 && st.eFound) st.cut(3);
  } else if (st.endsWith('ig')) {
    if (st.at(2) >= st.p2 && st.w[st.at(2) - 1] !== 'e') st.cut(2);
  }
}

/** A doubled vowel before a final consonant loses one vowel: "aangenaam" → "aangenam". */
function undoubleVowel(st: Stem): void {
  const w = st.w;
  const n = w.length;
  const last = w[n - 1];
  const v = w[n - 2];
  const before = w[n - 4];
  if (last === undefined || isVowel(last) || last === 'I') return;
  if (v === undefined || !'aeou'.includes(v) || w[n - 3] !== v) return;
  if (before === undefined || isVowel(before)) return;
  w.splice(n - 2, 1);
}

export function stemNl(word: string): string {
  const w = prelude(word);
  const [p1, p2] = regions(w);
  const st = new Stem(w, p1, p2);
  step1(st);
  st.eEnding();
  step3a(st);
  step3b(st);
  undoubleVowel(st);
  let out = '';
  for (const ch of st.w) out += ch === 'Y' ? 'y' : ch === 'I' ? 'i' : ch;
  return out;
}
