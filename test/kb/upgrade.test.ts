import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import type { IDBPDatabase } from 'idb';
import { describe, expect, test } from 'vitest';
import { openKb, steps, type Step } from '../../src/kb/db';
import { STORES } from '../../src/kb/schema';
import { importPack } from '../../src/packs/import';
import { dumpKb } from './dump';

let n = 0;
const name = (): string => `upgrade-${process.pid}-${n++}`;
const alibaba = (): unknown => JSON.parse(readFileSync('public/packs/alibaba-memo.json', 'utf8'));

/** Store and index names, for comparing schemas. */
async function shape(dbName: string, version: number) {
  const db = await openKb(dbName, steps.slice(0, version));
  const tx = db.transaction([...db.objectStoreNames]);
  const out = [...db.objectStoreNames].map((s) => [s, [...tx.objectStore(s).indexNames]]);
  db.close();
  return out;
}

describe('upgrade ladder', () => {
  test('step 1 (v0 → v1) creates every store and index', async () => {
    expect(await shape(name(), 1)).toEqual([
      ['articles', ['by-pack']],
      ['entities', ['by-symbol', 'by-term']],
      ['events', ['by-about', 'by-pack', 'by-responds']],
      ['facts', ['by-entity', 'by-key', 'by-pack']],
      ['packs', []],
    ]);
    expect([...STORES].sort()).toEqual((await shape(name(), 1)).map(([s]) => s));
  });

  // One test per step from v2 on: seed the database at the step's old version, upgrade, lose nothing.
  test.each(steps.slice(1).map((_, i) => i + 2))('step %i keeps every record', async (version) => {
    const dbName = name();
    const old = await openKb(dbName, steps.slice(0, version - 1));
    await importPack(old, alibaba(), { source: 'bundled' });
    const before = await dumpKb(old);
    old.close();
    const db = await openKb(dbName, steps.slice(0, version));
    expect(await dumpKb(db)).toEqual(before);
    db.close();
  });

  test('reopening runs no step again, and a step added later runs once on the old records', async () => {
    const dbName = name();
    const db = await openKb(dbName);
    await importPack(db, alibaba(), { source: 'bundled' });
    const before = await dumpKb(db);
    db.close();
    const reopened = await openKb(dbName);
    expect(await dumpKb(reopened)).toEqual(before);
    reopened.close();
    // A hypothetical next step (an index), to check the ladder mechanics themselves.
    let runs = 0;
    const next: Step = (_db, tx) => {
      runs++;
      (tx.objectStore('articles') as unknown as IDBObjectStore).createIndex('by-url', 'url');
    };
    const upgraded = await openKb(dbName, [...steps, next]);
    expect(runs).toBe(1);
    expect(await dumpKb(upgraded)).toEqual(before);
    // The typed schema does not know the hypothetical index, so ask through the untyped database.
    expect(await (upgraded as unknown as IDBPDatabase).getAllFromIndex('articles', 'by-url')).toHaveLength(1);
    upgraded.close();
  });
});
