// One event of a timeline: what kind, when, its status, who said it, what was said, the pack and the sources.
import type { EventView } from '../kb/types';
import { formatDate } from './format';
import { t } from './i18n';
import { kindKey } from './labels';
import { SourceList } from './SourceList';
import { StatusBadge } from './StatusBadge';

export interface EventBodyProps {
  event: EventView;
  /** h3 for an allegation, h4 for the responses under it. */
  level: 3 | 4;
  /** Dated after the article on the page. */
  later: boolean;
  /** Name the pack: the entity's events come from more than one. */
  showPack: boolean;
  showStatus: boolean;
}

function Heading({ event, level }: Pick<EventBodyProps, 'event' | 'level'>) {
  const Tag = level === 3 ? 'h3' : 'h4';
  return (
    <Tag class="event-title">
      {t(kindKey[event.kind])}
      <span class="event-date">
        {' · '}
        <time dateTime={event.date}>{formatDate(event.date)}</time>
      </span>
    </Tag>
  );
}

/** Sources whose quote the event does not already show. */
function sourcesOf(event: EventView) {
  return event.sources.map((s) => (s.quote && event.quotes.includes(s.quote) ? { ...s, quote: undefined } : s));
}

export function EventBody({ event, level, later, showPack, showStatus }: EventBodyProps) {
  const by = event.by.map((who) => who.name).filter(Boolean);
  return (
    <div class="event-body">
      <div class="event-head">
        <Heading event={event} level={level} />
        {showStatus && <StatusBadge status={event.status} />}
        {later && <span class="tag tag-later">{t('laterThanArticle')}</span>}
      </div>
      {by.length > 0 && <p class="event-by">{t('eventBy', by.join(', '))}</p>}
      <p class="event-summary">{event.summary}</p>
      {event.quotes.map((quote, i) => (
        <blockquote key={i}>{quote}</blockquote>
      ))}
      {showPack && <p class="event-pack">{t('fromPack', event.packTitle)}</p>}
      <SourceList sources={sourcesOf(event)} />
    </div>
  );
}
