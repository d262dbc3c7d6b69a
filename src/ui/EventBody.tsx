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

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ');

/** The event's own quotes that its summary and sources' passages do not already show. */
function quotesOf(event: EventView): string[] {
  const shown = squash([event.summary, ...event.sources.map((s) => s.quote ?? '')].join(' '));
  return event.quotes.filter((quote) => !shown.includes(squash(quote)));
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
      {quotesOf(event).map((quote, i) => (
        <blockquote key={i}>{quote}</blockquote>
      ))}
      {showPack && <p class="event-pack">{t('fromPack', event.packTitle)}</p>}
      <SourceList sources={event.sources} />
    </div>
  );
}
