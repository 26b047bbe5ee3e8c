import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { bodyExtensions, linkRequest } from './extensions';
import { LinkBar } from './LinkBar';
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
  const [linking, setLinking] = useState(false);
  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);
  useEffect(() => {
    const dom = editor?.view.dom;
    const open = () => setLinking(true);
    dom?.addEventListener(linkRequest, open);
    return () => dom?.removeEventListener(linkRequest, open);
  }, [editor]);
  return (
    <div className="body">
      {editor && <Toolbar editor={editor} onLink={() => setLinking(true)} />}
      {editor && linking && <LinkBar editor={editor} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} />
      {editor && <StatusBar editor={editor} />}
    </div>
  );
}
