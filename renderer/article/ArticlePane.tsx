import type { Editor } from '@tiptap/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsOf, type Article, type ArticleFields } from '../../shared/article';
import { formatDayTime } from '../../shared/dates';
import { findIn, replaceIn, type FindQuery } from '../../shared/find';
import { articleProblems } from '../../shared/problems';
import type { SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { bridge } from '../api/transport';
import { BodyEditor } from '../editor/BodyEditor';
import { bodyHtml } from '../editor/body-html';
import { HistoryPanel } from '../history/HistoryPanel';
import { PreviewPane } from '../preview/PreviewPane';
import { describeError } from '../i18n';
import { MetadataForm } from './MetadataForm';
import { forgetUnsaved, keepUnsaved, readUnsaved, type UnsavedCopy } from './unsaved-copy';
import { updateSaveStatus, type SaveState } from './save-state';
import { SaveStatusLabel } from './SaveStatusLabel';
import { useAutosave } from './useAutosave';

interface Props {
  id: string;
  site: SiteProfile;
  /** A save went through and no edit waits: the list may read the library again. */
  onSaved: () => void;
  onOpen: (id: string) => void;
  onClosed: () => void;
}

/** One article open for editing: its fields, its body, and autosave. */
export const ArticlePane = memo(function ArticlePane({ id, site, onSaved, onOpen, onClosed }: Props) {
  const { t } = useTranslation();
  const [article, setArticle] = useState<Article>();
  const [fields, setFields] = useState<ArticleFields>();
  const [loadError, setLoadError] = useState<string>();
  const [sent, setSent] = useState<{ ok: boolean; text: string }>();
  /** The body as opened: the editor starts from it and owns the text after. */
  const openedBody = useRef('');
  const [history, setHistory] = useState(false);
  const [missingImages, setMissingImages] = useState<string[]>([]);
  /** Text the editor had that never reached the disk (the app or the machine stopped first). */
  const [recovered, setRecovered] = useState<UnsavedCopy>();
  const fieldsRef = useRef<ArticleFields>(undefined);
  const revision = useRef(0);
  const editor = useRef<Editor>(undefined);
  const [changes] = useState(() => new EventTarget());

  useEffect(() => {
    client['articles.get']({ id }).then(
      (loaded) => {
        const loadedFields = fieldsOf(loaded);
        revision.current = loaded.revision;
        fieldsRef.current = loadedFields;
        openedBody.current = loaded.bodyHtml;
        setArticle(loaded);
        updateSaveStatus(id, { revision: loaded.revision });
        setFields(loadedFields);
        client['assets.missing']({ id }).then(({ missing }) => setMissingImages(missing), () => undefined);
        const unsaved = readUnsaved(id);
        if (unsaved && JSON.stringify(unsaved.fields) !== JSON.stringify(loadedFields)) setRecovered(unsaved);
        else forgetUnsaved(id);
      },
      (error: unknown) => setLoadError(describeError(error)),
    );
  }, [id]);

  const save = useCallback(async () => {
    if (!fieldsRef.current) return;
    const body = editor.current ? bodyHtml(editor.current) : fieldsRef.current.bodyHtml;
    const fields = { ...fieldsRef.current, bodyHtml: body };
    keepUnsaved(id, { revision: revision.current, at: new Date().toISOString(), fields });
    const saved = await client['articles.save']({ id, baseRevision: revision.current, fields });
    forgetUnsaved(id);
    revision.current = saved.revision;
    updateSaveStatus(id, { revision: saved.revision });
  }, [id]);

  // Only changes of state are reported: "unsaved" again on every keystroke would redraw the
  // label and the list row while typing.
  const shown = useRef<SaveState['kind']>('saved');
  const report = useCallback((next: SaveState) => {
    if (next.kind === shown.current && next.kind !== 'failed') return;
    shown.current = next.kind;
    updateSaveStatus(id, { state: next });
    if (next.kind === 'saved') onSaved();
  }, [id, onSaved]);
  const autosave = useAutosave(save, report);
  const { flush } = autosave;
  const changed = useCallback(() => {
    autosave.changed();
    changes.dispatchEvent(new Event('change'));
  }, [autosave, changes]);
  const current = useCallback(
    () => fieldsRef.current && { ...fieldsRef.current, bodyHtml: editor.current ? bodyHtml(editor.current) : fieldsRef.current.bodyHtml },
    [],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !event.isComposing) {
        event.preventDefault();
        void flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush]);
  useEffect(() => bridge?.onCommand((command) => command === 'save' && void flush()), [flush]);

  const update = useCallback((patch: Partial<ArticleFields>) => {
    if (!fieldsRef.current) return;
    fieldsRef.current = { ...fieldsRef.current, ...patch };
    setFields(fieldsRef.current);
    changed();
  }, [changed]);

  // Stable, so the body editor does not rerender when the pane does.
  const onEditorReady = useCallback((instance: Editor) => {
    editor.current = instance;
  }, []);
  const setCover = useCallback((cover: string) => update({ cover }), [update]);
  const replaceInTitle = useCallback(
    (query: FindQuery, replacement: string) => {
      const title = replaceIn(fieldsRef.current?.title ?? '', query, replacement);
      update({ title });
      return findIn(title, query).length;
    },
    [update],
  );

  const problems = useMemo(() => fields && articleProblems(fields, site.columns.map((c) => c.slug)), [fields, site]);

  if (loadError) return <p className="failure" role="alert">{loadError}</p>;
  if (!article || !fields || !problems) return <p className="placeholder">{t('app.loading')}</p>;

  return (
    <div className="article-split">
    <div className="article-pane">
      <div className="pane-header">
        <SaveStatusLabel id={id} />
        <span className="spacer" />
        <button aria-pressed={history} onClick={() => setHistory(!history)}>
          {t('history.open')}
        </button>
        <button
          onClick={async () => {
            await flush();
            try {
              const { file } = await client['handoff.send']({ id });
              setSent({ ok: true, text: t('handoff.sent', { file }) });
            } catch (e) {
              setSent({ ok: false, text: describeError(e) });
            }
          }}
        >
          {t('handoff.send')}
        </button>
        <button
          onClick={async () => {
            await flush();
            onOpen((await client['articles.duplicate']({ id })).id);
          }}
        >
          {t('article.duplicate')}
        </button>
        <button
          className="danger"
          onClick={async () => {
            await flush();
            await client['articles.trash']({ id });
            onClosed();
          }}
        >
          {t('article.trash')}
        </button>
      </div>
      {/* Under the buttons, not between them: a long message would squeeze them. */}
      {sent && (
        <p className={`pane-message ${sent.ok ? 'ok' : 'failure'}`} role={sent.ok ? 'status' : 'alert'}>
          {sent.text}
        </p>
      )}
      {missingImages.length > 0 && (
        <p className="problem" role="alert">
          {t('image.missing', { count: missingImages.length, names: missingImages.join('、') })}
        </p>
      )}
      {recovered && (
        <div className="review-note recovered" role="alert">
          {t('recover.found', { time: formatDayTime(recovered.at.replace(/\.\d{3}Z$/, 'Z'), site.timezone) })}{' '}
          <button
            onClick={() => {
              fieldsRef.current = recovered.fields;
              setFields(recovered.fields);
              editor.current?.commands.setContent(recovered.fields.bodyHtml);
              setRecovered(undefined);
              changed();
            }}
          >
            {t('recover.restore')}
          </button>{' '}
          <button
            onClick={() => {
              forgetUnsaved(id);
              setRecovered(undefined);
            }}
          >
            {t('recover.discard')}
          </button>
        </div>
      )}
      {fields.reviewNote && fields.status === 'draft' && (
        <p className="review-note" role="note">
          {t('publish.reviewNote', { note: fields.reviewNote })}
        </p>
      )}
      <MetadataForm site={site} fields={fields} problems={problems} onChange={update} />
      <BodyEditor
        html={openedBody.current}
        label={t('article.body')}
        onReady={onEditorReady}
        onChange={changed}
        onCover={setCover}
        onReplaceInTitle={replaceInTitle}
      />
    </div>
    {history ? (
      <HistoryPanel
        id={id}
        zone={site.timezone}
        current={current}
        onRestore={async (kept) => {
          await flush();
          await client['revisions.restore']({ id, revision: kept, baseRevision: revision.current });
          onOpen(id);
        }}
      />
    ) : (
      <PreviewPane id={id} current={current} changes={changes} />
    )}
    </div>
  );
});
