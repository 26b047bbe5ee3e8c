import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsOf } from '../../shared/article';
import { formatDay, fromLocalInput } from '../../shared/dates';
import { columnName } from '../../shared/site';
import { client } from '../api/client';
import { useCall } from '../api/queries';
import { InboxPanel } from '../handoff/InboxPanel';
import { showPage } from '../preview/show-page';
import type { ActingTabProps } from './tab-props';

/** What editors marked ready: preview each, approve it (now or at a time), or send it back with a comment. */
export function ReviewList({ site, onDone, onFailure }: ActingTabProps) {
  const { t } = useTranslation();
  const { value: page, error } = useCall('articles.list', { status: 'review', limit: 500 });
  const [open, setOpen] = useState<string>();
  const [preview, setPreview] = useState<string>();
  const frame = useRef<HTMLIFrameElement>(null);
  // Shown as the editor's preview is, by the same code (a frame of its own for each article).
  useEffect(() => {
    if (frame.current && preview !== undefined) showPage(frame.current, preview);
  }, [preview]);
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');

  const show = async (id: string) => {
    setOpen(id);
    setPreview(undefined);
    setAt('');
    setNote('');
    try {
      const article = await client['articles.get']({ id });
      setPreview((await client['preview.render']({ kind: 'article', id, fields: fieldsOf(article) })).html);
    } catch (e) {
      onFailure(e);
    }
  };
  const act = (work: () => Promise<unknown>, message: string) => async () => {
    try {
      await work();
      setOpen(undefined);
      onDone(message);
    } catch (e) {
      onFailure(e);
    }
  };

  const inbox = <InboxPanel onChanged={() => onDone('')} onFailure={onFailure} />;
  if (error) return <p className="failure" role="alert">{error}</p>;
  if (!page) return null;
  if (!page.items.length)
    return (
      <>
        {inbox}
        <p className="placeholder">{t('publish.noReview')}</p>
      </>
    );
  return (
    <>
    {inbox}
    <div className="review">
      <ul className="plain-list" aria-label={t('publish.review')}>
        {page.items.map((a) => (
          <li key={a.id} className={a.id === open ? 'selected' : ''}>
            <button className="row" onClick={() => show(a.id)}>
              <span className="row-title">{a.title}</span>
              <span className="row-meta">
                <span>{columnName(site, a.column)}</span>
                <span>{formatDay(a.publishedAt, site.timezone)}</span>
                <span>{a.source}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <section className="review-detail" aria-label={t('publish.preview')}>
          <div className="filters-row">
            <button className="primary" onClick={act(() => client['queue.add']({ id: open, action: 'publish' }), t('publish.approved'))}>
              {t('publish.approve')}
            </button>
            <label>
              {t('publish.scheduleAt')} <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
            </label>
            <button
              disabled={!fromLocalInput(at, site.timezone)}
              onClick={act(() => client['queue.add']({ id: open, action: 'publish', notBefore: fromLocalInput(at, site.timezone) }), t('publish.approved'))}
            >
              {t('publish.schedule')}
            </button>
          </div>
          <div className="filters-row">
            <input aria-label={t('publish.sendBackNote')} placeholder={t('publish.sendBackNote')} value={note} onChange={(e) => setNote(e.target.value)} />
            <button className="danger" disabled={!note.trim()} onClick={act(() => client['review.sendBack']({ id: open, note }), t('publish.sentBack'))}>
              {t('publish.sendBack')}
            </button>
          </div>
          <iframe key={open} ref={frame} title={t('publish.preview')} sandbox="allow-same-origin" />
        </section>
      )}
    </div>
    </>
  );
}
