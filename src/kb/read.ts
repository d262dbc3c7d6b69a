// Reading helpers shared by the queries: resolve articles, packs and entity references with per-call caches.
import type { IDBPTransaction } from 'idb';
import type { ArticleRecord, EntityRecord, EventRecord, FactRecord, KbSchema, PackRecord } from './schema';
import { ref } from './schema';
import type { ArticleView, EventView } from './types';

export type ReadTx = IDBPTransaction<KbSchema, ('packs' | 'facts' | 'entities' | 'articles' | 'events')[], 'readonly'>;

export const READ_STORES = ['packs', 'facts', 'entities', 'articles', 'events'] as const;

/** Memoises lookups within one query, so a timeline reads each article, pack and entity once. */
export class Resolver {
  private readonly cache = new Map<string, Promise<unknown>>();
  constructor(readonly tx: ReadTx) {}

  private memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.cache.get(key) as Promise<T> | undefined;
    if (!hit) this.cache.set(key, (hit = load()));
    return hit;
  }

  pack(id: string): Promise<PackRecord | undefined> {
    return this.memo(`p ${id}`, () => this.tx.objectStore('packs').get(id));
  }

  entity(id: string): Promise<EntityRecord | undefined> {
    return this.memo(`e ${id}`, () => this.tx.objectStore('entities').get(id));
  }

  fact(packId: string, localId: string): Promise<FactRecord | undefined> {
    return this.memo(`f ${ref(packId, localId)}`, () => this.tx.objectStore('facts').get([packId, localId]));
  }

  async article(packId: string, id: string): Promise<ArticleView | null> {
    const a = await this.memo(`a ${ref(packId, id)}`, () => this.tx.objectStore('articles').get([packId, id]));
    return a ? articleView(a) : null;
  }

  async eventView(ev: EventRecord): Promise<EventView> {
    const [pack, by, sources] = await Promise.all([
      this.pack(ev.packId),
      Promise.all(ev.by.map((who) => this.who(ev.packId, who))),
      Promise.all(
        ev.sources.map(async (s) => {
          const a = await this.article(ev.packId, s.article);
          return a ? { ...a, ...(s.quote ? { quote: s.quote } : {}) } : null;
        }),
      ),
    ]);
    return {
      id: ev.id,
      packId: ev.packId,
      packTitle: pack?.title ?? ev.packId,
      kind: ev.kind,
      date: ev.date,
      by,
      summary: ev.summary,
      quotes: ev.quotes,
      status: ev.status,
      sources: sources.filter((s): s is NonNullable<typeof s> => s !== null),
    };
  }

  private async who(packId: string, who: EventRecord['by'][number]): Promise<{ id: string | null; name: string }> {
    if (!who.entity) return { id: null, name: who.name ?? '' };
    const fact = await this.fact(packId, who.entity);
    const entity = fact ? await this.entity(fact.entityId) : undefined;
    return entity ? { id: entity.id, name: entity.name } : { id: null, name: fact?.name ?? who.entity };
  }
}

export const articleView = (a: ArticleRecord): ArticleView => ({
  id: a.id,
  url: a.url,
  title: a.title,
  publisher: a.publisher,
  published: a.published,
});

/** Events about an entity's facts, and every event that answers one of them (to any depth). */
export async function entityEvents(tx: ReadTx, facts: FactRecord[]): Promise<EventRecord[]> {
  const events = tx.objectStore('events');
  const found = new Map<string, EventRecord>();
  const about = await Promise.all(facts.map((f) => events.index('by-about').getAll(ref(f.packId, f.localId))));
  let frontier = about.flat();
  // Each round follows one more level of replies; a pack's responsesTo graph has no cycles (validated).
  while (frontier.length > 0) {
    const fresh = frontier.filter((e) => !found.has(ref(e.packId, e.id)));
    for (const e of fresh) found.set(ref(e.packId, e.id), e);
    const replies = await Promise.all(fresh.map((e) => events.index('by-responds').getAll(ref(e.packId, e.id))));
    frontier = replies.flat();
  }
  return [...found.values()];
}
