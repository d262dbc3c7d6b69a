import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { canonicalPackText } from '../../src/packs/canonical';
import { formattedSchema } from '../../scripts/pack-schema';
import { validatePack } from '../../src/packs/validate';
import { clone, entity, event, makePack } from './helpers';

const errorsOf = (raw: unknown): string[] => {
  const r = validatePack(raw);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

/** A copy of the valid test pack with a value set (or, for `undefined`, deleted) at each JSON path given. */
function edit(...changes: [path: string, value: unknown][]): unknown {
  const pack: unknown = clone(makePack());
  for (const [path, value] of changes) {
    const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
    const last = keys.pop() ?? '';
    let at = pack as Record<string, unknown>;
    for (const k of keys) at = at[k] as Record<string, unknown>;
    if (value === undefined) delete at[last];
    else at[last] = value;
  }
  return pack;
}

describe('validatePack', () => {
  test('accepts a valid pack and returns a clean copy', () => {
    const r = validatePack(makePack());
    expect(r.ok).toBe(true);
  });

  test('accepts JSON text too', () => {
    expect(validatePack(JSON.stringify(makePack())).ok).toBe(true);
  });

  test.each<[string, unknown, string]>([
    ['not an object', 42, '$: expected an object'],
    ['not JSON', '{"a":', '$: not valid JSON'],
    ['wrong format', edit(['format', 'backstory-pack/2']), "format: must be 'backstory-pack/1'"],
    ['missing title', edit(['title', undefined]), 'title: is required'],
    ['bad pack id', edit(['id', 'Bad Id']), 'id: '],
    ['bad version', edit(['version', '1.0']), 'version: '],
    ['bad date', edit(['updated', '2025-02-30']), "updated: '2025-02-30' is not a real date"],
    ['bad timestamp', edit(['articles[0].published', '2025-11-15T25:00Z']), 'articles[0].published: '],
    ['unknown property', edit(['extra', 1]), "extra: unknown property 'extra'"],
    ['javascript url', edit(['articles[0].url', 'javascript:alert(1)']), 'articles[0].url: '],
    ['data url', edit(['homepage', 'data:text/html,x']), 'homepage: '],
    ['url with password', edit(['homepage', 'https://u:p@example.com/']), 'homepage: a URL must not carry'],
    ['bad entity type', edit(['entities[0].type', 'robot']), "entities[0].type: 'robot' is not one of"],
    ['empty name', edit(['entities[0].name', '']), 'entities[0].name: must not be empty'],
    ['control character', edit(['entities[0].name', 'a\u0000b']), 'entities[0].name: '],
    ['too long', edit(['entities[0].name', 'x'.repeat(301)]), 'entities[0].name: too long'],
    ['bad MIC', edit(['entities[0].listings[0].exchange', 'NYSE!']), 'entities[0].listings[0].exchange: '],
    ['bad wikidata', edit(['entities[0].identifiers', { wikidata: 'Q0' }]), 'entities[0].identifiers.wikidata: '],
    ['bad kind', edit(['events[0].kind', 'rumour']), 'events[0].kind: '],
    ['no sources', edit(['events[0].sources', []]), 'events[0].sources: needs at least 1'],
    ['no about', edit(['events[0].about', []]), 'events[0].about: needs at least 1'],
    [
      'too many aliases',
      edit(['entities[0].aliases', Array.from({ length: 51 }, (_, i) => `a${i}`)]),
      'entities[0].aliases: too many',
    ],
    ['too many events', edit(['events', new Array(100_001).fill(0)]), 'events: too many items: 100001, at most 100000'],
    [
      'constructor key',
      edit(['events[0].constructor', 'x']),
      "events[0].constructor: the key 'constructor' is not allowed",
    ],
    [
      '__proto__ key (as JSON.parse makes it)',
      JSON.stringify(makePack()).replace('"id":"acme"', '"__proto__":{"polluted":1},"id":"acme"'),
      "entities[0].__proto__: the key '__proto__' is not allowed",
    ],
    [
      'duplicate entity id',
      edit(['entities[2]', entity('acme')]),
      "entities[2].id: 'acme' is already the id of entities[0]",
    ],
    [
      'duplicate event id',
      edit(['events[2]', event('e1', ['acme'])]),
      "events[2].id: 'e1' is already the id of events[0]",
    ],
    [
      'shared listing',
      edit(['entities[1].listings', [{ exchange: 'XNYS', symbol: 'ACME' }]]),
      "entities[1].listings[0]: XNYS:ACME already belongs to entities[0] ('acme')",
    ],
    [
      'listing twice',
      edit(['entities[0].listings[1]', { exchange: 'XNYS', symbol: 'ACME' }]),
      'entities[0].listings[1]: XNYS:ACME already belongs to this entity',
    ],
    [
      'dangling respondsTo',
      edit(['events[1].respondsTo', 'x']),
      "events[1].respondsTo: no event with id 'x' in this pack",
    ],
    [
      'self respondsTo',
      edit(['events[0].respondsTo', 'e1']),
      'events[0].respondsTo: an event cannot respond to itself',
    ],
    ['cycle', edit(['events[0].respondsTo', 'e2']), "events[0].respondsTo: 'e1' → 'e2' → 'e1' is a cycle"],
    [
      'dangling about',
      edit(['events[0].about', ['nobody']]),
      "events[0].about[0]: no entity with id 'nobody' in this pack",
    ],
    ['dangling by id', edit(['events[0].by', ['bobb']]), "events[0].by[0]: no entity with id 'bobb' in this pack"],
    [
      'dangling article',
      edit(['events[0].sources', [{ article: 'a2' }]]),
      "events[0].sources[0].article: no article with id 'a2' in this pack",
    ],
    [
      'dangling background source',
      edit(['entities[0].background', { text: 't', sources: [{ article: 'zz' }] }]),
      'entities[0].background.sources[0].article: no article',
    ],
  ])('%s', (_name, raw, expected) => {
    const errors = errorsOf(raw);
    expect(
      errors.some((e) => e.startsWith(expected)),
      errors.join('\n'),
    ).toBe(true);
  });

  test('free names in `by` are fine', () => {
    expect(errorsOf(edit(['events[0].by', ['US officials', 'Reuters']]))).toEqual([]);
  });

  test('reports every structural error at once', () => {
    const errors = errorsOf(
      edit(
        ['version', 'x'],
        ['entities[1].type', 'robot'],
        ['events[1].date', 'yesterday'],
        ['articles[0].url', 'ftp://example.com/'],
      ),
    );
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      'version',
      'entities[1].type',
      'articles[0].url',
      'events[1].date',
    ]);
  });

  test('HTML is text: accepted as it is, never altered', () => {
    const r = validatePack(edit(['events[0].summary', '<img src=x onerror=alert(1)>']));
    expect(r.ok && r.pack.events[0]?.summary).toBe('<img src=x onerror=alert(1)>');
  });

  test('never throws on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validatePack(hostile)).toEqual({
      ok: false,
      errors: [{ path: '$', message: expect.stringContaining('boom') }],
    });
    const getter = makePack() as unknown as Record<string, unknown>;
    Object.defineProperty(getter, 'title', {
      get: () => {
        throw new Error('getter');
      },
      enumerable: true,
    });
    expect(validatePack(getter).ok).toBe(false);
  });

  test('caps the number of errors it lists', () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}` }));
    const r = validatePack(edit(['events', events]));
    expect(!r.ok && r.errors.length).toBe(501);
    expect(!r.ok && r.errors.at(-1)?.message).toMatch(/more errors/);
  });
});

describe('shipped packs', () => {
  const dir = 'public/packs';
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  test('there are packs', () => expect(files.length).toBeGreaterThan(0));

  test.each(files)('%s is valid and canonical', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const r = validatePack(text);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) {
      expect(text === canonicalPackText(r.pack), 'not canonical: run npm run pack -- format').toBe(true);
      expect(`${r.pack.id}.json`).toBe(file);
    }
  });

  test('public/pack.schema.json is generated from the spec', async () => {
    expect(readFileSync('public/pack.schema.json', 'utf8')).toBe(await formattedSchema());
  });
});
