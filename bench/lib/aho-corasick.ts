// A textbook Aho–Corasick automaton of the lexicon's names and aliases, as the detection bench's peer: the design
// issue 3 suggests, with none of the engine's rules (no word boundaries, no tickers, no case or context rules).
//
// Built as a dense DFA (a transition for every state and character class), so its scan is one table read per
// character and a test for a match: the fastest such an automaton scans, and what it costs before any rule runs.

import { FOLD } from '../../src/detect/fold';

/** Character classes of the automaton: 0 for anything else (back to the root), then a–z, 0–9 and the joiners. */
const CLASSES = 1 + 26 + 10 + 5;
const CLASS_OF = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const f = FOLD[c]!;
  if (f >= 97 && f <= 122) CLASS_OF[c] = 1 + f - 97;
  else if (f >= 48 && f <= 57) CLASS_OF[c] = 27 + f - 48;
  else {
    const joiner = [32, 38, 46, 45, 39].indexOf(f); // space, '&', '.', '-', apostrophe (FOLD unifies their variants)
    if (joiner >= 0) CLASS_OF[c] = 37 + joiner;
  }
}

export interface AhoCorasick {
  states: number;
  tableBytes: number;
  /** How many positions of the text end a name or alias. */
  count(text: string): number;
}

/** The automaton of the keys, folded as the engine folds text. */
export function buildAhoCorasick(keys: readonly string[]): AhoCorasick {
  const edges: Array<Map<number, number>> = [new Map()];
  const accepts: number[] = [0];
  for (const key of keys) {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const k = CLASS_OF[key.charCodeAt(i)]!;
      let next = edges[state]!.get(k);
      if (next === undefined) {
        next = edges.push(new Map()) - 1;
        accepts.push(0);
        edges[state]!.set(k, next);
      }
      state = next;
    }
    accepts[state] = 1;
  }
  const delta = denseTransitions(edges, accepts);
  const accepting = Uint8Array.from(accepts);
  return {
    states: edges.length,
    tableBytes: delta.byteLength,
    count(text: string): number {
      let state = 0;
      let found = 0;
      for (let i = 0; i < text.length; i++) {
        state = delta[state * CLASSES + CLASS_OF[text.charCodeAt(i)]!]!;
        if (accepting[state] !== 0) found++;
      }
      return found;
    },
  };
}

/** The goto function completed with the failure links, breadth first; marks states whose suffix accepts. */
function denseTransitions(edges: Array<Map<number, number>>, accepts: number[]): Int32Array {
  const delta = new Int32Array(edges.length * CLASSES);
  const fail = new Int32Array(edges.length);
  const queue: number[] = [];
  for (const [k, child] of edges[0]!) {
    delta[k] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    if (accepts[fail[state]!]) accepts[state] = 1;
    for (let k = 0; k < CLASSES; k++) {
      const child = edges[state]!.get(k);
      const viaFail = delta[fail[state]! * CLASSES + k]!;
      if (child === undefined) delta[state * CLASSES + k] = viaFail;
      else {
        fail[child] = viaFail;
        delta[state * CLASSES + k] = child;
        queue.push(child);
      }
    }
  }
  return delta;
}
