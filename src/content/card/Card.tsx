// What the card says: who it is, what is on record, the latest event, and the way to the full story.
import type { EntityCard } from '../../kb/types';
import { labelForMic } from '../../detect/exchanges';

const kindLabel: Record<string, string> = {
  allegation: 'Allegation',
  denial: 'Denial',
  response: 'Response',
  action: 'Action',
  ruling: 'Ruling',
  correction: 'Correction',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function Card({ card, onDetails }: { card: EntityCard | null; onDetails(id: string): void }) {
  if (!card) {
    return (
      <div class="card" role="dialog" aria-label="Backstory" tabIndex={-1}>
        <p class="muted">Backstory has nothing on record for this.</p>
      </div>
    );
  }
  const listings = card.listings.map((l) => `${labelForMic(l.exchange)}: ${l.symbol}`).join(' · ');
  const onRecord = card.allegations + card.denials > 0;
  return (
    <div class="card" role="dialog" aria-labelledby="bs-name" tabIndex={-1}>
      <header>
        <h2 id="bs-name">{card.name}</h2>
        {listings && <p class="listings">{listings}</p>}
      </header>
      {card.summary && <p class="summary">{card.summary}</p>}
      <p class={onRecord ? 'record' : 'record muted'}>
        {onRecord
          ? `${plural(card.allegations, 'allegation')} · ${plural(card.denials, 'denial')} on record`
          : 'No allegations or denials on record'}
      </p>
      {card.latest && (
        <div class="latest">
          <p class="latest-head">
            Latest: {kindLabel[card.latest.kind] ?? card.latest.kind}, {formatDate(card.latest.date)}
          </p>
          <p class="latest-summary">{card.latest.summary}</p>
          {card.latest.source && (
            <p class="source">
              {card.latest.source.publisher}
              {card.latest.source.published && `, ${formatDate(card.latest.source.published)}`}
            </p>
          )}
        </div>
      )}
      <button type="button" class="details" onClick={() => onDetails(card.id)}>
        Full backstory <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
