// The queries the background and the UI ask of the knowledge base: cards, details, search, lexicon, revision.
import type { LexiconEntity, Listing } from '../detect/types';
import type { KbDb } from './db';
import { steps } from './db';
import { normaliseTerm } from './merge';
import { entityEvents, READ_STORES, Resolver, type ReadTx } from './read';
import type { EntityRecord, EventRecord, FactRecord } from './schema';
import { ref } from './schema';
import type { EntityCard, EntityDetail, EventView, TimelineItem } from './types';

const byDate = (a: EventRecord, b: EventRecord): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : ref(a.packId, a.id) < ref(b.packId, b.id) ? -1 : 1;

const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;

interface Loaded {
  entity: EntityRecord;
  facts: FactRecord[];
  events: EventRecord[];
}

async function load(tx: ReadTx, id: string): Promise<Loaded | null> {
  const entity = await tx.objectStore('entities').get(id);
  if (!entity) return null;
  const facts = (await tx.objectStore('facts').index('by-entity').getAll(id)).sort((a, b) =>
    a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0,
  );
  return { entity, facts, events: (await entityEvents(tx, facts)).sort(byDate) };
}

async function card(r: Resolver, { entity, facts, events }: Loaded): Promise<EntityCard> {
  const latest = events.at(-1);
  const source = latest?.sources[0];
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    listings: entity.listings,
    summary: firstSentence(facts.find((f) => f.background)?.background?.text ?? ''),
    allegations: events.filter((e) => e.kind === 'allegation').length,
    denials: events.filter((e) => e.kind === 'denial').length,
    latest: latest
      ? {
          kind: latest.kind,
          date: latest.date,
          summary: latest.summary,
          source: source ? await r.article(latest.packId, source.article) : null,
        }
      : null,
  };
}

/** The hover card of one entity, or null when the KB has no such entity. */
export async function getCard(db: KbDb, id: string): Promise<EntityCard | null> {
  const tx = db.transaction([...READ_STORES]);
  const loaded = await load(tx, id);
  return loaded ? card(new Resolver(tx), loaded) : null;
}

/** Cards for the ids the KB knows, in the order asked; unknown ids are left out. */
export function getCards(db: KbDb, ids: string[]): Promise<EntityCard[]> {
  return cardsIn(db.transaction([...READ_STORES]), [...new Set(ids)]);
}

async function cardsIn(tx: ReadTx, ids: string[]): Promise<EntityCard[]> {
  const r = new Resolver(tx);
  const loaded = await Promise.all(ids.map((id) => load(tx, id)));
  return Promise.all(loaded.filter((l): l is Loaded => l !== null).map((l) => card(r, l)));
}

/** Top-level events in date order, each with the replies (at any depth) that lead back to it. */
async function timeline(r: Resolver, events: EventRecord[]): Promise<TimelineItem[]> {
  const byRef = new Map(events.map((e) => [ref(e.packId, e.id), e]));
  const rootOf = (e: EventRecord): string => {
    let at = e;
    for (
      let parent = at.respondsRef && byRef.get(at.respondsRef);
      parent;
      parent = at.respondsRef && byRef.get(at.respondsRef)
    ) {
      at = parent;
    }
    return ref(at.packId, at.id);
  };
  const replies = new Map<string, EventView[]>();
  const views = await Promise.all(events.map((e) => r.eventView(e)));
  const items: TimelineItem[] = [];
  events.forEach((e, i) => {
    const view = views[i];
    if (!view) return;
    const root = rootOf(e);
    if (root === ref(e.packId, e.id)) items.push({ ...view, responses: [] });
    else replies.set(root, [...(replies.get(root) ?? []), view]);
  });
  for (const item of items) item.responses = replies.get(ref(item.packId, item.id)) ?? [];
  return items;
}

/** Everything the popup and details page show for one entity. */
export async function getDetail(db: KbDb, id: string): Promise<EntityDetail | null> {
  const tx = db.transaction([...READ_STORES]);
  const loaded = await load(tx, id);
  if (!loaded) return null;
  const r = new Resolver(tx);
  const { entity, facts, events } = loaded;
  const background = await Promise.all(
    facts
      .flatMap((f) => (f.background ? [{ f, bg: f.background }] : []))
      .map(async ({ f, bg }) => ({
        text: bg.text,
        packId: f.packId,
        packTitle: (await r.pack(f.packId))?.title ?? f.packId,
        sources: (await Promise.all(bg.sources.map((s) => r.article(f.packId, s.article)))).filter((a) => a !== null),
      })),
  );
  return {
    card: await card(r, loaded),
    aliases: entity.aliases,
    identifiers: { ...entity.identifiers },
    country: entity.country ?? null,
    website: entity.website ?? null,
    background,
    timeline: await timeline(r, events),
  };
}

/** How a query names a ticker: `BABA`, `$BABA`, `NYSE:BABA`. */
const symbolOf = (query: string): string => query.trim().replace(/^\$/, '').replace(/^.*:/, '').toUpperCase();

/** Entities whose ticker is the query, then those with a name or alias starting with it. */
export async function searchEntities(db: KbDb, query: string, limit = 20): Promise<EntityCard[]> {
  const term = normaliseTerm(query);
  if (!term || limit <= 0) return [];
  const tx = db.transaction([...READ_STORES]);
  const ids = new Set(
    (await tx.objectStore('entities').index('by-symbol').getAllKeys(symbolOf(query))).slice(0, limit),
  );
  const range = IDBKeyRange.bound(term, `${term}\uffff`);
  for (
    let c = await tx.objectStore('entities').index('by-term').openKeyCursor(range);
    c && ids.size < limit;
    c = await c.continue()
  ) {
    ids.add(c.primaryKey);
  }
  return cardsIn(tx, [...ids]);
}

/** Cards of the entities listed as `exchange:symbol` (normally one). */
export async function entitiesByListing(db: KbDb, listing: Listing): Promise<EntityCard[]> {
  const tx = db.transaction([...READ_STORES]);
  const hits = await tx.objectStore('entities').index('by-symbol').getAll(listing.symbol.toUpperCase());
  const ids = hits.filter((e) => e.listings.some((l) => l.exchange === listing.exchange)).map((e) => e.id);
  return cardsIn(tx, ids);
}

/** Cards of the entities with this exact name or alias (case and spacing aside). */
export async function entitiesByName(db: KbDb, name: string): Promise<EntityCard[]> {
  const tx = db.transaction([...READ_STORES]);
  const ids = await tx.objectStore('entities').index('by-term').getAllKeys(normaliseTerm(name));
  return cardsIn(tx, [...new Set(ids)]);
}

/** What the detection engine needs of every entity. */
export async function lexiconEntities(db: KbDb): Promise<LexiconEntity[]> {
  const entities = await db.getAll('entities');
  return entities.map(({ id, name, aliases, listings }) => ({ id, name, aliases, listings }));
}

/** Counts for the options page and the bench. */
export async function kbCounts(
  db: KbDb,
): Promise<{ packs: number; entities: number; events: number; articles: number }> {
  const [packs, entities, events, articles] = await Promise.all(
    (['packs', 'entities', 'events', 'articles'] as const).map((s) => db.count(s)),
  );
  return { packs: packs ?? 0, entities: entities ?? 0, events: events ?? 0, articles: articles ?? 0 };
}

/**
 * A string that changes whenever the installed packs change (and with the schema), so a compiled
 * lexicon can be cached under it. The KB is a function of its packs' ids and versions (see the ADR).
 */
export async function kbRevision(db: KbDb): Promise<string> {
  const packs = (await db.getAll('packs')).map((p) => `${p.id}@${p.version}`).sort();
  let hash = 0x811c9dc5; // FNV-1a
  for (const ch of packs.join('\n')) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `kb${steps.length}-${packs.length}-${hash.toString(16).padStart(8, '0')}`;
}
