import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { articleStatuses, type ArticleStatus, type ArticleSummary } from '../../shared/article';
import { formatDay, formatDayTime } from '../../shared/dates';
import { columnName, type SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { SaveMark } from '../article/SaveMark';
import { useConfirm } from '../common/Confirm';
import { refresh } from '../api/queries';
import { usePagedList, type ListInput } from './usePagedList';

/** Every row is this tall (two lines), so the list knows where row 49,000 is without drawing the others. */
export const rowHeight = 52;

interface Props {
  site: SiteProfile;
  query: ListInput;
  selected?: string;
  /** An article to bring into view (a new or imported one), then `onRevealed`. */
  reveal?: string;
  onRevealed: () => void;
  onOpen: (id: string) => void;
  onFailure: (error: unknown) => void;
}

/**
 * The whole library in one scrolling list, drawn only where it is seen (TanStack Virtual),
 * its pages fetched as they come into view. One tab stop: the arrow keys, Home, End, Page Up
 * and Page Down move between rows, Enter opens (in the trash: restores).
 */
export function ArticleList({ site, query, selected, reveal, onRevealed, onOpen, onFailure }: Props) {
  const { t } = useTranslation();
  const [confirmation, confirm] = useConfirm();
  const trash = !!query.trash;
  const { total, rowAt, showRange } = usePagedList(query, onFailure);
  // The rows' words, looked up once for all the rows rather than by each row as it scrolls in.
  const labels = useMemo(
    () => ({
      untitled: t('library.untitled'),
      updatedAt: t('column.updatedAt'),
      restore: t('library.restore'),
      status: Object.fromEntries(articleStatuses.map((s) => [s, t(`status.${s}`)])) as Record<ArticleStatus, string>,
    }),
    [t],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const count = total ?? 0;
  // Rows scrolled in are drawn in React's next render, not inside each scroll event (useFlushSync):
  // a fast wheel then costs one render per frame, not a long task per event (bench:library-ui).
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 5, useFlushSync: false });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => showRange(first, last), [first, last, showRange]);
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, count - 1))), [count]);

  // A row to bring into view: the list is read again (it holds the row now), the server says
  // where the row is in this order, and the list scrolls there once its count includes it.
  const queryClient = useQueryClient();
  const [revealAt, setRevealAt] = useState<number>();
  useEffect(() => {
    if (!reveal) return;
    let current = true;
    const find = { ...query, find: reveal, offset: 0, limit: 1 };
    void refresh('articles.list')
      .then(() => queryClient.fetchQuery({ queryKey: ['articles.list', find], queryFn: () => client['articles.list'](find), staleTime: 0 }))
      .then(
        (page) => {
          if (!current) return;
          if (page.index === undefined) onRevealed(); // not in this list (filtered out): nothing to show
          else setRevealAt(page.index);
        },
        (error: unknown) => current && onFailure(error),
      );
    return () => {
      current = false;
    };
  }, [reveal, query, queryClient, onRevealed, onFailure]);
  useEffect(() => {
    if (revealAt === undefined || revealAt >= count) return;
    virtualizer.scrollToIndex(revealAt, { align: 'center' });
    setActive(revealAt);
    setRevealAt(undefined);
    onRevealed();
  }, [revealAt, count, virtualizer, onRevealed]);

  const restore = useCallback((id: string) => client['articles.restore']({ id }).catch(onFailure), [onFailure]);
  const act = (index: number) => {
    const row = rowAt(index);
    if (row && !trash) onOpen(row.id);
  };
  // The row a key moved to is focused once it is drawn: after the scroll, and after its page came.
  const focusWanted = useRef<number | null>(null);
  const focusDrawn = () => {
    const row = focusWanted.current === null ? null : scroller.current?.querySelector<HTMLElement>(`[data-index="${focusWanted.current}"] button.row`);
    if (!row) return;
    row.focus();
    focusWanted.current = null;
  };
  useEffect(focusDrawn);
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    setActive(target);
    focusWanted.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    focusDrawn();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: count - 1 };
    if (event.key in moves && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    }
    // In the trash, Enter restores the row (the restore button is not a tab stop of its own).
    const row = rowAt(active);
    if (event.key === 'Enter' && trash && row) void restore(row.id);
  };

  return (
    <div className="article-list">
      {confirmation}
      <div className="list-count" role="status">
        {total === null ? t('library.loadingRow') : t('library.count', { count: total })}
        {trash && count > 0 && (
          <button
            className="danger"
            onClick={() => {
              void confirm({ text: t('library.confirmEmptyTrash', { count }), action: t('library.emptyTrash') }).then((yes) => (yes ? client['trash.empty']({}).catch(onFailure) : undefined));
            }}
          >
            {t('library.emptyTrash')}
          </button>
        )}
      </div>
      {total === 0 && <p className="placeholder">{t('library.empty')}</p>}
      <div className="list-scroll" ref={scroller} onKeyDown={onKeyDown}>
        <ul role="list" aria-label={t('library.title')} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <li
                key={row?.id ?? `i${item.index}`}
                data-index={item.index}
                data-article-id={row?.id}
                className={row && row.id === selected ? 'selected' : ''}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              >
                {row ? (
                  <ArticleRow
                    site={site}
                    article={row}
                    trash={trash}
                    labels={labels}
                    tabbable={item.index === active}
                    onFocus={() => setActive(item.index)}
                    onAct={() => act(item.index)}
                    onRestore={() => void restore(row.id)}
                  />
                ) : (
                  <span className="row row-loading">{t('library.loadingRow')}</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

interface RowProps {
  site: SiteProfile;
  article: ArticleSummary;
  trash: boolean;
  labels: { untitled: string; updatedAt: string; restore: string; status: Record<ArticleStatus, string> };
  tabbable: boolean;
  onFocus: () => void;
  onAct: () => void;
  onRestore: () => void;
}

/** One row; memoized, and reading its own save state, so a save redraws its own row, not the list. */
const ArticleRow = memo(
  function ArticleRow({ site, article: a, trash, labels, tabbable, onFocus, onAct, onRestore }: RowProps) {
    return (
      <>
        <button className="row" tabIndex={tabbable ? 0 : -1} onFocus={onFocus} onClick={onAct}>
          <span className="row-title">{a.title || labels.untitled}</span>
          <span className="row-meta">
            <span className="row-column">{columnName(site, a.column)}</span>
            <span className="row-date">{formatDay(a.publishedAt, site.timezone)}</span>
            <span className="row-source">{a.source}</span>
            <span className={`row-status status-${a.status}`}>{labels.status[a.status]}</span>
            <span className="row-updated" title={labels.updatedAt}>
              {formatDayTime(a.updatedAt, site.timezone)}
            </span>
            <SaveMark id={a.id} className="row-save" />
          </span>
        </button>
        {trash && (
          <button tabIndex={-1} onClick={onRestore}>
            {labels.restore}
          </button>
        )}
      </>
    );
  },
  // The handlers are made anew each render; they do the same for the same article.
  (before, after) =>
    before.article === after.article && before.tabbable === after.tabbable && before.trash === after.trash && before.site === after.site && before.labels === after.labels,
);
