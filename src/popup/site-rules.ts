// Switching Backstory on or off for one site, in whichever site mode the person chose.
import type { Settings } from '../shared/settings';

/** Whether the site itself is switched on (the global pause aside). */
export function siteOn(settings: Settings, host: string): boolean {
  return settings.siteMode === 'listed' ? settings.enabledSites.includes(host) : !settings.disabledSites.includes(host);
}

const without = (list: string[], host: string) => list.filter((item) => item !== host);
const withHost = (list: string[], host: string) => (list.includes(host) ? list : [...list, host]);

/** The settings change that switches `host` on or off. */
export function switchSite(settings: Settings, host: string, on: boolean): Partial<Settings> {
  if (settings.siteMode === 'listed')
    return { enabledSites: on ? withHost(settings.enabledSites, host) : without(settings.enabledSites, host) };
  return { disabledSites: on ? without(settings.disabledSites, host) : withHost(settings.disabledSites, host) };
}
