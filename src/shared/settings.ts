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
  /** Entity ids never to mark, on any site. */
  mutedEntities: string[];
  /** Entity ids not to mark on one site, by host name (`news.example`). */
  mutedOnSites: Record<string, string[]>;
}

export const defaultSettings: Settings = {
  paused: false,
  siteMode: 'all',
  enabledSites: [],
  disabledSites: [],
  markStyle: 'underline',
  cardDelay: 500,
  mutedEntities: [],
  mutedOnSites: {},
};

/** Whether Backstory should run on a page of this host. */
export function runsOn(settings: Settings, host: string): boolean {
  if (settings.paused) return false;
  if (settings.siteMode === 'listed') return settings.enabledSites.includes(host);
  return !settings.disabledSites.includes(host);
}

const strings = (value: unknown, fallback: string[], max = 10_000): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, max) : fallback;

/** Bounds on the per-site mutes: storage is untrusted, and the content script reads them on every page. */
const maxMutedSites = 1_000;
const maxMutedPerSite = 1_000;
const maxHostLength = 253;

/** Host -> entity ids, each list strings only; sites with nothing muted are dropped. */
function mutedSites(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const sites = Object.entries(value)
    .filter(([host]) => host !== '' && host.length <= maxHostLength)
    .map(([host, ids]): [string, string[]] => [host, strings(ids, [], maxMutedPerSite)])
    .filter(([, ids]) => ids.length > 0)
    // The latest sites: a new mute is added last, so at the bound the oldest site's mutes give way, not the new one.
    .slice(-maxMutedSites);
  // fromEntries defines own properties: a host named `__proto__` stays a key, not a prototype.
  return Object.fromEntries(sites);
}

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
    mutedOnSites: mutedSites(stored.mutedOnSites),
  };
}

// Own keys only: a page on a host called `constructor` must not reach Object.prototype.
const mutedOn = (settings: Settings, host: string): string[] =>
  (Object.hasOwn(settings.mutedOnSites, host) && settings.mutedOnSites[host]) || [];

/** The entities muted on a page of `host`: those muted everywhere and those muted on that site. */
export function mutedFor(settings: Settings, host: string): Set<string> {
  return new Set([...settings.mutedEntities, ...mutedOn(settings, host)]);
}

/** Whether `id` goes unmarked on `host` (null: no site at hand), and why: muted everywhere, or on that site. */
export function muteOf(settings: Settings, id: string, host: string | null): 'everywhere' | 'site' | null {
  if (settings.mutedEntities.includes(id)) return 'everywhere';
  return host !== null && mutedOn(settings, host).includes(id) ? 'site' : null;
}

/** The sites with `id` taken out of each list (and a list left empty taken out too). */
function sitesWithout(sites: Record<string, string[]>, id: string, onlyHost?: string): Record<string, string[]> {
  const kept = Object.entries(sites)
    .map(([host, ids]): [string, string[]] => [
      host,
      onlyHost !== undefined && host !== onlyHost ? ids : ids.filter((i) => i !== id),
    ])
    .filter(([, ids]) => ids.length > 0);
  return Object.fromEntries(kept);
}

/**
 * The settings change that mutes `id` on `host`, or everywhere when `host` is null. Muting everywhere takes the
 * entity off the per-site lists, so that "mark again" afterwards marks it again on every site.
 */
export function muteEntity(settings: Settings, id: string, host: string | null): Partial<Settings> {
  if (host === null)
    return {
      mutedEntities: settings.mutedEntities.includes(id) ? settings.mutedEntities : [...settings.mutedEntities, id],
      mutedOnSites: sitesWithout(settings.mutedOnSites, id),
    };
  const onSite = mutedOn(settings, host);
  if (onSite.includes(id)) return {};
  return { mutedOnSites: Object.fromEntries([...Object.entries(settings.mutedOnSites), [host, [...onSite, id]]]) };
}

/** The settings change that marks `id` again on `host`; with `host` null, lifts its mute everywhere. */
export function unmuteEntity(settings: Settings, id: string, host: string | null): Partial<Settings> {
  if (host === null) return { mutedEntities: settings.mutedEntities.filter((i) => i !== id) };
  return { mutedOnSites: sitesWithout(settings.mutedOnSites, id, host) };
}

/** Every mute, for a list a person reads: muted everywhere first, then by site. `host` null means everywhere. */
export function listMutes(settings: Settings): { id: string; host: string | null }[] {
  const everywhere = settings.mutedEntities.map((id) => ({ id, host: null }));
  const bySite = Object.keys(settings.mutedOnSites)
    .sort()
    .flatMap((host) => mutedOn(settings, host).map((id) => ({ id, host })));
  return [...everywhere, ...bySite];
}
