// What a search found, announced politely to screen readers as the results change.
import type { EntityCard } from '../kb/types';
import { EntityList } from './EntityList';
import { t, tn } from './i18n';
import type { SearchState } from './use-search';

export interface SearchResultsProps {
  state: SearchState;
  onOpen(card: EntityCard): void;
}

function statusText(state: SearchState): string {
  if (state.status === 'idle') return '';
  if (state.status === 'searching') return t('searching');
  if (state.status === 'failed') return t('searchFailed');
  return state.results.length ? tn('countResults', state.results.length, [state.query]) : t('noResults', state.query);
}

export function SearchResults({ state, onOpen }: SearchResultsProps) {
  const results = state.status === 'done' ? state.results : [];
  return (
    <section class="search-results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="visually-hidden">
        {t('resultsHeading')}
      </h2>
      <p class="muted results-status" role="status" aria-live="polite">
        {statusText(state)}
      </p>
      {results.length > 0 && (
        <EntityList items={results.map((card) => ({ card }))} label={t('resultsHeading')} onOpen={onOpen} />
      )}
    </section>
  );
}
