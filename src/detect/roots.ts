// Where name walks start, built once per lexicon: the packed trie, direct tables for the first two steps, and the
// filters that turn most word starts away before any walk (the lower-case gate, the first-word sets).

import { firstWordsOf } from './first-words';
import * as fold from './fold';
import * as lexicon from './lexicon';
import type { CompiledLexicon } from './lexicon';
import * as packed from './packed';
import * as trie from './trie';

// Local bindings: see scan.ts.
const { at, FOLD } = fold;
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
