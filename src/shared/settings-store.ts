// Reading and writing the settings in browser.storage.local, which page scripts cannot reach.
import type { Storage } from 'webextension-polyfill';
import { ext } from './ext';
import { sanitiseSettings, type Settings } from './settings';

const key = 'settings';

export async function loadSettings(): Promise<Settings> {
  return sanitiseSettings((await ext.storage.local.get(key))[key]);
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitiseSettings({ ...(await loadSettings()), ...change });
  await ext.storage.local.set({ [key]: next });
  return next;
}

/** Calls back with the new settings whenever any extension page or the background changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && key in changes) listener(sanitiseSettings(changes[key]?.newValue));
  };
  ext.storage.onChanged.addListener(handler);
  return () => ext.storage.onChanged.removeListener(handler);
}
