import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isHttpUrl } from '../../shared/problems';

/**
 * The link of the selection: typed, changed, opened or removed. A field under the toolbar
 * rather than a prompt: Electron has no window.prompt.
 */
export function LinkBar({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const [href, setHref] = useState<string>(() => (editor.getAttributes('link').href as string | undefined) ?? 'https://');
  const valid = isHttpUrl(href) || /^mailto:.+@.+/.test(href);
  const apply = () => {
    if (!valid) return;
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onClose();
  };
  return (
    <div className="link-bar" role="group" aria-label={t('toolbar.link')}>
      <input
        autoFocus
        aria-label={t('link.url')}
        value={href}
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') onClose();
        }}
      />
      <button onClick={apply} disabled={!valid}>
        {t('link.apply')}
      </button>
      <button onClick={() => window.open(href, '_blank', 'noopener')} disabled={!valid}>
        {t('link.open')}
      </button>
      <button
        onClick={() => {
          editor.chain().focus().extendMarkRange('link').unsetLink().run();
          onClose();
        }}
      >
        {t('link.remove')}
      </button>
      {!valid && <span className="problem">{t('problem.urlInvalid')}</span>}
    </div>
  );
}
