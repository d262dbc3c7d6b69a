// npm run eval: scores the engine on every corpus page, tickers against labels/ and names against labels-companies/.

import { compileLexicon } from '../src/detect/lexicon';
import { precision, recall, scoreNames, scoreTickers, type Tally } from './lib/score';
import { secEntities } from './lib/sec';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const row = (label: string, t: Tally): string =>
  `${label.padEnd(12)} P ${pct(precision(t)).padStart(6)}  R ${pct(recall(t)).padStart(6)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

const entities = secEntities();
const lex = compileLexicon(entities);
const t = scoreTickers(lex);
console.log('Tickers (labels/, strict; lexicon: SEC directory)');
console.log(row('prefixed', t.prefixed));
console.log(row('bare', t.bare));
for (const [form, tally] of Object.entries(t.byForm)) console.log(row(`  ${form}`, tally));
console.log('\nMisses:');
for (const m of t.misses) console.log(`  ${m}`);
console.log('\nFalse hits by trap class:');
const byCls = new Map<string, typeof t.falseHits>();
for (const h of t.falseHits) byCls.set(h.cls, [...(byCls.get(h.cls) ?? []), h]);
for (const [cls, hits] of byCls)
  console.log(`  ${cls} (${hits.length}): ${hits.map((h) => `${h.text} [${h.page.split('/').pop()}]`).join(', ')}`);
const n = scoreNames(lex, entities);
console.log('\nCompany names (labels-companies/, lexicon: SEC directory)');
console.log(row('all', n.all));
console.log(row('name kind', n.name));
console.log(row('other kinds', n.other));
console.log('\nName false hits:');
for (const f of n.falseHits) console.log(`  ${f}`);
if (process.argv.includes('--misses')) for (const m of n.misses) console.log(`  miss ${m}`);
