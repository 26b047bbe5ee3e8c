import { DOMParser as ProseMirrorParser, Slice } from '@tiptap/pm/model';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { X } from 'lucide-react';
import { memo, useEffect, useRef, useState } from 'react';
import { bodyExtensions, findRequest, linkRequest } from './extensions';
import { FindBar } from './find/FindBar';
import type { FindQuery } from '../../shared/find';
import i18n, { describeError } from '../i18n';
import { ImageBar } from './figure/ImageBar';
import { imageFiles, insertImages } from './figure/insert-images';
import { LinkBar } from './LinkBar';
import { cleanPastedHtml, paragraphsOfText } from './paste/clean-paste';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

interface Props {
  html: string;
  label: string;
  onReady: (editor: Editor) => void;
  onChange: () => void;
  onReplaceInTitle?: (query: FindQuery, replacement: string) => number;
  onCover?: (src: string) => void;
}

/**
 * The article body. The React tree does not rerender on every keystroke
 * (shouldRerenderOnTransaction: false); the body's HTML is read only when saving.
 */
export const BodyEditor = memo(function BodyEditor({ html, label, onReady, onChange, onReplaceInTitle, onCover }: Props) {
  const [pasteNote, setPasteNote] = useState<string>();
  const editorRef = useRef<Editor | null>(null);
  /** Office images the pasted HTML pointed to; the clipboard's image data may bring them after all. */
  const missingInPaste = useRef(0);
  const files = useRef<HTMLInputElement>(null);
  /** Images stored and inserted; a file that is not a readable image says so. */
  const addImages = (list: File[], at?: number) => {
    if (!editorRef.current || !list.length) return;
    insertImages(editorRef.current, list, at).catch((error: unknown) => setPasteNote(describeError(error)));
  };
  const editor = useEditor({
    extensions: bodyExtensions,
    content: html,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    // Nothing here listens for "delete" events, which TipTap works out after every keystroke.
    enableCoreExtensions: { delete: false },
    editorProps: {
      attributes: { 'aria-label': label, class: 'body-editor', spellcheck: 'false' },
      handleDrop: (view, event) => {
        const dropped = imageFiles((event as DragEvent).dataTransfer?.files);
        if (!dropped.length) return false;
        event.preventDefault();
        addImages(dropped, view.posAtCoords({ left: (event as DragEvent).clientX, top: (event as DragEvent).clientY })?.pos);
        return true;
      },
      handlePaste: (_view, event) => {
        const pasted = imageFiles(event.clipboardData?.files);
        if (!pasted.length) return false;
        // Word puts the picture in the clipboard as image data beside HTML that points at a
        // local file: the text goes in through the HTML, the picture from the data.
        const html = event.clipboardData?.getData('text/html') ?? '';
        if (html) {
          const missing = missingInPaste.current - pasted.length;
          setPasteNote(missing > 0 ? i18n.t('paste.missingImages', { count: missing }) : undefined);
          setTimeout(() => addImages(pasted), 0);
        } else addImages(pasted);
        return !html;
      },
      transformPastedHTML: (pasted) => {
        const { html: clean, missingImages } = cleanPastedHtml(pasted);
        missingInPaste.current = missingImages;
        setPasteNote(missingImages ? i18n.t('paste.missingImages', { count: missingImages }) : undefined);
        return clean;
      },
      clipboardTextParser: (text, $context, _plain, view) => {
        const dom = document.createElement('div');
        for (const paragraph of paragraphsOfText(text)) dom.append(Object.assign(document.createElement('p'), { textContent: paragraph }));
        // Opened as far as it goes, so one pasted line joins the paragraph it lands in.
        return Slice.maxOpen(ProseMirrorParser.fromSchema(view.state.schema).parseSlice(dom, { preserveWhitespace: true, context: $context }).content);
      },
    },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) onChange();
    },
  });
  const [linking, setLinking] = useState(false);
  const [finding, setFinding] = useState(false);
  editorRef.current = editor;
  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);
  useEffect(() => {
    const dom = editor?.view.dom;
    const link = () => setLinking(true);
    const find = () => setFinding(true);
    dom?.addEventListener(linkRequest, link);
    dom?.addEventListener(findRequest, find);
    return () => {
      dom?.removeEventListener(linkRequest, link);
      dom?.removeEventListener(findRequest, find);
    };
  }, [editor]);
  return (
    <div className="body" data-region="body" data-focus=".ProseMirror">
      {editor && <Toolbar editor={editor} onLink={() => setLinking(true)} onFind={() => setFinding(true)} onImage={() => files.current?.click()} />}
      <input ref={files} type="file" accept="image/png,image/jpeg,image/gif,image/webp" multiple hidden data-testid="image-files" onChange={(e) => {
        addImages(imageFiles(e.target.files));
        e.target.value = '';
      }} />
      {editor && <ImageBar editor={editor} onCover={onCover} />}
      {editor && linking && <LinkBar editor={editor} onClose={() => setLinking(false)} />}
      {editor && finding && <FindBar editor={editor} onReplaceInTitle={onReplaceInTitle} onClose={() => setFinding(false)} />}
      {pasteNote && (
        <p className="problem paste-note" role="alert">
          {pasteNote}{' '}
          <button className="icon-button" aria-label={i18n.t('dialog.close')} onClick={() => setPasteNote(undefined)}>
            <X size={14} aria-hidden />
          </button>
        </p>
      )}
      {/* The body scrolls under its toolbar, which stays in view. */}
      <div className="body-scroll">
        <EditorContent editor={editor} />
      </div>
      {editor && <StatusBar editor={editor} />}
    </div>
  );
});
