// The popup's switch for the page's site (and the global pause), saved to the same settings the options page shows.
import { t } from '../ui/i18n';
import { siteOn, switchSite } from './site-rules';
import { useSettings } from './use-settings';

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
