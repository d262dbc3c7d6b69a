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

const strings = (value: unknown, fallback: string[]): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, 10_000) : fallback;

/** Settings from storage, where anything may have been written: each field checked, the default where it is off. */
export function sanitiseSettings(raw: unknown): Settings {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = defaultSettings;
  const delay = stored.cardDelay;
  return {
    paused: typeof stored.paused === 'boolean' ? stored.paused : d.paused,
    siteMode: stored.siteMode === 'listed' || stored.siteMode === 'all' ? stored.siteMode : d.siteMode,
    enabledSites: strings(stored.enabledSites, d.enabledSites),
    disabledSites: strings(stored.disabledSites, d.disabledSites),
    markStyle: ['underline', 'highlight', 'off'].includes(stored.markStyle as string)
      ? (stored.markStyle as MarkStyle)
      : d.markStyle,
    cardDelay: typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 && delay <= 5000 ? delay : d.cardDelay,
    mutedEntities: strings(stored.mutedEntities, d.mutedEntities),
  };
}
