import type { Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SitePage } from '../../shared/site-page';
import { client } from '../api/client';
import { BodyEditor } from '../editor/BodyEditor';
import { bodyHtml } from '../editor/body-html';
import { describeError } from '../i18n';

/** A site page (本网概况, 联系我们, …): the article editor without date, source or author. */
export function SitePageEditor({ page, onSaved }: { page: SitePage; onSaved: (page: SitePage) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(page.title);
  const [status, setStatus] = useState<string>();
  const editor = useRef<Editor>(undefined);
  const save = async () => {
    try {
      onSaved(await client['sitePages.save']({ slug: page.slug, title, bodyHtml: editor.current ? bodyHtml(editor.current) : page.bodyHtml }));
      setStatus(t('site.saved'));
    } catch (e) {
      setStatus(describeError(e));
    }
  };
  return (
    <div>
      <label className="field">
        {t('site.pageTitle')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <BodyEditor html={page.bodyHtml} label={page.title} onReady={(e) => (editor.current = e)} onChange={() => setStatus(t('save.unsaved'))} />
      <div className="filters-row">
        <button className="primary" onClick={save}>
          {t('site.savePage')}
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </div>
  );
}
