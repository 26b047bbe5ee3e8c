import * as Popover from '@radix-ui/react-popover';
import { ListFilter } from 'lucide-react';
import { useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { listSorts, type ListSort } from '../../shared/api';
import { articleStatuses, type ArticleStatus } from '../../shared/article';
import type { SiteProfile } from '../../shared/site';
import { useCall } from '../api/queries';
import { onCommand } from '../common/commands';
import { DayField } from '../common/DayField';

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
}

/**
 * The filter bar above the list: 新建 and the search box, the four filters used most (column,
 * status, source) and the order, two to a row so their words show whole in both languages on a
 * 300 px list; the rest (publish days, author, original link, the trash in searches) in a 更多筛选
 * popover whose button says how many of them are on.
 */
export function LibraryFilters({ site, filters, onChange, onCreate, searchBox }: Props) {
  const { t } = useTranslation();
  const facets = useCall('articles.facets', {}).value;
  // Up to 500 sources and 500 authors: made once per answer, not on every key typed in the search box.
  const choices = useMemo(() => {
    const options = (names: string[] = []) =>
      names.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      ));
    return { sources: options(facets?.sources), authors: options(facets?.authors) };
  }, [facets]);
  // Ctrl+Shift+F, or Ctrl+K outside the body (the shortcut table in commands.ts).
  useEffect(
    () =>
      onCommand((command) => {
        if (command !== 'search') return;
        searchBox.current?.focus();
        searchBox.current?.select();
      }),
    [searchBox],
  );
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  const filtered = filters.column || filters.status || filters.source || filters.author || filters.from || filters.to || filters.hasOriginal !== undefined;
  const moreOn = [filters.author, filters.hasOriginal !== undefined, filters.from, filters.to, filters.searchTrash && !filters.trash].filter(Boolean).length;
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
      <div className="filters-grid">
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
        <select aria-label={t('library.filterSource')} value={filters.source ?? ''} onChange={(e) => set({ source: e.target.value || undefined })}>
          <option value="">{t('library.allSources')}</option>
          {choices.sources}
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
        <Popover.Root>
          <Popover.Trigger asChild>
            <button type="button" className={`labelled${moreOn ? ' active' : ''}`}>
              <ListFilter size={16} aria-hidden />
              <span>{moreOn ? t('library.moreFiltersOn', { count: moreOn }) : t('library.moreFilters')}</span>
            </button>
          </Popover.Trigger>
          <Popover.Portal>
            <Popover.Content className="popover more-filters" align="start" sideOffset={6} aria-label={t('library.moreFilters')}>
              <fieldset className="field date-range">
                <legend>{t('library.dates')}</legend>
                <DayField id="filter-from" label={t('library.dateFrom')} value={filters.from ?? ''} onChange={(from) => set({ from: from || undefined })} />
                <span aria-hidden>{t('library.datesTo')}</span>
                <DayField id="filter-to" label={t('library.dateTo')} value={filters.to ?? ''} onChange={(to) => set({ to: to || undefined })} />
              </fieldset>
              <div className="field">
                <label htmlFor="filter-author">{t('library.filterAuthor')}</label>
                <select id="filter-author" value={filters.author ?? ''} onChange={(e) => set({ author: e.target.value || undefined })}>
                  <option value="">{t('library.allAuthors')}</option>
                  {choices.authors}
                </select>
              </div>
              <div className="field">
                <label htmlFor="filter-original">{t('library.original')}</label>
                <select
                  id="filter-original"
                  value={filters.hasOriginal === undefined ? '' : filters.hasOriginal ? 'yes' : 'no'}
                  onChange={(e) => set({ hasOriginal: e.target.value === '' ? undefined : e.target.value === 'yes' })}
                >
                  <option value="">{t('library.originalAny')}</option>
                  <option value="yes">{t('library.originalYes')}</option>
                  <option value="no">{t('library.originalNo')}</option>
                </select>
              </div>
              {!filters.trash && (
                <label className="check">
                  <input type="checkbox" checked={filters.searchTrash} onChange={(e) => set({ searchTrash: e.target.checked })} /> {t('library.searchTrash')}
                </label>
              )}
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
        <button className={filters.trash ? 'active' : ''} onClick={() => set({ trash: !filters.trash })}>
          {filters.trash ? t('library.backToList') : t('library.trash')}
        </button>
        {filtered && (
          <button onClick={() => onChange({ ...emptyFilters, text: filters.text, trash: filters.trash, sort: filters.sort })}>{t('library.clearFilters')}</button>
        )}
      </div>
    </div>
  );
}
