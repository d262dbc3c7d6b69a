import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getDetail, lexiconEntities } from '../../src/kb/queries';
import type { KbDb } from '../../src/kb/db';
import { exportPack, importPack } from '../../src/packs/import';
import { validatePack } from '../../src/packs/validate';
import { ARTICLE, entity, event, freshDb, makePack } from './helpers';

const read = (file: string): unknown => JSON.parse(readFileSync(`public/packs/${file}`, 'utf8'));
const bundled = { source: 'bundled' } as const;

/** The KB as a reader sees it: entities by name with their keys, and each entity's timeline. */
async function view(db: KbDb) {
  const lex = (await lexiconEntities(db)).sort((a, b) => a.name.localeCompare(b.name));
  const details = await Promise.all(lex.map((e) => getDetail(db, e.id)));
  return details.map((d) => ({
    name: d?.card.name,
    aliases: d?.aliases,
    listings: d?.card.listings,
    identifiers: d?.identifiers,
    card: {
      ...d?.card,
      id: undefined,
      latest: d?.card.latest && { ...d.card.latest, source: d.card.latest.source?.url },
    },
    timeline: d?.timeline.map((t) => [
      t.kind,
      t.date,
      t.summary,
      t.by.map((b) => b.name),
      t.sources.map((s) => s.url),
      t.responses.map((r) => r.summary),
    ]),
  }));
}

describe('exportPack', () => {
  test('export then import gives the same KB (entities, keys, timelines)', async () => {
    const db = await freshDb();
    await importPack(db, read('alibaba-memo.json'), bundled);
    await importPack(db, makePack(), bundled);
    const pack = await exportPack(db);
    expect(validatePack(pack).ok).toBe(true);
    const copy = await freshDb();
    expect(await importPack(copy, pack, { source: 'file' })).toMatchObject({ ok: true, outcome: 'imported' });
    expect(await view(copy)).toEqual(await view(db));
    // Ids rest on identifiers, so they survive; an entity without any is named by its pack.
    const ids = (await lexiconEntities(copy)).map((e) => e.id);
    expect(ids).toContain('wikidata:Q1359568');
    expect(ids).toContain('listing:XNYS:ACME');
    expect(ids).toContain('kb-export/white-house');
  });

  test('export is a fixpoint: exporting the re-imported KB gives the same pack', async () => {
    const db = await freshDb();
    await importPack(db, read('alibaba-memo.json'), bundled);
    await importPack(db, read('sec-directory.json'), bundled);
    await importPack(
      db,
      makePack({
        entities: [
          entity('acme', { name: 'Alibaba', listings: [{ exchange: 'XNYS', symbol: 'BABA' }] }),
          entity('bob'),
        ],
        events: [event('e1', ['acme'])],
      }),
      bundled,
    );
    const first = await exportPack(db);
    const copy = await freshDb();
    await importPack(copy, first, { source: 'file' });
    expect(await exportPack(copy)).toEqual(first);
    // Three packs' Alibaba is one entity: every listing and identifier, named by the smallest pack.
    const baba = first.entities.filter((e) => e.listings?.some((l) => l.symbol === 'BABA'));
    expect(baba).toHaveLength(1);
    expect(baba[0]).toMatchObject({ name: 'Alibaba', identifiers: { wikidata: 'Q1359568', cik: '1577552' } });
    expect(baba[0]?.listings?.map((l) => `${l.exchange}:${l.symbol}`).sort()).toEqual([
      'OTCM:BABAF',
      'OTCM:BBAAY',
      'XHKG:9988',
      'XNYS:BABA',
    ]);
  }, 30_000);

  test('one entity: its timeline, the entities it names, the articles it cites', async () => {
    const db = await freshDb();
    await importPack(db, read('alibaba-memo.json'), bundled);
    await importPack(db, makePack(), bundled);
    const pack = await exportPack(db, { entityId: 'wikidata:Q1359568' });
    expect(pack.id).toBe('entity-alibaba-group-holding-ltd');
    expect(pack.events.map((e) => e.id)).toEqual(['memo-allegation', 'alibaba-denial', 'embassy-rebuttal']);
    expect(pack.entities.map((e) => e.id).sort()).toEqual([
      'alibaba',
      'chinese-embassy-washington',
      'pla',
      'white-house',
    ]);
    expect(pack.articles).toHaveLength(1);
    await expect(exportPack(db, { entityId: 'nope' })).rejects.toThrow("no entity with id 'nope'");
  });

  test('ids two packs share are prefixed with the pack id', async () => {
    const db = await freshDb();
    await importPack(db, makePack({ id: 'one' }), bundled);
    await importPack(
      db,
      makePack({
        id: 'two',
        entities: [
          entity('acme', { listings: [{ exchange: 'XNAS', symbol: 'TWO' }] }),
          entity('bob', { type: 'person' }),
        ],
        articles: [{ ...ARTICLE }],
      }),
      bundled,
    );
    const pack = await exportPack(db);
    expect(pack.events.map((e) => e.id).sort()).toEqual(['one.e1', 'one.e2', 'two.e1', 'two.e2']);
    expect(pack.articles.map((a) => a.id)).toEqual(['one.a1', 'two.a1']);
  });
});
