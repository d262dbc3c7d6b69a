// The mentions names make: extended over a legal suffix, and for weak aliases kept only when the text vouches.
//
// A weak alias ("Apple", "Trump", "Source") matches often and is dropped more often than not, so it is recorded
// as a few numbers and made a Mention only if it survives: most never cost a string or an object.

import * as exchanges from './exchanges';
import * as fold from './fold';
import * as legal from './legal';
import * as lexicon from './lexicon';
import type { Ctx } from './tickers';
import type { Mention } from './types';

// Local bindings: a module namespace access costs a getter call under CommonJS transpilers (tsx).
const { at, CLASS, isRegExpSpace, WORD } = fold;
const { str } = lexicon;
const { legalEnd } = legal;

/** A weak name mention waiting for vouched(): where it was found among ctx.out, its span, entity, suffix. */
export interface WeakName {
  at: number;
  start: number;
  end: number;
  entity: number;
  legal: boolean;
}

/**
 * Records a name mention of entity e at [start, end), extended over a legal suffix ("Alibaba Group Holding
 * Ltd."). A weak one stays tentative (ctx.weak) unless the suffix or a cue around it vouches for it (vouched).
 * Returns the mention's end.
 */
export function recordName(ctx: Ctx, start: number, end: number, e: number, weak: boolean): number {
  const legal = legalEnd(ctx.text, end);
  if (legal >= 0) end = legal;
  if (weak) (ctx.weak ??= []).push({ at: ctx.out.length, start, end, entity: e, legal: legal >= 0 });
  else ctx.out.push(nameMention(ctx, start, end, e));
  ctx.lastNameEnd = end;
  ctx.lastNameEntity = e;
  return end;
}

function nameMention(ctx: Ctx, start: number, end: number, e: number): Mention {
  const { lex } = ctx;
  const l = lex.entPrimary[e]!;
  return {
    start,
    end,
    text: ctx.text.slice(start, end),
    kind: 'name',
    exchange: l >= 0 ? micLabel(str(lex, lex.listMic[l]!)) : null,
    symbol: l >= 0 ? str(lex, lex.listSymbol[l]!) : null,
    form: null,
    entity: str(lex, lex.entId[e]!),
  };
}

/**
 * ctx.out with the weak name mentions (ctx.weak) of entities the text names another way put back in their
 * places: by a fuller name, a ticker, or a vouched weak mention (a legal suffix or a cue: "Apple shares"). One
 * sense per text: an article that says "Jazz Pharmaceuticals" once means the company by every later "Jazz".
 */
export function vouched(ctx: Ctx): Mention[] {
  const { out, weak, text, lex } = ctx;
  if (weak === undefined) return out;
  const named = new Set<string | null>(out.map((m) => m.entity));
  for (const w of weak) {
    const id = str(lex, lex.entId[w.entity]!);
    if (!named.has(id) && (w.legal || cued(text, w.start, w.end))) named.add(id);
  }
  const kept: Mention[] = [];
  let k = 0;
  for (const w of weak) {
    while (k < w.at) kept.push(out[k++]!);
    // The lower-case search (a pass over the text per word) only for the weak mentions still standing.
    if (named.has(str(lex, lex.entId[w.entity]!)) && !lowerWordIn(ctx, text.slice(w.start, w.end)))
      kept.push(nameMention(ctx, w.start, w.end, w.entity));
  }
  while (k < out.length) kept.push(out[k++]!);
  return kept;
}

// Words next to a one-word name that make it a company: "Apple shares", "Apple's CEO", "shares of Apple". The
// words before are read backwards from the name (a sticky lookbehind): no slice, no search.
const CUE_AFTER = /(?:['’]s)?\s+(?:shares|stock|CEO|chief executive|Inc|Corp)\b/y;
const CUE_BEFORE = /(?<=(?:shares (?:of|in)|stake in|rival|maker|giant|company|firm) )/y;

function cued(text: string, start: number, end: number): boolean {
  CUE_AFTER.lastIndex = end;
  if (cueAfterMay(text, end) && CUE_AFTER.test(text)) return true;
  CUE_BEFORE.lastIndex = start;
  return cueBeforeMay(text, start) && CUE_BEFORE.test(text);
}

// A RegExp test costs more than the rest of a weak mention's checks: each cue RegExp runs only where the
// characters it must see are there. Necessary conditions, not a second copy of the RegExps.

/** After end: an optional 's, a space (\s), then the first letter of a CUE_AFTER word (s, C, c, I). */
function cueAfterMay(text: string, end: number): boolean {
  let k = end;
  const q = at(text, k);
  if (q === 39 || q === 0x2019) {
    if (at(text, k + 1) !== 115) return false;
    k += 2;
  }
  if (!isRegExpSpace(at(text, k))) return false;
  do k++;
  while (isRegExpSpace(at(text, k)));
  const c = at(text, k);
  return c === 115 || c === 67 || c === 99 || c === 73;
}

/** Before start: a space after the last letter of a CUE_BEFORE phrase (of, in, rival, maker, giant, company, firm). */
function cueBeforeMay(text: string, start: number): boolean {
  if (at(text, start - 1) !== 32) return false;
  const c = at(text, start - 2);
  return c === 102 || c === 110 || c === 108 || c === 114 || c === 116 || c === 121 || c === 109;
}

/**
 * The text also writes this word in lower case ("an apple a day", "zoom in"): a WEAK alias is then the word in
 * this text. Cached per text: the search runs once per word, and only for weak mentions that survived.
 */
function lowerWordIn(ctx: Ctx, mentionText: string): boolean {
  const word = mentionText.replace(/['’]s$/, '').toLowerCase();
  let seen = ctx.lowerWords?.get(word);
  if (seen === undefined) {
    seen = hasLowerWord(ctx.text, word);
    (ctx.lowerWords ??= new Map()).set(word, seen);
  }
  return seen;
}

/** The text has word (lower case) as a whole word somewhere. */
function hasLowerWord(text: string, word: string): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if ((CLASS[at(text, k - 1)]! & WORD) === 0 && (CLASS[at(text, k + word.length)]! & WORD) === 0) return true;
  }
  return false;
}

const micLabels = new Map<string, string>();
function micLabel(mic: string): string {
  let l = micLabels.get(mic);
  if (l === undefined) micLabels.set(mic, (l = exchanges.labelForMic(mic)));
  return l;
}
