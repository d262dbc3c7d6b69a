// The name trie laid out again depth-first in one Int32Array, for the scan's walks.
//
// The serialised trie (trie.ts) keeps a node's edge range, its edge characters and its values in separate
// arrays, numbered breadth-first: a step deep in a 10,000-company trie touches two or three cache lines far
// apart. Here a node's record holds its characters and its children's offsets together, and its first child
// follows it, so a walk along a name ("pharmaceuticals") reads memory in order. Built once per lexicon, on the
// first scan (loading stays views-only); about 4 bytes per node plus 8 per edge.

import type { Trie } from './trie';

/** Record layout at offset o: [count | HAS_VALUE, node id in the Trie, chars × count, child offsets × count]. */
export const HAS_VALUE = 1 << 30;
const COUNT = 0xffff;

/** Packs t depth-first; the root's record is at offset 0. offset maps a Trie node to its record. */
export function packTrie(t: Trie): { data: Int32Array; offset: Int32Array } {
  const nodes = t.edgeStart.length - 1;
  const offset = new Int32Array(nodes);
  let size = 0;
  // Preorder with an explicit stack, children pushed last-first so the first child comes right after its parent.
  const stack = new Int32Array(nodes);
  let top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const n = stack[--top]!;
    offset[n] = size;
    const e0 = t.edgeStart[n]!;
    const e1 = t.edgeStart[n + 1]!;
    size += 2 + 2 * (e1 - e0);
    for (let e = e1 - 1; e >= e0; e--) stack[top++] = e + 1; // edge e leads to node e + 1
  }
  const d = new Int32Array(size);
  for (let n = 0; n < nodes; n++) {
    const o = offset[n]!;
    const e0 = t.edgeStart[n]!;
    const count = t.edgeStart[n + 1]! - e0;
    d[o] = count | (t.valueStart[n + 1]! > t.valueStart[n]! ? HAS_VALUE : 0);
    d[o + 1] = n;
    for (let k = 0; k < count; k++) {
      d[o + 2 + k] = t.edgeChar[e0 + k]!;
      d[o + 2 + count + k] = offset[e0 + k + 1]!;
    }
  }
  return { data: d, offset };
}

/** The child of the record at o along character f, or -1. */
export function packedStep(d: Int32Array, o: number, f: number): number {
  const count = d[o]! & COUNT;
  const chars = o + 2;
  if (count === 1) return d[chars] === f ? d[chars + 1]! : -1; // chains: most records past the first letters
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = d[chars + mid]!;
    if (m === f) return d[chars + count + mid]!;
    if (m < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
