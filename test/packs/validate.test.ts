import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { canonicalPackText } from '../../src/packs/canonical';
import { packJsonSchemaText } from '../../src/packs/schema';
import { validatePack } from '../../src/packs/validate';
import { clone, entity, event, makePack } from './helpers';

const errorsOf = (raw: unknown): string[] => {
  const r = validatePack(raw);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

/** Applies a change to a fresh valid pack (as plain JSON) and returns it. */
const broken = (change: (p: Record<string, any>) => void): unknown => {
  const p = clone(makePack()) as unknown as Record<string, any>;
  change(p);
  return p;
};

describe('validatePack', () => {
  test('accepts a valid pack and returns a clean copy', () => {
    const r = validatePack(makePack());
    expect(r.ok).toBe(true);
  });

  test('accepts JSON text too', () => {
    expect(validatePack(JSON.stringify(makePack())).ok).toBe(true);
  });

  test.each([
    ['not an object', () => 42, '$: expected an object'],
    ['not JSON', () => '{"a":', '$: not valid JSON'],
    ['wrong format', (p) => (p.format = 'backstory-pack/2'), "format: must be 'backstory-pack/1'"],
    ['missing title', (p) => delete p.title, 'title: is required'],
    ['bad pack id', (p) => (p.id = 'Bad Id'), 'id: '],
    ['bad version', (p) => (p.version = '1.0'), 'version: '],
    ['bad date', (p) => (p.updated = '2025-02-30'), "updated: '2025-02-30' is not a real date"],
    ['unknown property', (p) => (p.extra = 1), "extra: unknown property 'extra'"],
    ['javascript url', (p) => (p.articles[0].url = 'javascript:alert(1)'), 'articles[0].url: '],
    ['data url', (p) => (p.homepage = 'data:text/html,x'), 'homepage: '],
    ['url with password', (p) => (p.homepage = 'https://u:p@example.com/'), 'homepage: a URL must not carry'],
    ['bad entity type', (p) => (p.entities[0].type = 'robot'), "entities[0].type: 'robot' is not one of"],
    ['empty name', (p) => (p.entities[0].name = ''), 'entities[0].name: must not be empty'],
    ['control character', (p) => (p.entities[0].name = 'a\u0000b'), 'entities[0].name: '],
    ['too long', (p) => (p.entities[0].name = 'x'.repeat(301)), 'entities[0].name: too long'],
    ['bad MIC', (p) => (p.entities[0].listings[0].exchange = 'NYSE!'), 'entities[0].listings[0].exchange: '],
    ['bad wikidata', (p) => (p.entities[0].identifiers = { wikidata: 'Q0' }), 'entities[0].identifiers.wikidata: '],
    ['bad kind', (p) => (p.events[0].kind = 'rumour'), 'events[0].kind: '],
    ['no sources', (p) => (p.events[0].sources = []), 'events[0].sources: needs at least 1'],
    ['no about', (p) => (p.events[0].about = []), 'events[0].about: needs at least 1'],
    ['too many aliases', (p) => (p.entities[0].aliases = Array.from({ length: 51 }, (_, i) => `a${i}`)), 'entities[0].aliases: too many'],
    ['__proto__ key', (p) => Object.defineProperty(p.entities[0], '__proto__', { value: {}, enumerable: true }), "entities[0].__proto__: the key '__proto__' is not allowed"],
    ['constructor key', (p) => (p.events[0].constructor = 'x'), "events[0].constructor: the key 'constructor' is not allowed"],
    ['duplicate entity id', (p) => p.entities.push(entity('acme')), "entities[2].id: 'acme' is already the id of entities[0]"],
    ['duplicate event id', (p) => p.events.push(event('e1', ['acme'])), "events[2].id: 'e1' is already the id of events[0]"],
    ['shared listing', (p) => (p.entities[1].listings = [{ exchange: 'XNYS', symbol: 'ACME' }]), "entities[1].listings[0]: XNYS:ACME already belongs to entities[0] ('acme')"],
    ['dangling respondsTo', (p) => (p.events[1].respondsTo = 'x'), "events[1].respondsTo: no event with id 'x' in this pack"],
    ['self respondsTo', (p) => (p.events[0].respondsTo = 'e1'), 'events[0].respondsTo: an event cannot respond to itself'],
    ['cycle', (p) => (p.events[0].respondsTo = 'e2'), "events[0].respondsTo: 'e1' → 'e2' → 'e1' is a cycle"],
    ['dangling about', (p) => (p.events[0].about = ['nobody']), "events[0].about[0]: no entity with id 'nobody' in this pack"],
    ['dangling by id', (p) => (p.events[0].by = ['bobb']), "events[0].by[0]: no entity with id 'bobb' in this pack"],
    ['dangling article', (p) => (p.events[0].sources = [{ article: 'a2' }]), "events[0].sources[0].article: no article with id 'a2' in this pack"],
    ['dangling background source', (p) => (p.entities[0].background = { text: 't', sources: [{ article: 'zz' }] }), 'entities[0].background.sources[0].article: no article'],
  ] as [string, (p: Record<string, any>) => unknown, string][])('%s', (_name, change, expected) => {
    const raw = _name === 'not an object' || _name === 'not JSON' ? change({}) : broken(change);
    const errors = errorsOf(raw);
    expect(errors.some((e) => e.startsWith(expected)), errors.join('\n')).toBe(true);
  });

  test('free names in `by` are fine', () => {
    expect(errorsOf(broken((p) => (p.events[0].by = ['US officials', 'Reuters'])))).toEqual([]);
  });

  test('reports every structural error at once', () => {
    const errors = errorsOf(broken((p) => {
      p.version = 'x';
      p.entities[1].type = 'robot';
      p.events[1].date = 'yesterday';
      p.articles[0].url = 'ftp://example.com/';
    }));
    expect(errors.map((e) => e.split(':')[0])).toEqual(['version', 'entities[1].type', 'articles[0].url', 'events[1].date']);
  });

  test('HTML is text: accepted as it is, never altered', () => {
    const r = validatePack(broken((p) => (p.events[0].summary = '<img src=x onerror=alert(1)>')));
    expect(r.ok && r.pack.events[0]?.summary).toBe('<img src=x onerror=alert(1)>');
  });

  test('never throws on hostile objects', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(validatePack(hostile)).toEqual({ ok: false, errors: [{ path: '$', message: expect.stringContaining('boom') }] });
    const getter = makePack() as unknown as Record<string, unknown>;
    Object.defineProperty(getter, 'title', { get: () => { throw new Error('getter'); }, enumerable: true });
    expect(validatePack(getter).ok).toBe(false);
  });

  test('caps the number of errors it lists', () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}` }));
    const r = validatePack(broken((p) => (p.events = events)));
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

  test('public/pack.schema.json is generated from the spec', () => {
    expect(readFileSync('public/pack.schema.json', 'utf8')).toBe(packJsonSchemaText());
  });
});
