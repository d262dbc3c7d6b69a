// Legal designators after a name ("Alibaba Group Holding Ltd.", "Apple, Inc."): where they end, whether one follows.
//
// Both tests are sticky RegExps, run at most name candidates; most candidates are followed by an ordinary word,
// so a few char-code reads first (designatorMayFollow) spare the RegExp call, which costs more than the rest of
// a candidate's checks together.

import * as fold from './fold';

const { at, isRegExpSpace } = fold; // local bindings: see scan.ts

const LEGAL =
  /(?:,?[ \u00a0]+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|Holdings?|Group|plc|PLC|P\.L\.C|S\.A|SA|N\.V|NV|AG|SE|LLC|L\.P|LP|S\.p\.A|SpA|AB|ASA)(?![\p{L}\p{N}])\.?)+/uy;

const LEGAL_AHEAD =
  /,?\s+(?:Inc|Corp|Group|Ltd|Holdings?|Co|Company|Corporation|Incorporated|Limited|plc|PLC|N\.V|NV|AG|SE|S\.A|SA|LLC)\b/y;

/** 1 for the first letters of the designators in LEGAL and LEGAL_AHEAD (A, C, G, H, I, L, N, P, S, p). */
const DESIGNATOR_START = new Uint8Array(128);
for (const ch of 'ACGHILNPSp') DESIGNATOR_START[ch.charCodeAt(0)] = 1;

/**
 * Whether a designator may start after end: an optional comma, at least one space (\s), then one of the letters
 * the designators start with. Necessary for both RegExps to match (LEGAL's spaces are a subset of \s).
 */
function designatorMayFollow(text: string, end: number): boolean {
  let k = at(text, end) === 44 ? end + 1 : end;
  if (!isRegExpSpace(at(text, k))) return false;
  do k++;
  while (isRegExpSpace(at(text, k)));
  const c = at(text, k);
  return c < 128 && DESIGNATOR_START[c] === 1;
}

/** The end of the legal designators after end ("Group Holding Ltd." has three), or -1. */
export function legalEnd(text: string, end: number): number {
  if (!designatorMayFollow(text, end)) return -1;
  LEGAL.lastIndex = end;
  return LEGAL.test(text) ? LEGAL.lastIndex : -1;
}

/** A legal designator follows end (one word is enough: "Tencent Holdings"). */
export function legalAhead(text: string, end: number): boolean {
  if (!designatorMayFollow(text, end)) return false;
  LEGAL_AHEAD.lastIndex = end;
  return LEGAL_AHEAD.test(text);
}
