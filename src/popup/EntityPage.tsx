// The popup's entity view: loads one entity's backstory and shows it, with the way back to the list.
import { useEffect, useState } from 'preact/hooks';
import type { EntityDetail } from '../kb/types';
import { EntityView } from '../ui/EntityView';
import { t } from '../ui/i18n';
import { loadEntity, type Loaded } from './kb-client';
import { MuteControl } from './MuteControl';

export interface EntityPageProps {
  id: string;
  article: { date: string | null } | null;
  /** The site of the page the popup reports on, for "don't mark this here"; null when there is none. */
  host: string | null;
  onBack(): void;
  /** The address of this view as a tab of its own, when it is not one already. */
  tabUrl: string | null;
}

function useEntity(id: string): Loaded<EntityDetail | null> {
  const [state, setState] = useState<Loaded<EntityDetail | null>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void loadEntity(id).then((loaded) => live && setState(loaded));
    return () => void (live = false);
  }, [id]);
  return state;
}

function Body({ id, article, host }: Pick<EntityPageProps, 'id' | 'article' | 'host'>) {
  const state = useEntity(id);
  if (state.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (state.status === 'failed') return <p role="alert">{t('entityFailed')}</p>;
  if (!state.value) return <p>{t('entityNotFound')}</p>;
  const { card } = state.value;
  return (
    <EntityView
      detail={state.value}
      article={article}
      actions={<MuteControl key={card.id} id={card.id} name={card.name} host={host} />}
    />
  );
}

export function EntityPage({ id, article, host, onBack, tabUrl }: EntityPageProps) {
  return (
    <div class="entity-page">
      <nav class="entity-nav" aria-label={t('entityNavLabel')}>
        <button type="button" class="link-button back" onClick={onBack}>
          ← {t('back')}
        </button>
        {tabUrl && (
          <a href={tabUrl} target="_blank" rel="noopener noreferrer">
            {t('openInTab')}
          </a>
        )}
      </nav>
      <Body id={id} article={article} host={host} />
    </div>
  );
}
