// Derives KB entities from facts: facts sharing a merge key are one entity, whatever the order packs came in.
import type { IDBPTransaction } from 'idb';
import type { Listing } from '../detect/types';
import { Writes } from './writes';
import { ref, type EntityRecord, type FactRecord, type Identifiers, type KbSchema } from './schema';

export type WriteTx = IDBPTransaction<
  KbSchema,
  ('packs' | 'facts' | 'entities' | 'articles' | 'events')[],
  'readwrite'
>;

/** Merge-key kinds, strongest first: the strongest key of a group names the entity. */
const KEY_ORDER = ['wikidata', 'lei', 'cik', 'isin', 'listing'];

/** Lower case, NFKC, single spaces: how names are compared and searched. */
export const normaliseTerm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const keyRank = (key: string): number => KEY_ORDER.indexOf(key.slice(0, key.indexOf(':')));

/** The stable KB id of a group of facts: its strongest key (`wikidata:Q1359568`), else `packId/localId`. */
export function entityIdOf(facts: FactRecord[]): string {
  const keys = facts.flatMap((f) => f.keys);
  if (keys.length === 0) return facts.map((f) => ref(f.packId, f.localId)).sort()[0] ?? '';
  return keys.sort((a, b) => keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? '';
}

/** Connected components of facts, an edge wherever two facts share a key (union-find). */
export function groupFacts(facts: FactRecord[]): FactRecord[][] {
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const owner = new Map<string, number>();
  facts.forEach((f, i) => {
    for (const key of f.keys) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, FactRecord[]>();
  facts.forEach((f, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  });
  return [...groups.values()];
}

const byRank = (a: FactRecord, b: FactRecord): number => {
  const ka = `${a.rank}/${a.localId}`;
  const kb = `${b.rank}/${b.localId}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

function mergeIdentifiers(facts: FactRecord[]): Identifiers {
  const out: Identifiers = {};
  for (const kind of ['isin', 'lei', 'wikidata', 'cik'] as const) {
    // The smallest value, like the id: the same whatever order the packs came in.
    const values = facts
      .map((f) => f.identifiers[kind])
      .filter((v): v is string => !!v)
      .sort();
    if (values[0]) out[kind] = values[0];
  }
  return out;
}

/** The merged entity of a group: the best-ranked fact names it; aliases and listings are the union. */
export function mergeFacts(group: FactRecord[]): EntityRecord {
  const facts = [...group].sort(byRank);
  const first = facts[0];
  if (!first) throw new Error('mergeFacts: empty group');
  const seen = new Set([normaliseTerm(first.name)]);
  const aliases: string[] = [];
  for (const name of facts.flatMap((f) => [f.name, ...f.aliases])) {
    const term = normaliseTerm(name);
    if (seen.has(term)) continue;
    seen.add(term);
    aliases.push(name);
  }
  const listings = new Map<string, Listing>();
  for (const l of facts.flatMap((f) => f.listings)) listings.set(`${l.exchange}:${l.symbol}`, l);
  const country = facts.find((f) => f.country)?.country;
  const website = facts.find((f) => f.website)?.website;
  return {
    id: entityIdOf(facts),
    type: first.type,
    name: first.name,
    aliases,
    listings: [...listings.values()],
    identifiers: mergeIdentifiers(facts),
    ...(country ? { country } : {}),
    ...(website ? { website } : {}),
    terms: [...seen],
    symbols: [...new Set([...listings.values()].map((l) => l.symbol))],
  };
}

/**
 * Restores the invariant "every entity is one connected group of facts" after `added` facts arrive
 * and/or the facts of the entities in `touched` changed (a pack was removed or replaced).
 * Only the groups those facts reach are re-derived; the rest of the KB is not read.
 */
export async function reconcile(tx: WriteTx, added: FactRecord[], touched: Set<string>): Promise<void> {
  const facts = tx.objectStore('facts');
  const keys = [...new Set(added.flatMap((f) => f.keys))];
  for (const hits of await Promise.all(keys.map((k) => facts.index('by-key').getAll(k)))) {
    for (const f of hits) touched.add(f.entityId);
  }
  const affected = new Map(added.map((f) => [ref(f.packId, f.localId), f]));
  for (const group of await Promise.all([...touched].map((id) => facts.index('by-entity').getAll(id)))) {
    for (const f of group) affected.set(ref(f.packId, f.localId), f);
  }
  const entities = tx.objectStore('entities');
  const kept = new Set<string>();
  const writes = new Writes();
  for (const group of groupFacts([...affected.values()])) {
    const entity = mergeFacts(group);
    kept.add(entity.id);
    writes.add(() => entities.put(entity));
    for (const f of group) {
      if (f.entityId === entity.id) continue;
      f.entityId = entity.id;
      writes.add(() => facts.put(f));
    }
  }
  for (const id of touched) if (!kept.has(id)) writes.add(() => entities.delete(id));
  await writes.settle();
}
