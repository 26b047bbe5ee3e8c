import { keepPreviousData, useQuery } from '@tanstack/react-query';
import debounce from 'lodash-es/debounce';
import { useEffect, useMemo, useState } from 'react';
import type { CallInput, SearchResult } from '../../shared/api';
import { client } from '../api/client';

export type SearchInput = CallInput<'articles.search'>;

// Keys typed this close together make one search.
const typingPause = 60;

/**
 * The hits for a search, through TanStack Query: asked as the typing pauses, one search at a
 * time, cached by the query and the filters, refreshed by the library's events and, while the
 * full-text index is being built, told its progress and asked again once it is ready (both by
 * main's search.progress events: nothing polls). While the next query's hits are on
 * their way the last ones stay on screen; `for` says which query the hits shown answer.
 */
export function useSearch(input: SearchInput | null, onFailure: (error: unknown) => void): { result: SearchResult | null; for?: SearchInput } {
  const key = input ? JSON.stringify(input) : '';
  const [asked, setAsked] = useState(key);
  // The first key after a pause (or a word from the input method) goes at once; keys typed in a
  // quick row go as one, when they stop.
  const settle = useMemo(() => debounce(setAsked, typingPause, { leading: true, trailing: true }), []);
  useEffect(() => () => settle.cancel(), [settle]);
  const query = asked ? (JSON.parse(asked) as SearchInput) : undefined;
  const found = useQuery({
    queryKey: ['articles.search', query],
    queryFn: () => client['articles.search'](query!),
    enabled: !!query,
    placeholderData: keepPreviousData,
  });
  // One search at a time: while one is on its way the keys typed meanwhile wait, and only the
  // last of them is asked next, instead of each queueing on the server behind the others.
  const busy = found.isFetching;
  useEffect(() => {
    if (!key) {
      settle.cancel(); // keys typed just before the box was emptied are not asked after it
      setAsked('');
    } else if (!busy) settle(key);
  }, [key, busy, settle]);
  useEffect(() => {
    if (found.error) onFailure(found.error);
  }, [found.error, onFailure]);
  if (!key || !found.data) return { result: null };
  return { result: found.data, for: found.isPlaceholderData ? undefined : query };
}
