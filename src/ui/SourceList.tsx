// The sources of an event or a background paragraph: publisher, date and a link to the article.
import type { ArticleView } from '../kb/types';
import { formatDate, safeHref } from './format';
import { t } from './i18n';

type Source = ArticleView & { quote?: string };

function SourceItem({ source }: { source: Source }) {
  const href = safeHref(source.url);
  const title = source.title || source.url;
  const meta = [source.publisher, source.published && formatDate(source.published)].filter(Boolean).join(', ');
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {meta && <span class="source-meta"> — {meta}</span>}
      {source.quote && <blockquote class="source-quote">{source.quote}</blockquote>}
    </li>
  );
}

/** Nothing when there are no sources. */
export function SourceList({ sources }: { sources: Source[] }) {
  if (!sources.length) return null;
  return (
    <div class="sources">
      <p class="sources-label">{t('sourcesLabel')}</p>
      <ul>
        {sources.map((source) => (
          <SourceItem key={source.id} source={source} />
        ))}
      </ul>
    </div>
  );
}
