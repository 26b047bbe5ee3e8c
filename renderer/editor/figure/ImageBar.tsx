import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

/** The selected image's alt text and caption, and making it the article's cover. */
export function ImageBar({ editor, onCover }: { editor: Editor; onCover?: (src: string) => void }) {
  const { t } = useTranslation();
  const figure = useEditorState({
    editor,
    selector: ({ editor: e }) => (e.isActive('figure') ? (e.getAttributes('figure') as { src: string; alt: string; caption: string }) : null),
  });
  if (!figure) return null;
  const set = (attrs: Partial<typeof figure>) => editor.chain().updateAttributes('figure', attrs).run();
  return (
    <div className="image-bar" role="group" aria-label={t('image.selected')}>
      <label>
        {t('image.alt')} <input value={figure.alt} onChange={(e) => set({ alt: e.target.value })} />
      </label>
      <label>
        {t('image.caption')} <input value={figure.caption} onChange={(e) => set({ caption: e.target.value })} />
      </label>
      {onCover && <button onClick={() => onCover(figure.src)}>{t('image.makeCover')}</button>}
    </div>
  );
}
