// Names at a word start: the trie walk, the rules a candidate must pass, and the name mention it makes.
//
// Hot path: runs at every capitalised word start, so it reads char codes and typed arrays only and allocates
// nothing until it emits a mention.

import * as commonWords from './common-words';
import { firstWordsOf } from './first-words';
import * as fold from './fold';
import * as legal from './legal';
import * as lexicon from './lexicon';
import type { CompiledLexicon } from './lexicon';
import * as nameMentions from './name-mentions';
import * as packed from './packed';
import * as tickers from './tickers';
import * as trie from './trie';
import type { Ctx } from './tickers';

// Local bindings: a module namespace access per character costs a getter call under CommonJS transpilers (tsx).
const { at, CLASS, FOLD, LOWER, SPACE, UPPER, WORD } = fold;
const { CAP, EXCH, FIRST, LOWER_KEY, SINGLE, UPPER_ONLY, WEAK } = lexicon;
const { recordName } = nameMentions;
const { legalAhead } = legal;
const { COMMON_WORDS } = commonWords;
const { prefixed } = tickers;
const { hasValue, step } = trie;
const { HAS_VALUE, packTrie, packedStep } = packed;

/** wordStart's answer when a candidate sat inside a URL or e-mail address: nothing else may start there. */
export const BLOCKED = -2;

/**
 * What walks need, built once per lexicon: the trie packed depth-first (packed.ts; walks hold record offsets),
 * and where walks start, as direct tables: the record after two ASCII characters (`pairs[f0 << 7 | f1]`, -1
 * for none), and the same for the lower-case aliases' sub-trie. The first two steps are the ones every walk
 * takes, and a table read there replaces two binary searches over the widest nodes.
 */
export interface Roots {
  packed: Int32Array;
  pairs: Int32Array;
  lower: number;
  lowerPairs: Int32Array;
  /**
   * Per two ASCII letters, the third letters (bit f2 - 97, bit 26 for anything else) with which a lower-case
   * word needs a look: a lower-case alias or a label starts so. Most lower-case words pass with one read.
   */
  lowerGate: Uint32Array;
  /** The same for the whole trie, at capitalised word starts. */
  gate: Uint32Array;
  /** One level deeper, hashed on the first three characters (collisions only let more through). */
  gate4: Uint32Array;
  /** The record after "the " ("the Hartford" is looked for from the capital), or -1. */
  the: number;
  /** 1 for each folded code unit some key starts with (scripts without spaces try a walk at every character). */
  first: Uint8Array;
  /** The hashed first words of the keys (first-words.ts): a capitalised word not in it starts no name. */
  firstWords: Uint32Array;
  /** The same for the words after "the " (all bits set when "the" itself is a key). */
  theWords: Uint32Array;
}

const rootsCache = new WeakMap<CompiledLexicon, Roots>();

/** The lexicon's walk starts, built once per lexicon from the root's few edges (loading stays views-only). */
export function rootsOf(lex: CompiledLexicon): Roots {
  let r = rootsCache.get(lex);
  if (r === undefined) {
    r = buildRoots(lex.names);
    rootsCache.set(lex, r);
  }
  return r;
}

function buildRoots(t: CompiledLexicon['names']): Roots {
  const pairs = new Int32Array(128 * 128).fill(-1);
  const lowerPairs = new Int32Array(128 * 128).fill(-1);
  const lower = step(t, 0, LOWER_KEY.charCodeAt(0));
  fillPairs(t, 0, pairs);
  if (lower >= 0) fillPairs(t, lower, lowerPairs);
  const lowerGate = gateOf(t, lowerPairs);
  for (const w of LABEL_STARTS) lowerGate[(w.charCodeAt(0) << 7) | w.charCodeAt(1)]! |= gateBit(w.charCodeAt(2));
  const first = new Uint8Array(0x10000);
  for (let e = t.edgeStart[0]!; e < t.edgeStart[1]!; e++) first[t.edgeChar[e]!] = 1;
  let theWord = 0;
  for (const ch of 'the') theWord = theWord < 0 ? -1 : step(t, theWord, ch.charCodeAt(0));
  const the = theWord < 0 ? -1 : step(t, theWord, 32);
  const theWords = firstWordsOf(t, Math.max(the, 0), 12);
  if (theWord >= 0 && hasValue(t, theWord)) theWords.fill(-1); // "the" is a key: a walk from it may stop there
  const gate = gateOf(t, pairs);
  const gate4 = gate4Of(t, pairs);
  // Walks hold record offsets in the packed trie, not node numbers.
  const { data, offset } = packTrie(t);
  const toOffset = (table: Int32Array): Int32Array => table.map((nd) => (nd < 0 ? -1 : offset[nd]!));
  const off = (nd: number): number => (nd < 0 ? -1 : offset[nd]!);
  return {
    packed: data,
    pairs: toOffset(pairs),
    lower: off(lower),
    lowerPairs: toOffset(lowerPairs),
    lowerGate,
    gate,
    gate4,
    the: off(the),
    first,
    firstWords: firstWordsOf(t, 0, 18),
    theWords,
  };
}

/** The first letters of the label words ("ticker", "symbol") that tickers.labelEnd reads. */
const LABEL_STARTS = ['tic', 'sym'];

/** The lowerGate bit of a folded third character. */
export const gateBit = (f: number): number => (f >= 97 && f <= 122 ? 1 << (f - 97) : 1 << 26);

/** The third-character masks of a pairs table (see Roots.lowerGate). */
function gateOf(t: CompiledLexicon['names'], pairs: Int32Array): Uint32Array {
  const gate = new Uint32Array(pairs.length);
  for (let p = 0; p < pairs.length; p++) {
    const nd = pairs[p]!;
    if (nd < 0) continue;
    // A two-character key may end before anything that is not a letter; its run-on edges (a space, '.', a
    // digit) set that bit below. Not set for every pair: "in", "is", "by" would each stop the scan.
    if (t.valueStart[nd + 1]! > t.valueStart[nd]!) gate[p] = 1 << 26;
    for (let e = t.edgeStart[nd]!; e < t.edgeStart[nd + 1]!; e++) gate[p]! |= gateBit(t.edgeChar[e]!);
  }
  return gate;
}

const hash3 = (pair: number, f2: number): number => (pair * 31 + f2) & 0xffff;

/** The fourth-character masks, per hashed first three characters (see Roots.gate4). */
function gate4Of(t: CompiledLexicon['names'], pairs: Int32Array): Uint32Array {
  const gate4 = new Uint32Array(0x10000);
  for (let p = 0; p < pairs.length; p++) {
    const nd = pairs[p]!;
    if (nd < 0) continue;
    for (let e = t.edgeStart[nd]!; e < t.edgeStart[nd + 1]!; e++) {
      const child = e + 1;
      const h = hash3(p, t.edgeChar[e]!);
      if (t.valueStart[child + 1]! > t.valueStart[child]!) gate4[h]! |= 1 << 26;
      for (let g = t.edgeStart[child]!; g < t.edgeStart[child + 1]!; g++) gate4[h]! |= gateBit(t.edgeChar[g]!);
    }
  }
  return gate4;
}

/**
 * True when a key of the lower-case gate (Roots.lowerGate) may start at the lower-case ASCII letter c at i (its
 * own folded form): the second character, then the third. After "a ", the third character is not the next key
 * character (spaces collapse): any will do. A character past ASCII passes.
 */
export function lowerGateOpen(gate: Uint32Array, text: string, i: number, c: number): boolean {
  const f1 = FOLD[at(text, i + 1)]!;
  if (f1 >= 128) return true;
  const g = gate[(c << 7) | f1]!;
  return g !== 0 && (f1 === 32 || (g & gateBit(FOLD[at(text, i + 2)]!)) !== 0);
}

/**
 * The same test through Roots.gate at a capital or digit (first two characters ASCII), then the fourth
 * character through gate4. Each character is read once.
 */
export function gate4Open(roots: Roots, text: string, i: number): boolean {
  const f0 = FOLD[at(text, i)]!;
  const f1 = FOLD[at(text, i + 1)]!;
  const f2 = FOLD[at(text, i + 2)]!;
  if ((f0 | f1) < 128 && (roots.gate[(f0 << 7) | f1]! & (f1 === 32 ? -1 : gateBit(f2))) === 0) return false;
  // A key may end before a third character that is no letter or digit ("HP,"): gate4 only reads on in words.
  if (f1 === 32 || f2 >= 128 || (CLASS[f2]! & WORD) === 0) return true;
  return (roots.gate4[hash3((f0 << 7) | f1, f2)]! & gateBit(FOLD[at(text, i + 3)]!)) !== 0;
}

/** Fills pairs[f0 << 7 | f1] with the nodes two ASCII steps below node. */
function fillPairs(t: CompiledLexicon['names'], node: number, pairs: Int32Array): void {
  for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
    const f0 = t.edgeChar[e]!;
    const child = t.edgeTarget[e]!;
    if (f0 >= 128) continue;
    for (let g = t.edgeStart[child]!; g < t.edgeStart[child + 1]!; g++) {
      if (t.edgeChar[g]! < 128) pairs[(f0 << 7) | t.edgeChar[g]!] = t.edgeTarget[g]!;
    }
  }
}

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
  const word = text.slice(ws, we);
  return !NAME_OPENERS.has(word) && !COMMON_WORDS.has(word.toLowerCase()) && !titleCaseAround(text, i, end);
}

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
