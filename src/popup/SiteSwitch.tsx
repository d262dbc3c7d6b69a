// The popup's switch for the page's site (and the global pause), saved to the same settings the options page shows.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { call } from './extension';
import type { Settings } from '../shared/settings';
import { siteOn, switchSite } from './site-rules';

function useSettings(): [Settings | null, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void call('settings/get', undefined).then((answer) => answer.ok && setSettings(answer.value));
  }, []);
  const update = (change: Partial<Settings>) =>
    void call('settings/set', change).then((answer) => answer.ok && setSettings(answer.value));
  return [settings, update];
}

export function SiteSwitch({ host }: { host: string | null }) {
  const [settings, update] = useSettings();
  if (!settings) return null;
  if (settings.paused)
    return (
      <p class="site-switch">
        <span>{t('pausedEverywhere')}</span>{' '}
        <button type="button" class="link-button" onClick={() => update({ paused: false })}>
          {t('resume')}
        </button>
      </p>
    );
  if (!host) return null;
  const on = siteOn(settings, host);
  return (
    <label class="site-switch">
      <input type="checkbox" checked={on} onChange={() => update(switchSite(settings, host, !on))} />
      <span>{t('runOnSite', host)}</span>
    </label>
  );
}
