// The first words of the names, as a bit set of word hashes: most capitalised words start no name at all.
//
// A key of the name trie can only match where the text's word (its run of word characters) is the key's first
// word, folded: the walk steps character by character and a candidate must end at a word boundary. So the scan
// hashes each capitalised word as it reads it and walks only when that hash is in the set. Collisions only let
// more words through, never fewer: the filter changes what is walked, not what is found.

import * as fold from './fold';
import type { Trie } from './trie';

const { CLASS, FOLD, WORD } = fold; // local bindings: see scan.ts

/** The hash of a word so far, extended by its next folded character f (start from 0). */
export const wordHashStep = (h: number, f: number): number => (Math.imul(h, 31) + f) | 0;

/** The hash of a folded word. */
export function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = wordHashStep(h, word.charCodeAt(k));
  return h;
}

// A set of 2^b bits is a Uint32Array of 2^(b-5) words, so the shift that keeps b bits of a 32-bit product is
// clz32(length) - 4.
const bitOf = (set: Uint32Array, h: number): number => Math.imul(h, 0x9e3779b1) >>> (Math.clz32(set.length) - 4);

/** True when a name may start with the word whose hash is h (or, for a hashSetOf set, h may be one of its words). */
export function firstWordKnown(set: Uint32Array, h: number): boolean {
  const b = bitOf(set, h);
  return ((set[b >>> 5]! >>> (b & 31)) & 1) !== 0;
}

function addHash(set: Uint32Array, h: number): void {
  const b = bitOf(set, h);
  set[b >>> 5]! |= 1 << (b & 31);
}

/** The hashes (wordHash) of words, in a set of 2^bits bits for firstWordKnown. */
export function hashSetOf(words: Iterable<string>, bits: number): Uint32Array {
  const set = new Uint32Array(1 << (bits - 5));
  for (const w of words) addHash(set, wordHash(w));
  return set;
}

/**
 * Which folded code units a word character of the text folds to (1), and which another character folds to
 * (2). Both for a few ('ⱥ' is no word character, 'Ⱥ' is and folds to it): there a key's word may go on or end.
 */
function foldedClasses(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) kinds[FOLD[c]!]! |= (CLASS[c]! & WORD) !== 0 ? 1 : 2;
  return kinds;
}

/**
 * The set of the first words of the keys of t below node from, hashed as the scan hashes the text's words, in
 * 2^bits bits: 2^18 (32 KiB) keep false hits near 3 % for the ~6,000 first words of 10,000 companies.
 */
export function firstWordsOf(t: Trie, from: number, bits: number): Uint32Array {
  const set = new Uint32Array(1 << (bits - 5));
  const add = (h: number): void => addHash(set, h);
  const kinds = foldedClasses();
  // Depth-first over the word characters; a word ends where its key ends or a separator follows.
  const visit = (node: number, h: number, depth: number): void => {
    for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
      const f = t.edgeChar[e]!;
      const child = e + 1; // breadth-first numbering (trie.ts)
      if ((kinds[f]! & 2) !== 0 && depth > 0) add(h);
      if ((kinds[f]! & 1) === 0) continue;
      const next = wordHashStep(h, f);
      if (t.valueStart[child + 1]! > t.valueStart[child]!) add(next);
      visit(child, next, depth + 1);
    }
  };
  visit(from, 0, 0);
  return set;
}
