// Installs, replaces, removes and lists packs; each change is one IndexedDB transaction, whole or nothing.
import type { KbDb } from '../kb/db';
import { reconcile, type WriteTx } from '../kb/merge';
import { inTransaction } from '../kb/transact';
import { Writes } from '../kb/writes';
import type { ImportReport, PackSummary } from '../kb/types';
import { compareVersions } from './checks';
import { articleRecords, eventRecords, factRecords, packRecord, packSummary, type Origin } from './records';
import type { Pack } from './types';
import { validatePack } from './validate';

export { exportPack } from './export';
export type { Origin } from './records';

/** Every key [packId, *] of a store keyed [packId, id]: arrays sort after strings in IndexedDB. */
const packRange = (packId: string): IDBKeyRange => IDBKeyRange.bound([packId], [packId, []]);

/** Deletes everything a pack brought; returns the entities whose facts changed. */
async function deletePackRecords(tx: WriteTx, packId: string): Promise<Set<string>> {
  const facts = await tx.objectStore('facts').index('by-pack').getAll(packId);
  const writes = new Writes();
  for (const store of ['facts', 'articles', 'events'] as const)
    writes.add(() => tx.objectStore(store).delete(packRange(packId)));
  writes.add(() => tx.objectStore('packs').delete(packId));
  await writes.settle();
  return new Set(facts.map((f) => f.entityId));
}

async function writePack(tx: WriteTx, pack: Pack, origin: Origin, touched: Set<string>): Promise<void> {
  const articles = tx.objectStore('articles');
  const events = tx.objectStore('events');
  const writes = new Writes();
  writes.add(() => tx.objectStore('packs').put(packRecord(pack, origin)));
  for (const a of articleRecords(pack)) writes.add(() => articles.put(a));
  for (const e of eventRecords(pack)) writes.add(() => events.put(e));
  writes.add(() => reconcile(tx, factRecords(pack), touched));
  await writes.settle();
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

type Outcome = ImportReport | { ok: true; outcome: 'imported' | 'updated' };

async function install(tx: WriteTx, pack: Pack, origin: Origin): Promise<Outcome> {
  const old = await tx.objectStore('packs').get(pack.id);
  const order = old ? compareVersions(pack.version, old.version) : 1;
  if (old && order === 0) return { ok: true, pack: packSummary(old), outcome: 'unchanged' };
  if (old && order < 0) {
    const text = `version ${pack.version} is older than the installed version ${old.version}; remove the pack first to go back`;
    return { ok: false, errors: [{ path: 'version', message: text }] };
  }
  const touched = old ? await deletePackRecords(tx, pack.id) : new Set<string>();
  await writePack(tx, pack, origin, touched);
  return { ok: true, outcome: old ? 'updated' : 'imported' };
}

/**
 * Validates and installs a pack in one transaction. The same version again changes nothing; a newer
 * version replaces that pack's records; an older one is refused. On any failure the KB is as it was.
 */
export async function importPack(db: KbDb, raw: unknown, origin: Origin): Promise<ImportReport> {
  const checked = validatePack(raw);
  if (!checked.ok) return checked;
  try {
    const result = await inTransaction(db, (tx) => install(tx, checked.pack, origin));
    if ('pack' in result || !result.ok) return result;
    return { ok: true, pack: packSummary(packRecord(checked.pack, origin)), outcome: result.outcome };
  } catch (e) {
    return {
      ok: false,
      errors: [{ path: '$', message: `the pack could not be stored, nothing was changed: ${message(e)}` }],
    };
  }
}

/** Removes a pack and exactly what it brought; entities other packs still describe stay. */
export function removePack(db: KbDb, packId: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    if (!(await tx.objectStore('packs').get(packId))) return false;
    await reconcile(tx, [], await deletePackRecords(tx, packId));
    return true;
  });
}

/** The installed packs, by title. */
export async function listPacks(db: KbDb): Promise<PackSummary[]> {
  const packs = await db.getAll('packs');
  return packs.map(packSummary).sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
}
