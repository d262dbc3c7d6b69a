import { describe, expect, test } from 'vitest';
import {
  defaultSettings,
  listMutes,
  muteEntity,
  mutedFor,
  muteOf,
  runsOn,
  sanitiseSettings,
  unmuteEntity,
  type Settings,
} from '../../src/shared/settings';

const with_ = (change: Partial<Settings>): Settings => ({ ...defaultSettings, ...change });

describe('runsOn', () => {
  test.each([
    ['everywhere by default', defaultSettings, 'news.example', true],
    ['not while paused', with_({ paused: true }), 'news.example', false],
    ['not on a site switched off', with_({ disabledSites: ['news.example'] }), 'news.example', false],
    ['on other sites when one is off', with_({ disabledSites: ['news.example'] }), 'other.example', true],
    [
      'only on listed sites in listed mode',
      with_({ siteMode: 'listed', enabledSites: ['a.example'] }),
      'b.example',
      false,
    ],
    ['on a listed site in listed mode', with_({ siteMode: 'listed', enabledSites: ['a.example'] }), 'a.example', true],
  ] as const)('%s', (_name, settings, host, expected) => {
    expect(runsOn(settings, host)).toBe(expected);
  });
});

describe('sanitiseSettings', () => {
  test('keeps what is well-formed', () => {
    const good = with_({
      paused: true,
      siteMode: 'listed',
      enabledSites: ['a.example'],
      markStyle: 'off',
      cardDelay: 800,
      mutedEntities: ['e:pla'],
      mutedOnSites: { 'news.example': ['e:alibaba'] },
    });
    expect(sanitiseSettings(good)).toEqual(good);
  });
  test.each([
    ['nothing stored', undefined],
    ['not an object', 'paused'],
    [
      'wrong types everywhere',
      {
        paused: 'yes',
        siteMode: 'some',
        enabledSites: 'a',
        markStyle: 'bold',
        cardDelay: -1,
        mutedEntities: 7,
        mutedOnSites: ['news.example'],
      },
    ],
  ])('falls back to the defaults field by field: %s', (_name, raw) => {
    expect(sanitiseSettings(raw)).toEqual(defaultSettings);
  });
  test('drops what is not a string from the site lists', () => {
    expect(sanitiseSettings({ disabledSites: ['a.example', 3, null] }).disabledSites).toEqual(['a.example']);
  });
});

describe('sanitiseSettings: per-site mutes', () => {
  const sanitised = (mutedOnSites: unknown) => sanitiseSettings({ mutedOnSites }).mutedOnSites;

  test.each([
    ['a string', 'news.example'],
    ['null', null],
    ['an array', [['news.example', ['e:a']]]],
  ])('is empty when it is not an object: %s', (_name, raw) => {
    expect(sanitised(raw)).toEqual({});
  });
  test('keeps only strings in each list, and drops the sites left with none', () => {
    expect(sanitised({ 'a.example': ['e:a', 3, null], 'b.example': 'e:b', 'c.example': [7] })).toEqual({
      'a.example': ['e:a'],
    });
  });
  test('drops an empty host and a host longer than a host name can be', () => {
    expect(sanitised({ '': ['e:a'], ['x'.repeat(300)]: ['e:a'], 'a.example': ['e:a'] })).toEqual({
      'a.example': ['e:a'],
    });
  });
  test('bounds the number of sites and of entities per site', () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}.example`, ['e:a']]));
    expect(Object.keys(sanitised(many))).toHaveLength(1000);
    // At the bound the newest site (added last, as a new mute is) stays and the oldest gives way.
    expect(Object.keys(sanitised(many))).toContain('s4999.example');
    expect(Object.keys(sanitised(many))).not.toContain('s0.example');
    const long = sanitised({ 'a.example': Array.from({ length: 5000 }, (_, i) => `e:${i}`) });
    expect(long['a.example']).toHaveLength(1000);
  });
  test('a host named __proto__ stays a plain key', () => {
    const result = sanitised(JSON.parse('{"__proto__": ["e:a"]}'));
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
  });
});

describe('mutedFor', () => {
  const settings = with_({ mutedEntities: ['e:pla'], mutedOnSites: { 'news.example': ['e:alibaba', 'e:pla'] } });

  test.each([
    ['the muted-everywhere and that site’s', 'news.example', ['e:pla', 'e:alibaba']],
    ['only the muted-everywhere on another site', 'other.example', ['e:pla']],
    ['nothing from Object.prototype for a host named like one of its keys', 'constructor', ['e:pla']],
    ['nothing from Object.prototype for __proto__', '__proto__', ['e:pla']],
  ] as const)('%s', (_name, host, expected) => {
    expect([...mutedFor(settings, host)]).toEqual(expected);
  });
  test('nothing by default', () => {
    expect(mutedFor(defaultSettings, 'news.example').size).toBe(0);
  });
});

describe('muting and unmuting', () => {
  const apply = (settings: Settings, change: Partial<Settings>): Settings => ({ ...settings, ...change });

  test('on one site: muted there, not elsewhere; marked again there', () => {
    const muted = apply(defaultSettings, muteEntity(defaultSettings, 'e:a', 'news.example'));
    expect(muted.mutedOnSites).toEqual({ 'news.example': ['e:a'] });
    expect(muteOf(muted, 'e:a', 'news.example')).toBe('site');
    expect(muteOf(muted, 'e:a', 'other.example')).toBe(null);
    expect(muteEntity(muted, 'e:a', 'news.example')).toEqual({});
    const again = apply(muted, unmuteEntity(muted, 'e:a', 'news.example'));
    expect(again.mutedOnSites).toEqual({});
    expect(muteOf(again, 'e:a', 'news.example')).toBe(null);
  });

  test('everywhere: replaces its per-site mutes, so marking it again marks it on every site', () => {
    const start = with_({ mutedOnSites: { 'a.example': ['e:a', 'e:b'], 'b.example': ['e:a'] } });
    const muted = apply(start, muteEntity(start, 'e:a', null));
    expect(muted.mutedEntities).toEqual(['e:a']);
    expect(muted.mutedOnSites).toEqual({ 'a.example': ['e:b'] });
    expect(muteOf(muted, 'e:a', 'b.example')).toBe('everywhere');
    expect(muteOf(muted, 'e:a', null)).toBe('everywhere');
    const again = apply(muted, unmuteEntity(muted, 'e:a', null));
    expect(again.mutedEntities).toEqual([]);
    expect(mutedFor(again, 'b.example').has('e:a')).toBe(false);
  });

  test('unmuting on one site leaves the other sites as they were', () => {
    const start = with_({ mutedOnSites: { 'a.example': ['e:a'], 'b.example': ['e:a'] } });
    expect(unmuteEntity(start, 'e:a', 'a.example')).toEqual({ mutedOnSites: { 'b.example': ['e:a'] } });
  });

  test('the list of mutes: everywhere first, then by site', () => {
    const settings = with_({ mutedEntities: ['e:c'], mutedOnSites: { 'b.example': ['e:b'], 'a.example': ['e:a'] } });
    expect(listMutes(settings)).toEqual([
      { id: 'e:c', host: null },
      { id: 'e:a', host: 'a.example' },
      { id: 'e:b', host: 'b.example' },
    ]);
  });
});
