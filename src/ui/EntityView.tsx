// The full backstory of one entity, the same in the popup and in the details tab: facts, background, timeline.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { EntityDetail } from '../kb/types';
import { BackgroundSection } from './BackgroundSection';
import { EntityFacts } from './EntityFacts';
import { formatDate } from './format';
import { t } from './i18n';
import { Timeline } from './Timeline';

export interface EntityViewProps {
  detail: EntityDetail;
  /** The article on the page, when the view was opened from one; its date, when known. */
  article: { date: string | null } | null;
  /** What the person can do about this entity (the popup's mute control), shown under its facts. */
  actions?: ComponentChildren;
}

function AsOfNote({ article }: Pick<EntityViewProps, 'article'>) {
  if (!article) return null;
  const text = article.date ? t('asOfArticle', formatDate(article.date)) : t('asOfArticleUnknown');
  return <p class="as-of muted">{text}</p>;
}

export function EntityView({ detail, article, actions }: EntityViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new entity is a new page to a screen reader: move focus to its name.
  useEffect(() => heading.current?.focus(), [detail.card.id]);
  const hasRecord = detail.background.length > 0 || detail.timeline.length > 0;
  return (
    <article class="entity" aria-labelledby="entity-name">
      <h1 id="entity-name" tabIndex={-1} ref={heading}>
        {detail.card.name}
      </h1>
      <EntityFacts detail={detail} />
      {actions}
      <BackgroundSection background={detail.background} />
      {hasRecord ? (
        <section class="history" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('historyHeading')}</h2>
          <AsOfNote article={article} />
          <Timeline items={detail.timeline} articleDate={article?.date ?? null} />
        </section>
      ) : (
        <p class="muted">{t('nothingOnRecord')}</p>
      )}
    </article>
  );
}
