// Exports the whole KB, or one entity with its timeline, as a valid pack (format v1) that imports back.
import type { KbDb } from '../kb/db';
import type { SourceRef } from '../kb/types';
import { READ_STORES } from '../kb/read';
import {
  ref,
  type ArticleRecord,
  type EntityRecord,
  type EventRecord,
  type FactRecord,
  type PackRecord,
} from '../kb/schema';
import { canonicalPackText } from './canonical';
import { PACK_FORMAT, type Pack, type PackEntity, type PackEvent } from './types';
import { validatePack } from './validate';

interface Snapshot {
  packs: PackRecord[];
  facts: FactRecord[];
  entities: EntityRecord[];
  articles: ArticleRecord[];
  events: EventRecord[];
}

async function snapshot(db: KbDb): Promise<Snapshot> {
  const tx = db.transaction([...READ_STORES]);
  const [packs, facts, entities, articles, events] = await Promise.all([
    tx.objectStore('packs').getAll(),
    tx.objectStore('facts').getAll(),
    tx.objectStore('entities').getAll(),
    tx.objectStore('articles').getAll(),
    tx.objectStore('events').getAll(),
  ]);
  return { packs, facts, entities, articles, events };
}

/** Local ids for records of several packs: the plain id where only one pack uses it, else `packId.id`. */
function localIds<T>(
  items: T[],
  key: (t: T) => string,
  packId: (t: T) => string,
  id: (t: T) => string,
): Map<string, string> {
  const uses = new Map<string, number>();
  for (const t of items) uses.set(id(t), (uses.get(id(t)) ?? 0) + 1);
  return new Map(items.map((t) => [key(t), (uses.get(id(t)) ?? 0) > 1 ? prefixed(packId(t), id(t)) : id(t)]));
}

/** `packId.id`, kept within the 128 characters of an id by a hash where both are long. */
function prefixed(packId: string, id: string): string {
  const full = `${packId}.${id}`;
  if (full.length <= 128) return full;
  let hash = 0x811c9dc5;
  for (let i = 0; i < full.length; i++) hash = Math.imul(hash ^ full.charCodeAt(i), 0x01000193) >>> 0;
  return `${full.slice(0, 119)}.${hash.toString(16).padStart(8, '0')}`;
}

/** The events to export: all, or those of one entity's timeline plus what they answer. */
function chooseEvents(s: Snapshot, entityId: string | undefined): EventRecord[] {
  if (entityId === undefined) return s.events;
  const mine = new Set(s.facts.filter((f) => f.entityId === entityId).map((f) => ref(f.packId, f.localId)));
  const byRef = new Map(s.events.map((e) => [ref(e.packId, e.id), e]));
  const chosen = new Set(s.events.filter((e) => e.aboutRefs.some((a) => mine.has(a))).map((e) => ref(e.packId, e.id)));
  // Replies to chosen events, and the events chosen ones answer, until nothing more joins.
  for (let grew = true; grew;) {
    grew = false;
    for (const e of s.events) {
      const key = ref(e.packId, e.id);
      const joins = !chosen.has(key) && e.respondsRef !== undefined && chosen.has(e.respondsRef);
      const parent = chosen.has(key) && e.respondsRef && byRef.has(e.respondsRef) && !chosen.has(e.respondsRef);
      if (joins) chosen.add(key);
      if (parent && e.respondsRef) chosen.add(e.respondsRef);
      grew ||= joins || !!parent;
    }
  }
  return s.events.filter((e) => chosen.has(ref(e.packId, e.id)));
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '') || 'entity';

const joined = (values: string[], max: number): string => {
  const text = [...new Set(values)].sort().join('; ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/** How KB records are named in the exported pack. */
interface Names {
  entity: (packId: string, localId: string) => string;
  article: (packId: string, id: string) => string;
  event: (eventRef: string) => string | undefined;
  entityId: Map<string, string>;
  background: Map<string, FactRecord>;
}

function names(s: Snapshot, events: EventRecord[], entities: EntityRecord[]): Names & { articles: ArticleRecord[] } {
  const factEntity = new Map(s.facts.map((f) => [ref(f.packId, f.localId), f.entityId]));
  const ranked = [...s.facts].sort((a, b) => (`${a.rank}/${a.localId}` < `${b.rank}/${b.localId}` ? -1 : 1));
  const first = new Map<string, FactRecord>();
  const background = new Map<string, FactRecord>();
  for (const f of ranked) {
    if (!first.has(f.entityId)) first.set(f.entityId, f);
    if (f.background && !background.has(f.entityId)) background.set(f.entityId, f);
  }
  const entityId = localIds(
    entities,
    (e) => e.id,
    (e) => first.get(e.id)?.packId ?? '',
    (e) => first.get(e.id)?.localId ?? slug(e.id),
  );
  const cited = new Set([
    ...events.flatMap((e) => e.sources.map((src) => ref(e.packId, src.article))),
    ...entities.flatMap((e) => {
      const f = background.get(e.id);
      return f?.background ? f.background.sources.map((src) => ref(f.packId, src.article)) : [];
    }),
  ]);
  const articles = s.articles.filter((a) => cited.has(ref(a.packId, a.id)));
  const articleId = localIds(
    articles,
    (a) => ref(a.packId, a.id),
    (a) => a.packId,
    (a) => a.id,
  );
  const eventId = localIds(
    events,
    (e) => ref(e.packId, e.id),
    (e) => e.packId,
    (e) => e.id,
  );
  return {
    entity: (packId, localId) => entityId.get(factEntity.get(ref(packId, localId)) ?? '') ?? localId,
    article: (packId, id) => articleId.get(ref(packId, id)) ?? id,
    event: (eventRef) => eventId.get(eventRef),
    entityId,
    background,
    articles,
  };
}

const sourceOf = (n: Names, packId: string) => (src: SourceRef) => ({
  article: n.article(packId, src.article),
  ...(src.quote ? { quote: src.quote } : {}),
});

function packEntity(e: EntityRecord, n: Names): PackEntity {
  const bg = n.background.get(e.id);
  return {
    id: n.entityId.get(e.id) ?? e.id,
    type: e.type,
    name: e.name,
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    ...(e.listings.length ? { listings: e.listings } : {}),
    ...(Object.keys(e.identifiers).length ? { identifiers: e.identifiers } : {}),
    ...(e.country ? { country: e.country } : {}),
    ...(e.website ? { website: e.website } : {}),
    ...(bg?.background
      ? { background: { text: bg.background.text, sources: bg.background.sources.map(sourceOf(n, bg.packId)) } }
      : {}),
  };
}

function packEvent(ev: EventRecord, n: Names): PackEvent {
  const respondsTo = ev.respondsRef ? n.event(ev.respondsRef) : undefined;
  return {
    id: n.event(ref(ev.packId, ev.id)) ?? ev.id,
    kind: ev.kind,
    date: ev.date,
    by: ev.by.map((who) => (who.entity ? n.entity(ev.packId, who.entity) : (who.name ?? ''))),
    about: [...new Set(ev.about.map((id) => n.entity(ev.packId, id)))],
    summary: ev.summary,
    ...(ev.quotes.length ? { quotes: ev.quotes } : {}),
    status: ev.status,
    sources: ev.sources.map(sourceOf(n, ev.packId)),
    ...(respondsTo ? { respondsTo } : {}),
  };
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The exported records, in a stable order: entities and articles by id, events by date then id. */
function build(s: Snapshot, events: EventRecord[], keep: Set<string>): Pick<Pack, 'entities' | 'articles' | 'events'> {
  const entities = s.entities.filter((e) => keep.has(e.id));
  const n = names(s, events, entities);
  return {
    entities: entities.map((e) => packEntity(e, n)).sort(byId),
    articles: n.articles
      .map(({ packId, authors, ...a }) => ({
        ...a,
        id: n.article(packId, a.id),
        ...(authors.length ? { authors } : {}),
      }))
      .sort(byId),
    events: events
      .map((e) => packEvent(e, n))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a, b))),
  };
}

/** The entities an export of `entityId` needs: it, and every entity its events name. */
function entitiesFor(s: Snapshot, events: EventRecord[], entityId: string | undefined): Set<string> {
  if (entityId === undefined) return new Set(s.entities.map((e) => e.id));
  const facts = new Map(s.facts.map((f) => [ref(f.packId, f.localId), f.entityId]));
  const keep = new Set([entityId]);
  for (const ev of events) {
    for (const id of [...ev.about, ...ev.by.flatMap((b) => (b.entity ? [b.entity] : []))]) {
      const kbId = facts.get(ref(ev.packId, id));
      if (kbId) keep.add(kbId);
    }
  }
  return keep;
}

/**
 * The whole KB, or one entity with its timeline and the entities that timeline names, as a pack.
 * Merged entities come out merged; ids that two packs share get their pack's id as a prefix.
 */
export async function exportPack(db: KbDb, opts: { entityId?: string } = {}): Promise<Pack> {
  const s = await snapshot(db);
  const entity = opts.entityId === undefined ? undefined : s.entities.find((e) => e.id === opts.entityId);
  if (opts.entityId !== undefined && !entity) throw new Error(`no entity with id '${opts.entityId}'`);
  const events = chooseEvents(s, opts.entityId);
  const body = build(s, events, entitiesFor(s, events, opts.entityId));
  const packIds = new Set([...s.facts.map((f) => f.packId), ...events.map((e) => e.packId)]);
  const packs = s.packs.filter((p) => packIds.has(p.id));
  const updated =
    packs
      .map((p) => p.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const raw: Pack = {
    format: PACK_FORMAT,
    id: entity ? `entity-${slug(entity.name)}` : 'kb-export',
    title: entity ? `Backstory: ${entity.name}`.slice(0, 200) : 'Backstory export',
    // The date of the newest pack in it, so a later export of a grown KB is a newer version.
    version: updated.split('-').map(Number).join('.'),
    publisher:
      joined(
        packs.map((p) => p.publisher),
        200,
      ) || 'Backstory',
    licence:
      joined(
        packs.map((p) => p.licence),
        200,
      ) || 'unknown',
    updated,
    ...body,
  };
  const checked = validatePack(JSON.parse(canonicalPackText(raw)));
  if (!checked.ok)
    throw new Error(
      `export produced an invalid pack: ${checked.errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')}`,
    );
  return checked.pack;
}
