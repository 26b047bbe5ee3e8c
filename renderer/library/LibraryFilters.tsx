import { useTranslation } from 'react-i18next';
import { articleStatuses, type ArticleStatus } from '../../shared/article';
import type { SiteProfile } from '../../shared/site';

export interface Filters {
  column?: string;
  status?: ArticleStatus;
  text: string;
  trash: boolean;
}
export const emptyFilters: Filters = { text: '', trash: false };

export function LibraryFilters(props: { site: SiteProfile; filters: Filters; onChange: (f: Filters) => void; onCreate: () => void }) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  return (
    <div className="filters">
      <div className="filters-row">
        <button className="primary" onClick={props.onCreate} disabled={filters.trash}>
          {t('library.newArticle')}
        </button>
        <input
          type="search"
          aria-label={t('library.search')}
          placeholder={t('library.search')}
          value={filters.text}
          onChange={(e) => onChange({ ...filters, text: e.target.value })}
        />
      </div>
      <div className="filters-row">
        <select aria-label={t('library.filterColumn')} value={filters.column ?? ''} onChange={(e) => onChange({ ...filters, column: e.target.value || undefined })}>
          <option value="">{t('library.allColumns')}</option>
          {props.site.columns.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('library.filterStatus')}
          value={filters.status ?? ''}
          onChange={(e) => onChange({ ...filters, status: (e.target.value || undefined) as ArticleStatus | undefined })}
        >
          <option value="">{t('library.allStatuses')}</option>
          {articleStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <button className={filters.trash ? 'active' : ''} onClick={() => onChange({ ...filters, trash: !filters.trash })}>
          {filters.trash ? t('library.backToList') : t('library.trash')}
        </button>
      </div>
    </div>
  );
}
