// The settings as the options page shows them: loaded once, kept current when another page changes them.
import { useEffect, useState } from 'preact/hooks';
import { call } from '../shared/rpc';
import type { Settings } from '../shared/settings';
import { onSettingsChanged } from '../shared/settings-store';

export type SettingsUpdate = (change: Partial<Settings>) => Promise<void>;

export function useSettings(): [Settings | null, SettingsUpdate] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void call('settings/get', undefined).then((answer) => answer.ok && setSettings(answer.value));
    // The popup's site switch changes them too; show its change here at once.
    return onSettingsChanged(setSettings);
  }, []);
  const update: SettingsUpdate = async (change) => {
    const answer = await call('settings/set', change);
    if (answer.ok) setSettings(answer.value);
  };
  return [settings, update];
}
