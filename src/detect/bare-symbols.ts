// Bare symbols, known only by their context: `(AAPL)` after its company's name, quote links, market strips,
// "Ticker: AAPL". All emit the bare form; the helpers they share with the other forms are in tickers.ts.

import * as exchanges from './exchanges';
import * as fold from './fold';
import type { CompiledLexicon } from './lexicon';
import * as tickers from './tickers';
import type { Ctx } from './tickers';
import * as trie from './trie';

// Local bindings: see scan.ts.
const { find } = trie;
const { at, CLASS, FOLD, LOWER, SPACE, UPPER } = fold;
const { symbolKey } = exchanges;
const { emit, isAmbiguous, isUpper, isWord, proseFollows, readSymbol, resolve, skipSpaces } = tickers;

/** Tests a sticky RegExp at position at of the text, without cutting the text. */
const sticky = (re: RegExp, text: string, at: number): boolean => {
  re.lastIndex = at;
  return re.test(text);
};

/** `(AAPL)` after its company's name, `(aapl)` likewise, and `(CRM +0.47%)` quote links. Returns end or -1. */
export function parenthesised(ctx: Ctx, i: number): number {
  const { text } = ctx;
  const s = skipSpaces(text, i + 1);
  let e = s;
  let cases = 0;
  for (; e < text.length && e - s < 6; e++) {
    const c = at(text, e);
    if (c >= 0x80 || (CLASS[c]! & (UPPER | LOWER)) === 0) break;
    cases |= CLASS[c]! & (UPPER | LOWER);
  }
  if (e === s || isWord(at(text, e))) return -1;
  if (at(text, e) === 46 || at(text, e) === 45) {
    if (isUpper(at(text, e + 1)) && !isWord(at(text, e + 2))) {
      e += 2; // BRK.B
      cases |= UPPER;
    }
  }
  if (cases === (UPPER | LOWER)) return -1;
  const upper = cases === UPPER;
  const close = at(text, skipSpaces(text, e));
  const closes = close === 41 || close === 0xff09;
  const quote = !closes && upper && sticky(QUOTE, text, e) && QUOTE.lastIndex - e <= 16;
  if (quote) {
    const sym = text.slice(s, e);
    const ent = resolve(ctx.lex, sym, null);
    if (ent < 0) return -1;
    emit(ctx, s, e, 'bare', null, sym, ent);
    return e;
  }
  if (!closes || !nameJustBefore(ctx, i)) return -1;
  const sym = text.slice(s, e);
  if (!listsSymbol(ctx.lex, ctx.lastNameEntity, sym)) return -1;
  emit(ctx, s, e, 'bare', null, sym, ctx.lastNameEntity);
  return e;
}

/** A quote link's change after the symbol: ` +0.47%)`. */
const QUOTE = /\s*[+\-−–]?\d+(\.\d+)?%\s*[)）]/y;

/** The last name mention ends right before position i (spaces, a possessive and a comma between are fine). */
function nameJustBefore(ctx: Ctx, i: number): boolean {
  if (ctx.lastNameEnd < 0 || ctx.lastNameEntity < 0) return false;
  const { text } = ctx;
  let k = ctx.lastNameEnd;
  const q = at(text, k);
  if (q === 39 || q === 0x2019) {
    k++;
    if (at(text, k) === 115) k++;
  }
  if (at(text, k) === 44) k++;
  while (k < i && ((CLASS[at(text, k)]! & SPACE) !== 0 || at(text, k) === 10)) k++;
  return k === i;
}

function listsSymbol(lex: CompiledLexicon, ent: number, sym: string): boolean {
  const t = lex.symbols;
  const node = find(t, symbolKey(sym));
  if (node < 0) return false;
  for (let v = t.valueStart[node]!; v < t.valueStart[node + 1]!; v++)
    if (lex.listEntity[t.values[v]!] === ent) return true;
  return false;
}

// Sticky: tested where the line below starts, without cutting the text.
const PRICE = /[ \t]*[$€£]?[+\-−]?\$?\d[\d,]*(\.\d+)?[ \t]*(\n|$)/y;
const CHANGE = /[ \t]*[+\-−]?\d+(\.\d+)?%[ \t]*(\n|$)/y;
const EXCHANGE_LINE =
  /[ \t]*(the )?(new york stock exchange|nasdaq( global select| global| capital)?( stock)?( market)?|nyse( american| arca)?)( llc)?[ \t]*(\n|$)/iy;

/**
 * A line that is only a known symbol, in a market strip (price and change below) or an exchange column;
 * s is where the line's first word starts. Returns the symbol's end or -1.
 */
export function symbolLine(ctx: Ctx, s: number): number {
  const { text } = ctx;
  const e = readSymbol(text, s, 6);
  if (e < 0) return -1;
  const eol = skipSpaces(text, e);
  if (eol < text.length && at(text, eol) !== 10) return -1;
  const below = eol + 1;
  // Each RegExp only where the first character it needs is there: most such lines are menu items.
  const first = at(text, skipBlanks(text, below));
  const strip = priceMay(first) && sticky(PRICE, text, below) && sticky(CHANGE, text, nextLine(text, below));
  if (!strip && !(exchangeMay(first) && sticky(EXCHANGE_LINE, text, below))) return -1;
  const sym = text.slice(s, e);
  const ent = resolve(ctx.lex, sym, null);
  if (ent < 0) return -1;
  emit(ctx, s, e, 'bare', null, sym, ent);
  return e;
}

/** Past the spaces and tabs at i ([ \t]* in the RegExps above). */
function skipBlanks(text: string, i: number): number {
  while (at(text, i) === 32 || at(text, i) === 9) i++;
  return i;
}

/** PRICE's first character after blanks: a currency sign, a sign, or a digit. */
const priceMay = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 43 || c === 45 || c === 0x2212;

/** EXCHANGE_LINE's (case-insensitive, no u flag: only ASCII folds to ASCII): "the", "new york", "nasdaq", "nyse". */
const exchangeMay = (c: number): boolean => c === 116 || c === 84 || c === 110 || c === 78;

/** The start of the line after the one at i (the text's end if none); reads at most 200 characters, as before. */
function nextLine(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 || nl - i >= 200 ? text.length : nl + 1;
}

const LABEL_GAP = /(?:\s+symbol)?(?:\s*:\s*|\s+is\s+|\s+)(?=[A-Z])/y;

/** "under the symbol JNJ", "Ticker: AAPL", "ticker symbol AAPL": i is the end of the label word. */
export function labelled(ctx: Ctx, i: number): number {
  const { text } = ctx;
  LABEL_GAP.lastIndex = i;
  if (!LABEL_GAP.test(text) || LABEL_GAP.lastIndex - i > 16) return -1;
  const s = LABEL_GAP.lastIndex;
  const e = readSymbol(text, s, 6);
  if (e < 0) return -1;
  const sym = text.slice(s, e);
  const ent = resolve(ctx.lex, sym, null);
  if (ent < 0 || (isAmbiguous(sym) && proseFollows(text, e))) return -1;
  emit(ctx, s, e, 'bare', null, sym, ent);
  return e;
}

/** The end of a "ticker"/"symbol" label word (plural too) at i, any case, or -1. */
export function labelEnd(text: string, i: number): number {
  const word = FOLD[at(text, i)] === 116 ? 'ticker' : 'symbol';
  for (let k = 0; k < 6; k++) if (FOLD[at(text, i + k)] !== word.charCodeAt(k)) return -1;
  let e = i + 6;
  if (FOLD[at(text, e)] === 115) e++;
  return isWord(at(text, e)) ? -1 : e;
}
