import * as Tooltip from '@radix-ui/react-tooltip';
import { X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../shared/api';
import type { Received } from '../shared/handoff';
import type { Settings } from '../shared/settings';
import { client } from './api/client';
import type { Layout } from './article/ArticlePane';
import { onCommand } from './common/commands';
import { moveRegion } from './common/regions';
import { applyTheme } from './common/theme';
import { receivedMessage } from './handoff/received-message';
import { usePackageDrop } from './handoff/usePackageDrop';
import i18n, { describeError } from './i18n';
import { ImportDialog } from './import/ImportDialog';
import { Notices } from './library/Notices';
import { PublishView } from './publish/PublishView';
import { ShortcutSheet } from './shell/ShortcutSheet';
import { TopBar, type View } from './shell/TopBar';
import { useKeyboard } from './shell/useKeyboard';
import { ExportDialog } from './site/ExportDialog';
import { SiteSettings } from './site/SiteSettings';
import { ArticlesView, type ArticlesRequest } from './views/ArticlesView';

/** The window: its top bar, the view shown, and the dialogs over it. Each view keeps its own state. */
export function App() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<LibraryInfo>();
  const [settings, setSettings] = useState<Settings>();
  const [failure, setFailure] = useState<string>();
  const [view, setView] = useState<View>('articles');
  const [dialog, setDialog] = useState<'import' | 'export' | 'shortcuts'>();
  const [message, setMessage] = useState<string>();
  const [request, setRequest] = useState<ArticlesRequest>();
  const [focusMode, setFocusMode] = useState(false);
  useKeyboard();

  useEffect(() => {
    Promise.all([client['library.info']({}), client['settings.get']({})]).then(([libraryInfo, userSettings]) => {
      setInfo(libraryInfo);
      setSettings(userSettings);
      void i18n.changeLanguage(userSettings.language);
    }, (error: unknown) => setFailure(describeError(error)));
  }, []);
  useEffect(() => applyTheme(settings?.theme ?? 'system'), [settings?.theme]);
  useEffect(() => {
    document.documentElement.lang = settings?.language ?? 'zh-CN';
  }, [settings?.language]);

  const fail = useCallback((error: unknown) => setFailure(describeError(error)), []);
  const ask = useCallback((next: ArticlesRequest) => setRequest(next), []);
  const requestDone = useCallback(() => setRequest(undefined), []);
  const saveSettings = useCallback(
    (next: Settings) => {
      setSettings(next);
      client['settings.save'](next).then(setSettings, fail);
    },
    [fail],
  );
  // Read through a ref: the layout's buttons and Ctrl+Shift+P stay the same functions as settings change.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const onLayout = useCallback((patch: Partial<Layout>) => settingsRef.current && saveSettings({ ...settingsRef.current, ...patch }), [saveSettings]);

  const showReceived = useCallback(
    (received: Received) => {
      setMessage(receivedMessage(t, received));
      if (received.articleId && received.outcome !== 'refused') {
        setView(received.outcome === 'conflict' ? 'publish' : 'articles');
        ask({ open: received.articleId });
      } else ask({});
    },
    [t, ask],
  );
  const drop = usePackageDrop(showReceived, fail);

  useEffect(
    () =>
      onCommand((command) => {
        if (command === 'new-article') {
          setView('articles');
          ask({ create: true });
        }
        if (command === 'show-received') void client['handoff.status']({}).then((s) => s.recent[0] && showReceived(s.recent[0]));
        if (command === 'shortcuts') setDialog('shortcuts');
        if (command === 'focus-mode') setFocusMode((on) => !on);
        if (command === 'next-region' || command === 'previous-region') moveRegion(command === 'next-region' ? 1 : -1);
        if (command === 'toggle-preview') onLayout({ showPreview: !settingsRef.current?.showPreview });
      }),
    [ask, showReceived, onLayout],
  );
  // Esc leaves focus mode, and the search box (for the list under it); dialogs and menus take their own Esc first.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (focusMode) setFocusMode(false);
      const active = document.activeElement;
      if (active instanceof HTMLInputElement && active.type === 'search') {
        (document.querySelector<HTMLElement>('.article-list li.selected .row, .article-list .row') ?? active).focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusMode]);

  const showFields = settings?.showFields ?? true;
  const showPreview = settings?.showPreview ?? false;
  // The same object while the layout stays, so the open article does not redraw.
  const layout = useMemo(() => ({ showFields, showPreview }), [showFields, showPreview]);
  const toggleFocus = useCallback(() => setFocusMode((on) => !on), []);

  if (failure && !info) return <div className="fatal" role="alert">{t('app.openFailed', { message: failure })}</div>;
  if (!info || !settings) return <div className="loading">{t('app.loading')}</div>;

  return (
    <Tooltip.Provider delayDuration={600}>
      <div className={`app${focusMode && view === 'articles' ? ' focus-mode' : ''}${showPreview ? ' previewing' : ''}`} onDragOver={drop.onDragOver} onDrop={drop.onDrop}>
        <TopBar
          siteName={info.site.name}
          view={view}
          settings={settings}
          onView={setView}
          onImport={() => setDialog('import')}
          onExport={() => setDialog('export')}
          onShortcuts={() => setDialog('shortcuts')}
          onSettings={saveSettings}
        />
        <Notices notices={info.notices} failure={failure} onDismiss={() => setFailure(undefined)} />
        {message && (
          <p className="message" role="status">
            {message}{' '}
            <button className="icon-button" aria-label={t('dialog.close')} onClick={() => setMessage(undefined)}>
              <X size={14} aria-hidden />
            </button>
          </p>
        )}
        <main className="workspace">
          {view === 'publish' ? (
            <PublishView site={info.site} settings={settings} onSettings={setSettings} onFailure={fail} />
          ) : view === 'site' ? (
            <SiteSettings site={info.site} onSaved={(site) => setInfo({ ...info, site })} />
          ) : (
            <ArticlesView site={info.site} request={request} onRequestDone={requestDone} layout={layout} onLayout={onLayout} onFocusMode={toggleFocus} onFailure={fail} />
          )}
        </main>
        {focusMode && view === 'articles' && (
          <button className="focus-exit labelled" onClick={() => setFocusMode(false)}>
            {t('ui.exitFocus')}
          </button>
        )}
        {dialog === 'export' && <ExportDialog onClose={() => setDialog(undefined)} />}
        {dialog === 'shortcuts' && <ShortcutSheet onClose={() => setDialog(undefined)} />}
        {dialog === 'import' && (
          <ImportDialog
            site={info.site}
            onClose={(changed) => {
              setDialog(undefined);
              if (changed) ask({});
            }}
            onOpen={(id) => {
              setDialog(undefined);
              setView('articles');
              ask({ open: id });
            }}
          />
        )}
      </div>
    </Tooltip.Provider>
  );
}
