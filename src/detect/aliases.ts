// Aliases a reader would use for a company, derived from its legal name (SEC style: "ALIBABA GROUP HOLDING LTD").

import { DICTIONARY_WORDS } from './common-words';

/** Legal designators and group words that a reader drops ("Alibaba Group Holding Ltd" -> "Alibaba"). */
const DESIGNATORS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'companies',
  'ltd',
  'limited',
  'plc',
  'llc',
  'lp',
  'llp',
  'holdings',
  'holding',
  'group',
  'sa',
  'nv',
  'ag',
  'se',
  'spa',
  'ab',
  'asa',
  'oyj',
  'bv',
  'kgaa',
  'sab',
  'de',
  'cv',
  'tbk',
  'bhd',
  'pte',
  'pty',
  'the',
  'and',
  '&',
  'saa',
  'ltda',
  'adr',
  'ads',
  'reit',
  'n.a',
]);

/** Words too generic to stand alone for one company even when not common English ("Global", "China"). */
const GENERIC_HEADS = new Set([
  'american',
  'international',
  'national',
  'global',
  'first',
  'united',
  'general',
  'china',
  'chinese',
  'japan',
  'new',
  'great',
  'capital',
  'energy',
  'acquisition',
  'bancorp',
  'financial',
  'pharmaceuticals',
  'therapeutics',
  'technologies',
  'technology',
  'systems',
  'industries',
  'resources',
  'partners',
  'fund',
  'trust',
  'bank',
  'texas',
  'california',
  'canadian',
  'british',
  'hong',
  'asia',
  'europe',
  'european',
  'pacific',
  'atlantic',
  'mexico',
  'brazil',
  'india',
  'korea',
  'us',
  'usa',
  'u.s',
  'north',
  'south',
  'east',
  'west',
  'bio',
  'medical',
  'royal',
  'federal',
  'mutual',
  'community',
  'citizens',
  'peoples',
  'home',
  'western',
  'eastern',
  'central',
  'golden',
  'silver',
  'green',
  'blue',
  'red',
  'black',
  'white',
  'digital',
  'smart',
  'super',
  'alpha',
  'beta',
  'ai',
  'data',
  'health',
  'healthcare',
  'solutions',
  'services',
  'insurance',
  'investment',
  'investors',
  'realty',
  'properties',
  'mining',
  'oil',
  'gas',
  'power',
  'water',
  'world',
  'life',
  'future',
  'next',
  'tech',
  'media',
  'crypto',
  'cyber',
  'esports',
  'motorsport',
  'fintech',
  'biotech',
  'blockchain',
  'bitcoin',
  'nano',
  'quantum',
]);

const hasVowel = (w: string): boolean => /[aeiouy]/i.test(w);

/** Title-cases an all-caps legal name; keeps mixed-case names as written. */
function titleCase(name: string): string {
  if (/[a-z]/.test(name)) return name;
  return name.replace(/[A-Z0-9&'.-]+/g, (w) => {
    if (/^(LTD|PLC|LLC|CORP|INC)\.?$/.test(w)) return w.charAt(0) + w.slice(1).toLowerCase();
    if (!hasVowel(w) || /[&\d]/.test(w) || w.length <= 2) return w;
    return w.charAt(0) + w.slice(1).toLowerCase();
  });
}

/** Removes SEC annotations ("/CAN/", "/ADR", "/DE/") and normalises commas and spaces. */
function clean(name: string): string {
  return name
    .replace(/\s*\/[A-Z0-9 .]*\/?\s*$/i, '')
    .replace(/\s*\/[A-Z0-9 .]*\/?\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const wordKey = (w: string): string => w.toLowerCase().replace(/[.,]/g, '');

/** Words a legal name may open with that a reader drops: "The Hartford", "Koninklijke (Royal) Philips". */
const LEADING = new Set(['the', 'koninklijke']);

/** Words of the name with trailing designators removed ("Alibaba Group Holding Ltd" -> ["Alibaba"]). */
function coreWords(words: string[]): string[] {
  const out = words.slice();
  while (out.length > 1 && DESIGNATORS.has(wordKey(out[out.length - 1]!))) out.pop();
  if (out.length > 1 && LEADING.has(wordKey(out[0]!))) out.shift();
  return out;
}

const strip = (s: string): string => s.replace(/[,\s]+$/, '').replace(/^[,\s]+/, '');

/**
 * An alias is worth having if it has at least two letters. A single word that is also an English word or a
 * proper noun ("Apple", "Zoom", "Hartford") stays: the lexicon marks it WEAK and the scan takes it only
 * capitalised and in a context that reads as the company (lexicon.ts, names.ts).
 */
function usable(alias: string): boolean {
  return alias.replace(/[^\p{L}]/gu, '').length >= 2;
}

/** The name without its designators, title-cased ("KONINKLIJKE PHILIPS NV" -> "Philips"): what a reader calls it. */
export function legalCore(legalName: string): string {
  const full = titleCase(clean(legalName)).replace(/\s+Com(\s|$)/, '.com$1');
  return strip(coreWords(full.replace(/,/g, ' ').split(/\s+/).filter(Boolean)).join(' '));
}

/**
 * Aliases from one legal name, most specific first: the cleaned full name, the name with its group word
 * ("Alibaba Group"), the core without designators ("Alibaba"), and the first word when it is distinctive.
 */
export function aliasesFromLegalName(legalName: string): string[] {
  const full = titleCase(clean(legalName)).replace(/\s+Com(\s|$)/, '.com$1');
  const words = full.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const out: string[] = [strip(full)];
  const core = coreWords(words);
  const groupAt = words.findIndex((w, i) => i >= core.length && /^(group|holdings?)$/i.test(w));
  if (groupAt > 0) out.push(words.slice(0, groupAt + 1).join(' '));
  out.push(core.join(' '));
  const head = core[0]!;
  const headKey = wordKey(head);
  // A dictionary word or proper noun as first word is kept too (WEAK, see usable); a generic head is not.
  const distinctive = head.length >= 4 && !GENERIC_HEADS.has(headKey);
  if (core.length > 1 && distinctive && !/^[A-Z]{1,3}$/.test(head)) out.push(head.replace(/[,.]$/, ''));
  // "Amazon.com" is also just "Amazon".
  if (core.length === 1 && /^\p{Lu}[\p{L}]{3,}\.com$/u.test(head) && !DICTIONARY_WORDS.has(headKey.slice(0, -4))) {
    out.push(head.slice(0, -4));
  }
  // All-caps SEC names drop apostrophes: "MOODYS CORP" is printed "Moody's".
  const last = out[out.length - 1]!;
  if (!/[a-z]/.test(legalName) && /^[A-Z][a-z]{3,}s$/.test(last)) out.push(`${last.slice(0, -1)}'s`);
  return [...new Set(out.map(strip))].filter(usable);
}

/**
 * Aliases for a whole directory of legal names: those of aliasesFromLegalName, less any alias two companies
 * share (an ambiguous alias names neither). Returns one list per input name, in order.
 */
export function aliasesForDirectory(legalNames: string[]): string[][] {
  const lists = legalNames.map(aliasesFromLegalName);
  const owners = new Map<string, number>();
  for (const list of lists)
    for (const a of new Set(list.map((x) => x.toLowerCase()))) owners.set(a, (owners.get(a) ?? 0) + 1);
  return lists.map((list) => list.filter((a, i) => i === 0 || owners.get(a.toLowerCase()) === 1));
}
