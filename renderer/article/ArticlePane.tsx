import type { Editor } from '@tiptap/react';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../shared/article';
import { findIn, replaceIn, type FindQuery } from '../../shared/find';
import { articleProblems, type ArticleProblems } from '../../shared/problems';
import type { SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { BodyEditor } from '../editor/BodyEditor';
import { HistoryPanel } from '../history/HistoryPanel';
import { describeError } from '../i18n';
import { PreviewPane } from '../preview/PreviewPane';
import { ArticleHeader } from './ArticleHeader';
import { ArticleNotes } from './ArticleNotes';
import { MetadataForm } from './MetadataForm';
import { TitleField } from './TitleField';
import { useArticle } from './useArticle';

/** Under 1500 px the preview and the fields panel share their place (styles.css): the body keeps 600 px. */
const narrowScreen = () => window.innerWidth < 1500;

export interface Layout {
  showFields: boolean;
  showPreview: boolean;
}

interface Props {
  id: string;
  site: SiteProfile;
  /** Just made by 新建: the title takes the keyboard, and no field is called wrong before the editor typed in it. */
  fresh: boolean;
  layout: Layout;
  onLayout: (patch: Partial<Layout>) => void;
  onFocusMode: () => void;
  /** The first edit since opening. */
  onEdited: (id: string) => void;
  onOpen: (id: string) => void;
  onClosed: () => void;
}

/** One article open for editing: title and body on the canvas; its fields, preview or history beside it. */
export const ArticlePane = memo(function ArticlePane({ id, site, fresh, layout, onLayout, onFocusMode, onEdited, onOpen, onClosed }: Props) {
  const { t } = useTranslation();
  const doc = useArticle(id, onEdited);
  const { fields, fieldsRef, update, flush, editor } = doc;
  const [sent, setSent] = useState<{ ok: boolean; text: string }>();
  const [history, setHistory] = useState(false);
  /** The fields the editor has changed: a new article's empty fields are not wrong before that. */
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());

  const edit = useCallback(
    (patch: Partial<ArticleFields>) => {
      setTouched((before) => (Object.keys(patch).every((k) => before.has(k)) ? before : new Set([...before, ...Object.keys(patch)])));
      update(patch);
    },
    [update],
  );
  const onTitle = useCallback((title: string) => edit({ title }), [edit]);
  // Stable, so the body editor does not rerender when the pane does.
  const onEditorReady = useCallback((instance: Editor) => (editor.current = instance), [editor]);
  const setCover = useCallback((cover: string) => edit({ cover }), [edit]);
  const replaceInTitle = useCallback(
    (query: FindQuery, replacement: string) => {
      const title = replaceIn(fieldsRef.current?.title ?? '', query, replacement);
      edit({ title });
      return findIn(title, query).length;
    },
    [edit, fieldsRef],
  );

  const problems = useMemo(() => {
    if (!fields) return undefined;
    const all = articleProblems(fields, site.columns.map((c) => c.slug));
    // Sent for review, every field counts; before that, a new article's untouched fields wait.
    if (!fresh || fields.status !== 'draft') return all;
    return Object.fromEntries(Object.entries(all).filter(([name]) => touched.has(name))) as ArticleProblems;
  }, [fields, site, fresh, touched]);

  if (doc.loadError) return <p className="failure" role="alert">{doc.loadError}</p>;
  if (!doc.article || !fields || !problems) return <p className="placeholder">{t('app.loading')}</p>;

  const preview = layout.showPreview && !history;
  const act = (work: () => Promise<void>) => () => void flush().then(work).catch((e: unknown) => setSent({ ok: false, text: describeError(e) }));
  return (
    <div className="article-split">
      <section className="canvas" aria-label={t('ui.editor')}>
        <ArticleHeader
          id={id}
          showFields={layout.showFields && !(preview && narrowScreen())}
          showPreview={layout.showPreview}
          history={history}
          onFields={() => (preview && narrowScreen() ? onLayout({ showFields: true, showPreview: false }) : onLayout({ showFields: !layout.showFields }))}
          onPreview={() => {
            setHistory(false);
            onLayout({ showPreview: history || !layout.showPreview });
          }}
          onHistory={() => setHistory(!history)}
          onFocus={onFocusMode}
          onSend={act(async () => {
            const { file } = await client['handoff.send']({ id });
            setSent({ ok: true, text: t('handoff.sent', { file }) });
          })}
          onDuplicate={act(async () => onOpen((await client['articles.duplicate']({ id })).id))}
          onTrash={act(async () => {
            await client['articles.trash']({ id });
            onClosed();
          })}
        />
        <ArticleNotes
          sent={sent}
          missingImages={doc.missingImages}
          recovered={doc.recovered}
          zone={site.timezone}
          fields={fields}
          onRestore={doc.restoreUnsaved}
          onDiscard={doc.discardUnsaved}
        />
        <TitleField value={fields.title} problem={problems.title} autoFocus={fresh} onChange={onTitle} />
        <BodyEditor
          html={doc.openedBody.current}
          label={t('article.body')}
          onReady={onEditorReady}
          onChange={doc.changed}
          onCover={setCover}
          onReplaceInTitle={replaceInTitle}
        />
      </section>
      {layout.showFields && (
        <aside className="fields-panel" data-region="fields" aria-label={t('ui.fields')}>
          <MetadataForm site={site} fields={fields} problems={problems} onChange={edit} />
        </aside>
      )}
      {history ? (
        <HistoryPanel
          id={id}
          zone={site.timezone}
          current={doc.current}
          onRestore={async (kept) => {
            await flush();
            await client['revisions.restore']({ id, revision: kept, baseRevision: doc.revision.current });
            onOpen(id);
          }}
        />
      ) : (
        layout.showPreview && <PreviewPane id={id} current={doc.current} changes={doc.changes} />
      )}
    </div>
  );
});
