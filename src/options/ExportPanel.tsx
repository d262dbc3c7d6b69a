// Exporting as a pack file: the whole knowledge base, or one entity found by search.
import { useState } from 'preact/hooks';
import type { EntityCard } from '../kb/types';
import { EntityList } from '../ui/EntityList';
import { t } from '../ui/i18n';
import { SearchField } from '../ui/SearchField';
import { useSearch } from '../ui/use-search';
import { downloadText, exportFileName } from './download';
import { exportPack, searchKb } from './packs-client';

async function save(subject: string, entityId?: string): Promise<string | null> {
  const json = await exportPack(entityId);
  if (json === null) return t('exportFailed');
  downloadText(exportFileName(subject), json);
  return null;
}

export function ExportPanel() {
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const search = useSearch(query, searchKb);
  const results = search.status === 'done' ? search.results : [];
  const run = async (subject: string, label: string, entityId?: string) => {
    const error = await save(subject, entityId);
    setMessage(error ?? t('exportStarted', label));
  };
  const exportEntity = (card: EntityCard) => {
    setQuery('');
    void run(card.id, card.name, card.id);
  };
  return (
    <div class="export">
      <button type="button" class="button" onClick={() => void run('kb', t('wholeKb'))}>
        {t('exportAll')}
      </button>
      <p class="export-one-label">{t('exportOneLabel')}</p>
      <SearchField id="export-search" value={query} onInput={setQuery} />
      {results.length > 0 && (
        <EntityList items={results.map((card) => ({ card }))} label={t('exportPick')} onOpen={exportEntity} />
      )}
      {search.status === 'done' && !results.length && <p class="muted">{t('noResults', search.query)}</p>}
      <p class="muted" role="status">
        {message}
      </p>
    </div>
  );
}
