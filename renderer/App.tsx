import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../shared/api';
import type { Received } from '../shared/handoff';
import type { Settings } from '../shared/settings';
import { client } from './api/client';
import { bridge } from './api/transport';
import { ArticlePane } from './article/ArticlePane';
import i18n, { describeError } from './i18n';
import { emptyFilters, type Filters } from './library/LibraryFilters';
import { LibraryPane } from './library/LibraryPane';
import { Notices } from './library/Notices';
import { LanguageSwitch } from './settings/LanguageSwitch';
import { receivedMessage } from './handoff/received-message';
import { usePackageDrop } from './handoff/usePackageDrop';
import { ImportDialog } from './import/ImportDialog';
import { PublishView } from './publish/PublishView';
import { ExportDialog } from './site/ExportDialog';
import { SiteSettings } from './site/SiteSettings';

export function App() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<LibraryInfo>();
  const [settings, setSettings] = useState<Settings>();
  const [failure, setFailure] = useState<string>();
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [selected, setSelected] = useState<string>();
  /** Bumped to load the open article again (after a version is restored). */
  const [opened, setOpened] = useState(0);
  const [listStamp, setListStamp] = useState(0);
  const [view, setView] = useState<'articles' | 'site' | 'publish'>('articles');
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<string>();

  useEffect(() => {
    Promise.all([client['library.info']({}), client['settings.get']({})]).then(([libraryInfo, userSettings]) => {
      setInfo(libraryInfo);
      setSettings(userSettings);
      void i18n.changeLanguage(userSettings.language);
    }, (error: unknown) => setFailure(describeError(error)));
  }, []);

  const refreshList = useCallback(() => setListStamp((n) => n + 1), []);
  const onListFailure = useCallback((error: unknown) => setFailure(describeError(error)), []);

  const createArticle = useCallback(async () => {
    try {
      const article = await client['articles.create']({ fields: filters.column ? { column: filters.column } : {} });
      setFilters((f) => ({ ...f, trash: false, status: undefined, text: '' }));
      setSelected(article.id);
      refreshList();
    } catch (error) {
      setFailure(describeError(error));
    }
  }, [filters.column, refreshList]);

  const showReceived = useCallback(
    (received: Received) => {
      setMessage(receivedMessage(t, received));
      if (received.articleId && received.outcome !== 'refused') {
        setView(received.outcome === 'conflict' ? 'publish' : 'articles');
        setFilters(emptyFilters);
        setSelected(received.articleId);
      }
      refreshList();
    },
    [t, refreshList],
  );
  const drop = usePackageDrop(showReceived, (error) => setFailure(describeError(error)));

  useEffect(
    () =>
      bridge?.onCommand((command) => {
        if (command === 'new-article') void createArticle();
        if (command === 'show-received') void client['handoff.status']({}).then((s) => s.recent[0] && showReceived(s.recent[0]));
      }),
    [createArticle, showReceived],
  );

  // The list shows when each article last changed: it is read again once saves pause, not after
  // every save of a long typing session.
  const listAfterSaves = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onSaved = useCallback(() => {
    clearTimeout(listAfterSaves.current);
    listAfterSaves.current = setTimeout(refreshList, 1500);
  }, [refreshList]);

  // Stable, so the open article does not redraw when the window does (a save's state, the list).
  const reopen = useCallback((id: string) => {
    setSelected(id);
    setOpened((n) => n + 1);
    refreshList();
  }, [refreshList]);
  const closeArticle = useCallback(() => {
    setSelected(undefined);
    refreshList();
  }, [refreshList]);

  if (failure && !info) return <div className="fatal" role="alert">{t('app.openFailed', { message: failure })}</div>;
  if (!info || !settings) return <div className="loading">{t('app.loading')}</div>;

  return (
    <div className="app" onDragOver={drop.onDragOver} onDrop={drop.onDrop}>
      <header className="topbar">
        <strong>{t('app.name')}</strong>
        <span className="site-name">{info.site.name}</span>
        <span className="spacer" />
        <button onClick={() => setImporting(true)}>{t('import.open')}</button>
        <button onClick={() => setView(view === 'publish' ? 'articles' : 'publish')}>{view === 'publish' ? t('publish.back') : t('publish.open')}</button>
        <button onClick={() => setView(view === 'site' ? 'articles' : 'site')}>{view === 'site' ? t('site.back') : t('site.open')}</button>
        <button onClick={() => setExporting(true)}>{t('export.open')}</button>
        <LanguageSwitch settings={settings} onChange={setSettings} />
      </header>
      <Notices notices={info.notices} failure={failure} onDismiss={() => setFailure(undefined)} />
      {message && (
        <p className="message" role="status">
          {message} <button onClick={() => setMessage(undefined)}>×</button>
        </p>
      )}
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
      {importing && (
        <ImportDialog
          site={info.site}
          onClose={(changed) => {
            setImporting(false);
            if (changed) refreshList();
          }}
          onOpen={(id) => {
            setImporting(false);
            setView('articles');
            setFilters(emptyFilters);
            setSelected(id);
            refreshList();
          }}
        />
      )}
      {view === 'publish' ? (
        <div className="workspace">
          <PublishView site={info.site} settings={settings} onSettings={setSettings} onFailure={(error) => setFailure(describeError(error))} />
        </div>
      ) : view === 'site' ? (
        <div className="workspace">
          <SiteSettings site={info.site} onSaved={(site) => setInfo({ ...info, site })} />
        </div>
      ) : (
      <div className="workspace">
        <aside className="library">
          <LibraryPane
            site={info.site}
            filters={filters}
            onFilters={setFilters}
            stamp={listStamp}
            selected={selected}
            onOpen={setSelected}
            onCreate={createArticle}
            onChanged={refreshList}
            onFailure={onListFailure}
          />
        </aside>
        <main className="editor-pane">
          {selected && !filters.trash ? (
            <ArticlePane
              key={`${selected}:${opened}`}
              id={selected}
              site={info.site}
              onSaved={onSaved}
              onOpen={reopen}
              onClosed={closeArticle}
            />
          ) : (
            <p className="placeholder">{t('library.noneSelected')}</p>
          )}
        </main>
      </div>
      )}
    </div>
  );
}
