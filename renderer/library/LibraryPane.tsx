import { useDeferredValue, useMemo, useRef } from 'react';
import type { SiteProfile } from '../../shared/site';
import { ArticleList } from './ArticleList';
import { LibraryFilters, type Filters } from './LibraryFilters';
import { SearchResults } from './SearchResults';
import type { ListInput } from './usePagedList';
import { useSearch, type SearchInput } from './useSearch';

const searchLimit = 50;

interface Props {
  site: SiteProfile;
  filters: Filters;
  onFilters: (f: Filters) => void;
  selected?: string;
  /** An article to bring into view in the list (a new or imported one), then `onRevealed`. */
  reveal?: string;
  onRevealed: () => void;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onFailure: (error: unknown) => void;
}

/** The library's side of the window: filters, the search box (Ctrl+Shift+F, or Ctrl+K outside the editor) and the list or the hits. */
export function LibraryPane({ site, filters, onFilters, selected, reveal, onRevealed, onOpen, onCreate, onFailure }: Props) {
  const searchBox = useRef<HTMLInputElement>(null);
  const { text, searchTrash, sort, ...rest } = filters;
  const restKey = JSON.stringify(rest);
  // The same query object while the filters are the same, so the list does not start over.
  const listQuery: ListInput = useMemo(() => ({ ...(JSON.parse(restKey) as typeof rest), sort }), [restKey, sort]);
  const query = text.trim();
  const searchInput: SearchInput | null = useMemo(
    () => (query ? { ...(JSON.parse(restKey) as typeof rest), query, withTrash: searchTrash && !rest.trash, limit: searchLimit } : null),
    [query, restKey, searchTrash, rest.trash],
  );
  const search = useSearch(searchInput, onFailure);
  // The box answers each key at once; the hits, or the list coming back, are drawn in a render
  // React may pause for the next key (so drawing 50 hits is never one long task in front of it).
  const searching = !!searchInput;
  const answered = search.for?.query;
  const shown = useDeferredValue(useMemo(() => ({ searching, result: search.result, query: answered }), [searching, search.result, answered]));

  return (
    <>
      <LibraryFilters site={site} filters={filters} onChange={onFilters} onCreate={onCreate} searchBox={searchBox} />
      {shown.searching ? (
        <SearchResults site={site} result={shown.result} query={shown.query} limit={searchLimit} selected={selected} onOpen={onOpen} />
      ) : (
        <ArticleList site={site} query={listQuery} selected={selected} reveal={reveal} onRevealed={onRevealed} onOpen={onOpen} onFailure={onFailure} />
      )}
    </>
  );
}
