// One entity in a list (the page's entities, search results): a button with its name, listings and record.
import type { EntityCard } from '../kb/types';
import { listingText } from './format';
import { t, tn } from './i18n';
import { typeKey } from './labels';

export interface EntityRowProps {
  card: EntityCard;
  /** Mentions on the page, when listing a page's entities. */
  mentions?: number;
  onOpen(card: EntityCard): void;
}

function recordText(card: EntityCard): string {
  if (card.allegations + card.denials === 0) return t('noAllegationsOnRecord');
  return `${tn('countAllegations', card.allegations)} · ${tn('countDenials', card.denials)}`;
}

export function EntityRow({ card, mentions, onOpen }: EntityRowProps) {
  const listings = card.listings.map(listingText).join(' · ') || t(typeKey[card.type]);
  const notable = card.allegations + card.denials > 0;
  return (
    <button type="button" class="entity-row" data-entity={card.id} onClick={() => onOpen(card)}>
      <span class="row-top">
        <span class="row-name">{card.name}</span>
        {mentions !== undefined && <span class="row-mentions">{tn('countMentions', mentions)}</span>}
      </span>
      <span class="row-listings">{listings}</span>
      <span class={notable ? 'row-record notable' : 'row-record'}>{recordText(card)}</span>
    </button>
  );
}
