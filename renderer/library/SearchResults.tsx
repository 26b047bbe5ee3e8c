import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResult } from '../../shared/api';
import { formatDay } from '../../shared/dates';
import { columnName, type SiteProfile } from '../../shared/site';

interface Props {
  site: SiteProfile;
  result: SearchResult | null;
  /** The query the hits shown answer; none while the hits of an earlier query stay on screen. */
  query?: string;
  limit: number;
  selected?: string;
  onOpen: (id: string) => void;
}

/** Search hits, best first, each with its passage and the matches marked; keys as in the list. Drawn again only when the hits change, not on every key typed. */
export const SearchResults = memo(function SearchResults({ site, result, query, limit, selected, onOpen }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const hits = result?.hits ?? [];
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: hits.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const target = Math.max(0, Math.min(hits.length - 1, moves[event.key]!));
    setActive(target);
    list.current?.querySelectorAll<HTMLElement>('button.row')[target]?.focus();
  };
  return (
    <div className="article-list search-results" data-query={query} aria-busy={query === undefined}>
      <div className="list-count" role="status">
        {result === null
          ? t('library.searching')
          : result.progress
            ? t(result.progress.state === 'loading' ? 'library.searchIndexLoading' : 'library.searchTitlesOnly', result.progress)
            : hits.length >= limit
              ? t('library.searchMore', { count: hits.length })
              : t('library.searchCount', { count: hits.length })}
      </div>
      {result && hits.length === 0 && <p className="placeholder">{t('library.empty')}</p>}
      <div className="list-scroll" onKeyDown={onKeyDown}>
        <ul role="list" aria-label={t('library.title')} ref={list}>
          {hits.map((hit, i) => (
            <li key={hit.article.id} data-article-id={hit.article.id} className={hit.article.id === selected ? 'selected' : ''}>
              <HitRow site={site} hit={hit} tabbable={i === active} onFocus={() => setActive(i)} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});

const HitRow = memo(function HitRow({ site, hit, tabbable, onFocus, onOpen }: { site: SiteProfile; hit: SearchHit; tabbable: boolean; onFocus: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const a = hit.article;
  return (
    <button className="row" tabIndex={tabbable ? 0 : -1} onFocus={onFocus} onClick={() => a.deletedAt === null && onOpen(a.id)}>
      <span className="row-title">
        <Marked text={a.title || t('library.untitled')} marks={hit.snippet === a.title ? hit.marks : []} />
      </span>
      <span className="row-snippet">
        <Marked text={hit.snippet} marks={hit.marks} />
      </span>
      <span className="row-meta">
        <span className="row-column">{columnName(site, a.column)}</span>
        <span className="row-date">{formatDay(a.publishedAt, site.timezone)}</span>
        <span className="row-source">{a.source}</span>
        {a.deletedAt !== null && <span className="row-trash">{t('library.trash')}</span>}
      </span>
    </button>
  );
});

/** Text with the given [start, end) ranges in <mark>. */
export function Marked({ text, marks }: { text: string; marks: [number, number][] }) {
  const parts: (string | React.ReactElement)[] = [];
  let at = 0;
  marks.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
