// The worker's one card cache (src/kb/card-cache.ts), over the KB it opens.
import { createCardCache } from '../kb/card-cache';
import { getCards } from '../kb/queries';
import { kb } from './kb';

export const { cardsOf, kbChanged } = createCardCache(async (ids) => getCards(await kb(), ids));
