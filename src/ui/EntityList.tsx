// A list of entities, each a button that opens it.
import type { EntityCard } from '../kb/types';
import { EntityRow } from './EntityRow';

export interface EntityListProps {
  items: { card: EntityCard; count?: number }[];
  label: string;
  onOpen(card: EntityCard): void;
}

export function EntityList({ items, label, onOpen }: EntityListProps) {
  return (
    <ul class="entity-list" aria-label={label}>
      {items.map(({ card, count }) => (
        <li key={card.id}>
          <EntityRow card={card} mentions={count} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
