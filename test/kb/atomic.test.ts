import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { importPack, removePack } from '../../src/packs/import';
import { freshDb, makePack } from '../packs/helpers';
import { dumpKb } from './dump';

type Method = 'put' | 'delete';
const proto = globalThis.IDBObjectStore.prototype;
const originals = { put: proto.put, delete: proto.delete };

/** Makes the n-th call of put/delete (counting from 1) throw, as a full disk or a browser bug would. */
function failOn(method: Method, n: number): void {
  let calls = 0;
  const original = originals[method] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
  (proto as unknown as Record<Method, unknown>)[method] = function (this: IDBObjectStore, ...args: unknown[]) {
    if (++calls === n) throw new DOMException('injected failure', 'QuotaExceededError');
    return original.apply(this, args);
  };
}

afterEach(() => {
  proto.put = originals.put;
  proto.delete = originals.delete;
});

const alibaba = (): unknown => JSON.parse(readFileSync('public/packs/alibaba-memo.json', 'utf8'));
/** A pack whose entity merges with the bundled Alibaba, so a failure can strike the merge too. */
const merging = (version: string) =>
  makePack({
    version,
    entities: [
      ...makePack().entities,
      { id: 'baba', type: 'company', name: 'Alibaba', listings: [{ exchange: 'XNYS', symbol: 'BABA' }] },
    ],
  });

/** How many times `method` is called while `run` runs. */
async function count(method: Method, run: () => Promise<unknown>): Promise<number> {
  let calls = 0;
  const original = originals[method] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
  (proto as unknown as Record<Method, unknown>)[method] = function (this: IDBObjectStore, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  await run();
  proto[method] = originals[method] as never;
  return calls;
}

const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('a failure mid-import leaves the KB exactly as it was', () => {
  test('every put of a fresh import, failing in turn', async () => {
    const puts = await count('put', async () => {
      const db = await freshDb();
      await importPack(db, alibaba(), { source: 'bundled' });
      await importPack(db, merging('1.0.0'), { source: 'file' });
    });
    expect(puts).toBeGreaterThan(20);
    for (const n of upTo(puts)) await freshImportFailsAt(n);
  }, 60_000);

  async function freshImportFailsAt(n: number): Promise<void> {
    const db = await freshDb();
    await importPack(db, alibaba(), { source: 'bundled' });
    const before = await dumpKb(db);
    failOn('put', n);
    const report = await importPack(db, merging('1.0.0'), { source: 'file' });
    proto.put = originals.put;
    // The n-th put may belong to the first import's count only; past this import's puts it succeeds.
    if (report.ok) return;
    expect(report).toEqual({
      ok: false,
      errors: [{ path: '$', message: expect.stringContaining('nothing was changed') }],
    });
    expect(await dumpKb(db)).toEqual(before);
  }

  test.each(upTo(10))('update, put #%i fails', async (n) => {
    const db = await freshDb();
    await importPack(db, alibaba(), { source: 'bundled' });
    await importPack(db, merging('1.0.0'), { source: 'file' });
    const before = await dumpKb(db);
    failOn('put', n);
    expect((await importPack(db, merging('2.0.0'), { source: 'file' })).ok).toBe(false);
    expect(await dumpKb(db)).toEqual(before);
  });

  test.each([1, 2, 3, 4])('remove, delete #%i fails', async (n) => {
    const db = await freshDb();
    await importPack(db, alibaba(), { source: 'bundled' });
    await importPack(db, merging('1.0.0'), { source: 'file' });
    const before = await dumpKb(db);
    failOn('delete', n);
    await expect(removePack(db, 'test-pack')).rejects.toThrow('injected failure');
    expect(await dumpKb(db)).toEqual(before);
  });
});
