// The settings as the popup shows them: asked of the background once, replaced by what each change saved.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { call } from '../shared/ext';

export type SettingsUpdate = (change: Partial<Settings>) => void;

/** The settings (null until they arrive) and a way to change some of them; the background merges the change. */
export function useSettings(): [Settings | null, SettingsUpdate] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void call('settings/get', undefined).then((answer) => answer.ok && setSettings(answer.value));
  }, []);
  const update: SettingsUpdate = (change) =>
    void call('settings/set', change).then((answer) => answer.ok && setSettings(answer.value));
  return [settings, update];
}
