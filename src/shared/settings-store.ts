// Reading and writing the settings in browser.storage.local, which page scripts cannot reach.
import browser from 'webextension-polyfill';
import { defaultSettings, type Settings } from './settings';

const key = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(key))[key] as Partial<Settings> | undefined;
  return { ...defaultSettings, ...stored };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.local.set({ [key]: next });
  return next;
}

/** Calls back with the new settings whenever any extension page or the background changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && key in changes) listener({ ...defaultSettings, ...(changes[key]?.newValue as object) });
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
