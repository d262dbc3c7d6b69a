// The popup's first view: the entities the page mentions, most mentioned first; or why there are none.
import type { EntityCard } from '../kb/types';
import { EntityList } from '../ui/EntityList';
import { t } from '../ui/i18n';
import type { PageReport } from '../shared/messages';
import type { Loaded } from './kb-client';

export interface PageEntitiesProps {
  report: Loaded<PageReport | null>;
  onOpen(card: EntityCard): void;
  onSearch(): void;
}

function Empty({ text, onSearch }: { text: string; onSearch(): void }) {
  return (
    <div class="empty">
      <p>{text}</p>
      <button type="button" class="button" onClick={onSearch}>
        {t('searchInstead')}
      </button>
    </div>
  );
}

function Body({ report, onOpen, onSearch }: PageEntitiesProps) {
  if (report.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (report.status === 'failed') return <Empty text={t('reportFailed')} onSearch={onSearch} />;
  if (!report.value) return <Empty text={t('pageNotRead')} onSearch={onSearch} />;
  const { entities, unknownTickers } = report.value;
  return (
    <>
      {report.value.title && <p class="page-title muted">{report.value.title}</p>}
      {entities.length ? (
        <EntityList items={entities} label={t('onThisPage')} onOpen={onOpen} />
      ) : (
        <Empty text={t('pageHasNobody')} onSearch={onSearch} />
      )}
      {unknownTickers.length > 0 && <p class="muted unknown">{t('unknownTickers', unknownTickers.join(', '))}</p>}
    </>
  );
}

export function PageEntities(props: PageEntitiesProps) {
  return (
    <section class="page-entities" aria-labelledby="page-heading">
      <h1 id="page-heading" tabIndex={-1}>
        {t('onThisPage')}
      </h1>
      <Body {...props} />
    </section>
  );
}
