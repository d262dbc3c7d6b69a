// The compiled lexicon: name and symbol tries plus entity tables, all typed arrays, serialisable as one buffer.

import { legalCore } from './aliases';
import { COMMON_WORDS, DICTIONARY_WORDS, PROPER_NOUNS, isCommonPhrase } from './common-words';
import { EXCHANGE_PREFIXES, symbolKey } from './exchanges';
import { foldString } from './fold';
import { buildTrie, type Trie } from './trie';
import type { LexiconEntity } from './types';

/** Pattern flags. */
export const CAP = 1; // the text must start with a capital (single-word or common-word alias)
export const EXCH = 2; // an exchange prefix, not an entity name
export const UPPER_ONLY = 4; // an acronym alias ("NOV", "GEO"): only in capitals, never "Nov" the month
export const SINGLE = 8; // one word: not right after a capitalised word ("Nikola Tesla"), see names.ts
/**
 * One word that is a common English word ("Apple", "Snap"), or the first word of a longer name that is a
 * dictionary word or proper noun ("Zoom" of Zoom Communications, "Hartford" of Hartford Insurance Group):
 * taken only capitalised, in a context that reads as a company, and where the text names the entity
 * otherwise too (scan.ts, names.ts).
 */
export const WEAK = 16;
/** The first word of a longer name ("Tencent" of Tencent Music): not before another capitalised word ("Tencent Holdings"). */
export const FIRST = 32;

/**
 * Names are looked for at capitalised word starts only (a name in running text starts with a capital, a digit
 * or a letter of a script without case), which spares the walk at most words. Aliases their owners write in
 * lower case ("lululemon", "eBay", "abrdn") are keyed a second time under this prefix, a small sub-trie walked
 * at lower-case word starts.
 */
export const LOWER_KEY = '\u0001';

/** What scan needs, ready to use. Build with compileLexicon or loadLexicon. */
export interface CompiledLexicon {
  names: Trie;
  symbols: Trie;
  /** Per pattern: entity index, or for EXCH patterns the string index of the exchange key. */
  patTarget: Int32Array;
  patFlags: Uint8Array;
  listEntity: Int32Array;
  listMic: Int32Array;
  /** Per listing: string index of the symbol as the lexicon spells it. */
  listSymbol: Int32Array;
  entPrimary: Int32Array;
  entId: Int32Array;
  entName: Int32Array;
  strOffsets: Uint32Array;
  strBytes: Uint8Array;
  /** Decoded strings, filled on demand (not serialised). */
  strCache: Array<string | undefined>;
}

class Strings {
  list: string[] = [];
  private index = new Map<string, number>();
  add(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function encodeStrings(list: string[]): { strOffsets: Uint32Array; strBytes: Uint8Array } {
  const enc = new TextEncoder();
  const parts = list.map((s) => enc.encode(s));
  const strOffsets = new Uint32Array(list.length + 1);
  let total = 0;
  parts.forEach((p, i) => {
    strOffsets[i] = total;
    total += p.length;
  });
  strOffsets[list.length] = total;
  const strBytes = new Uint8Array(total);
  parts.forEach((p, i) => strBytes.set(p, strOffsets[i]!));
  return { strOffsets, strBytes };
}

const decoder = new TextDecoder();

/**
 * String i of the lexicon's string table. The cache gets one slot per string on first use (loading stays
 * views-only): an empty array written at scattered indices turns into a hash table in V8, and every read of a
 * name's id then costs a lookup (8 % of scanning a sentence with two mentions).
 */
export function str(lex: CompiledLexicon, i: number): string {
  if (lex.strCache.length === 0)
    lex.strCache = new Array<string | undefined>(lex.strOffsets.length - 1).fill(undefined);
  let s = lex.strCache[i];
  if (s === undefined) {
    s = decoder.decode(lex.strBytes.subarray(lex.strOffsets[i]!, lex.strOffsets[i + 1]!));
    lex.strCache[i] = s;
  }
  return s;
}

/** Compiles entities (and the fixed exchange prefixes) into tries and tables. */
export function compileLexicon(entities: LexiconEntity[]): CompiledLexicon {
  const strings = new Strings();
  const patTarget: number[] = [];
  const patFlags: number[] = [];
  const namePairs: Array<[string, number]> = [];
  const symbolPairs: Array<[string, number]> = [];
  const listEntity: number[] = [];
  const listMic: number[] = [];
  const listSymbol: number[] = [];
  const entPrimary: number[] = [];
  for (const key of Object.keys(EXCHANGE_PREFIXES)) {
    namePairs.push([foldString(key), patTarget.length]);
    patTarget.push(strings.add(key));
    patFlags.push(EXCH | CAP);
  }
  entities.forEach((e, ei) => {
    const seen = new Set<string>();
    const core = foldString(legalCore(e.name));
    for (const alias of [e.name, ...e.aliases]) {
      const folded = foldString(alias);
      if (folded.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || seen.has(folded)) continue;
      seen.add(folded);
      const single = !/\s/.test(folded) && !/\p{Lo}/u.test(folded);
      namePairs.push([folded, patTarget.length]);
      patTarget.push(ei);
      const acronym = single && /^[A-Z0-9&.-]{2,5}$/.test(alias);
      const word = folded.replace(/'s$/, '');
      const firstWord = folded !== core && core.startsWith(`${folded} `);
      const weak =
        single &&
        !acronym &&
        (COMMON_WORDS.has(word) || (firstWord && (DICTIONARY_WORDS.has(word) || PROPER_NOUNS.has(word))));
      patFlags.push(
        (single || isCommonPhrase(alias) ? CAP : 0) |
          (acronym ? UPPER_ONLY : 0) |
          (single ? SINGLE : 0) |
          (weak ? WEAK : 0) |
          (single && firstWord ? FIRST : 0),
      );
      if (/^\p{Ll}/u.test(alias) && !isCommonPhrase(alias)) namePairs.push([LOWER_KEY + folded, patTarget.length - 1]);
    }
    entPrimary.push(e.listings.length ? listEntity.length : -1);
    for (const l of e.listings) {
      symbolPairs.push([symbolKey(l.symbol), listEntity.length]);
      listEntity.push(ei);
      listMic.push(strings.add(l.exchange.toUpperCase()));
      listSymbol.push(strings.add(l.symbol));
    }
  });
  const entId = entities.map((e) => strings.add(e.id));
  const entName = entities.map((e) => strings.add(e.name));
  return {
    names: buildTrie(namePairs),
    symbols: buildTrie(symbolPairs),
    patTarget: Int32Array.from(patTarget),
    patFlags: Uint8Array.from(patFlags),
    listEntity: Int32Array.from(listEntity),
    listMic: Int32Array.from(listMic),
    listSymbol: Int32Array.from(listSymbol),
    entPrimary: Int32Array.from(entPrimary),
    entId: Int32Array.from(entId),
    entName: Int32Array.from(entName),
    ...encodeStrings(strings.list),
    strCache: [],
  };
}

type Arrays = Omit<CompiledLexicon, 'names' | 'symbols' | 'strCache'>;
const TRIE_FIELDS = ['edgeStart', 'edgeChar', 'edgeTarget', 'valueStart', 'values'] as const;
const FIELDS = [
  'patTarget',
  'patFlags',
  'listEntity',
  'listMic',
  'listSymbol',
  'entPrimary',
  'entId',
  'entName',
  'strOffsets',
  'strBytes',
] as const;
type Typed = Int32Array | Uint16Array | Uint8Array | Uint32Array;
const KINDS = [Int32Array, Uint16Array, Uint8Array, Uint32Array] as const;
const MAGIC = 0x584c5342; // "BSLX"
const VERSION = 1;

function sections(lex: CompiledLexicon): Typed[] {
  return [
    ...TRIE_FIELDS.map((f) => lex.names[f]),
    ...TRIE_FIELDS.map((f) => lex.symbols[f]),
    ...FIELDS.map((f) => (lex as Arrays)[f]),
  ];
}

/** One buffer: a header, then each typed array 4-byte aligned, so loading makes views and copies nothing. */
export function serializeLexicon(lex: CompiledLexicon): Uint8Array {
  const parts = sections(lex);
  const header = 3 + parts.length * 2;
  let size = header * 4;
  const offsets = parts.map((p) => {
    const at = size;
    size += Math.ceil(p.byteLength / 4) * 4;
    return at;
  });
  const out = new Uint8Array(size);
  const head = new Uint32Array(out.buffer, 0, header);
  head[0] = MAGIC;
  head[1] = VERSION;
  head[2] = parts.length;
  parts.forEach((p, i) => {
    head[3 + i * 2] = KINDS.findIndex((K) => p instanceof K);
    head[4 + i * 2] = p.length;
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), offsets[i]!);
  });
  return out;
}

/** Views over a serialised lexicon. Throws on a buffer that is not one (wrong magic or version). */
export function loadLexicon(bytes: Uint8Array): CompiledLexicon {
  // Typed-array views need 4-byte alignment; copy once if the caller's buffer is not aligned.
  const b = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const head = new Uint32Array(b.buffer, b.byteOffset, 3);
  if (head[0] !== MAGIC || head[1] !== VERSION) throw new Error('not a Backstory lexicon (or another version)');
  const count = head[2]!;
  const meta = new Uint32Array(b.buffer, b.byteOffset, 3 + count * 2);
  let at = (3 + count * 2) * 4;
  const parts: Typed[] = [];
  for (let i = 0; i < count; i++) {
    const K = KINDS[meta[3 + i * 2]!]!;
    const len = meta[4 + i * 2]!;
    parts.push(new K(b.buffer as ArrayBuffer, b.byteOffset + at, len));
    at += Math.ceil((len * K.BYTES_PER_ELEMENT) / 4) * 4;
  }
  const trie = (o: number): Trie => ({
    edgeStart: parts[o] as Int32Array,
    edgeChar: parts[o + 1] as Uint16Array,
    edgeTarget: parts[o + 2] as Int32Array,
    valueStart: parts[o + 3] as Int32Array,
    values: parts[o + 4] as Int32Array,
  });
  const rest = parts.slice(10);
  return {
    names: trie(0),
    symbols: trie(5),
    patTarget: rest[0] as Int32Array,
    patFlags: rest[1] as Uint8Array,
    listEntity: rest[2] as Int32Array,
    listMic: rest[3] as Int32Array,
    listSymbol: rest[4] as Int32Array,
    entPrimary: rest[5] as Int32Array,
    entId: rest[6] as Int32Array,
    entName: rest[7] as Int32Array,
    strOffsets: rest[8] as Uint32Array,
    strBytes: rest[9] as Uint8Array,
    strCache: [],
  };
}
