// One-to-one character folding (case, diacritics, apostrophes, dashes, spaces) and character classes.
//
// Folding maps each UTF-16 code unit to exactly one code unit, so offsets in the folded view are offsets in
// the original text: no offset map to build or carry.

/** Character classes, as bit flags. */
export const WORD = 1; // letter or digit of an alphabetic script: takes part in word boundaries
export const UPPER = 2;
export const DIGIT = 4;
export const SPACE = 8; // collapsible space (not the block separator '\n')
export const LOWER = 16;
export const IDEO = 32; // CJK and other scripts written without spaces: letters, but no word boundary
export const TRIGGER = 64; // '$', '(' (and fullwidth): may start a ticker form, so the scan stops there

const SIZE = 0x10000;
/** Folded code unit for each code unit. */
export const FOLD = new Uint16Array(SIZE);
/** Class flags for each code unit. */
export const CLASS = new Uint8Array(SIZE);

function foldOne(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const base = lower.normalize('NFD').charAt(0);
  return base.length === 1 && base.charCodeAt(0) < 0xd800 ? base.charCodeAt(0) : c;
}

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  if (c >= 0x30 && c <= 0x39) return WORD | DIGIT;
  if (/\p{L}|\p{M}/u.test(ch)) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    if (!cased) return IDEO;
    return WORD | (ch === ch.toUpperCase() ? UPPER : LOWER);
  }
  if (/\p{Nd}/u.test(ch)) return WORD | DIGIT;
  return 0;
}

function init(): void {
  for (let c = 0; c < SIZE; c++) FOLD[c] = c;
  // Only the ranges where case or diacritics exist are computed: Latin, Greek, Cyrillic, Latin Extended Additional.
  const ranges: Array<[number, number]> = [
    [0, 0x52f],
    [0x1e00, 0x1fff],
    [0xff10, 0xff5a],
  ];
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c++) {
      FOLD[c] = foldOne(c);
      CLASS[c] = classify(c);
    }
  }
  // Scripts without spaces between words: a match may start or end anywhere in them.
  for (const [a, b] of [
    [0x3040, 0x30ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7af],
    [0xf900, 0xfaff],
  ]) {
    for (let c = a!; c <= b!; c++) CLASS[c] = IDEO;
  }
  for (const c of [0x20, 0x09, 0x0d, 0x0c, 0xa0, 0x2007, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0x2002, 0x2003]) {
    FOLD[c] = 0x20;
    CLASS[c] = SPACE;
  }
  for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0xff07]) FOLD[c] = 0x27; // apostrophes -> '
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]) FOLD[c] = 0x2d; // dashes -> -
  FOLD[0x201c] = FOLD[0x201d] = 0x22;
  FOLD[0xff08] = 0x28; // fullwidth parentheses, as Chinese pages print them around 00960.HK
  FOLD[0xff09] = 0x29;
  FOLD[0xff1a] = 0x3a;
  FOLD[0x00ad] = 0x00ad; // soft hyphen stays itself: rare inside names
  for (const c of [0x24, 0x28, 0xff08]) CLASS[c] = TRIGGER;
}
init();

/**
 * The code unit at i, or 0 outside the text. Reading past the end with charCodeAt gives NaN, which makes V8
 * deoptimise the caller and recompile it generic (measured: about half the scan time); 0 is a non-word.
 */
export const at = (s: string, i: number): number => (i >>> 0 < s.length ? s.charCodeAt(i) : 0);

/** The code units RegExp's \s matches (spaces, line breaks, U+FEFF): to spare a RegExp that opens with \s. */
export function isRegExpSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Folds a string the way the scanner folds text (used when compiling patterns). */
export function foldString(s: string): string {
  let out = '';
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)]!;
    if (f === 0x20) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
    } else {
      out += String.fromCharCode(f);
      lastSpace = false;
    }
  }
  return out.trim();
}
