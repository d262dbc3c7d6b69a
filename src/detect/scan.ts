// The one pass over the text: names by trie walks from word starts, tickers from the few characters that start them.
//
// The loop reads each character once through the CLASS table and stops only at word starts and at TRIGGER
// characters ('$', '('); everything it calls works on char codes and allocates only to emit a mention. Most
// word starts are lower case and cost one table read (the lower-case aliases' first two letters).

import * as fold from './fold';
import type { CompiledLexicon } from './lexicon';
import * as names from './names';
import * as packed from './packed';
import * as tickers from './tickers';
import type { Ctx } from './tickers';
import type { Mention } from './types';

// Local bindings: a module namespace access per character costs a getter call under CommonJS transpilers (tsx).
const { at, CLASS, FOLD, IDEO, LOWER, SPACE, TRIGGER, WORD } = fold;
const { BLOCKED, gate4Open, gateOpen, lowerWordIn, nameAt, rootsOf } = names;
const { packedStep } = packed;
const { cashtag, labelEnd, labelled, parenthesised, symbolFirst, symbolLine } = tickers;

/** Options of scan: entity ids the person muted (everywhere or on this site). */
export interface ScanOptions {
  muted?: ReadonlySet<string>;
}

/** Finds ticker and name mentions; sorted by start, never overlapping. */
export function scan(text: string, lex: CompiledLexicon, opts: ScanOptions = {}): Mention[] {
  const roots = rootsOf(lex);
  const ctx: Ctx = { text, lex, out: [], lastNameEnd: -1, lastNameEntity: -1, roots };
  const { lowerGate, first } = roots;
  const lowerFar = roots.lower >= 0;
  const n = text.length;
  let prev = 0; // WORD when the character before i is a word character
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    // Branch-free word-start test: one unpredictable branch per word start instead of two per word.
    const start = cls & ~prev & WORD;
    prev = cls & WORD;
    if ((start | (cls & (IDEO | TRIGGER))) === 0) continue;
    let j: number;
    if ((cls & LOWER) !== 0) {
      if (c < 128 ? !gateOpen(lowerGate, text, i) : !lowerFar) continue;
      j = lowerStart(ctx, i, c);
    } else if (start !== 0) j = upperStart(ctx, i, c);
    else if ((cls & IDEO) !== 0) {
      if (first[FOLD[c]!] === 0) continue;
      j = nameAt(ctx, i, false, true);
    } else if (c === 36) j = cashtag(ctx, i);
    else j = parenthesised(ctx, i);
    if (j > i) {
      i = j - 1;
      prev = CLASS[text.charCodeAt(i)]! & WORD;
    }
  }
  return finish(vouched(ctx), opts.muted);
}

/**
 * At a capital or digit: a lone symbol on its line (market strips), a name or exchange prefix (after "the"
 * too: "the Hartford"), a symbol-first form (`BABA.N`, `ATKR:NYSE`), a "Ticker:" label. Symbol forms need a
 * second character that is not lower case.
 */
function upperStart(ctx: Ctx, i: number, c: number): number {
  const { text } = ctx;
  const symbolLike = c < 0x80 && (CLASS[at(text, i + 1)]! & LOWER) === 0;
  if (symbolLike && lineStart(text, i)) {
    const s = symbolLine(ctx, i);
    if (s > 0) return s;
  }
  const { roots } = ctx;
  if (roots.the >= 0 && theBefore(text, i) >= 0 && packedStep(roots.packed, roots.the, FOLD[c]!) >= 0) {
    const r = nameAt(ctx, theBefore(text, i), false, false);
    if (r > i || r === BLOCKED) return r;
  }
  if (gate4Open(roots, text, i)) {
    const r = nameAt(ctx, i, false, true);
    if (r > i || r === BLOCKED) return r;
  }
  if (symbolLike) {
    const s = symbolFirst(ctx, i);
    if (s > 0) return s;
  }
  return c === 83 || c === 84 ? label(ctx, i) : -1;
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

/**
 * Drops the tentative weak mentions ("Apple", "Zoom", "Hartford") of entities the text names no other way: by
 * a fuller name, a ticker, or a cued mention ("Apple shares"). One sense per text: an article that says
 * "Jazz Pharmaceuticals" once means the company by every later "Jazz".
 */
function vouched(ctx: Ctx): Mention[] {
  const { out, weak } = ctx;
  if (weak === undefined) return out;
  const named = new Set<string | null>();
  out.forEach((m, k) => {
    if (weak.get(k) !== false) named.add(m.entity);
  });
  // The lower-case search (a pass over the text per word) only for the weak mentions still standing.
  return out.filter((m, k) => !weak.has(k) || (named.has(m.entity) && !lowerWordIn(ctx, m.text)));
}

function finish(out: Mention[], muted?: ReadonlySet<string>): Mention[] {
  out.sort((a, b) => a.start - b.start || b.end - a.end);
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
