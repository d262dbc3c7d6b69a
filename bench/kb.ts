// The KB's speed: importing a 10,000-entity, 50,000-event pack against a bare idb bulk put, and query medians.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { openKb, steps, type KbDb } from '../src/kb/db';
import { getCard, getDetail, searchEntities } from '../src/kb/queries';
import { STORES, type KbSchema } from '../src/kb/schema';
import { importPack } from '../src/packs/import';
import type { Pack, PackEntity, PackEvent } from '../src/packs/types';
import { median } from './lib/stats';

let dbCount = 0;
const freshName = (): string => `bench-kb-${process.pid}-${dbCount++}`;

/** A pack of `n` companies with five events each: an allegation, two replies, an action and a ruling. */
export function generatedPack(n = 10_000): Pack {
  const entities: PackEntity[] = [];
  const events: PackEvent[] = [];
  const articles = Array.from({ length: n / 2 }, (_, i) => ({
    id: `a${i}`,
    url: `https://news.example.com/2025/${i}`,
    title: `Article ${i} about companies`,
    publisher: 'Example News',
    published: '2025-06-01',
  }));
  for (let i = 0; i < n; i++) {
    const symbol = `S${i.toString(36).toUpperCase()}`;
    entities.push({
      id: `c${i}`,
      type: 'company',
      name: `Company ${i} Holdings`,
      aliases: [`Company ${i}`],
      listings: [{ exchange: i % 2 ? 'XNAS' : 'XNYS', symbol }],
      identifiers: { cik: String(100_000 + i) },
      background: { text: `Company ${i} makes things. It has a long history.`, sources: [{ article: `a${i >> 1}` }] },
    });
    const src = [{ article: `a${i >> 1}`, quote: 'a quoted passage' }];
    const ev = (j: number, kind: PackEvent['kind'], extra: Partial<PackEvent> = {}): PackEvent => ({
      id: `e${i}-${j}`,
      kind,
      date: `2025-0${1 + j}-1${j}`,
      by: ['Regulators'],
      about: [`c${i}`],
      summary: `Event ${j} about company ${i}.`,
      status: 'alleged',
      sources: src,
      ...extra,
    });
    events.push(
      ev(0, 'allegation'),
      ev(1, 'denial', { by: [`c${i}`], respondsTo: `e${i}-0`, status: 'denied' }),
      ev(2, 'response', { respondsTo: `e${i}-0` }),
      ev(3, 'action'),
      ev(4, 'ruling', { about: [`c${i}`, `c${(i + 1) % n}`] }),
    );
  }
  return {
    format: 'backstory-pack/1',
    id: 'bench',
    title: 'Bench pack',
    version: '1.0.0',
    publisher: 'Bench',
    licence: 'CC0-1.0',
    updated: '2025-11-27',
    entities,
    articles,
    events,
  };
}

/** Peak heap while `run` runs, sampled every 5 ms, above the heap before it. */
async function peakHeap<T>(run: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  global.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const result = await run();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { result, peakMb: (peak - base) / 2 ** 20 };
}

type Records = { [S in (typeof STORES)[number]]: KbSchema[S]['value'][] };

async function recordsOf(db: KbDb): Promise<Records> {
  const [packs, facts, entities, articles, events] = await Promise.all(STORES.map((s) => db.getAll(s)));
  return { packs, facts, entities, articles, events } as Records;
}

/** The floor: the same records, put in one transaction into an empty database with the same schema. */
async function barePut(records: Records): Promise<number> {
  const db = await openDB<KbSchema>(freshName(), steps.length, {
    upgrade: (d, from, _to, tx) => steps.slice(from).forEach((s) => s(d, tx)),
  });
  const t = performance.now();
  const tx = db.transaction([...STORES], 'readwrite');
  for (const store of STORES) for (const r of records[store]) void tx.objectStore(store).put(r as never);
  await tx.done;
  const ms = performance.now() - t;
  db.close();
  await dropDb(db.name);
  return ms;
}

/** fake-indexeddb keeps every database in memory: drop each when done so the runs stay comparable. */
const dropDb = (name: string): Promise<void> =>
  new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });

async function timeImport(pack: Pack): Promise<{ ms: number; db: KbDb }> {
  const db = await openKb(freshName());
  const t = performance.now();
  const report = await importPack(db, pack, { source: 'file' });
  const ms = performance.now() - t;
  if (!report.ok) throw new Error(`bench pack refused: ${JSON.stringify(report.errors.slice(0, 3))}`);
  return { ms, db };
}

async function queryMedian(runs: number, query: (i: number) => Promise<unknown>): Promise<number> {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await query(i);
    ts.push(performance.now() - t);
  }
  return median(ts);
}

/** Prints import vs bare put (ratio, target ≤ 1.5x), peak memory, and query medians (timeline target < 5 ms). */
export async function benchKb(): Promise<void> {
  const pack = generatedPack();
  const imports: number[] = [];
  const bares: number[] = [];
  let last: KbDb | null = null;
  let peakMb = 0;
  for (let run = 0; run < 3; run++) {
    const measured = await peakHeap(() => timeImport(pack));
    imports.push(measured.result.ms);
    peakMb = Math.max(peakMb, measured.peakMb);
    bares.push(await barePut(await recordsOf(measured.result.db)));
    if (last) {
      last.close();
      await dropDb(last.name);
    }
    last = measured.result.db;
  }
  if (!last) return;
  const db = last;
  const ids = (i: number): string => `cik:${100_000 + ((i * 7919) % 10_000)}`;
  const timeline = await queryMedian(200, (i) => getDetail(db, ids(i)));
  const card = await queryMedian(200, (i) => getCard(db, ids(i)));
  const search = await queryMedian(200, (i) => searchEntities(db, `company ${i % 1000}`, 10));
  const ticker = await queryMedian(200, (i) => searchEntities(db, `S${((i * 31) % 10_000).toString(36)}`, 10));
  const importMs = median(imports);
  const bareMs = median(bares);
  // Paired per run: the machine's load drifts between runs more than between an import and its floor.
  const ratio = median(imports.map((t, i) => t / (bares[i] ?? NaN)));
  console.log('kb: 10,000 entities, 50,000 events, 5,000 articles (fake-indexeddb, Node)');
  console.log(
    `  import (validate + merge + write)  median ${importMs.toFixed(0)} ms   runs ${imports.map((t) => t.toFixed(0)).join(', ')}`,
  );
  console.log(
    `  bare idb bulk put, one transaction median ${bareMs.toFixed(0)} ms   runs ${bares.map((t) => t.toFixed(0)).join(', ')}`,
  );
  console.log(
    `  ratio import / bare (paired median) ${ratio.toFixed(2)}x  (target ≤ 1.5x) ${ratio <= 1.5 ? 'ok' : 'OVER'}`,
  );
  console.log(
    `  peak heap during import            ${peakMb.toFixed(0)} MB above baseline${global.gc ? '' : ' (run node with --expose-gc for a cleaner baseline)'}`,
  );
  console.log(
    `  timeline (getDetail) median        ${timeline.toFixed(2)} ms  (target < 5 ms) ${timeline < 5 ? 'ok' : 'OVER'}`,
  );
  console.log(`  card (getCard) median              ${card.toFixed(2)} ms`);
  console.log(`  search by name prefix median       ${search.toFixed(2)} ms`);
  console.log(`  search by ticker median            ${ticker.toFixed(2)} ms`);
  db.close();
}

if (process.argv[1]?.endsWith('kb.ts')) await benchKb();
