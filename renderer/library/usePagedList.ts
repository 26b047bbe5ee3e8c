import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticlePage, CallInput } from '../../shared/api';
import { client } from '../api/client';

export const pageSize = 100;
export type ListInput = Omit<CallInput<'articles.list'>, 'offset' | 'limit'>;

const pageKey = (query: ListInput, page: number) => ['articles.list', { ...query, offset: page * pageSize, limit: pageSize }] as const;

/**
 * The whole library as a list fetched a page (100 rows) at a time through TanStack Query, as
 * the rows come into view. Each page is cached by its query; the library's events refresh
 * the pages in view (and mark the others to be read again when scrolled to), so nothing here
 * counts changes. A row already fetched is shown at once when scrolled back to.
 */
export function usePagedList(query: ListInput, onFailure: (error: unknown) => void) {
  const queryClient = useQueryClient();
  const [view, setView] = useState<[number, number]>([0, 0]);
  const pages: number[] = [];
  for (let page = view[0]; page <= view[1]; page++) pages.push(page);
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: pageKey(query, page),
      queryFn: () => client['articles.list']({ ...query, offset: page * pageSize, limit: pageSize }),
    })),
  });

  // The count of matches: from any page of this query, kept while a page far down loads.
  const key = JSON.stringify(query);
  const known = useRef<{ key: string; total: number } | null>(null);
  const fetched = results.find((r) => r.data)?.data;
  if (fetched) known.current = { key, total: fetched.total };
  const total = known.current?.key === key ? known.current.total : null;

  const failure = results.find((r) => r.error)?.error;
  useEffect(() => {
    if (failure) onFailure(failure);
  }, [failure, onFailure]);

  /** The rows now in view: their pages are fetched (or refreshed, if changed since) when not yet. */
  const showRange = useCallback((first: number, last: number) => {
    const next: [number, number] = [Math.floor(first / pageSize), Math.floor(last / pageSize)];
    setView((v) => (v[0] === next[0] && v[1] === next[1] ? v : next));
  }, []);

  // Read from the cache, so a page fetched before shows at once when scrolled back to; made
  // anew each render, which a page's answer arriving causes.
  const rowAt = (index: number) => queryClient.getQueryData<ArticlePage>(pageKey(query, Math.floor(index / pageSize)))?.items[index % pageSize];
  return { total, rowAt, showRange };
}
