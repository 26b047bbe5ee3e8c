import { diffChars } from 'diff';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../shared/article';
import { formatDayTime } from '../../shared/dates';
import type { RevisionInfo, StoredRevision } from '../../shared/revision';
import { client } from '../api/client';
import { describeError } from '../i18n';
import { textOf } from './text-of';

const compared: (keyof ArticleFields)[] = ['title', 'column', 'publishedAt', 'source', 'author', 'originalUrl', 'summary'];

interface Props {
  id: string;
  zone: string;
  /** The article as it is in the editor now: what a kept version is compared with. */
  current: () => ArticleFields | undefined;
  onRestore: (revision: number) => Promise<void>;
}

/** The kept versions of an article: what changed between one and the text now, and restore. */
export function HistoryPanel({ id, zone, current, onRestore }: Props) {
  const { t } = useTranslation();
  const [list, setList] = useState<RevisionInfo[]>();
  const [chosen, setChosen] = useState<StoredRevision>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    client['revisions.list']({ id }).then(setList, (e: unknown) => setError(describeError(e)));
  }, [id]);

  const now = current();
  return (
    <aside className="history" aria-label={t('history.title')} data-region="preview">
      <h2>{t('history.title')}</h2>
      {error && <p className="failure" role="alert">{error}</p>}
      {list && !list.length && <p className="placeholder">{t('history.none')}</p>}
      <ul className="plain-list" aria-label={t('history.versions')}>
        {list?.map((r) => (
          <li key={r.revision} className={chosen?.revision === r.revision ? 'selected' : ''}>
            <button className="row" onClick={() => client['revisions.get']({ id, revision: r.revision }).then(setChosen, (e: unknown) => setError(describeError(e)))}>
              <span className="row-title">{t('article.revision', { revision: r.revision })} · {formatDayTime(r.at, zone)}</span>
              <span className="row-meta">
                <span>{r.title}</span>
                <span>{t('history.length', { count: r.length })}</span>
                {r.by && <span>{r.by}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chosen && now && (
        <section className="history-diff" aria-label={t('history.changes')}>
          <p>{t('history.comparing', { revision: chosen.revision })}</p>
          {compared
            .filter((f) => chosen.fields[f] !== now[f])
            .map((f) => (
              <p key={f} className="field-change">
                <strong>{t(`article.${f}`)}</strong>: <del>{String(chosen.fields[f])}</del> → <ins>{String(now[f])}</ins>
              </p>
            ))}
          <div className="body-diff" aria-label={t('history.bodyChanges')}>
            {diffChars(textOf(chosen.fields.bodyHtml), textOf(now.bodyHtml)).map((part, i) =>
              part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
            )}
          </div>
          <button className="primary" onClick={() => onRestore(chosen.revision).catch((e: unknown) => setError(describeError(e)))}>
            {t('history.restore', { revision: chosen.revision })}
          </button>
        </section>
      )}
    </aside>
  );
}
