import { useTranslation } from 'react-i18next';
import { client } from '../api/client';
import { useCall } from '../api/queries';
import { when } from './format';
import type { ActingTabProps } from './tab-props';

/** What is live, with withdrawal (撤稿); an article edited since it went out can be republished. */
export function PublishedList({ site, onDone, onFailure }: ActingTabProps) {
  const { t } = useTranslation();
  const publications = useCall('queue.publications', {});
  const page = useCall('articles.list', { limit: 1000 });
  const error = publications.error ?? page.error;
  const value =
    publications.value && page.value
      ? page.value.items.filter((a) => publications.value![a.id]).map((a) => ({ article: a, live: publications.value![a.id]! }))
      : undefined;
  const act = (work: () => Promise<unknown>) => () => work().then(() => onDone(t('publish.approved')), onFailure);

  if (error) return <p className="failure" role="alert">{error}</p>;
  if (!value) return null;
  if (!value.length) return <p className="placeholder">{t('publish.noPublished')}</p>;
  return (
    <ul className="plain-list" aria-label={t('publish.published')}>
      {value.map(({ article, live }) => (
        <li key={article.id}>
          <div className="row">
            <span className="row-title">{article.title}</span>
            <span className="row-meta">
              <span>{live.url}</span>
              <span>{t('publish.state.published', { at: when(live.at, site.timezone) })}</span>
              {article.revision > live.revision && <span className="failure">{t('publish.changedSince')}</span>}
            </span>
          </div>
          <div className="queue-actions">
            {article.revision > live.revision && (
              <button onClick={act(() => client['queue.add']({ id: article.id, action: 'publish' }))}>{t('publish.republish')}</button>
            )}
            <button className="danger" onClick={act(() => client['queue.add']({ id: article.id, action: 'withdraw' }))}>
              {t('publish.withdraw')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
