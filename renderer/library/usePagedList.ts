import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput } from '../../shared/api';
import type { ArticleSummary } from '../../shared/article';
import { client } from '../api/client';

export const pageSize = 100;
export type ListInput = Omit<CallInput<'articles.list'>, 'offset' | 'limit'>;

/**
 * The whole library as a list fetched a page (100 rows) at a time, as the rows come into
 * view. A new query starts over; `stamp` (a save, a trash) fetches the pages in view again.
 */
export function usePagedList(query: ListInput, stamp: number, onFailure: (error: unknown) => void) {
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ key: string; total: number | null; pages: Map<number, ArticleSummary[]> }>({ key, total: null, pages: new Map() });
  const asked = useRef(new Set<number>());
  const generation = useRef(0);
  const view = useRef<[number, number]>([0, 0]);

  const fetchPage = useCallback(
    (page: number, forKey: string, gen: number) => {
      asked.current.add(page);
      client['articles.list']({ ...(JSON.parse(forKey) as ListInput), offset: page * pageSize, limit: pageSize }).then(
        (result) => {
          if (gen !== generation.current) return; // an older query's answer
          setState((s) => {
            const pages = new Map(s.pages);
            pages.set(page, result.items);
            return { key: forKey, total: result.total, pages };
          });
        },
        (error: unknown) => {
          asked.current.delete(page);
          onFailure(error);
        },
      );
    },
    [onFailure],
  );

  // A new query, or a change in the library: the pages in view again, the others when scrolled to.
  useEffect(() => {
    const gen = ++generation.current;
    asked.current = new Set();
    const [first, last] = view.current;
    for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) fetchPage(page, key, gen);
  }, [key, stamp, fetchPage]);

  /** The rows now in view: their pages are fetched if not yet. */
  const showRange = useCallback(
    (first: number, last: number) => {
      view.current = [first, last];
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
        if (!asked.current.has(page)) fetchPage(page, key, generation.current);
      }
    },
    [key, fetchPage],
  );

  const current = state.key === key;
  const rowAt = useCallback((index: number) => (current ? state.pages.get(Math.floor(index / pageSize))?.[index % pageSize] : undefined), [current, state]);
  return { total: current ? state.total : null, rowAt, showRange };
}
