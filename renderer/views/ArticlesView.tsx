import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { subscribeEvents } from '../api/events';
import { ArticlePane, type Layout } from '../article/ArticlePane';
import { emptyFilters, type Filters } from '../library/LibraryFilters';
import { LibraryPane } from '../library/LibraryPane';

/** What the window asks of the articles view: open an article, make a new one, or read the list again. */
export interface ArticlesRequest {
  open?: string;
  create?: boolean;
}

interface Props {
  site: SiteProfile;
  /** Done once, then cleared by the window through onRequestDone (a view shown again does not redo it). */
  request?: ArticlesRequest;
  onRequestDone: () => void;
  layout: Layout;
  onLayout: (patch: Partial<Layout>) => void;
  onFocusMode: () => void;
  onFailure: (error: unknown) => void;
}

/** The library's list beside the open article. */
export function ArticlesView({ site, request, onRequestDone, layout, onLayout, onFocusMode, onFailure }: Props) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [selected, setSelected] = useState<string>();
  /** Bumped to load the open article again (after a version is restored). */
  const [opened, setOpened] = useState(0);
  const [listStamp, setListStamp] = useState(0);
  /** The article 新建 made, while nothing has been written in it: leaving it discards it. */
  const [fresh, setFresh] = useState<string>();
  const freshRef = useRef<string>(undefined);
  freshRef.current = fresh;
  /** The row to bring into view once the list shows it (a new or imported article). */
  const reveal = useRef<string>(undefined);

  const refreshList = useCallback(() => setListStamp((n) => n + 1), []);
  useEffect(() => {
    if (!reveal.current) return;
    const row = document.querySelector(`.article-list [data-article-id="${CSS.escape(reveal.current)}"]`);
    if (row) {
      row.scrollIntoView({ block: 'nearest' });
      reveal.current = undefined;
    }
  }, [listStamp]);

  /** Leaves the untouched new article, if any, removing it. */
  const leaveFresh = useCallback(async (next?: string) => {
    const left = freshRef.current;
    if (!left || left === next) return;
    setFresh(undefined);
    freshRef.current = undefined;
    await client['articles.discardUntouched']({ id: left }).catch(() => undefined);
  }, []);
  const open = useCallback(
    (id: string | undefined) => {
      void leaveFresh(id).then(refreshList);
      setSelected(id);
    },
    [leaveFresh, refreshList],
  );
  // Switching to another view leaves the new article too.
  useEffect(() => () => void leaveFresh(), [leaveFresh]);

  const createArticle = useCallback(async () => {
    try {
      await leaveFresh();
      const article = await client['articles.create']({ fields: filters.column ? { column: filters.column } : {} });
      setFilters((f) => ({ ...f, trash: false, status: undefined, text: '' }));
      setFresh(article.id);
      setSelected(article.id);
      reveal.current = article.id;
      refreshList();
    } catch (error) {
      onFailure(error);
    }
  }, [filters.column, leaveFresh, refreshList, onFailure]);

  useEffect(() => {
    if (!request) return;
    onRequestDone();
    if (request.create) void createArticle();
    else if (request.open) {
      setFilters(emptyFilters);
      reveal.current = request.open;
      open(request.open);
    } else refreshList();
  }, [request, onRequestDone, createArticle, open, refreshList]);

  const onEdited = useCallback((id: string) => {
    if (freshRef.current === id) setFresh(undefined);
  }, []);
  // The list shows when each article last changed: it is read again once saves pause, not after
  // every save of a long typing session.
  const listAfterSaves = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onSaved = useCallback(() => {
    clearTimeout(listAfterSaves.current);
    listAfterSaves.current = setTimeout(refreshList, 1500);
  }, [refreshList]);
  // Articles written elsewhere (another window, an import, the inbox) show up the same way.
  useEffect(() => subscribeEvents((event) => event.name !== 'job.progress' && event.name !== 'queue.changed' && onSaved()), [onSaved]);
  // Stable, so the open article does not redraw when the window does (a save's state, the list).
  const reopen = useCallback(
    (id: string) => {
      open(id);
      setOpened((n) => n + 1);
    },
    [open],
  );
  const closeArticle = useCallback(() => open(undefined), [open]);

  return (
    <>
      <aside className="library" aria-label={t('library.title')} data-region="list" data-focus=".article-list li.selected .row, .article-list .row, input[type='search']">
        <LibraryPane
          site={site}
          filters={filters}
          onFilters={setFilters}
          stamp={listStamp}
          selected={selected}
          onOpen={open}
          onCreate={createArticle}
          onChanged={refreshList}
          onFailure={onFailure}
        />
      </aside>
      <div className="editor-pane">
        {selected && !filters.trash ? (
          <ArticlePane
            key={`${selected}:${opened}`}
            id={selected}
            site={site}
            fresh={selected === fresh}
            layout={layout}
            onLayout={onLayout}
            onFocusMode={onFocusMode}
            onSaved={onSaved}
            onEdited={onEdited}
            onOpen={reopen}
            onClosed={closeArticle}
          />
        ) : (
          <p className="placeholder">{t('library.noneSelected')}</p>
        )}
      </div>
    </>
  );
}
