import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticlePage } from '../../shared/api';
import type { ArticleSummary } from '../../shared/article';
import { formatDay, formatDayTime } from '../../shared/dates';
import { columnName, type SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { SaveMark } from '../article/SaveMark';

interface Props {
  site: SiteProfile;
  page: ArticlePage;
  trash: boolean;
  selected?: string;
  onOpen: (id: string) => void;
  onChanged: () => void;
  onFailure: (error: unknown) => void;
}

/** The library, newest first; in trash mode, with restore and empty. */
export function ArticleList({ site, page, trash, selected, onOpen, onChanged, onFailure }: Props) {
  const { t } = useTranslation();
  const act = (work: () => Promise<unknown>) => () => work().then(onChanged, onFailure);
  return (
    <div className="article-list">
      <div className="list-count">
        {page.items.length < page.total ? t('library.shown', { shown: page.items.length, count: page.total }) : t('library.count', { count: page.total })}
        {trash && page.total > 0 && (
          <button
            className="danger"
            onClick={act(async () => {
              if (window.confirm(t('library.confirmEmptyTrash', { count: page.total }))) await client['trash.empty']({});
            })}
          >
            {t('library.emptyTrash')}
          </button>
        )}
      </div>
      {page.items.length === 0 && <p className="placeholder">{t('library.empty')}</p>}
      <ul role="list" aria-label={t('library.title')}>
        {page.items.map((a) => (
          <ArticleRow key={a.id} site={site} article={a} selected={a.id === selected} trash={trash} onOpen={onOpen} onRestore={act(() => client['articles.restore']({ id: a.id }))} />
        ))}
      </ul>
    </div>
  );
}

interface RowProps {
  site: SiteProfile;
  article: ArticleSummary;
  selected: boolean;
  trash: boolean;
  onOpen: (id: string) => void;
  onRestore: () => void;
}

/** One row; memoized, and reading its own save state, so a save redraws its own row, not the list. */
const ArticleRow = memo(
  function ArticleRow({ site, article: a, selected, trash, onOpen, onRestore }: RowProps) {
    const { t } = useTranslation();
    return (
      <li className={selected ? 'selected' : ''} data-article-id={a.id}>
        <button className="row" onClick={() => !trash && onOpen(a.id)}>
          <span className="row-title">{a.title || t('library.untitled')}</span>
          <span className="row-meta">
            <span className="row-column">{columnName(site, a.column)}</span>
            <span className="row-date">{formatDay(a.publishedAt, site.timezone)}</span>
            <span className="row-source">{a.source}</span>
            <span className={`row-status status-${a.status}`}>{t(`status.${a.status}`)}</span>
            <span className="row-updated" title={t('column.updatedAt')}>
              {formatDayTime(a.updatedAt, site.timezone)}
            </span>
            <SaveMark id={a.id} className="row-save" />
          </span>
        </button>
        {trash && <button onClick={onRestore}>{t('library.restore')}</button>}
      </li>
    );
  },
  // The restore action is made anew each render; it is the same action for the same article.
  (before, after) => before.article === after.article && before.selected === after.selected && before.trash === after.trash && before.site === after.site,
);
