// Ticker forms: exchange-prefixed (and lists), reversed, suffixed, cashtags, and bare symbols in ticker context.

import { COMMON_WORDS } from './common-words';
import { EXCHANGE_PREFIXES, EXCHANGE_SUFFIXES, US_MICS, WEAK_SUFFIXES, symbolKey, type ExchangeInfo } from './exchanges';
import * as fold from './fold';

const { CLASS, DIGIT, SPACE, UPPER, WORD, LOWER } = fold; // local bindings: see scan.ts
import { str, type CompiledLexicon } from './lexicon';
import { lookup } from './trie';
import type { Mention, TickerForm } from './types';

/** Scan state shared by the form parsers. */
export interface Ctx {
  text: string;
  lex: CompiledLexicon;
  out: Mention[];
  /** The last name mention: a symbol in parentheses right after it is presented as its ticker. */
  lastNameEnd: number;
  lastNameEntity: number;
}

const isWord = (c: number): boolean => (CLASS[c]! & WORD) !== 0;
const isUpper = (c: number): boolean => (CLASS[c]! & UPPER) !== 0 && c < 0x80;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => (CLASS[c]! & SPACE) !== 0;

/** Entity index for a symbol, preferring a listing on the given MIC; US venues stand for each other. */
export function resolve(lex: CompiledLexicon, symbol: string, mic: string | null): number {
  const ls = lookup(lex.symbols, symbolKey(symbol));
  if (ls.length === 0) return -1;
  if (mic === null) return lex.listEntity[ls[0]!]!;
  for (const l of ls) if (str(lex, lex.listMic[l]!) === mic) return lex.listEntity[l]!;
  if (US_MICS.has(mic)) for (const l of ls) if (US_MICS.has(str(lex, lex.listMic[l]!))) return lex.listEntity[l]!;
  return -1;
}

/** A symbol a reader would not take for a ticker without a qualifier: one or two letters, or an English word. */
export const isAmbiguous = (sym: string): boolean =>
  (sym.length <= 2 && !/\d/.test(sym)) || COMMON_WORDS.has(sym.toLowerCase());

function emit(ctx: Ctx, start: number, end: number, form: TickerForm, label: string | null, sym: string, ent: number): void {
  const lex = ctx.lex;
  ctx.out.push({
    start, end, text: ctx.text.slice(start, end), kind: 'ticker', exchange: label, symbol: sym.toUpperCase(), form,
    entity: ent >= 0 ? str(lex, lex.entId[ent]!) : null,
  });
}

/** Reads a letter symbol at i (`BABA`, `BRK.B`, `BRK/B`, `RDS-A`, `JNJ28`); returns its end or -1. */
export function readSymbol(text: string, i: number, maxLen = 8): number {
  let j = i;
  if (!isUpper(text.charCodeAt(j))) return -1;
  while (j < text.length && j - i < maxLen && (isUpper(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
  const sep = text.charCodeAt(j);
  if ((sep === 46 || sep === 47 || sep === 45) && isUpper(text.charCodeAt(j + 1)) && !isWord(text.charCodeAt(j + 2))) {
    // A share class: one letter after the separator (BRK.B); two letters after '.' would be a suffix (BABA.HK).
    if (!(sep === 46 && EXCHANGE_SUFFIXES[text.charAt(j + 1)])) j += 2;
  }
  return isWord(text.charCodeAt(j)) ? -1 : j;
}

function readDigits(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 6 && isDigit(text.charCodeAt(j))) j++;
  return j > i && !isWord(text.charCodeAt(j)) && !/^[.,]\d/.test(text.substr(j, 2)) ? j : -1;
}

const skipSpaces = (text: string, i: number): number => {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
};

/** After an ambiguous symbol, prose ("NYSE: A company") means it was a word after all. */
function proseFollows(text: string, j: number): boolean {
  const k = skipSpaces(text, j);
  return k > j && (CLASS[text.charCodeAt(k)]! & LOWER) !== 0;
}

/** Mixed-case prefixes in use; the others must be printed in capitals ("Pink:", "Six:" are words). */
const MIXED_OK = new Set(['NASDAQ', 'EURONEXT', 'XETRA', 'OTC MARKETS', 'NYSE AMERICAN', 'NYSE ARCA', 'OTC PINK',
  'TSX VENTURE', 'NEW YORK STOCK EXCHANGE', 'EURONEXT PARIS', 'EURONEXT AMSTERDAM', 'NYSE TX']);

/** Exchange prefix at [start, end): `NYSE: BABA`, with a list after it. Returns the end of what it read, or -1. */
export function prefixed(ctx: Ctx, start: number, end: number, key: string): number {
  const { text } = ctx;
  const info = EXCHANGE_PREFIXES[key]!;
  const printed = text.slice(start, end);
  if (printed !== printed.toUpperCase() && !MIXED_OK.has(key)) return -1;
  let i = skipSpaces(text, end);
  const colon = text.charCodeAt(i);
  if (colon !== 58 && colon !== 0xff1a) return -1;
  i = skipSpaces(text, i + 1);
  let j = info.numeric && isDigit(text.charCodeAt(i)) ? readDigits(text, i) : readSymbol(text, i);
  if (j < 0) return -1;
  let sym = text.slice(i, j);
  if (isAmbiguous(sym) && proseFollows(text, j)) return -1;
  emit(ctx, start, j, 'exchange', info.label, sym, resolve(ctx.lex, sym, info.mic));
  return list(ctx, j, info);
}

/** `(NASDAQ: GOOG, GOOGL)`: further symbols after the first, up to the closing parenthesis. */
function list(ctx: Ctx, j: number, info: ExchangeInfo): number {
  const { text } = ctx;
  const found: Array<[number, number]> = [];
  let k = j;
  for (;;) {
    let m = skipSpaces(text, k);
    if (text.charCodeAt(m) === 44) m = skipSpaces(text, m + 1);
    else if (text.startsWith('and ', m)) m = skipSpaces(text, m + 4);
    else break;
    if (text.startsWith('and ', m)) m = skipSpaces(text, m + 4);
    const e = info.numeric && isDigit(text.charCodeAt(m)) ? readDigits(text, m) : readSymbol(text, m);
    if (e < 0 || m === k) break;
    const after = skipSpaces(text, e);
    if (text.charCodeAt(after) === 58 || EXCHANGE_PREFIXES[text.slice(m, e)]) break; // a new prefix
    found.push([m, e]);
    k = e;
  }
  const close = text.charCodeAt(skipSpaces(text, k));
  if (found.length === 0 || (close !== 41 && close !== 0xff09)) return j;
  for (const [m, e] of found) {
    const sym = text.slice(m, e);
    emit(ctx, m, e, 'list', info.label, sym, resolve(ctx.lex, sym, info.mic));
  }
  return k;
}

/** At an upper-case or digit word start: `BABA.N`, `00960.HK`, or reversed `ATKR:NYSE`. Returns end or -1. */
export function symbolFirst(ctx: Ctx, i: number): number {
  const { text } = ctx;
  const prev = text.charCodeAt(i - 1);
  if (prev === 46 || prev === 47 || prev === 64 || prev === 95 || prev === 36) return -1; // .SPX, URLs, $X
  const numeric = isDigit(text.charCodeAt(i));
  let j = i;
  const pred = numeric ? isDigit : isUpper;
  while (j < text.length && j - i < 8 && pred(text.charCodeAt(j))) j++;
  if (j === i || isWord(text.charCodeAt(j))) return -1;
  const sep = text.charCodeAt(j);
  if (sep === 46) return suffixed(ctx, i, j, numeric);
  if (sep === 58 && !numeric) return reversed(ctx, i, j);
  return -1;
}

function suffixed(ctx: Ctx, i: number, j: number, numeric: boolean): number {
  const { text } = ctx;
  let k = j + 1;
  while (k < text.length && k - j <= 3 && isUpper(text.charCodeAt(k))) k++;
  const suffix = text.slice(j + 1, k);
  const info = EXCHANGE_SUFFIXES[suffix];
  if (!info || isWord(text.charCodeAt(k))) return -1;
  // "U.N.", "P.O.", "E.T.": dotted abbreviations, not one-letter symbols.
  if (text.charCodeAt(k) === 46 && isWord(text.charCodeAt(k + 1))) return -1;
  const sym = text.slice(i, j);
  if (numeric !== Boolean(info.numeric)) return -1;
  if (!numeric && sym.length < 2) return -1;
  const ent = resolve(ctx.lex, sym, info.mic);
  if (WEAK_SUFFIXES.has(suffix) && (ent < 0 || isAmbiguous(sym))) return -1;
  emit(ctx, i, k, 'suffix', info.label, sym, ent);
  return k;
}

function reversed(ctx: Ctx, i: number, j: number): number {
  const { text } = ctx;
  let k = j + 1;
  while (k < text.length && isUpper(text.charCodeAt(k))) k++;
  const info = EXCHANGE_PREFIXES[text.slice(j + 1, k)];
  if (!info || isWord(text.charCodeAt(k))) return -1;
  const sym = text.slice(i, j);
  emit(ctx, i, k, 'reversed', info.label, sym, resolve(ctx.lex, sym, info.mic));
  return k;
}

/** Currency codes and units printed after '$': amounts, not tickers. */
const CURRENCIES = new Set(['US', 'USD', 'A', 'AU', 'AUD', 'C', 'CA', 'CAD', 'HK', 'HKD', 'NZ', 'NZD', 'S', 'SG',
  'SGD', 'NT', 'NTD', 'R', 'RMB', 'CNY', 'EUR', 'GBP', 'JPY', 'MXN', 'MX', 'BRL', 'B', 'M', 'MM', 'K', 'BN', 'T',
  'TR', 'Z', 'ZAR', 'CHF', 'E', 'U', 'X', 'N']);

/** `$TSLA` at i (the '$'). Not `$5`, `$USD`, `US$`, TeX `$F$`, nor shell `"$IP/…"`. Returns end or -1. */
export function cashtag(ctx: Ctx, i: number): number {
  const { text } = ctx;
  const prev = text.charCodeAt(i - 1);
  if (isWord(prev) || prev === 36 || prev === 92 || prev === 34 || prev === 39 || prev === 61 || prev === 123) return -1;
  const j = readSymbol(text, i + 1, 6);
  if (j < 0) return -1;
  const sym = text.slice(i + 1, j);
  if (CURRENCIES.has(sym) || /\d/.test(sym)) return -1;
  const next = text.charCodeAt(j);
  // '$' closes TeX; '/', '=', '[', '{', '_', '^', '"', ';', '(' follow code and math, not a ticker.
  if ('$/=[{_^";(\\'.includes(String.fromCharCode(next)) && !Number.isNaN(next)) return -1;
  if (/^\s*[=+*^<>]/.test(text.substr(j, 4))) return -1;
  const ent = resolve(ctx.lex, sym, null);
  if (ent < 0 && sym.length < 3) return -1;
  emit(ctx, i, j, 'cashtag', null, sym, ent);
  return j;
}

/** `(AAPL)` after its company's name, `(aapl)` likewise, and `(CRM +0.47%)` quote links. Returns end or -1. */
export function parenthesised(ctx: Ctx, i: number): number {
  const { text } = ctx;
  const s = skipSpaces(text, i + 1);
  let e = s;
  while (e < text.length && e - s < 6 && (CLASS[text.charCodeAt(e)]! & (UPPER | LOWER)) !== 0 && text.charCodeAt(e) < 0x80) e++;
  if (e === s || isWord(text.charCodeAt(e))) return -1;
  if (text.charCodeAt(e) === 46 || text.charCodeAt(e) === 45) {
    if (isUpper(text.charCodeAt(e + 1)) && !isWord(text.charCodeAt(e + 2))) e += 2; // BRK.B
  }
  const sym = text.slice(s, e);
  const upper = sym === sym.toUpperCase();
  if (!upper && sym !== sym.toLowerCase()) return -1;
  const close = skipSpaces(text, e);
  const quote = /^\s*[+\-−–]?\d+(\.\d+)?%\s*[)）]/.test(text.substr(e, 16));
  const closes = text.charCodeAt(close) === 41 || text.charCodeAt(close) === 0xff09;
  if (!quote && !closes) return -1;
  if (quote && upper) {
    const ent = resolve(ctx.lex, sym, null);
    if (ent < 0) return -1;
    emit(ctx, s, e, 'bare', null, sym, ent);
    return e;
  }
  if (!closes || !nameJustBefore(ctx, i)) return -1;
  if (!listsSymbol(ctx.lex, ctx.lastNameEntity, sym)) return -1;
  emit(ctx, s, e, 'bare', null, sym, ctx.lastNameEntity);
  return e;
}

/** The last name mention ends right before position i (spaces and a possessive between are fine). */
function nameJustBefore(ctx: Ctx, i: number): boolean {
  if (ctx.lastNameEnd < 0 || ctx.lastNameEntity < 0) return false;
  const between = ctx.text.slice(ctx.lastNameEnd, i);
  return /^(['’]s?)?,?\s*$/.test(between);
}

function listsSymbol(lex: CompiledLexicon, ent: number, sym: string): boolean {
  const ls = lookup(lex.symbols, symbolKey(sym));
  for (const l of ls) if (lex.listEntity[l] === ent) return true;
  return false;
}

const PRICE = /^[ \t]*[$€£]?[+\-−]?\$?\d[\d,]*(\.\d+)?[ \t]*(\n|$)/;
const CHANGE = /^[ \t]*[+\-−]?\d+(\.\d+)?%[ \t]*(\n|$)/;
const EXCHANGE_LINE = /^[ \t]*(the )?(new york stock exchange|nasdaq( global select| global| capital)?( stock)?( market)?|nyse( american| arca)?)( llc)?[ \t]*(\n|$)/i;

/** A line that is only a known symbol, in a market strip (price and change below) or an exchange column. */
export function symbolLine(ctx: Ctx, i: number): number {
  const { text } = ctx;
  const s = skipSpaces(text, i + 1);
  const e = readSymbol(text, s, 6);
  if (e < 0) return -1;
  const eol = skipSpaces(text, e);
  if (eol < text.length && text.charCodeAt(eol) !== 10) return -1;
  const rest = text.substr(eol + 1, 200);
  const strip = PRICE.test(rest) && CHANGE.test(rest.slice(rest.indexOf('\n') + 1));
  if (!strip && !EXCHANGE_LINE.test(rest)) return -1;
  const sym = text.slice(s, e);
  const ent = resolve(ctx.lex, sym, null);
  if (ent < 0) return -1;
  emit(ctx, s, e, 'bare', null, sym, ent);
  return e;
}

/** "under the symbol JNJ", "Ticker: AAPL", "ticker symbol AAPL": i is the end of the label word. */
export function labelled(ctx: Ctx, i: number): number {
  const { text } = ctx;
  const m = /^(?:\s+symbol)?(?:\s*:\s*|\s+is\s+|\s+)(?=[A-Z])/.exec(text.substr(i, 16));
  if (!m) return -1;
  const s = i + m[0].length;
  const e = readSymbol(text, s, 6);
  if (e < 0) return -1;
  const sym = text.slice(s, e);
  const ent = resolve(ctx.lex, sym, null);
  if (ent < 0 || (isAmbiguous(sym) && proseFollows(text, e))) return -1;
  emit(ctx, s, e, 'bare', null, sym, ent);
  return e;
}

export { isDigit, isUpper, isWord, DIGIT };
