import debounce from 'lodash-es/debounce';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchResult } from '../../shared/api';
import type { SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { ArticleList } from './ArticleList';
import { LibraryFilters, type Filters } from './LibraryFilters';
import { SearchResults } from './SearchResults';
import type { ListInput } from './usePagedList';

const searchLimit = 50;
// Keys typed this close together make one search.
const typingPause = 60;

interface Props {
  site: SiteProfile;
  filters: Filters;
  onFilters: (f: Filters) => void;
  stamp: number;
  selected?: string;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onChanged: () => void;
  onFailure: (error: unknown) => void;
}

/** The library's side of the window: filters, the search box (Ctrl+Shift+F, or Ctrl+K outside the editor) and the list or the hits. */
export function LibraryPane({ site, filters, onFilters, stamp, selected, onOpen, onCreate, onChanged, onFailure }: Props) {
  const searchBox = useRef<HTMLInputElement>(null);
  const { text, searchTrash, sort, ...rest } = filters;
  const restKey = JSON.stringify(rest);
  // The same query object while the filters are the same, so the list does not start over.
  const listQuery: ListInput = useMemo(() => ({ ...(JSON.parse(restKey) as typeof rest), sort }), [restKey, sort]);
  const searching = text.trim() !== '';

  const [result, setResult] = useState<{ for: string; result: SearchResult } | null>(null);
  const searchKey = JSON.stringify({ text: text.trim(), searchTrash, ...rest, stamp });
  const run = useMemo(
    () =>
      debounce((key: string) => {
        const { text: query, searchTrash: withTrash, stamp: _s, ...filtersOnly } = JSON.parse(key) as Filters & { stamp: number };
        client['articles.search']({ ...filtersOnly, query, withTrash: withTrash && !filtersOnly.trash, limit: searchLimit }).then(
          (found) => latest.current === key && setResult({ for: key, result: found }),
          onFailure,
        );
      }, typingPause),
    [onFailure],
  );
  const latest = useRef('');
  useEffect(() => {
    latest.current = searchKey;
    if (searching) run(searchKey);
    return () => run.cancel();
  }, [searchKey, searching, run]);
  // While the index is being built, ask again now and then: the hits grow from titles to everything.
  useEffect(() => {
    if (!searching || !result?.result.progress) return;
    const timer = setTimeout(() => run(searchKey), 2000);
    return () => clearTimeout(timer);
  }, [result, searching, searchKey, run]);

  return (
    <>
      <LibraryFilters site={site} filters={filters} onChange={onFilters} onCreate={onCreate} searchBox={searchBox} stamp={stamp} />
      {searching ? (
        <SearchResults site={site} result={result?.result ?? null} limit={searchLimit} selected={selected} onOpen={onOpen} />
      ) : (
        <ArticleList site={site} query={listQuery} stamp={stamp} selected={selected} onOpen={onOpen} onChanged={onChanged} onFailure={onFailure} />
      )}
    </>
  );
}
