import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { listSorts, type ListSort } from '../../shared/api';
import { articleStatuses, type ArticleStatus } from '../../shared/article';
import type { SiteProfile } from '../../shared/site';
import { client } from '../api/client';

export interface Filters {
  column?: string;
  status?: ArticleStatus;
  source?: string;
  author?: string;
  /** 发布日期 从…到…, days as YYYY-MM-DD. */
  from?: string;
  to?: string;
  hasOriginal?: boolean;
  sort: ListSort;
  /** Full-text search; empty: the whole list. */
  text: string;
  searchTrash: boolean;
  trash: boolean;
}
export const emptyFilters: Filters = { text: '', trash: false, sort: 'published', searchTrash: false };

const sortLabel: Record<ListSort, string> = { published: 'library.sortPublished', changed: 'library.sortChanged', title: 'library.sortTitle' };

interface Props {
  site: SiteProfile;
  filters: Filters;
  onChange: (f: Filters) => void;
  onCreate: () => void;
  searchBox: RefObject<HTMLInputElement | null>;
  stamp: number;
}

export function LibraryFilters({ site, filters, onChange, onCreate, searchBox, stamp }: Props) {
  const { t } = useTranslation();
  const [facets, setFacets] = useState<{ sources: string[]; authors: string[] }>({ sources: [], authors: [] });
  useEffect(() => {
    client['articles.facets']({}).then(setFacets, () => undefined);
  }, [stamp]);
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  const filtered = filters.column || filters.status || filters.source || filters.author || filters.from || filters.to || filters.hasOriginal !== undefined;
  return (
    <div className="filters">
      <div className="filters-row">
        <button className="primary" onClick={onCreate} disabled={filters.trash}>
          {t('library.newArticle')}
        </button>
        <input
          ref={searchBox}
          type="search"
          className="search-box"
          aria-label={t('library.search')}
          title={t('library.searchHint')}
          placeholder={t('library.search')}
          value={filters.text}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filters.text) {
              e.preventDefault();
              set({ text: '' });
            }
            // Down from the box goes into the results.
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              e.currentTarget.closest('.library')?.querySelector<HTMLElement>('.list-scroll button.row[tabindex="0"]')?.focus();
            }
          }}
        />
      </div>
      <div className="filters-row">
        <select aria-label={t('library.filterColumn')} value={filters.column ?? ''} onChange={(e) => set({ column: e.target.value || undefined })}>
          <option value="">{t('library.allColumns')}</option>
          {site.columns.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
        <select aria-label={t('library.filterStatus')} value={filters.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as ArticleStatus | undefined })}>
          <option value="">{t('library.allStatuses')}</option>
          {articleStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('library.sort')} value={filters.sort} onChange={(e) => set({ sort: e.target.value as ListSort })} disabled={!!filters.text.trim()}>
          {listSorts.map((s) => (
            <option key={s} value={s}>
              {t(sortLabel[s])}
            </option>
          ))}
        </select>
      </div>
      <div className="filters-row">
        <select aria-label={t('library.filterSource')} value={filters.source ?? ''} onChange={(e) => set({ source: e.target.value || undefined })}>
          <option value="">{t('library.allSources')}</option>
          {facets.sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select aria-label={t('library.filterAuthor')} value={filters.author ?? ''} onChange={(e) => set({ author: e.target.value || undefined })}>
          <option value="">{t('library.allAuthors')}</option>
          {facets.authors.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          aria-label={t('library.original')}
          value={filters.hasOriginal === undefined ? '' : filters.hasOriginal ? 'yes' : 'no'}
          onChange={(e) => set({ hasOriginal: e.target.value === '' ? undefined : e.target.value === 'yes' })}
        >
          <option value="">{t('library.originalAny')}</option>
          <option value="yes">{t('library.originalYes')}</option>
          <option value="no">{t('library.originalNo')}</option>
        </select>
      </div>
      <div className="filters-row">
        <label className="date-range">
          {t('library.dateFrom')} <input type="date" aria-label={t('library.dateFrom')} value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </label>
        <label className="date-range">
          {t('library.dateTo')} <input type="date" aria-label={t('library.dateTo')} value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </label>
      </div>
      <div className="filters-row">
        <button className={filters.trash ? 'active' : ''} onClick={() => set({ trash: !filters.trash })}>
          {filters.trash ? t('library.backToList') : t('library.trash')}
        </button>
        {!filters.trash && (
          <label className="search-trash">
            <input type="checkbox" checked={filters.searchTrash} onChange={(e) => set({ searchTrash: e.target.checked })} /> {t('library.searchTrash')}
          </label>
        )}
        {filtered && (
          <button onClick={() => onChange({ ...emptyFilters, text: filters.text, trash: filters.trash, sort: filters.sort })}>{t('library.clearFilters')}</button>
        )}
      </div>
    </div>
  );
}
