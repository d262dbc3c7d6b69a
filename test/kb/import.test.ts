import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  entitiesByListing,
  entitiesByName,
  getCard,
  getCards,
  getDetail,
  kbCounts,
  kbRevision,
  lexiconEntities,
  searchEntities,
} from '../../src/kb/queries';
import { importPack, listPacks, removePack } from '../../src/packs/import';
import { entity, event, freshDb, makePack, ARTICLE } from '../packs/helpers';
import { dumpKb } from './dump';

const bundled = { source: 'bundled' } as const;
const alibaba = (): unknown => JSON.parse(readFileSync('public/packs/alibaba-memo.json', 'utf8'));

describe('importPack', () => {
  test('imports a pack and lists it', async () => {
    const db = await freshDb();
    const report = await importPack(db, makePack(), { source: 'file' });
    expect(report).toMatchObject({
      ok: true,
      outcome: 'imported',
      pack: { id: 'test-pack', counts: { entities: 2, events: 2, articles: 1 } },
    });
    expect(await listPacks(db)).toEqual([
      expect.objectContaining({ id: 'test-pack', source: 'file', version: '1.0.0' }),
    ]);
    expect(await kbCounts(db)).toEqual({ packs: 1, entities: 2, events: 2, articles: 1 });
  });

  test('refuses an invalid pack with paths and writes nothing', async () => {
    const db = await freshDb();
    const report = await importPack(db, { ...makePack(), version: 'one' }, bundled);
    expect(report).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'version' })] });
    expect(await kbCounts(db)).toEqual({ packs: 0, entities: 0, events: 0, articles: 0 });
  });

  test('same version: unchanged; newer: replaced; older: refused', async () => {
    const db = await freshDb();
    await importPack(db, makePack(), bundled);
    const before = await dumpKb(db);
    expect(await importPack(db, makePack({ title: 'Other' }), bundled)).toMatchObject({
      ok: true,
      outcome: 'unchanged',
    });
    expect(await dumpKb(db)).toEqual(before);
    const v2 = makePack({
      version: '1.1.0',
      entities: [entity('acme', { name: 'Acme Corp' })],
      events: [event('e9', ['acme'])],
    });
    expect(await importPack(db, v2, bundled)).toMatchObject({
      ok: true,
      outcome: 'updated',
      pack: { version: '1.1.0' },
    });
    expect((await lexiconEntities(db)).map((e) => e.name)).toEqual(['Acme Corp']);
    expect(await kbCounts(db)).toMatchObject({ entities: 1, events: 1 });
    const old = await importPack(db, makePack({ version: '1.0.9' }), bundled);
    expect(old).toEqual({
      ok: false,
      errors: [{ path: 'version', message: expect.stringMatching(/older than the installed version 1.1.0/) }],
    });
  });

  test('remove takes away exactly what the pack brought', async () => {
    const db = await freshDb();
    await importPack(db, alibaba(), bundled);
    const onlyAlibaba = await dumpKb(db);
    await importPack(db, makePack(), { source: 'file' });
    expect(await removePack(db, 'test-pack')).toBe(true);
    expect(await dumpKb(db)).toEqual(onlyAlibaba);
    expect(await removePack(db, 'test-pack')).toBe(false);
    expect(await removePack(db, 'alibaba-memo')).toBe(true);
    expect(await kbCounts(db)).toEqual({ packs: 0, entities: 0, events: 0, articles: 0 });
  });

  test('kbRevision changes with the packs and only with them', async () => {
    const db = await freshDb();
    const empty = await kbRevision(db);
    await importPack(db, makePack(), bundled);
    const one = await kbRevision(db);
    expect(one).not.toBe(empty);
    await importPack(db, makePack(), bundled);
    expect(await kbRevision(db)).toBe(one);
    await importPack(db, makePack({ version: '2.0.0' }), bundled);
    expect(await kbRevision(db)).not.toBe(one);
    await removePack(db, 'test-pack');
    expect(await kbRevision(db)).toBe(empty);
  });
});

describe('merging the same entity from two packs', () => {
  const other = () =>
    makePack({
      id: 'other-pack',
      version: '3.0.0',
      entities: [
        entity('acme-inc', {
          name: 'ACME Incorporated',
          aliases: ['Acme'],
          listings: [{ exchange: 'XNYS', symbol: 'ACME' }],
          identifiers: { wikidata: 'Q42' },
        }),
      ],
      articles: [{ ...ARTICLE, id: 'b1', url: 'https://other.example.com/b1' }],
      events: [
        event('e1', ['acme-inc'], {
          kind: 'ruling',
          status: 'confirmed',
          sources: [{ article: 'b1' }],
          date: '2024-01-01',
        }),
      ],
    });

  test('one entity, both packs events, each knowing its pack; order does not matter', async () => {
    const a = await freshDb();
    await importPack(a, makePack(), bundled);
    await importPack(a, other(), bundled);
    const b = await freshDb();
    await importPack(b, other(), bundled);
    await importPack(b, makePack(), bundled);
    expect(await dumpKb(a)).toEqual(await dumpKb(b));
    const lex = await lexiconEntities(a);
    expect(lex.map((e) => e.id).sort()).toEqual(['test-pack/bob', 'wikidata:Q42']);
    const detail = await getDetail(a, 'wikidata:Q42');
    expect(detail?.card).toMatchObject({ name: 'ACME Incorporated', allegations: 1, denials: 1 });
    expect(detail?.timeline.map((t) => [t.packId, t.id, t.responses.map((r) => r.id)])).toEqual([
      ['other-pack', 'e1', []],
      ['test-pack', 'e1', ['e2']],
    ]);
    expect(detail?.aliases).toEqual(['Acme', 'Entity acme']); // the pack with fewer entities names it
  });

  test('removing one pack keeps what the other still needs', async () => {
    const db = await freshDb();
    await importPack(db, other(), bundled);
    const before = await dumpKb(db);
    await importPack(db, makePack(), bundled);
    await removePack(db, 'test-pack');
    expect(await dumpKb(db)).toEqual(before);
  });

  test('a bridging pack joins two entities, and removing it splits them again', async () => {
    const db = await freshDb();
    const p1 = makePack({ id: 'p1', entities: [entity('x', { identifiers: { cik: '123' } })], events: [] });
    const p2 = makePack({
      id: 'p2',
      entities: [entity('y', { listings: [{ exchange: 'XNAS', symbol: 'YY' }] })],
      events: [],
    });
    const bridge = makePack({
      id: 'bridge',
      entities: [entity('z', { identifiers: { cik: '123' }, listings: [{ exchange: 'XNAS', symbol: 'YY' }] })],
      events: [],
    });
    await importPack(db, p1, bundled);
    await importPack(db, p2, bundled);
    const apart = await dumpKb(db);
    expect(apart.entities.map((e) => e.id)).toEqual(['cik:123', 'listing:XNAS:YY']);
    await importPack(db, bridge, bundled);
    expect((await lexiconEntities(db)).map((e) => e.id)).toEqual(['cik:123']);
    await removePack(db, 'bridge');
    expect(await dumpKb(db)).toEqual(apart);
  });
});

describe('queries on the bundled pack', () => {
  test('card, detail, search and lexicon', async () => {
    const db = await freshDb();
    await importPack(db, alibaba(), bundled);
    const card = await getCard(db, 'wikidata:Q1359568');
    expect(card).toMatchObject({
      name: 'Alibaba Group Holding Ltd',
      type: 'company',
      allegations: 1,
      denials: 1,
      listings: [
        { exchange: 'XNYS', symbol: 'BABA' },
        { exchange: 'XHKG', symbol: '9988' },
      ],
      summary: "China's e-commerce giant, listed on the New York Stock Exchange as BABA.",
      latest: { kind: 'response', date: '2025-11-15', source: { publisher: 'Benzinga' } },
    });
    const detail = await getDetail(db, 'wikidata:Q1359568');
    const [allegation] = detail?.timeline ?? [];
    expect(allegation).toMatchObject({
      kind: 'allegation',
      status: 'denied',
      by: [{ id: 'alibaba-memo/white-house', name: 'White House' }],
    });
    expect(allegation?.responses.map((r) => [r.kind, r.quotes])).toEqual([
      ['denial', ['complete nonsense']],
      ['response', ['complete distortion of facts']],
    ]);
    expect(allegation?.sources[0]).toMatchObject({
      publisher: 'Benzinga',
      quote: expect.stringContaining('customer data'),
    });
    expect(detail?.identifiers).toEqual({ wikidata: 'Q1359568' });
    expect(detail?.background[0]).toMatchObject({
      packId: 'alibaba-memo',
      sources: [{ title: expect.stringContaining('Alibaba') }],
    });
    expect((await searchEntities(db, 'BABA')).map((c) => c.name)).toEqual(['Alibaba Group Holding Ltd']);
    expect((await searchEntities(db, 'alib')).map((c) => c.name)).toEqual(['Alibaba Group Holding Ltd']);
    expect((await searchEntities(db, 'x')).map((c) => c.name)).toEqual(['Xi Jinping']);
    expect(await searchEntities(db, '  ')).toEqual([]);
    expect(await getCard(db, 'nope')).toBeNull();
    expect(await getDetail(db, 'nope')).toBeNull();
    expect((await getCards(db, ['nope', 'wikidata:Q22686', 'wikidata:Q1359568'])).map((c) => c.name)).toEqual([
      'Donald Trump',
      'Alibaba Group Holding Ltd',
    ]);
    expect((await entitiesByListing(db, { exchange: 'XHKG', symbol: '9988' })).map((c) => c.id)).toEqual([
      'wikidata:Q1359568',
    ]);
    expect(await entitiesByListing(db, { exchange: 'XNAS', symbol: 'BABA' })).toEqual([]);
    expect((await entitiesByName(db, 'alibaba  CLOUD')).map((c) => c.id)).toEqual(['wikidata:Q1359568']);
    expect((await entitiesByName(db, 'President Trump')).map((c) => c.name)).toEqual(['Donald Trump']);
    const lex = await lexiconEntities(db);
    expect(lex.find((e) => e.id === 'wikidata:Q1359568')?.aliases).toEqual([
      'Alibaba',
      'Alibaba Group',
      'Alibaba Cloud',
    ]);
    expect(lex).toHaveLength(7);
  });
});
