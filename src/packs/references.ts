// The rules a JSON Schema cannot state: unique ids, references that resolve, identifiers no two entities share.
import type { Pack, PackEntity } from './types';
import { LOCAL_ID_PATTERN } from './spec';
import type { Sink } from './walk';

const looksLikeId = new RegExp(LOCAL_ID_PATTERN);

function uniqueIds(section: 'entities' | 'articles' | 'events', items: { id: string }[], sink: Sink): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else sink.add(`${section}[${i}].id`, `'${item.id}' is already the id of ${section}[${first}]`);
  });
  return new Set(seen.keys());
}

/** The merge keys of an entity: what makes two packs' entities one (see docs/adr/0001-kb-entity-merge.md). */
export function entityKeys(e: Pick<PackEntity, 'identifiers' | 'listings'>): { key: string; field: string }[] {
  const out: { key: string; field: string }[] = [];
  const ids = e.identifiers ?? {};
  for (const kind of ['wikidata', 'lei', 'cik', 'isin'] as const) {
    const value = ids[kind];
    if (value) out.push({ key: `${kind}:${value}`, field: `identifiers.${kind}` });
  }
  (e.listings ?? []).forEach((l, i) => out.push({ key: `listing:${l.exchange}:${l.symbol}`, field: `listings[${i}]` }));
  return out;
}

function uniqueKeys(entities: PackEntity[], sink: Sink): void {
  const owner = new Map<string, number>();
  entities.forEach((e, i) => {
    for (const { key, field } of entityKeys(e)) {
      const first = owner.get(key);
      if (first === undefined) owner.set(key, i);
      else {
        const who = first === i ? 'this entity' : `entities[${first}] ('${entities[first]?.id}')`;
        sink.add(`entities[${i}].${field}`, `${key.replace(/^listing:/, '')} already belongs to ${who}`);
      }
    }
  });
}

function respondsCycles(pack: Pack, sink: Sink): void {
  const parent = new Map(pack.events.map((e) => [e.id, e.respondsTo]));
  pack.events.forEach((e, i) => {
    const chain = [e.id];
    for (let at = e.respondsTo; at !== undefined && parent.has(at); at = parent.get(at)) {
      if (chain.includes(at)) {
        return sink.add(`events[${i}].respondsTo`, `${[...chain, at].map((c) => `'${c}'`).join(' → ')} is a cycle`);
      }
      chain.push(at);
    }
  });
}

/** Adds an error for every reference in a structurally valid pack that does not resolve. */
export function checkReferences(pack: Pack, sink: Sink): void {
  const entityIds = uniqueIds('entities', pack.entities, sink);
  const articleIds = uniqueIds('articles', pack.articles, sink);
  const eventIds = uniqueIds('events', pack.events, sink);
  uniqueKeys(pack.entities, sink);
  const article = (path: string, id: string): void => {
    if (!articleIds.has(id)) sink.add(path, `no article with id '${id}' in this pack`);
  };
  pack.entities.forEach((e, i) =>
    e.background?.sources.forEach((s, j) => article(`entities[${i}].background.sources[${j}].article`, s.article)),
  );
  pack.events.forEach((ev, i) => {
    const at = `events[${i}]`;
    ev.sources.forEach((s, j) => article(`${at}.sources[${j}].article`, s.article));
    ev.about.forEach((id, j) => {
      if (!entityIds.has(id)) sink.add(`${at}.about[${j}]`, `no entity with id '${id}' in this pack`);
    });
    ev.by.forEach((who, j) => {
      if (looksLikeId.test(who) && !entityIds.has(who)) {
        sink.add(
          `${at}.by[${j}]`,
          `no entity with id '${who}' in this pack (a free name is written as people read it, e.g. 'US officials')`,
        );
      }
    });
    if (ev.respondsTo === ev.id) sink.add(`${at}.respondsTo`, 'an event cannot respond to itself');
    else if (ev.respondsTo !== undefined && !eventIds.has(ev.respondsTo)) {
      sink.add(`${at}.respondsTo`, `no event with id '${ev.respondsTo}' in this pack`);
    }
  });
  respondsCycles(pack, sink);
}
