// An entity's history: each allegation (or other event) with the denials and responses that answer it beneath.
import type { EventView, TimelineItem } from '../kb/types';
import { EventBody } from './EventBody';
import { dayOf } from './format';
import { t } from './i18n';

export interface TimelineProps {
  items: TimelineItem[];
  /** The date of the article on the page, when known: events after it are marked as later. */
  articleDate: string | null;
}

const byDate = <T extends EventView>(events: T[]): T[] =>
  [...events].sort((a, b) => (dayOf(a.date) ?? a.date).localeCompare(dayOf(b.date) ?? b.date));

/** True when the events come from more than one pack: then each names its pack. */
export function manyPacks(items: TimelineItem[]): boolean {
  const packs = new Set(items.flatMap((item) => [item.packId, ...item.responses.map((r) => r.packId)]));
  return packs.size > 1;
}

function isLater(event: EventView, articleDay: string | null): boolean {
  const day = dayOf(event.date);
  return !!articleDay && !!day && day > articleDay;
}

export function Timeline({ items, articleDate }: TimelineProps) {
  if (!items.length) return <p class="muted">{t('timelineEmpty')}</p>;
  const showPack = manyPacks(items);
  const articleDay = dayOf(articleDate);
  return (
    <ol class="timeline">
      {byDate(items).map((item) => (
        <li key={item.id} class={`timeline-item kind-${item.kind}`}>
          <EventBody event={item} level={3} later={isLater(item, articleDay)} showPack={showPack} showStatus />
          {item.responses.length > 0 && (
            <ol class="responses" aria-label={t('responsesLabel')}>
              {byDate(item.responses).map((response) => (
                <li key={response.id} class={`response kind-${response.kind}`}>
                  <EventBody
                    event={response}
                    level={4}
                    later={isLater(response, articleDay)}
                    showPack={showPack}
                    showStatus={false}
                  />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
