// The one pass over the text: names by trie walks from word starts, tickers from the few characters that start them.

import { labelForMic } from './exchanges';
import * as fold from './fold';

// Local bindings: a module namespace access per character costs a getter call under CommonJS transpilers (tsx).
const { CLASS, FOLD, IDEO, SPACE, UPPER, DIGIT, WORD } = fold;
import { CAP, EXCH, UPPER_ONLY, str, type CompiledLexicon } from './lexicon';
import { cashtag, labelled, parenthesised, prefixed, symbolFirst, symbolLine, type Ctx } from './tickers';
import * as trie from './trie';
import type { Mention } from './types';

const { step } = trie;

/** Options of scan: entity ids the person muted (everywhere or on this site). */
export interface ScanOptions {
  muted?: ReadonlySet<string>;
}

const MAX_CANDIDATES = 8;
const candEnd = new Int32Array(MAX_CANDIDATES);
const candNode = new Int32Array(MAX_CANDIDATES);

/** Finds ticker and name mentions; sorted by start, never overlapping. */
export function scan(text: string, lex: CompiledLexicon, opts: ScanOptions = {}): Mention[] {
  const ctx: Ctx = { text, lex, out: [], lastNameEnd: -1, lastNameEntity: -1 };
  const n = text.length;
  let j = symbolLine(ctx, -1);
  let prevWord = j > 0;
  for (let i = j > 0 ? j : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if ((cls & (WORD | IDEO)) !== 0) {
      if (!prevWord || (cls & IDEO) !== 0) {
        j = wordStart(ctx, i, c);
        if (j > i) {
          i = j - 1;
          prevWord = (CLASS[text.charCodeAt(j - 1)]! & WORD) !== 0;
          continue;
        }
      }
      prevWord = (cls & WORD) !== 0;
      continue;
    }
    prevWord = false;
    if (c === 36) j = cashtag(ctx, i);
    else if (c === 40 || c === 0xff08) j = parenthesised(ctx, i);
    else if (c === 10) j = symbolLine(ctx, i);
    else continue;
    if (j > i) {
      i = j - 1;
      prevWord = true;
    }
  }
  return finish(ctx.out, lex, opts.muted);
}

/** At a word start: the longest name or exchange prefix that fits, else a symbol-first form. */
function wordStart(ctx: Ctx, i: number, c: number): number {
  const { text, lex } = ctx;
  const t = lex.names;
  const n = text.length;
  let count = 0;
  let node = 0;
  let k = i;
  while (k < n) {
    const f = FOLD[text.charCodeAt(k)]!;
    node = step(t, node, f);
    if (node < 0) break;
    k++;
    if (f === 32) {
      while (k < n && (CLASS[text.charCodeAt(k)]! & SPACE) !== 0) k++;
    } else if (t.valueStart[node + 1]! > t.valueStart[node]! && (CLASS[text.charCodeAt(k)]! & WORD) === 0) {
      if (count === MAX_CANDIDATES) count--;
      candEnd[count] = k;
      candNode[count++] = node;
    }
  }
  const capital = (CLASS[c]! & (UPPER | DIGIT | IDEO)) !== 0;
  for (let m = count - 1; m >= 0; m--) {
    const end = candEnd[m]!;
    const nd = candNode[m]!;
    let exchangeName = false;
    for (let v = t.valueStart[nd]!; v < t.valueStart[nd + 1]!; v++) {
      const p = t.values[v]!;
      const flags = lex.patFlags[p]!;
      if ((flags & EXCH) !== 0) {
        const r = prefixed(ctx, i, end, str(lex, lex.patTarget[p]!));
        if (r > 0) return r;
        exchangeName = true;
        continue;
      }
      if ((flags & CAP) !== 0 && !capital) continue;
      if ((flags & UPPER_ONLY) !== 0 && text.slice(i, end) !== text.slice(i, end).toUpperCase()) continue;
      // "Nasdaq" alone means the market (or its index), not Nasdaq, Inc.: only a legal suffix makes it the company.
      if (exchangeName && !LEGAL_AHEAD.test(text.substr(end, 14))) continue;
      if (inUrl(text, i, end)) return -1;
      return name(ctx, i, end, lex.patTarget[p]!);
    }
  }
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
    const r = symbolFirst(ctx, i);
    if (r > 0) return r;
  }
  const f = FOLD[c];
  if (f === 115 || f === 116) {
    // "symbol JNJ", "Ticker: AAPL"
    const w = /^(?:ticker|symbol)s?\b/i.exec(text.substr(i, 8));
    if (w) return labelled(ctx, i + w[0].length);
  }
  return -1;
}

const LEGAL_AHEAD = /^,?\s+(Inc|Corp|Group|Ltd)\b/;
const LEGAL = /(?:,?[ \u00a0]+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|Holdings?|Group|plc|PLC|P\.L\.C|S\.A|SA|N\.V|NV|AG|SE|LLC|L\.P|LP|S\.p\.A|SpA|AB|ASA)(?![\p{L}\p{N}])\.?)+/uy;

/** Records a name mention of entity e at [start, end), extended over a legal suffix ("Alibaba Group Holding Ltd."). */
function name(ctx: Ctx, start: number, end: number, e: number): number {
  const { text, lex } = ctx;
  LEGAL.lastIndex = end;
  const m = LEGAL.exec(text);
  if (m) end += m[0].length;
  const l = lex.entPrimary[e]!;
  ctx.out.push({
    start, end, text: text.slice(start, end), kind: 'name',
    exchange: l >= 0 ? micLabel(str(lex, lex.listMic[l]!)) : null,
    symbol: l >= 0 ? str(lex, lex.listSymbol[l]!) : null,
    form: null, entity: str(lex, lex.entId[e]!),
  });
  ctx.lastNameEnd = end;
  ctx.lastNameEntity = e;
  return end;
}

const micLabels = new Map<string, string>();
function micLabel(mic: string): string {
  let l = micLabels.get(mic);
  if (l === undefined) micLabels.set(mic, (l = labelForMic(mic)));
  return l;
}

/** A name inside a URL or an e-mail address ("google.com", "ben@philips.com") is not a mention. */
function inUrl(text: string, s: number, e: number): boolean {
  const p = text.charCodeAt(s - 1);
  if (p === 47 || p === 64 || p === 46 || p === 95) return true;
  const nx = text.charCodeAt(e);
  if (nx === 64 || nx === 95 || (nx === 46 && /^\.[a-z]{2,}/.test(text.substr(e, 5)))) return true;
  let a = s;
  while (a > 0 && s - a < 80 && (CLASS[text.charCodeAt(a - 1)]! & SPACE) === 0 && text.charCodeAt(a - 1) !== 10) a--;
  if (a === s) return false;
  const chunk = text.slice(a, s);
  return chunk.includes('://') || chunk.startsWith('www.') || chunk.includes('@');
}

function finish(out: Mention[], lex: CompiledLexicon, muted?: ReadonlySet<string>): Mention[] {
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let last = -1;
  for (const m of out) {
    if (m.start < last) continue;
    if (muted && m.entity !== null && muted.has(m.entity)) continue;
    kept.push(m);
    last = m.end;
  }
  void lex;
  return kept;
}
