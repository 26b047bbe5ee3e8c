import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { cleanupHtml } from './reprint-cleanup';

/**
 * Toolbar state is read through useEditorState, so only the toolbar rerenders on selection changes.
 * The selector runs on every keystroke: it asks the history and the table directly rather than
 * dry-running commands with can(), which costs a whole chain each.
 */
export function Toolbar({ editor, onLink, onFind, onImage }: { editor: Editor; onLink: () => void; onFind: () => void; onImage: () => void }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      // Blocks are read where the selection starts, from its ancestors: one walk up, not a
      // search of the selected range for each button.
      const { $from } = e.state.selection;
      const within = new Set<string>();
      for (let depth = $from.depth; depth > 0; depth--) within.add($from.node(depth).type.name);
      const block = $from.parent;
      const level = block.type.name === 'heading' ? (block.attrs.level as number) : 0;
      const align = block.attrs.textAlign as string | null | undefined;
      const table = within.has('table');
      return {
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        underline: e.isActive('underline'),
        strike: e.isActive('strike'),
        subscript: e.isActive('subscript'),
        superscript: e.isActive('superscript'),
        link: e.isActive('link'),
        h2: level === 2,
        h3: level === 3,
        h4: level === 4,
        bullet: within.has('bulletList'),
        ordered: within.has('orderedList'),
        quote: within.has('blockquote'),
        left: align === 'left',
        center: align === 'center',
        right: align === 'right',
        justify: align === 'justify',
        table,
        canMerge: table && e.can().mergeCells(),
        canSplit: table && e.can().splitCell(),
        canUndo: undoDepth(e.state) > 0,
        canRedo: redoDepth(e.state) > 0,
      };
    },
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
  const short = (key: string) => t(`toolbar.short.${key}`);
  const align = (value: 'left' | 'center' | 'right' | 'justify', label: string) => button(`align_${value}`, label, state[value], () => chain().setTextAlign(value).run());
  return (
    <div className="toolbar" role="toolbar">
      {button('bold', 'B', state.bold, () => chain().toggleBold().run())}
      {button('italic', 'I', state.italic, () => chain().toggleItalic().run())}
      {button('underline', 'U', state.underline, () => chain().toggleUnderline().run())}
      {button('strike', 'S', state.strike, () => chain().toggleStrike().run())}
      {button('subscript', 'x₂', state.subscript, () => chain().toggleMark('subscript').run())}
      {button('superscript', 'x²', state.superscript, () => chain().toggleMark('superscript').run())}
      <span className="toolbar-gap" />
      {button('heading2', 'H2', state.h2, () => chain().toggleHeading({ level: 2 }).run())}
      {button('heading3', 'H3', state.h3, () => chain().toggleHeading({ level: 3 }).run())}
      {button('heading4', 'H4', state.h4, () => chain().toggleHeading({ level: 4 }).run())}
      {button('bulletList', '•', state.bullet, () => chain().toggleBulletList().run())}
      {button('orderedList', '1.', state.ordered, () => chain().toggleOrderedList().run())}
      {button('blockquote', '“', state.quote, () => chain().toggleBlockquote().run())}
      {button('horizontalRule', '―', false, () => chain().setHorizontalRule().run())}
      <span className="toolbar-gap" />
      {align('left', '⇤')}
      {align('center', '↔')}
      {align('right', '⇥')}
      {align('justify', '☰')}
      <span className="toolbar-gap" />
      {button('link', short('link'), state.link, onLink)}
      {button('image', short('image'), false, onImage)}
      {button('insertTable', '▦', false, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
      {state.table && (
        <>
          {button('addRow', short('addRow'), false, () => chain().addRowAfter().run())}
          {button('deleteRow', short('deleteRow'), false, () => chain().deleteRow().run())}
          {button('addColumn', short('addColumn'), false, () => chain().addColumnAfter().run())}
          {button('deleteColumn', short('deleteColumn'), false, () => chain().deleteColumn().run())}
          {button('mergeCells', short('mergeCells'), false, () => chain().mergeCells().run(), !state.canMerge)}
          {button('splitCell', short('splitCell'), false, () => chain().splitCell().run(), !state.canSplit)}
          {button('headerRow', short('headerRow'), false, () => chain().toggleHeaderRow().run())}
          {button('deleteTable', short('deleteTable'), false, () => chain().deleteTable().run())}
        </>
      )}
      <span className="toolbar-gap" />
      {button('find', short('find'), false, onFind)}
      {button('clearFormat', '⌫', false, () => chain().unsetAllMarks().clearNodes().unsetTextAlign().run())}
      {button('cleanup', t('cleanup.button'), false, () => chain().setContent(cleanupHtml(editor.getHTML())).run())}
      {button('undo', '↶', false, () => chain().undo().run(), !state.canUndo)}
      {button('redo', '↷', false, () => chain().redo().run(), !state.canRedo)}
    </div>
  );
}
