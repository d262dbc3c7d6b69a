// Ticker forms: exchange-prefixed (and lists), reversed, suffixed, cashtags; the helpers all forms share.
//
// Bare symbols, known only by their context (after a name, in a market strip, after a label), are in
// bare-symbols.ts.

import * as commonWords from './common-words';
import * as exchanges from './exchanges';
import type { ExchangeInfo } from './exchanges';
import * as fold from './fold';
import * as lexicon from './lexicon';
import type { CompiledLexicon } from './lexicon';
import type { WeakName } from './name-mentions';
import type { Roots } from './roots';
import * as trie from './trie';
import type { Mention, TickerForm } from './types';

// Local bindings: see scan.ts.
const { find } = trie;
const { at, CLASS, DIGIT, SPACE, UPPER, WORD, LOWER } = fold;
const { str } = lexicon;
const { COMMON_WORDS } = commonWords;
const { EXCHANGE_PREFIXES, EXCHANGE_SUFFIXES, US_MICS, WEAK_SUFFIXES, symbolKey } = exchanges;

/** Scan state shared by the form parsers. */
export interface Ctx {
  text: string;
  lex: CompiledLexicon;
  out: Mention[];
  /** The last name mention: a symbol in parentheses right after it is presented as its ticker. */
  lastNameEnd: number;
  lastNameEntity: number;
  /** Where name walks start (see roots.ts). */
  roots: Roots;
  /** WEAK alias words already looked for in lower case in this text (name-mentions.ts), made on first use. */
  lowerWords: Map<string, boolean> | undefined;
  /** WEAK name mentions, kept aside until the whole text is read (name-mentions.ts), made on first use. */
  weak: WeakName[] | undefined;
}

const isWord = (c: number): boolean => (CLASS[c]! & WORD) !== 0;
const isUpper = (c: number): boolean => (CLASS[c]! & UPPER) !== 0 && c < 0x80;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => (CLASS[c]! & SPACE) !== 0;

/** Entity index for a symbol, preferring a listing on the given MIC; US venues stand for each other. */
export function resolve(lex: CompiledLexicon, symbol: string, mic: string | null): number {
  const t = lex.symbols;
  const node = find(t, symbolKey(symbol));
  if (node < 0) return -1;
  const v0 = t.valueStart[node]!;
  const v1 = t.valueStart[node + 1]!;
  if (v0 === v1) return -1;
  if (mic === null) return lex.listEntity[t.values[v0]!]!;
  for (let v = v0; v < v1; v++) if (str(lex, lex.listMic[t.values[v]!]!) === mic) return lex.listEntity[t.values[v]!]!;
  if (US_MICS.has(mic)) {
    for (let v = v0; v < v1; v++)
      if (US_MICS.has(str(lex, lex.listMic[t.values[v]!]!))) return lex.listEntity[t.values[v]!]!;
  }
  return -1;
}

/** A symbol a reader would not take for a ticker without a qualifier: one or two letters, or an English word. */
export const isAmbiguous = (sym: string): boolean =>
  (sym.length <= 2 && !/\d/.test(sym)) || COMMON_WORDS.has(sym.toLowerCase());

export function emit(
  ctx: Ctx,
  start: number,
  end: number,
  form: TickerForm,
  label: string | null,
  sym: string,
  ent: number,
): void {
  const lex = ctx.lex;
  ctx.out.push({
    start,
    end,
    text: ctx.text.slice(start, end),
    kind: 'ticker',
    exchange: label,
    symbol: sym.toUpperCase(),
    form,
    entity: ent >= 0 ? str(lex, lex.entId[ent]!) : null,
  });
}

/** Reads a letter symbol at i (`BABA`, `BRK.B`, `BRK/B`, `RDS-A`, `JNJ28`); returns its end or -1. */
export function readSymbol(text: string, i: number, maxLen = 8): number {
  let j = i;
  if (!isUpper(at(text, j))) return -1;
  while (j < text.length && j - i < maxLen && (isUpper(at(text, j)) || isDigit(at(text, j)))) j++;
  const sep = at(text, j);
  if ((sep === 46 || sep === 47 || sep === 45) && isUpper(at(text, j + 1)) && !isWord(at(text, j + 2))) {
    // A share class: one letter after the separator (BRK.B); two letters after '.' would be a suffix (BABA.HK).
    if (!(sep === 46 && EXCHANGE_SUFFIXES[text.charAt(j + 1)])) j += 2;
  }
  return isWord(at(text, j)) ? -1 : j;
}

function readDigits(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 6 && isDigit(at(text, j))) j++;
  if (j === i || isWord(at(text, j))) return -1;
  const sep = at(text, j);
  return (sep === 46 || sep === 44) && isDigit(at(text, j + 1)) ? -1 : j; // 334,48 or 3.5: an amount
}

export const skipSpaces = (text: string, i: number): number => {
  while (i < text.length && isSpace(at(text, i))) i++;
  return i;
};

/** After an ambiguous symbol, prose ("NYSE: A company") means it was a word after all. */
export function proseFollows(text: string, j: number): boolean {
  const k = skipSpaces(text, j);
  return k > j && (CLASS[at(text, k)]! & LOWER) !== 0;
}

/** Mixed-case prefixes in use; the others must be printed in capitals ("Pink:", "Six:" are words). */
const MIXED_OK = new Set([
  'NASDAQ',
  'EURONEXT',
  'XETRA',
  'OTC MARKETS',
  'NYSE AMERICAN',
  'NYSE ARCA',
  'OTC PINK',
  'TSX VENTURE',
  'NEW YORK STOCK EXCHANGE',
  'EURONEXT PARIS',
  'EURONEXT AMSTERDAM',
  'NYSE TX',
]);

/**
 * Exchange prefix at [start, end) whose key is string keyIndex of the lexicon: `NYSE: BABA`, with a list after
 * it. Returns the end of what it read, or -1. The colon is checked first: "Six", "Aim", "Pink" are words.
 */
export function prefixed(ctx: Ctx, start: number, end: number, keyIndex: number): number {
  const { text } = ctx;
  let i = skipSpaces(text, end);
  const colon = at(text, i);
  if (colon !== 58 && colon !== 0xff1a) return -1;
  const key = str(ctx.lex, keyIndex);
  const info = EXCHANGE_PREFIXES[key]!;
  for (let k = start; k < end; k++) if ((CLASS[at(text, k)]! & LOWER) !== 0 && !MIXED_OK.has(key)) return -1;
  i = skipSpaces(text, i + 1);
  const j = info.numeric && isDigit(at(text, i)) ? readDigits(text, i) : readSymbol(text, i);
  if (j < 0) return -1;
  const sym = text.slice(i, j);
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
    if (at(text, m) === 44) m = skipSpaces(text, m + 1);
    else if (text.startsWith('and ', m)) m = skipSpaces(text, m + 4);
    else break;
    if (text.startsWith('and ', m)) m = skipSpaces(text, m + 4);
    const e = info.numeric && isDigit(at(text, m)) ? readDigits(text, m) : readSymbol(text, m);
    if (e < 0 || m === k) break;
    const after = skipSpaces(text, e);
    if (at(text, after) === 58 || EXCHANGE_PREFIXES[text.slice(m, e)]) break; // a new prefix
    found.push([m, e]);
    k = e;
  }
  const close = at(text, skipSpaces(text, k));
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
  const numeric = isDigit(at(text, i));
  const want = numeric ? DIGIT : UPPER;
  let j = i + 1;
  // Cheap exits first: this runs at every capitalised word start. ASCII only: isUpper's test, inlined.
  while (j - i < 8 && (CLASS[at(text, j)]! & want) !== 0 && at(text, j) < 0x80) j++;
  const sep = at(text, j);
  if ((sep !== 46 && sep !== 58) || !isUpper(at(text, j + 1))) return -1;
  if (isWord(sep)) return -1;
  const prev = at(text, i - 1);
  if (prev === 46 || prev === 47 || prev === 64 || prev === 95 || prev === 36) return -1; // .SPX, URLs, $X
  if (sep === 46) return suffixed(ctx, i, j, numeric);
  return numeric ? -1 : reversed(ctx, i, j);
}

function suffixed(ctx: Ctx, i: number, j: number, numeric: boolean): number {
  const { text } = ctx;
  let k = j + 1;
  while (k < text.length && k - j <= 3 && isUpper(at(text, k))) k++;
  if (isWord(at(text, k))) return -1;
  const suffix = text.slice(j + 1, k);
  const info = EXCHANGE_SUFFIXES[suffix];
  if (!info || isWord(at(text, k))) return -1;
  // "U.N.", "P.O.", "E.T.": dotted abbreviations, not one-letter symbols.
  if (at(text, k) === 46 && isWord(at(text, k + 1))) return -1;
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
  while (k < text.length && isUpper(at(text, k))) k++;
  const info = EXCHANGE_PREFIXES[text.slice(j + 1, k)];
  if (!info || isWord(at(text, k))) return -1;
  const sym = text.slice(i, j);
  emit(ctx, i, k, 'reversed', info.label, sym, resolve(ctx.lex, sym, info.mic));
  return k;
}

/** Currency codes and units printed after '$': amounts, not tickers. */
const CURRENCIES = new Set([
  'US',
  'USD',
  'A',
  'AU',
  'AUD',
  'C',
  'CA',
  'CAD',
  'HK',
  'HKD',
  'NZ',
  'NZD',
  'S',
  'SG',
  'SGD',
  'NT',
  'NTD',
  'R',
  'RMB',
  'CNY',
  'EUR',
  'GBP',
  'JPY',
  'MXN',
  'MX',
  'BRL',
  'B',
  'M',
  'MM',
  'K',
  'BN',
  'T',
  'TR',
  'Z',
  'ZAR',
  'CHF',
  'E',
  'U',
  'X',
  'N',
]);

const CODE_AFTER = [...'$/=[{_^";(\\'].map((ch) => ch.charCodeAt(0));
const CODE_OPERATOR = /\s{0,3}[=+*^<>]/y;

/** `$TSLA` at i (the '$'). Not `$5`, `$USD`, `US$`, TeX `$F$`, nor shell `"$IP/…"`. Returns end or -1. */
export function cashtag(ctx: Ctx, i: number): number {
  const { text } = ctx;
  const prev = at(text, i - 1);
  if (isWord(prev) || prev === 36 || prev === 92 || prev === 34 || prev === 39 || prev === 61 || prev === 123)
    return -1;
  const j = readSymbol(text, i + 1, 6);
  if (j < 0) return -1;
  // '$' closes TeX; '/', '=', '[', '{', '_', '^', '"', ';', '(' follow code and math, not a ticker.
  if (CODE_AFTER.includes(at(text, j))) return -1;
  CODE_OPERATOR.lastIndex = j;
  if (CODE_OPERATOR.test(text)) return -1;
  for (let k = i + 1; k < j; k++) if (isDigit(at(text, k))) return -1;
  const sym = text.slice(i + 1, j);
  if (CURRENCIES.has(sym)) return -1;
  const ent = resolve(ctx.lex, sym, null);
  if (ent < 0 && sym.length < 3) return -1;
  emit(ctx, i, j, 'cashtag', null, sym, ent);
  return j;
}

export { isDigit, isUpper, isWord };
