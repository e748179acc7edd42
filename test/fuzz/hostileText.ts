/** Texts that break naive code: empty, huge, emoji, RTL, control characters, lone surrogates, markup, formulas. */
import fc from 'fast-check';

export const LONG_TEXT = 'Wachten op de monteur duurt erg lang en niemand belt terug -2 '.repeat(330).slice(0, 20_000);

export const HOSTILE_TEXTS: readonly string[] = [
  '',
  ' ',
  '   \t  \n  ',
  '\u00a0\u2003\u200b',
  LONG_TEXT,
  '😀😡👍👎🤔❤️🙈'.repeat(40),
  '👩‍👩‍👧‍👦🏳️‍🌈🇳🇱',
  'الانتظار طويل جدا 😡',
  'ההזמנה לא הגיעה',
  '\u202eevil\u202c reversed \u2066isolate\u2069',
  'bell\u0007 esc\u001b[31mred\u001b[0m nul\u0000 del\u007f',
  'line one\r\nline two\rline three\nline four',
  '\ud800 lone high',
  'lone low \udfff',
  '\udfff\ud800 swapped pair',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '&amp; &lt;b&gt; &#x3C;',
  '=HYPERLINK("http://evil.example","klik")',
  '=1+2',
  '+31 6 12345678',
  '-2 te duur',
  '@SUM(A1:A9)',
  '\t=cmd|\' /C calc\'!A0',
  '\r=1+1',
  '| kolom | breekt | tabel |',
  '`code` ``` fence',
  '```\nfenced\n```',
  '# Kop\n## Nog een kop',
  '> quote\n- list\n1. genummerd',
  '**vet** _schuin_ ~~door~~ [link](http://x) ![img](x)',
  '\\| escaped pipe \\',
  '$x$ $$math$$',
  '"quoted" "", "a,b"; c;d',
  'Blij +2 😀 emotie: blij',
  'effort: S impact: high',
  '[Telefoon] #email',
];

/** One hostile text: a listed one, random Unicode (lone surrogates included), or a mix of both. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_TEXTS), fc.constantFrom(...HOSTILE_TEXTS)).map(([a, b]) => `${a.slice(0, 200)} ${b.slice(0, 200)}`),
  },
);
