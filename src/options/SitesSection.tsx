// Where Backstory runs: everywhere but the sites switched off, or only on the sites listed; and the global pause.
import { t } from '../ui/i18n';
import type { Settings } from '../shared/settings';
import { SiteList } from './SiteList';
import type { SettingsUpdate } from './use-settings';

export function SitesSection({ settings, update }: { settings: Settings; update: SettingsUpdate }) {
  const listed = settings.siteMode === 'listed';
  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <label class="check">
        <input type="checkbox" checked={settings.paused} onChange={() => void update({ paused: !settings.paused })} />
        {t('pauseEverywhere')}
      </label>
      <fieldset>
        <legend>{t('siteModeLegend')}</legend>
        <label class="check">
          <input type="radio" name="site-mode" checked={!listed} onChange={() => void update({ siteMode: 'all' })} />
          {t('siteModeAll')}
        </label>
        <label class="check">
          <input type="radio" name="site-mode" checked={listed} onChange={() => void update({ siteMode: 'listed' })} />
          {t('siteModeListed')}
        </label>
      </fieldset>
      {listed ? (
        <SiteList
          id="enabled-sites"
          heading={t('enabledSitesHeading')}
          empty={t('enabledSitesEmpty')}
          sites={settings.enabledSites}
          onChange={(enabledSites) => void update({ enabledSites })}
        />
      ) : (
        <SiteList
          id="disabled-sites"
          heading={t('disabledSitesHeading')}
          empty={t('disabledSitesEmpty')}
          sites={settings.disabledSites}
          onChange={(disabledSites) => void update({ disabledSites })}
        />
      )}
    </section>
  );
}
