// The popup's site switch: the right list changes in each site mode.
import { describe, expect, test } from 'vitest';
import { siteOn, switchSite } from '../../src/popup/site-rules';
import { defaultSettings, type Settings } from '../../src/shared/settings';

const settings = (over: Partial<Settings>): Settings => ({ ...defaultSettings, ...over });

describe('site switch', () => {
  test('in "all sites" mode, switching off adds to the sites switched off, and back', () => {
    const all = settings({ disabledSites: ['a.com'] });
    expect(siteOn(all, 'b.com')).toBe(true);
    expect(switchSite(all, 'b.com', false)).toEqual({ disabledSites: ['a.com', 'b.com'] });
    expect(switchSite(all, 'a.com', true)).toEqual({ disabledSites: [] });
  });

  test('in "only listed" mode, switching on lists the site, and off unlists it', () => {
    const listed = settings({ siteMode: 'listed', enabledSites: ['a.com'] });
    expect(siteOn(listed, 'b.com')).toBe(false);
    expect(switchSite(listed, 'b.com', true)).toEqual({ enabledSites: ['a.com', 'b.com'] });
    expect(switchSite(listed, 'a.com', false)).toEqual({ enabledSites: [] });
  });
});
