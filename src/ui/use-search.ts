// Search as you type: waits for a pause in typing, and drops answers to queries the person has moved past.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard } from '../kb/types';

export type SearchFn = (query: string) => Promise<EntityCard[] | null>;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; results: EntityCard[] }
  | { status: 'failed'; query: string };

/** Milliseconds of quiet before a query is sent. */
export const searchDelay = 150;

export function useSearch(query: string, search: SearchFn, delay = searchDelay): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const text = query.trim();
    const ticket = ++latest.current;
    if (!text) return void setState({ status: 'idle' });
    setState({ status: 'searching', query: text });
    const timer = setTimeout(async () => {
      const results = await search(text).catch(() => null);
      if (ticket !== latest.current) return;
      setState(results ? { status: 'done', query: text, results } : { status: 'failed', query: text });
    }, delay);
    return () => clearTimeout(timer);
  }, [query, search, delay]);
  return state;
}
