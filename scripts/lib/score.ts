// Scoring against the corpus labels, exactly as ../shared/corpus/labels*/README.md define it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { CompiledLexicon } from '../../src/detect/lexicon';
import { scan } from '../../src/detect/scan';
import type { LexiconEntity, Mention } from '../../src/detect/types';
import { loadPageText } from './page';
import { CORPUS } from './sec';

interface TickerLabel {
  surface: string;
  exchange: string | null;
  symbol: string;
  form: string;
  count: number;
  key: string;
  confidence?: string;
  security?: string;
}
interface TrapLabel {
  surface: string;
  cls: string;
  count: number;
  visible?: boolean;
}
interface TickerFile {
  page: string;
  tickers: TickerLabel[];
  not_tickers: TrapLabel[];
}
interface CompanyFile {
  page: string;
  companies: Array<{
    ticker: string;
    count: number;
    mentions: Array<{ surface: string; alias_kind: string; count: number }>;
  }>;
  ambiguous?: Array<{ ticker: string; count: number }>;
  not_mentions?: Array<{ surface: string; ticker?: string; count: number }>;
}

/** Counts of one slice of the score. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
export const precision = (t: Tally): number => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Tally): number => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);

/** Every page of the corpus with its extracted text and scan result (pages parsed once per process). */
export interface PageRun {
  page: string;
  text: string;
  mentions: Mention[];
}

const pageCache = new Map<string, string>();
/** The extracted text of a corpus page (cached: happy-dom parsing dominates the run time; the DOM is closed). */
export function pageText(page: string): string {
  let t = pageCache.get(page);
  if (t === undefined) pageCache.set(page, (t = loadPageText(`${CORPUS}${page}`)));
  return t;
}

/** All corpus pages, as paths relative to the corpus folder. */
export function corpusPages(): string[] {
  const out: string[] = [];
  for (const src of readdirSync(`${CORPUS}pages`)) {
    for (const f of readdirSync(`${CORPUS}pages/${src}`)) if (f.endsWith('.html')) out.push(`pages/${src}/${f}`);
  }
  return out.sort();
}

const tickerKey = (m: Mention): string =>
  m.form === 'bare' || m.form === 'cashtag' ? `${m.form}|${m.symbol}` : `${m.exchange}|${m.symbol}`;

/** The ticker score: overall, prefixed vs bare, per form, misses and false hits by trap class. */
export interface TickerScore {
  prefixed: Tally;
  bare: Tally;
  byForm: Record<string, Tally>;
  misses: string[];
  falseHits: Array<{ page: string; key: string; text: string; cls: string }>;
}

/** Scores ticker mentions against labels/ (strict: medium confidence and listed notes are optional). */
export function scoreTickers(lex: CompiledLexicon, pages = corpusPages()): TickerScore {
  const s: TickerScore = { prefixed: tally(), bare: tally(), byForm: {}, misses: [], falseHits: [] };
  for (const page of pages) {
    const file = `${CORPUS}labels/${page.replace(/\//g, '__').replace(/\.html$/, '.json')}`;
    if (!existsSync(file)) continue;
    const labels = JSON.parse(readFileSync(file, 'utf8')) as TickerFile;
    const mentions = scan(pageText(page), lex).filter((m) => m.kind === 'ticker');
    const want = new Map<string, { n: number; optional: number; form: string }>();
    for (const t of labels.tickers) {
      const w = want.get(t.key) ?? { n: 0, optional: 0, form: t.form };
      if (t.confidence === 'medium' || t.security === 'listed-note') w.optional += t.count;
      else w.n += t.count;
      want.set(t.key, w);
    }
    const got = new Map<string, Mention[]>();
    for (const m of mentions) got.set(tickerKey(m), [...(got.get(tickerKey(m)) ?? []), m]);
    for (const key of new Set([...want.keys(), ...got.keys()])) {
      const w = want.get(key) ?? { n: 0, optional: 0, form: '' };
      const ms = got.get(key) ?? [];
      const form = w.form || ms[0]!.form!;
      const tp = Math.min(ms.length, w.n);
      const fp = Math.max(0, ms.length - w.n - w.optional);
      const fn = w.n - tp;
      const slice = (s.byForm[form] ??= tally());
      const group = form === 'bare' ? s.bare : s.prefixed;
      for (const t of [slice, group]) {
        t.tp += tp;
        t.fp += fp;
        t.fn += fn;
      }
      if (fn) s.misses.push(`${page} ${key} x${fn}`);
      for (const m of ms.slice(ms.length - fp)) {
        const trap = labels.not_tickers.find((n) => n.surface.includes(m.symbol ?? '\u0000'));
        s.falseHits.push({ page, key, text: m.text, cls: trap ? trap.cls : 'unlabelled' });
      }
    }
  }
  return s;
}

/** The company-name score: precision, recall on `name` aliases and on the rest, and the false hits. */
export interface NameScore {
  all: Tally;
  name: Tally;
  other: Tally;
  falseHits: string[];
  misses: string[];
}

/** Scores name mentions against labels-companies/ (predictions up to L + A are not penalised). */
export function scoreNames(lex: CompiledLexicon, entities: LexiconEntity[], pages = corpusPages()): NameScore {
  const primary = new Map(entities.map((e) => [e.id, e.listings[0]?.symbol ?? e.id]));
  const s: NameScore = { all: tally(), name: tally(), other: tally(), falseHits: [], misses: [] };
  for (const page of pages) {
    const file = `${CORPUS}labels-companies/${page
      .replace(/^pages\//, '')
      .replace(/\//g, '__')
      .replace(/\.html$/, '.json')}`;
    if (!existsSync(file)) continue;
    const labels = JSON.parse(readFileSync(file, 'utf8')) as CompanyFile;
    const got = new Map<string, Mention[]>();
    for (const m of scan(pageText(page), lex)) {
      if (m.kind !== 'name' || m.entity === null) continue;
      const t = primary.get(m.entity) ?? m.entity;
      got.set(t, [...(got.get(t) ?? []), m]);
    }
    const L = new Map<string, { n: number; name: number }>();
    for (const c of labels.companies) {
      const name = c.mentions.filter((m) => m.alias_kind === 'name').reduce((a, m) => a + m.count, 0);
      L.set(c.ticker, { n: c.count, name });
    }
    const A = new Map<string, number>();
    for (const a of labels.ambiguous ?? []) A.set(a.ticker, (A.get(a.ticker) ?? 0) + a.count);
    for (const t of new Set([...L.keys(), ...got.keys()])) {
      const l = L.get(t) ?? { n: 0, name: 0 };
      const ms = got.get(t) ?? [];
      const tp = Math.min(ms.length, l.n);
      const fp = Math.max(0, ms.length - l.n - (A.get(t) ?? 0));
      const tpn = Math.min(tp, l.name);
      s.all.tp += tp;
      s.all.fp += fp;
      s.all.fn += l.n - tp;
      s.name.tp += tpn;
      s.name.fn += l.name - tpn;
      s.other.tp += tp - tpn;
      s.other.fn += l.n - l.name - (tp - tpn);
      if (fp) s.falseHits.push(`${page} ${t} x${fp}: ${[...new Set(ms.map((m) => m.text))].slice(0, 4).join(' | ')}`);
      if (l.n - tp) s.misses.push(`${page} ${t} x${l.n - tp}`);
    }
  }
  return s;
}
