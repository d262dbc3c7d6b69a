// Reading and writing the settings in browser.storage.local, which page scripts cannot reach.
import browser from 'webextension-polyfill';
import { sanitiseSettings, type Settings } from './settings';

const key = 'settings';

export async function loadSettings(): Promise<Settings> {
  return sanitiseSettings((await browser.storage.local.get(key))[key]);
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitiseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [key]: next });
  return next;
}

/** Calls back with the new settings whenever any extension page or the background changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && key in changes) listener(sanitiseSettings(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
