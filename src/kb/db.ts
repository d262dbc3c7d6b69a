// Opens the knowledge base: a typed idb schema built by an append-only upgrade ladder.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { KbSchema } from './schema';

export type KbDb = IDBPDatabase<KbSchema>;
export type UpgradeTx = IDBPTransaction<KbSchema, ArrayLike<StoreNames<KbSchema>>, 'versionchange'>;
export type Step = (db: KbDb, tx: UpgradeTx) => void;

/**
 * The upgrade ladder: step i takes the database from version i to i + 1. Append only: never edit a
 * shipped step (a user's database went through it); test/kb/upgrade.test.ts seeds each version and checks.
 */
export const steps: readonly Step[] = [
  // v1: packs, what each says about entities (facts), the merged entities, articles, events.
  (db) => {
    db.createObjectStore('packs', { keyPath: 'id' });
    const facts = db.createObjectStore('facts', { keyPath: ['packId', 'localId'] });
    facts.createIndex('by-pack', 'packId');
    facts.createIndex('by-entity', 'entityId');
    facts.createIndex('by-key', 'keys', { multiEntry: true });
    const entities = db.createObjectStore('entities', { keyPath: 'id' });
    entities.createIndex('by-term', 'terms', { multiEntry: true });
    entities.createIndex('by-symbol', 'symbols', { multiEntry: true });
    db.createObjectStore('articles', { keyPath: ['packId', 'id'] }).createIndex('by-pack', 'packId');
    const events = db.createObjectStore('events', { keyPath: ['packId', 'id'] });
    events.createIndex('by-pack', 'packId');
    events.createIndex('by-about', 'aboutRefs', { multiEntry: true });
    events.createIndex('by-responds', 'respondsRef');
  },
];

/** Opens (creating or upgrading) the KB. The name is a parameter so every test gets a fresh database. */
export function openKb(name = 'backstory', ladder: readonly Step[] = steps): Promise<KbDb> {
  return openDB<KbSchema>(name, ladder.length, {
    upgrade(db, from, _to, tx) {
      for (const step of ladder.slice(from)) step(db, tx);
    },
  });
}
