import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { ArticlePane, type Layout } from '../article/ArticlePane';
import { emptyFilters, type Filters } from '../library/LibraryFilters';
import { LibraryPane } from '../library/LibraryPane';

/** What the window asks of the articles view: open an article or make a new one (the list itself follows the library's events). */
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
  /** The article 新建 made, while nothing has been written in it: leaving it discards it. */
  const [fresh, setFresh] = useState<string>();
  const freshRef = useRef<string>(undefined);
  freshRef.current = fresh;
  /** The row to bring into view in the list (a new or imported article). */
  const [reveal, setReveal] = useState<string>();
  const revealed = useCallback(() => setReveal(undefined), []);

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
      void leaveFresh(id);
      setSelected(id);
    },
    [leaveFresh],
  );
  // Switching to another view leaves the new article too.
  useEffect(() => () => void leaveFresh(), [leaveFresh]);

  /** True from 新建 until the new article is open: the pane says so instead of showing the old article. */
  const [creating, setCreating] = useState(false);
  const createArticle = useCallback(async () => {
    // The open article leaves the screen at once (its edits are saved as it goes), not when the
    // new one arrives: on a busy machine that takes a moment, and a title typed meanwhile went
    // into the old article, renaming it, while the new one was left empty and later discarded.
    setCreating(true);
    setSelected(undefined);
    try {
      await leaveFresh();
      const article = await client['articles.create']({ fields: filters.column ? { column: filters.column } : {} });
      setFilters((f) => ({ ...f, trash: false, status: undefined, text: '' }));
      setFresh(article.id);
      setSelected(article.id);
      setReveal(article.id);
    } catch (error) {
      onFailure(error);
    } finally {
      setCreating(false);
    }
  }, [filters.column, leaveFresh, onFailure]);

  useEffect(() => {
    if (!request) return;
    onRequestDone();
    if (request.create) void createArticle();
    else if (request.open) {
      setFilters(emptyFilters);
      setReveal(request.open);
      open(request.open);
    }
  }, [request, onRequestDone, createArticle, open]);

  const onEdited = useCallback((id: string) => {
    if (freshRef.current === id) setFresh(undefined);
  }, []);
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
          selected={selected}
          reveal={reveal}
          onRevealed={revealed}
          onOpen={open}
          onCreate={createArticle}
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
            onEdited={onEdited}
            onOpen={reopen}
            onClosed={closeArticle}
          />
        ) : (
          <p className="placeholder" role={creating ? 'status' : undefined}>
            {t(creating ? 'library.creating' : 'library.noneSelected')}
          </p>
        )}
      </div>
    </>
  );
}
