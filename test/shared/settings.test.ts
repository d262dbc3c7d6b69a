import { describe, expect, test } from 'vitest';
import { defaultSettings, runsOn, sanitiseSettings, type Settings } from '../../src/shared/settings';

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
    });
    expect(sanitiseSettings(good)).toEqual(good);
  });
  test.each([
    ['nothing stored', undefined],
    ['not an object', 'paused'],
    [
      'wrong types everywhere',
      { paused: 'yes', siteMode: 'some', enabledSites: 'a', markStyle: 'bold', cardDelay: -1, mutedEntities: 7 },
    ],
  ])('falls back to the defaults field by field: %s', (_name, raw) => {
    expect(sanitiseSettings(raw)).toEqual(defaultSettings);
  });
  test('drops what is not a string from the site lists', () => {
    expect(sanitiseSettings({ disabledSites: ['a.example', 3, null] }).disabledSites).toEqual(['a.example']);
  });
});
