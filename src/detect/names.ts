// Names at a word start: the trie walk and the rules a candidate must pass (where walks start: roots.ts; the
// mention a name makes: name-mentions.ts).
//
// Hot path: runs at every capitalised word start, so it reads char codes and typed arrays only and allocates
// nothing until it emits a mention.

import * as commonWords from './common-words';
import * as firstWords from './first-words';
import * as fold from './fold';
import * as legal from './legal';
import * as lexicon from './lexicon';
import * as nameMentions from './name-mentions';
import * as packed from './packed';
import * as tickers from './tickers';
import type { Ctx } from './tickers';

// Local bindings: a module namespace access per character costs a getter call under CommonJS transpilers (tsx).
const { at, CLASS, FOLD, LOWER, SPACE, UPPER, WORD } = fold;
const { CAP, EXCH, FIRST, SINGLE, UPPER_ONLY, WEAK } = lexicon;
const { recordName } = nameMentions;
const { legalAhead } = legal;
const { COMMON_WORDS } = commonWords;
const { firstWordKnown, hashSetOf, wordHashStep } = firstWords;
const { prefixed } = tickers;
const { HAS_VALUE, packedStep } = packed;

/** wordStart's answer when a candidate sat inside a URL or e-mail address: nothing else may start there. */
export const BLOCKED = -2;

const MAX_CANDIDATES = 8;
const candEnd = new Int32Array(MAX_CANDIDATES);
const candNode = new Int32Array(MAX_CANDIDATES);

/**
 * Walks the name trie from node over the text at k (runs of spaces count as one); records up to
 * MAX_CANDIDATES nodes that end a key at a word boundary. Returns how many it recorded.
 */
function walk(text: string, d: Int32Array, o: number, k: number): number {
  const n = text.length;
  let count = 0;
  if ((d[o]! & HAS_VALUE) !== 0 && (CLASS[at(text, k)]! & WORD) === 0) {
    candEnd[0] = k;
    candNode[count++] = d[o + 1]!;
  }
  while (k < n) {
    const f = FOLD[text.charCodeAt(k)]!;
    o = packedStep(d, o, f);
    if (o < 0) break;
    k++;
    if (f === 32) {
      while (k < n && (CLASS[text.charCodeAt(k)]! & SPACE) !== 0) k++;
    } else if ((d[o]! & HAS_VALUE) !== 0 && (CLASS[at(text, k)]! & WORD) === 0) {
      if (count === MAX_CANDIDATES) count--;
      candEnd[count] = k;
      candNode[count++] = d[o + 1]!;
    }
  }
  return count;
}

/**
 * The longest name (or exchange prefix) starting at i, walking from the trie's root (or its lower-case
 * sub-trie). capital: the text's first letter is a capital (or a digit, or from a script without case).
 * Returns the end of what it read, -1 for nothing, BLOCKED inside a URL.
 */
export function nameAt(ctx: Ctx, i: number, lower: boolean, capital: boolean): number {
  const { text, lex } = ctx;
  const t = lex.names;
  const f0 = FOLD[at(text, i)]!;
  const f1 = FOLD[at(text, i + 1)]!;
  const { roots } = ctx;
  let o: number;
  let k = i + 2;
  if ((f0 | f1) < 128 && f1 !== 32) o = (lower ? roots.lowerPairs : roots.pairs)[(f0 << 7) | f1]!;
  else {
    // A space second (runs of spaces count as one), or a character past ASCII: step by step.
    o = lower && roots.lower < 0 ? -1 : packedStep(roots.packed, lower ? roots.lower : 0, f0);
    k = i + 1;
  }
  if (o < 0) return -1;
  let count = walk(text, roots.packed, o, k);
  let exchangeName = false;
  while (count-- > 0) {
    const end = candEnd[count]!;
    const nd = candNode[count]!;
    for (let v = t.valueStart[nd]!; v < t.valueStart[nd + 1]!; v++) {
      const p = t.values[v]!;
      const flags = lex.patFlags[p]!;
      if ((flags & EXCH) !== 0) {
        const r = prefixed(ctx, i, end, lex.patTarget[p]!);
        if (r > 0) return r;
        exchangeName = true;
        continue;
      }
      if ((flags & CAP) !== 0 && !capital) continue;
      if ((flags & UPPER_ONLY) !== 0 && hasLower(text, i, end)) continue;
      // "Nasdaq" alone means the market (or its index), not Nasdaq, Inc.: only a legal suffix makes it the company.
      if (exchangeName && !legalAhead(text, end)) continue;
      const weak = (flags & WEAK) !== 0;
      if ((flags & SINGLE) !== 0 && (flags & UPPER_ONLY) === 0 && properNameBefore(text, i, end)) continue;
      // "Tencent Holdings" is another company than Tencent Music: after a first word, even a designator counts.
      // In a headline every word is capitalised ("Alleges Alibaba Aided Chinese Military"): there only a
      // designator does.
      if ((flags & FIRST) !== 0 ? firstWordContinued(text, i, end) : weak && capitalisedAfter(text, end, true))
        continue;
      if (inUrl(text, i, end)) return BLOCKED;
      return recordName(ctx, i, end, lex.patTarget[p]!, weak);
    }
  }
  return -1;
}

/** Words before a one-word alias that keep it a company: "The Hartford", "Royal Philips". */
const NAME_OPENERS = new Set(['The', 'Royal', 'Koninklijke']);

/**
 * The word right before i is a capitalised name word ("Nikola Tesla", "Palo Alto"'s "Palo" is the other
 * side): a one-word alias there is someone's or something's surname. Common words ("When Apple …",
 * "Today Apple …"), acronyms (CEO, NYSE), possessives ("Musk's Tesla") and headlines' capitals do not count.
 */
function properNameBefore(text: string, i: number, end: number): boolean {
  let we = i;
  if ((CLASS[at(text, we - 1)]! & SPACE) === 0) return false;
  while (we > 0 && (CLASS[at(text, we - 1)]! & SPACE) !== 0) we--;
  let ws = we;
  while (ws > 0 && (CLASS[at(text, ws - 1)]! & WORD) !== 0) ws--;
  if (we - ws < 2 || (CLASS[at(text, ws)]! & UPPER) === 0 || (CLASS[at(text, ws + 1)]! & LOWER) === 0) return false;
  return !listedWord(text, ws, we) && !titleCaseAround(text, i, end);
}

/** The hashes of NAME_OPENERS and COMMON_WORDS, lower case: 2^14 bits give ~7 % false hits for ~1,100 words. */
const LISTED = hashSetOf([...NAME_OPENERS].map((w) => w.toLowerCase()).concat([...COMMON_WORDS]), 14);

/**
 * The word [ws, we) is one of NAME_OPENERS, or one of COMMON_WORDS in lower case. An ASCII word is hashed in
 * lower case first (c | 0x20 is toLowerCase for ASCII letters and digits): most are in neither set, and for
 * them the word is never cut out of the text.
 */
function listedWord(text: string, ws: number, we: number): boolean {
  let h = 0;
  for (let k = ws; k < we; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return listedExactly(text.slice(ws, we));
    h = wordHashStep(h, c | 0x20);
  }
  return firstWordKnown(LISTED, h) && listedExactly(text.slice(ws, we));
}

const listedExactly = (word: string): boolean => NAME_OPENERS.has(word) || COMMON_WORDS.has(word.toLowerCase());

/** A first-word alias runs on into another name: a capitalised word follows, outside a headline, or a designator. */
function firstWordContinued(text: string, start: number, end: number): boolean {
  if (!capitalisedAfter(text, end, false)) return false;
  return legalAhead(text, end) || !titleCaseAround(text, start, end);
}

/**
 * The words around [start, end) on its line are mostly capitalised (at least 4 of them, 60 %): a headline or a
 * title, where a capital says nothing about a name going on. Reads at most 80 characters each side.
 */
function titleCaseAround(text: string, start: number, end: number): boolean {
  const counts = wordsBefore(text, start) + wordsAfter(text, end);
  const words = counts >>> 8;
  return words >= 4 && (counts & 0xff) >= words * 0.6;
}

// Each side counts the words starting in it and how many are capitalised, as words << 8 | capitals (80
// characters hold fewer than 256 words, so the two sides add field by field), in one pass that stops at the
// line's edge. No closures: these run at many candidates in a menu or a headline.

/** The words starting in the (at most) 80 characters before start on its line. */
function wordsBefore(text: string, start: number): number {
  let counts = 0;
  let next = 0; // the class of the character at k + 1: a word starts there if the one at k is no word character
  for (let k = start - 1; k >= start - 81; k--) {
    const c = k >= 0 ? text.charCodeAt(k) : 0;
    const cls = CLASS[c]!;
    if ((next & ~cls & WORD) !== 0) counts += (next & UPPER) !== 0 ? 0x101 : 0x100;
    if (c === 10 || k < 0) break;
    next = cls;
  }
  return counts;
}

/** The words starting in the (at most) 80 characters from end on its line. */
function wordsAfter(text: string, end: number): number {
  let counts = 0;
  let prev = CLASS[at(text, end - 1)]!;
  const to = Math.min(text.length, end + 80);
  for (let k = end; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    const cls = CLASS[c]!;
    if ((cls & ~prev & WORD) !== 0) counts += (cls & UPPER) !== 0 ? 0x101 : 0x100;
    prev = cls;
  }
  return counts;
}

/** A capitalised word follows ("Tim Cook", "Palo Alto", "Nikola Tesla"); a legal designator does not count if exempt. */
function capitalisedAfter(text: string, end: number, legalExempt: boolean): boolean {
  if ((CLASS[at(text, end)]! & SPACE) === 0) return false;
  let k = end;
  while ((CLASS[at(text, k)]! & SPACE) !== 0) k++;
  // The RegExp last: most names are followed by a lower-case word.
  if ((CLASS[at(text, k)]! & UPPER) === 0 || (CLASS[at(text, k + 1)]! & LOWER) === 0) return false;
  return !legalExempt || !legalAhead(text, end);
}

function hasLower(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if ((CLASS[at(text, k)]! & LOWER) !== 0) return true;
  return false;
}

/** A name inside a URL or an e-mail address ("google.com", "ben@philips.com") is not a mention. */
export function inUrl(text: string, s: number, e: number): boolean {
  const p = at(text, s - 1);
  if (p === 47 || p === 64 || p === 46 || p === 95) return true;
  const nx = at(text, e);
  if (nx === 64 || nx === 95) return true;
  if (nx === 46 && isAsciiLower(at(text, e + 1)) && isAsciiLower(at(text, e + 2))) return true;
  let a = s;
  while (a > 0 && s - a < 80 && (CLASS[at(text, a - 1)]! & SPACE) === 0 && at(text, a - 1) !== 10) a--;
  if (a === s) return false;
  if (text.startsWith('www.', a)) return true;
  for (let k = a; k < s; k++) {
    const c = at(text, k);
    if (c === 64 || (c === 58 && at(text, k + 1) === 47 && at(text, k + 2) === 47)) return true;
  }
  return false;
}

const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
