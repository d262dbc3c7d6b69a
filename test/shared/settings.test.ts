import { describe, expect, test } from 'vitest';
import { defaultSettings, runsOn, type Settings } from '../../src/shared/settings';

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
