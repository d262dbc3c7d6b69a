// Turns a validated pack into the KB's records, each remembering the pack it came from.
import { ref, type ArticleRecord, type EventRecord, type FactRecord, type PackRecord } from '../kb/schema';
import type { PackSummary } from '../kb/types';
import { entityKeys } from './references';
import type { Pack } from './types';

export type Origin = { source: 'bundled' | 'file' | 'url'; url?: string };

export function packRecord(pack: Pack, origin: Origin): PackRecord {
  return {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    publisher: pack.publisher,
    updated: pack.updated,
    source: origin.source,
    ...(origin.url ? { url: origin.url } : {}),
    counts: { entities: pack.entities.length, events: pack.events.length, articles: pack.articles.length },
    licence: pack.licence,
    ...(pack.homepage ? { homepage: pack.homepage } : {}),
    ...(pack.description ? { description: pack.description } : {}),
  };
}

/** The PackSummary view of a stored pack (without the fields the options page does not show). */
export function packSummary(p: PackRecord): PackSummary {
  const { id, title, version, publisher, updated, source, url, counts } = p;
  return { id, title, version, publisher, updated, source, ...(url ? { url } : {}), counts };
}

export function factRecords(pack: Pack): FactRecord[] {
  // Fewer entities rank first: a hand-curated pack names an entity before a generated directory does.
  const rank = `${String(pack.entities.length).padStart(6, '0')}/${pack.id}`;
  return pack.entities.map((e) => ({
    packId: pack.id,
    localId: e.id,
    entityId: '',
    rank,
    keys: entityKeys(e).map((k) => k.key),
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    listings: e.listings ?? [],
    identifiers: { ...e.identifiers },
    ...(e.country ? { country: e.country } : {}),
    ...(e.website ? { website: e.website } : {}),
    ...(e.background ? { background: e.background } : {}),
  }));
}

export function articleRecords(pack: Pack): ArticleRecord[] {
  return pack.articles.map((a) => ({ packId: pack.id, ...a, authors: a.authors ?? [] }));
}

export function eventRecords(pack: Pack): EventRecord[] {
  const entityIds = new Set(pack.entities.map((e) => e.id));
  return pack.events.map((ev) => ({
    packId: pack.id,
    id: ev.id,
    kind: ev.kind,
    date: ev.date,
    by: ev.by.map((who) => (entityIds.has(who) ? { entity: who } : { name: who })),
    about: ev.about,
    aboutRefs: ev.about.map((id) => ref(pack.id, id)),
    summary: ev.summary,
    quotes: ev.quotes ?? [],
    status: ev.status,
    sources: ev.sources,
    ...(ev.respondsTo ? { respondsTo: ev.respondsTo, respondsRef: ref(pack.id, ev.respondsTo) } : {}),
  }));
}
