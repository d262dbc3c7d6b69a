// User settings, remembered in browser.storage.local.

export type MarkStyle = 'underline' | 'highlight' | 'off';

export interface Settings {
  /** Global pause. */
  paused: boolean;
  /** Where Backstory runs: everywhere but `disabledSites`, or only on `enabledSites`. */
  siteMode: 'all' | 'listed';
  enabledSites: string[];
  disabledSites: string[];
  markStyle: MarkStyle;
  /** Milliseconds the pointer rests on a mention before its card opens. */
  cardDelay: number;
  /** Entity ids never to mark. */
  mutedEntities: string[];
}

export const defaultSettings: Settings = {
  paused: false,
  siteMode: 'all',
  enabledSites: [],
  disabledSites: [],
  markStyle: 'underline',
  cardDelay: 500,
  mutedEntities: [],
};

/** Whether Backstory should run on a page of this host. */
export function runsOn(settings: Settings, host: string): boolean {
  if (settings.paused) return false;
  if (settings.siteMode === 'listed') return settings.enabledSites.includes(host);
  return !settings.disabledSites.includes(host);
}
