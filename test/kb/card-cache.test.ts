// The card cache: read once, kept until the KB changes, and never keeping what a write overtook.
import { describe, expect, test } from 'vitest';
import { createCardCache } from '../../src/kb/card-cache';
import type { EntityCard } from '../../src/kb/types';

const card = (id: string, allegations = 0): EntityCard => ({
  id,
  name: id,
  type: 'company',
  listings: [],
  summary: '',
  allegations,
  denials: 0,
  latest: null,
});

/** A KB of cards by id, counting the ids each read asks for. */
function fakeKb(cards: EntityCard[]) {
  const store = new Map(cards.map((c) => [c.id, c]));
  const reads: string[][] = [];
  const read = async (ids: string[]) => {
    reads.push(ids);
    return ids.flatMap((id) => store.get(id) ?? []);
  };
  return { store, reads, read };
}

describe('the card cache', () => {
  test('reads only what it does not keep, and answers in the order asked, unknown ids left out', async () => {
    const kb = fakeKb([card('a'), card('b'), card('c')]);
    const cache = createCardCache(kb.read);
    expect((await cache.cardsOf(['a', 'b'])).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await cache.cardsOf(['c', 'zz', 'a', 'c'])).map((c) => c.id)).toEqual(['c', 'a']);
    expect(kb.reads).toEqual([
      ['a', 'b'],
      ['c', 'zz'],
    ]);
    await cache.cardsOf(['b', 'a']);
    expect(kb.reads).toHaveLength(2);
  });

  test('a write to the KB forgets every card', async () => {
    const kb = fakeKb([card('a')]);
    const cache = createCardCache(kb.read);
    await cache.cardsOf(['a']);
    kb.store.set('a', card('a', 3));
    cache.kbChanged();
    expect((await cache.cardsOf(['a']))[0]?.allegations).toBe(3);
  });

  test('a read that a write overtook answers, but is not kept', async () => {
    const kb = fakeKb([card('a')]);
    let release = () => {};
    // Reads the KB as it is when asked, answers when released.
    const slow = (ids: string[]) => {
      const answer = kb.read(ids);
      return new Promise<EntityCard[]>((resolve) => (release = () => resolve(answer)));
    };
    const cache = createCardCache(slow);
    const pending = cache.cardsOf(['a']);
    kb.store.set('a', card('a', 5));
    cache.kbChanged();
    release();
    expect((await pending)[0]?.allegations).toBe(0);
    const next = cache.cardsOf(['a']);
    release();
    expect((await next)[0]?.allegations).toBe(5);
  });

  test('past its bound it starts over', async () => {
    const kb = fakeKb(['a', 'b', 'c'].map((id) => card(id)));
    const cache = createCardCache(kb.read, 2);
    await cache.cardsOf(['a', 'b', 'c']);
    await cache.cardsOf(['c']);
    await cache.cardsOf(['a']);
    expect(kb.reads).toEqual([['a', 'b', 'c'], ['a']]);
  });
});
