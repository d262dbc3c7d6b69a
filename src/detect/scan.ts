// The one pass over the text: names by trie walks from word starts, tickers from the few characters that start them.
//
// The loop (nextStop) reads each character once through the CLASS table and stops only at word starts and at
// TRIGGER characters ('$', '('); everything it calls works on char codes and allocates only to emit a mention.
// Most word starts are lower case and the loop itself turns them away with one table read (the lower-case
// aliases' first two letters); a capitalised word is hashed as it is read, and walked only if some key starts
// with that word (first-words.ts).

import * as bareSymbols from './bare-symbols';
import * as firstWords from './first-words';
import * as fold from './fold';
import type { CompiledLexicon } from './lexicon';
import * as nameMentions from './name-mentions';
import * as names from './names';
import * as packed from './packed';
import * as rootTables from './roots';
import * as tickers from './tickers';
import type { Roots } from './roots';
import type { Ctx } from './tickers';
import type { Mention } from './types';

// Local bindings: a module namespace access per character costs a getter call under CommonJS transpilers (tsx).
const { at, CLASS, FOLD, IDEO, LOWER, SPACE, TRIGGER, WORD } = fold;
const { firstWordKnown, wordHash, wordHashStep } = firstWords;
const { BLOCKED, nameAt } = names;
const { lowerGateOpen, rootsOf } = rootTables;
const { vouched } = nameMentions;
const { packedStep } = packed;
const { cashtag, symbolFirst } = tickers;
const { labelEnd, labelled, parenthesised, symbolLine } = bareSymbols;

/**
 * The word-start test as a table: STARTS[c] for c after a non-word character, STARTS[AFTER_WORD | c] after a
 * word character; START where something may start (a word start, a trigger, a CJK character), IN_WORD for a
 * word character (shifted, it is the next read's AFTER_WORD). A loop over the corpus with only this test ran
 * 1.3-1.5x the bare read, against 1.45-1.85x with CLASS and the test computed from it.
 */
const START = 1;
const IN_WORD = 2;
const AFTER_WORD = 0x10000;
const STARTS = new Uint8Array(2 * AFTER_WORD);
for (let c = 0; c < AFTER_WORD; c++) {
  const cls = CLASS[c]!;
  const inWord = (cls & WORD) !== 0 ? IN_WORD : 0;
  STARTS[c] = inWord | ((cls & (WORD | IDEO | TRIGGER)) !== 0 ? START : 0);
  STARTS[AFTER_WORD | c] = inWord | ((cls & (IDEO | TRIGGER)) !== 0 ? START : 0);
}

/** Options of scan: entity ids the person muted (everywhere or on this site). */
export interface ScanOptions {
  muted?: ReadonlySet<string>;
}

/** Finds ticker and name mentions; sorted by start, never overlapping. */
export function scan(text: string, lex: CompiledLexicon, opts: ScanOptions = {}): Mention[] {
  const roots = rootsOf(lex);
  // Every field set here, the lazy ones too: one object shape for every scan, so the form parsers' reads of ctx
  // stay monomorphic (a field added later gives the objects that have it another shape).
  const ctx: Ctx = {
    text,
    lex,
    out: [],
    lastNameEnd: -1,
    lastNameEntity: -1,
    roots,
    lowerWords: undefined,
    weak: undefined,
  };
  const n = text.length;
  for (let i = nextStop(text, 0, roots); i < n;) {
    const j = atStop(ctx, i);
    i = nextStop(text, j > i ? j : i + 1, roots);
  }
  return finish(vouched(ctx), opts.muted);
}

/**
 * The first place at or after i where something may start, or the text's end: a capitalised word, a
 * lower-case word the lower-case gate lets through, a trigger, a CJK character some key starts with. Most of
 * the time goes here, so the loop makes no calls (its helpers inline): V8 then checks the string's
 * representation once per stop, not per character.
 */
function nextStop(text: string, i: number, roots: Roots): number {
  const n = text.length;
  let prev = (CLASS[at(text, i - 1)]! & WORD) << 16; // AFTER_WORD when the character before i is a word character
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    // One table read answers both questions, with no branch but the stop's (see STARTS).
    const s = STARTS[prev | c]!;
    prev = (s & IN_WORD) << 15;
    if ((s & START) !== 0 && worthALook(roots, text, i, c, CLASS[c]!)) return i;
  }
  return n;
}

/** At a word start, trigger or CJK character: whether anything may start there (the cheap tests). */
function worthALook(roots: Roots, text: string, i: number, c: number, cls: number): boolean {
  if ((cls & LOWER) !== 0) return c < 0x80 ? lowerGateOpen(roots.lowerGate, text, i, c) : roots.lower >= 0;
  return (cls & IDEO) === 0 || roots.first[FOLD[c]!] !== 0;
}

/** What starts at the stop i: returns its end, or i or less for nothing. */
function atStop(ctx: Ctx, i: number): number {
  const c = ctx.text.charCodeAt(i);
  const cls = CLASS[c]!;
  if ((cls & LOWER) !== 0) return lowerStart(ctx, i, c);
  if ((cls & WORD) !== 0) return upperWord(ctx, i, c);
  if ((cls & IDEO) !== 0) return nameAt(ctx, i, false, true);
  return c === 36 ? cashtag(ctx, i) : parenthesised(ctx, i);
}

/**
 * At a capital or digit: reads the word once, hashing it for the word filters (first-words.ts), then
 * upperStart. Returns the end of a mention, or the word's end (no mention starts inside the word).
 */
function upperWord(ctx: Ctx, i: number, c: number): number {
  const { text } = ctx;
  const n = text.length;
  let e = i;
  let h = 0;
  let d = c;
  // Each character read once; an ASCII letter or digit folds to itself | 0x20, without the FOLD table.
  do {
    h = wordHashStep(h, d < 0x80 ? d | 0x20 : FOLD[d]!);
    d = ++e < n ? text.charCodeAt(e) : 0;
  } while ((CLASS[d]! & WORD) !== 0);
  const j = upperStart(ctx, i, e, c, h);
  return j > i ? j : e;
}

/** The words labelEnd (bare-symbols.ts) reads, hashed ("Ticker:", "Symbols"); compared inline, not with includes(). */
const [TICKER, TICKERS, SYMBOL, SYMBOLS] = ['ticker', 'tickers', 'symbol', 'symbols'].map(wordHash);
const labelWord = (h: number): boolean => h === TICKER || h === TICKERS || h === SYMBOL || h === SYMBOLS;

/**
 * At a capital or digit whose word [i, e) hashes to h: a lone symbol on its line (market strips), a name or
 * exchange prefix (after "the" too: "the Hartford"), a symbol-first form (`BABA.N`, `ATKR:NYSE`), a "Ticker:"
 * label. Symbol forms need a second character that is not lower case.
 */
function upperStart(ctx: Ctx, i: number, e: number, c: number, h: number): number {
  const { text } = ctx;
  const symbolLike = c < 0x80 && (CLASS[at(text, i + 1)]! & LOWER) === 0;
  if (symbolLike && lineStart(text, i)) {
    const s = symbolLine(ctx, i);
    if (s > 0) return s;
  }
  const { roots } = ctx;
  // "the" first: it is seldom there, and each test at every capitalised word counts.
  const the = roots.the >= 0 ? theBefore(text, i) : -1;
  if (the >= 0 && firstWordKnown(roots.theWords, h) && packedStep(roots.packed, roots.the, FOLD[c]!) >= 0) {
    const r = nameAt(ctx, the, false, false);
    if (r > i || r === BLOCKED) return r;
  }
  // No gate on the first characters here: the word set passes few words that such a gate would stop, and the
  // walk's first steps are table reads (roots.ts); a gate read per passing word cost more than it spared.
  if (firstWordKnown(roots.firstWords, h)) {
    const r = nameAt(ctx, i, false, true);
    if (r > i || r === BLOCKED) return r;
  }
  // A symbol-first form goes on from the word with '.' or ':' (symbolFirst reads no further than the word).
  const sep = at(text, e);
  if (symbolLike && (sep === 46 || sep === 58)) {
    const s = symbolFirst(ctx, i);
    if (s > 0) return s;
  }
  return (c === 83 || c === 84) && labelWord(h) ? label(ctx, i) : -1;
}

/** Only spaces between the line's start (or the text's) and i. */
function lineStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (CLASS[at(text, k)]! & SPACE) !== 0) k--;
  return k < 0 || at(text, k) === 10;
}

/** Where a lower-case "the" right before i starts ("the Hartford", "the Trade Desk"), or -1. */
function theBefore(text: string, i: number): number {
  let k = i - 1;
  if ((CLASS[at(text, k)]! & SPACE) === 0) return -1;
  while (k > 0 && (CLASS[at(text, k - 1)]! & SPACE) !== 0) k--;
  const s = k - 3;
  if (at(text, s) !== 116 || at(text, s + 1) !== 104 || at(text, s + 2) !== 101) return -1;
  return (CLASS[at(text, s - 1)]! & WORD) === 0 ? s : -1;
}

/** At a lower-case letter the gate let through: an alias written in lower case ("lululemon"), a label. */
function lowerStart(ctx: Ctx, i: number, c: number): number {
  if (ctx.roots.lower >= 0) {
    const r = nameAt(ctx, i, true, true);
    if (r > i || r === BLOCKED) return r;
  }
  return c === 115 || c === 116 ? label(ctx, i) : -1;
}

function label(ctx: Ctx, i: number): number {
  const e = labelEnd(ctx.text, i);
  return e > 0 ? labelled(ctx, e) : -1;
}

function finish(out: Mention[], muted?: ReadonlySet<string>): Mention[] {
  // The scan finds mentions left to right, so the (stable) sort seldom has anything to do: skip it then.
  if (!inOrder(out)) out.sort(byPosition);
  const kept: Mention[] = [];
  let last = -1;
  for (const m of out) {
    if (m.start < last) continue;
    if (muted && m.entity !== null && muted.has(m.entity)) continue;
    kept.push(m);
    last = m.end;
  }
  return kept;
}

const byPosition = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

function inOrder(out: Mention[]): boolean {
  for (let k = 1; k < out.length; k++) if (byPosition(out[k - 1]!, out[k]!) > 0) return false;
  return true;
}
