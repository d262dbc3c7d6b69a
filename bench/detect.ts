// The engine's speed on the corpus pages with the 10,000-company SEC lexicon, against the floors and the usual ways.

import { compileLexicon, loadLexicon, serializeLexicon } from '../src/detect/lexicon';
import { scan } from '../src/detect/scan';
import { corpusPages, pageText } from '../scripts/lib/score';
import { secEntities } from '../scripts/lib/sec';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Median wall time of fn over runs (after a warm-up), in ms. */
function time(fn: () => unknown, runs = 7): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

function bareRead(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Prints the bench table: per-text medians summed over the corpus, ratios, load vs RegExp compile, sizes. */
export async function benchDetect(): Promise<void> {
  const texts = corpusPages().map(pageText);
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const entities = secEntities();
  const aliases = [...new Set(entities.flatMap(e => [e.name, ...e.aliases]))].sort((a, b) => b.length - a.length);
  const heap0 = process.memoryUsage().heapUsed;
  const compileMs = time(() => compileLexicon(entities), 1);
  const bytes = serializeLexicon(compileLexicon(entities));
  const loadMs = time(() => loadLexicon(bytes), 21);
  const lex = loadLexicon(bytes);
  const heapLex = process.memoryUsage().heapUsed - heap0;
  const source = `\\b(?:${aliases.map(escape).join('|')})\\b`;
  // V8 compiles a RegExp lazily, on first use: construct and run it once on a short string.
  const regexCompileMs = time(() => new RegExp(source, 'gi').exec('warm up'), 3);
  const big = new RegExp(source, 'gi');
  const lowerAliases = aliases.map(a => a.toLowerCase());
  const sum = (f: (t: string) => unknown): number => texts.reduce((a, t) => a + time(() => f(t)), 0);
  const read = sum(bareRead);
  const engine = sum(t => scan(t, lex));
  const regex = sum(t => {
    big.lastIndex = 0;
    let n = 0;
    while (big.exec(t)) n++;
    return n;
  });
  const perAlias = texts.slice(0, 8).reduce((a, t) => {
    const lower = t.toLowerCase();
    return a + time(() => lowerAliases.reduce((n, al) => n + (lower.indexOf(al) >= 0 ? 1 : 0), 0), 1);
  }, 0);
  const perAliasChars = texts.slice(0, 8).reduce((a, t) => a + t.length, 0);
  const row = (what: string, ms: number, note = ''): void =>
    console.log(`${what.padEnd(34)} ${ms.toFixed(2).padStart(10)} ms  ${note}`);
  console.log(`detect bench: ${texts.length} pages, ${(chars / 1e6).toFixed(2)} M chars, ${entities.length} entities, ${aliases.length} aliases`);
  row('bare read (charCodeAt sum)', read, '1.00x');
  row('engine scan', engine, `${(engine / read).toFixed(2)}x bare read (target <= 3x)`);
  row('one alternation RegExp', regex, `${(regex / engine).toFixed(1)}x slower than engine (target >= 5x)`);
  row('per-alias indexOf (first 8 pages)', perAlias, `${((perAlias / perAliasChars) * chars / engine).toFixed(0)}x engine, scaled to the corpus`);
  row('RegExp compile (first exec)', regexCompileMs);
  row('loadLexicon', loadMs, `${(regexCompileMs / loadMs).toFixed(0)}x faster than RegExp compile (target >= 10x)`);
  row('compileLexicon', compileMs);
  console.log(`${'serialised lexicon'.padEnd(34)} ${(bytes.length / 1024).toFixed(0).padStart(10)} KiB`);
  console.log(`${'heap after compile+load (approx.)'.padEnd(34)} ${(heapLex / 1048576).toFixed(1).padStart(10)} MiB`);
}
