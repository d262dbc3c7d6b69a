import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importPack, removePack } from '../../src/packs/import';
import type { Pack, PackEntity } from '../../src/packs/types';
import { validatePack } from '../../src/packs/validate';
import { dumpKb } from '../kb/dump';
import { clone, freshDb, makePack } from './helpers';
import { kbProblems } from './invariants';

/** `$`, `title`, `events[3].respondsTo`, `entities[0][" "]`: a JSON path, quoted where a key is odd. */
const PATH = /^(\$|([A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])(\[\d+\]|\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])*)$/;
const alibaba = JSON.parse(readFileSync('public/packs/alibaba-memo.json', 'utf8')) as Pack;

/** Every place in a value: [path, parent, key]. */
function places(value: unknown, path = ''): [string, Record<string, unknown>, string][] {
  if (typeof value !== 'object' || value === null) return [];
  const rec = value as Record<string, unknown>;
  return Object.keys(rec).flatMap((key) => {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const here: [string, Record<string, unknown>, string] = [at, rec, key];
    return [here, ...places(rec[key], at)];
  });
}

const hostile = fc.oneof(
  fc.constant(undefined), // delete it
  fc.constant(null),
  fc.constant('javascript:alert(1)'),
  fc.constant('data:text/html,<script>alert(1)</script>'),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.constant('x'.repeat(6000)),
  fc.constant('\u0000\u001b[2J'),
  fc.constant('__proto__'),
  fc.constant(''),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

/** A broken or hostile variant of a valid pack: values replaced or deleted, keys injected. */
const mutant = (base: Pack) =>
  fc
    .array(
      fc.record({
        place: fc.nat(),
        value: hostile,
        inject: fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'onload'), {
          nil: undefined,
        }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((changes) => {
      const pack: unknown = clone(base);
      for (const { place, value, inject } of changes) {
        const all = places(pack);
        const [, parent, key] = all[place % all.length] ?? [];
        if (!parent || key === undefined) continue;
        if (inject)
          Object.defineProperty(parent, inject, { value, enumerable: true, configurable: true, writable: true });
        else if (value === undefined) delete parent[key];
        else parent[key] = value;
      }
      return pack;
    });

const refusalNamesPaths = (raw: unknown): void => {
  const r = validatePack(raw);
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.path).toMatch(PATH);
    expect(e.message.length).toBeGreaterThan(0);
  }
};

describe('the validator, under fire', () => {
  test('anything at all: never throws, every refusal names a path', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        refusalNamesPaths,
      ),
      { numRuns: 2000 },
    );
  }, 60_000);

  test('JSON text, broken or not: never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string()), refusalNamesPaths), { numRuns: 2000 });
  }, 60_000);

  test('mutants of a valid pack: never throws, every refusal names a path below the root', () => {
    fc.assert(
      fc.property(mutant(alibaba), (raw) => {
        refusalNamesPaths(raw);
        const r = validatePack(raw);
        // The root stays an object with the right format, so each error points into the pack.
        if (!r.ok) expect(r.errors.filter((e) => e.path === '$' && !e.message.startsWith('and '))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  test('a valid result is a clean copy: no prototype keys, nothing unknown', () => {
    fc.assert(
      fc.property(mutant(alibaba), (raw) => {
        const r = validatePack(raw);
        if (!r.ok) return;
        const text = JSON.stringify(r.pack);
        expect(text).not.toMatch(/"(__proto__|constructor|prototype|extra|onload)":/);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('the importer, under fire', () => {
  test('mutants: each lands whole or not at all, and the KB stays consistent', async () => {
    const db = await freshDb();
    await importPack(db, alibaba, { source: 'bundled' });
    const base = await dumpKb(db);
    await fc.assert(
      fc.asyncProperty(
        mutant({
          ...makePack(),
          version: '2.0.0',
          entities: [...makePack().entities, ...alibaba.entities.slice(0, 1)],
        }),
        async (raw) => {
          const report = await importPack(db, raw, { source: 'file' });
          if (!report.ok) {
            for (const e of report.errors) expect(e.path).toMatch(PATH);
            expect(await dumpKb(db)).toEqual(base);
            return;
          }
          expect(await kbProblems(db)).toEqual([]);
          expect(await removePack(db, 'test-pack')).toBe(report.pack.id === 'test-pack');
          if (report.pack.id !== 'test-pack') await removePack(db, report.pack.id);
          expect(await dumpKb(db)).toEqual(base);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});

// Small pools, so packs often share identifiers and listings.
const keyed = fc.record(
  {
    wikidata: fc.constantFrom('Q1', 'Q2', 'Q3'),
    cik: fc.constantFrom('10', '20', '30'),
    listing: fc.constantFrom('AAA', 'BBB', 'CCC', 'DDD'),
  },
  { requiredKeys: [] },
);

const randomPack = (id: string) =>
  fc.array(keyed, { minLength: 1, maxLength: 4 }).map((keys): Pack => {
    const used = new Set<string>();
    const entities: PackEntity[] = keys.map((k, i) => {
      // Within one pack a key belongs to one entity (the validator's rule), so drop repeats.
      const take = (key: string | undefined) => (key && !used.has(key) ? (used.add(key), key) : undefined);
      const wikidata = take(k.wikidata && `w${k.wikidata}`)?.slice(1);
      const cik = take(k.cik && `c${k.cik}`)?.slice(1);
      const symbol = take(k.listing && `l${k.listing}`)?.slice(1);
      return {
        id: `e${i}`,
        type: 'company',
        name: `${id} ${i}`,
        ...(symbol ? { listings: [{ exchange: 'XNYS', symbol }] } : {}),
        ...(wikidata || cik ? { identifiers: { ...(wikidata ? { wikidata } : {}), ...(cik ? { cik } : {}) } } : {}),
      };
    });
    return makePack({
      id,
      entities,
      events: entities.map((e, i) => ({
        id: `ev${i}`,
        kind: 'allegation',
        date: '2025-01-01',
        by: ['Someone'],
        about: [e.id],
        summary: 's',
        status: 'alleged',
        sources: [{ article: 'a1' }],
      })),
    });
  });

describe('merging is independent of order', () => {
  test('any order of imports gives the same KB; removing a pack equals never importing it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(randomPack('p1'), randomPack('p2'), randomPack('p3')), async (packs) => {
        const forward = await freshDb();
        for (const p of packs) expect((await importPack(forward, p, { source: 'file' })).ok).toBe(true);
        const backward = await freshDb();
        for (const p of [...packs].reverse()) await importPack(backward, p, { source: 'file' });
        const kb = await dumpKb(forward);
        expect(await dumpKb(backward)).toEqual(kb);
        expect(await kbProblems(forward)).toEqual([]);
        await removePack(forward, 'p2');
        const without = await freshDb();
        for (const p of [packs[2], packs[0]]) await importPack(without, p, { source: 'file' });
        expect(await dumpKb(forward)).toEqual(await dumpKb(without));
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
