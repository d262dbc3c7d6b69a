import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSecPack, directoryEntities } from '../../scripts/build-sec-pack';
import { canonicalPackText } from '../../src/packs/canonical';
import { validatePack } from '../../src/packs/validate';
import { getCard, searchEntities } from '../../src/kb/queries';
import { importPack } from '../../src/packs/import';
import { freshDb } from './helpers';

const SEC = '../shared/corpus/tickers/sec/company_tickers_exchange.json';
const hasSec = (() => {
  try {
    readFileSync(SEC);
    return true;
  } catch {
    return false;
  }
})();

describe('SEC directory pack', () => {
  test.skipIf(!hasSec)('the committed pack is what the script generates from the SEC file', () => {
    const rows = (JSON.parse(readFileSync(SEC, 'utf8')) as { data: [number, string, string, string | null][] }).data;
    const checked = validatePack(buildSecPack(rows));
    expect(checked.ok).toBe(true);
    if (checked.ok)
      expect(canonicalPackText(checked.pack)).toBe(readFileSync('public/packs/sec-directory.json', 'utf8'));
  });

  test('rows of one CIK are listings of one entity; exchanges become MICs; no exchange, no listing', () => {
    const entities = directoryEntities([
      [1577552, 'Alibaba Group Holding Ltd', 'BABA', 'NYSE'],
      [1577552, 'Alibaba Group Holding Ltd', 'BABAF', 'OTC'],
      [1, 'EXAMPLE TRUST', 'EXT', 'CBOE'],
      [2, 'NO EXCHANGE CORP', 'NOX', null],
      [3, 'NASDAQ LISTED INC', 'NLI', 'Nasdaq'],
    ]);
    expect(entities.map((e) => [e.id, e.listings?.map((l) => `${l.exchange}:${l.symbol}`) ?? []])).toEqual([
      ['cik-1', ['XCBO:EXT']],
      ['cik-2', []],
      ['cik-3', ['XNAS:NLI']],
      ['cik-1577552', ['XNYS:BABA', 'OTCM:BABAF']],
    ]);
    expect(entities[3]).toMatchObject({
      name: 'Alibaba Group Holding Ltd',
      aliases: ['Alibaba Group', 'Alibaba'],
      identifiers: { cik: '1577552' },
    });
  });

  test('imports, and merges with the Alibaba memo pack', async () => {
    const db = await freshDb();
    const sec = readFileSync('public/packs/sec-directory.json', 'utf8');
    expect(await importPack(db, sec, { source: 'bundled' })).toMatchObject({
      ok: true,
      pack: { counts: { entities: 7847 } },
    });
    expect(await getCard(db, 'cik:1577552')).toMatchObject({ name: 'Alibaba Group Holding Ltd', allegations: 0 });
    await importPack(db, readFileSync('public/packs/alibaba-memo.json', 'utf8'), { source: 'bundled' });
    expect(await getCard(db, 'cik:1577552')).toBeNull();
    expect(await getCard(db, 'wikidata:Q1359568')).toMatchObject({
      allegations: 1,
      listings: expect.arrayContaining([{ exchange: 'OTCM', symbol: 'BABAF' }]),
    });
    expect((await searchEntities(db, 'AAPL')).map((c) => c.name)).toEqual(['Apple Inc.']);
    expect((await searchEntities(db, 'apple', 3)).length).toBeGreaterThan(0);
  }, 30_000);
});

describe('npm run pack', () => {
  const run = (...args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync('npx', ['tsx', 'scripts/pack.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };

  test('validate and stats on a valid pack', () => {
    expect(run('validate', 'public/packs/alibaba-memo.json')).toMatchObject({
      code: 0,
      out: expect.stringContaining('valid'),
    });
    expect(run('stats', 'public/packs/alibaba-memo.json').out).toContain(
      'events: 3 (allegation 1, denial 1, response 1)',
    );
  });

  test('validate prints every error with its path and fails', () => {
    const r = run('validate', 'test/fixtures/packs/broken.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain("events[0].respondsTo: no event with id 'nowhere' in this pack");
    expect(r.out).toContain('invalid, 1 error(s)');
  });

  test('a missing file or bad JSON: a clear message and a non-zero exit', () => {
    expect(run('validate', 'no/such.json')).toMatchObject({
      code: 1,
      out: expect.stringContaining('cannot read the file'),
    });
    expect(run('validate', 'package-lock.json')).toMatchObject({ code: 1 });
    expect(run('frobnicate').code).toBe(2);
  });
}, 60_000);
