// The options page: the packs in the knowledge base, where Backstory runs, the names it leaves unmarked, how it looks.
import { t } from '../ui/i18n';
import { AppearanceSection } from './AppearanceSection';
import { MutedSection } from './MutedSection';
import { PacksSection } from './PacksSection';
import { SitesSection } from './SitesSection';
import { useSettings } from './use-settings';

export function Options() {
  const [settings, update] = useSettings();
  return (
    <>
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsNavLabel')}>
          <a href="#packs">{t('packsHeading')}</a>
          <a href="#sites">{t('sitesHeading')}</a>
          <a href="#muted">{t('mutedHeading')}</a>
          <a href="#appearance">{t('appearanceHeading')}</a>
        </nav>
      </header>
      <main>
        <PacksSection />
        {settings ? (
          <>
            <SitesSection settings={settings} update={update} />
            <MutedSection settings={settings} update={update} />
            <AppearanceSection settings={settings} update={update} />
          </>
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
      </main>
    </>
  );
}
