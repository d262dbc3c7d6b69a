// Entity cards kept in memory between KB writes: a page's scan reads its entities' cards, and the popup's report
// and the hover cards of that page then need no KB read.
import type { EntityCard } from './types';

export interface CardCache {
  /** Cards for the ids the KB knows, in the order asked (as getCards): kept ones at once, the rest read. */
  cardsOf(ids: string[]): Promise<EntityCard[]>;
  /** To call after every write to the KB (a pack imported, updated or removed): forgets every card. */
  kbChanged(): void;
}

/** A cache over `read` (getCards on the KB); past `max` cards it starts over rather than track recency. */
export function createCardCache(read: (ids: string[]) => Promise<EntityCard[]>, max = 5_000): CardCache {
  let kept = new Map<string, EntityCard>();
  // Counts KB writes: a read under way across one may hold cards from before it, and is not kept.
  let generation = 0;

  const keep = (cards: Iterable<EntityCard>) => {
    for (const card of cards) {
      if (kept.size >= max) kept = new Map();
      kept.set(card.id, card);
    }
  };

  return {
    async cardsOf(ids) {
      const wanted = [...new Set(ids)];
      const fetched = new Map<string, EntityCard>();
      const missing = wanted.filter((id) => !kept.has(id));
      if (missing.length > 0) {
        const at = generation;
        for (const card of await read(missing)) fetched.set(card.id, card);
        if (at === generation) keep(fetched.values());
      }
      return wanted.flatMap((id) => kept.get(id) ?? fetched.get(id) ?? []);
    },
    kbChanged() {
      generation++;
      kept = new Map();
    },
  };
}
