import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { bodyExtensions } from './extensions';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

interface Props {
  html: string;
  label: string;
  onReady: (editor: Editor) => void;
  onChange: () => void;
}

/**
 * The article body. The React tree does not rerender on every keystroke
 * (shouldRerenderOnTransaction: false); the body's HTML is read only when saving.
 */
export function BodyEditor({ html, label, onReady, onChange }: Props) {
  const editor = useEditor({
    extensions: bodyExtensions,
    content: html,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps: { attributes: { 'aria-label': label, class: 'body-editor', spellcheck: 'false' } },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) onChange();
    },
  });
  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);
  return (
    <div className="body">
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
      {editor && <StatusBar editor={editor} />}
    </div>
  );
}
