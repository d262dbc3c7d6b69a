// Where name walks start, built once per lexicon: the packed trie, direct tables for the first two steps, and the
// gates that turn most word starts away before any walk (the scan asks them at every word start).

import { firstWordsOf } from './first-words';
import * as fold from './fold';
import * as lexicon from './lexicon';
import type { CompiledLexicon } from './lexicon';
import * as packed from './packed';
import * as trie from './trie';

// Local bindings: see scan.ts.
const { at, CLASS, FOLD, WORD } = fold;
const { LOWER_KEY } = lexicon;
const { hasValue, step } = trie;
const { packTrie } = packed;

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

/** The first letters of the label words ("ticker", "symbol") that bare-symbols.ts labelEnd reads. */
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
