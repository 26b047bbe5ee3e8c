import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { cleanupHtml } from './reprint-cleanup';

/** Toolbar state is read through useEditorState, so only the toolbar rerenders on selection changes. */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const button = (key: string, label: string, active: boolean, run: () => void, disabled = false) => (
    <button
      type="button"
      key={key}
      title={t(`toolbar.${key}`)}
      aria-label={t(`toolbar.${key}`)}
      aria-pressed={active}
      className={active ? 'active' : ''}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {label}
    </button>
  );
  return (
    <div className="toolbar" role="toolbar">
      {button('bold', 'B', state.bold, () => chain().toggleBold().run())}
      {button('italic', 'I', state.italic, () => chain().toggleItalic().run())}
      {button('strike', 'S', state.strike, () => chain().toggleStrike().run())}
      {button('heading2', 'H2', state.h2, () => chain().toggleHeading({ level: 2 }).run())}
      {button('heading3', 'H3', state.h3, () => chain().toggleHeading({ level: 3 }).run())}
      {button('bulletList', '•', state.bullet, () => chain().toggleBulletList().run())}
      {button('orderedList', '1.', state.ordered, () => chain().toggleOrderedList().run())}
      {button('blockquote', '“', state.quote, () => chain().toggleBlockquote().run())}
      {button('cleanup', t('cleanup.button'), false, () => chain().setContent(cleanupHtml(editor.getHTML())).run())}
      {button('undo', '↶', false, () => chain().undo().run(), !state.canUndo)}
      {button('redo', '↷', false, () => chain().redo().run(), !state.canRedo)}
    </div>
  );
}
