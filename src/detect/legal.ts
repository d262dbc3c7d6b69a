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

/** 1 at c0 << 7 | c1 for the first two characters of the designators in LEGAL and LEGAL_AHEAD. */
const DESIGNATOR_START = new Uint8Array(128 * 128);
for (const d of 'In Co Lt Li Ho Gr pl PL P. S. SA N. NV AG SE LL L. LP Sp AB AS'.split(' '))
  DESIGNATOR_START[(d.charCodeAt(0) << 7) | d.charCodeAt(1)] = 1;

/** A space LEGAL_AHEAD's \s takes (anySpace), or LEGAL's [ \u00a0]. */
const gap = (c: number, anySpace: boolean): boolean => (anySpace ? isRegExpSpace(c) : c === 32 || c === 0xa0);

/**
 * Whether a designator may start after end: an optional comma, at least one space, then the first two
 * characters of a designator. Necessary for the RegExp to match: menus ("News\nSports") and most words
 * after a name ("Apple said") fail it.
 */
function designatorMayFollow(text: string, end: number, anySpace: boolean): boolean {
  let k = at(text, end) === 44 ? end + 1 : end;
  if (!gap(at(text, k), anySpace)) return false;
  do k++;
  while (gap(at(text, k), anySpace));
  const c0 = at(text, k);
  const c1 = at(text, k + 1);
  return (c0 | c1) < 128 && DESIGNATOR_START[(c0 << 7) | c1] === 1;
}

/** The end of the legal designators after end ("Group Holding Ltd." has three), or -1. */
export function legalEnd(text: string, end: number): number {
  if (!designatorMayFollow(text, end, false)) return -1;
  LEGAL.lastIndex = end;
  return LEGAL.test(text) ? LEGAL.lastIndex : -1;
}

/** A legal designator follows end (one word is enough: "Tencent Holdings"). */
export function legalAhead(text: string, end: number): boolean {
  if (!designatorMayFollow(text, end, true)) return false;
  LEGAL_AHEAD.lastIndex = end;
  return LEGAL_AHEAD.test(text);
}
