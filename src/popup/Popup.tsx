// The popup (and the details page): the page's entities, one entity's backstory, and search over the whole KB.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard } from '../kb/types';
import { hostOf } from '../ui/format';
import { t } from '../ui/i18n';
import { SearchField } from '../ui/SearchField';
import { SearchResults } from '../ui/SearchResults';
import { useSearch } from '../ui/use-search';
import type { PageReport } from '../shared/messages';
import { EntityPage } from './EntityPage';
import { ext } from '../shared/ext';
import { searchKb, type Loaded } from './kb-client';
import { PageEntities } from './PageEntities';
import { articleDateOf, type PopupParams } from './params';
import { SiteSwitch } from './SiteSwitch';

/** The state of a request already on its way. A layout effect, not an effect: the answer shows without waiting a frame. */
function useAnswer<T>(answer: Promise<Loaded<T>>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useLayoutEffect(() => {
    let live = true;
    void answer.then((settled) => live && setState(settled));
    return () => void (live = false);
  }, [answer]);
  return state;
}

function detailsUrl(id: string, tabId: number | null): string {
  const query = new URLSearchParams({ entity: id, ...(tabId !== null ? { tab: String(tabId) } : {}) });
  return ext.runtime.getURL(`src/popup/index.html?${query}`);
}

/** After going back, focus returns to the entity that was open, or to the list's heading. */
function focusAfterBack(entityId: string) {
  const row = document.querySelector<HTMLElement>(`[data-entity="${CSS.escape(entityId)}"]`);
  (row ?? document.getElementById('page-heading'))?.focus();
}

export interface PopupProps {
  params: PopupParams;
  /** The tab's report, asked for before the first render. */
  pendingReport: Promise<Loaded<PageReport | null>>;
}

export function Popup({ params, pendingReport }: PopupProps) {
  const report = useAnswer(pendingReport);
  const [entity, setEntity] = useState<string | null>(params.entity);
  const [query, setQuery] = useState('');
  const search = useSearch(query, searchKb);
  const lastOpened = useRef<string | null>(null);
  const page = report.status === 'ready' ? report.value : null;
  const host = page ? hostOf(page.url) : null;

  useEffect(() => {
    if (entity === null && lastOpened.current) focusAfterBack(lastOpened.current);
  }, [entity]);

  const open = (card: EntityCard) => {
    lastOpened.current = card.id;
    setQuery('');
    setEntity(card.id);
  };
  const focusSearch = () => document.getElementById('search')?.focus();
  const searching = query.trim() !== '';

  return (
    <>
      <header class="bar">
        <span class="brand" aria-hidden="true">
          {t('extName')}
        </span>
        <SearchField
          id="search"
          value={query}
          onInput={setQuery}
          onEscape={entity ? () => setEntity(null) : undefined}
        />
      </header>
      <main class="content">
        <SearchResults state={search} onOpen={open} />
        {!searching && entity && (
          <EntityPage
            id={entity}
            article={page ? { date: articleDateOf(page) } : null}
            host={host}
            onBack={() => setEntity(null)}
            tabUrl={params.entity ? null : detailsUrl(entity, params.tabId ?? null)}
          />
        )}
        {!searching && !entity && <PageEntities report={report} onOpen={open} onSearch={focusSearch} />}
      </main>
      <footer class="foot">
        <SiteSwitch host={host} />
        <button type="button" class="link-button" onClick={() => void ext.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </>
  );
}
