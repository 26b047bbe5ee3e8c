import { Extension } from '@tiptap/core';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * A typed character goes into the document as a transaction, the way ProseMirror itself types
 * over a selection, instead of letting the browser insert it and reading the change back. The
 * browser's editing command lays out the page, keeps an undo step ProseMirror never uses and
 * syncs its selection: on a long article, about a millisecond of every keystroke.
 * Input methods are left alone (pinyin composes in the DOM and ProseMirror reads it back),
 * as are selections across blocks and cells, which ProseMirror handles on its own.
 */
function typeText(view: EditorView, event: Event): boolean {
  const input = event as InputEvent;
  const text = input.data;
  if (input.inputType !== 'insertText' || !text || /[\r\n]/.test(text) || input.isComposing || view.composing) return false;
  const { selection } = view.state;
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to)) return false;
  // Where the browser would put the text. A selection just changed with the keyboard reaches
  // ProseMirror a moment later: until it has, the browser types and ProseMirror reads it back.
  const [range] = input.getTargetRanges();
  if (!range || view.posAtDOM(range.startContainer, range.startOffset) !== selection.from || view.posAtDOM(range.endContainer, range.endOffset) !== selection.to) return false;
  event.preventDefault();
  const typed = () => view.state.tr.insertText(text).scrollIntoView();
  // Input rules and other plugins see the text first, as when ProseMirror reads it from the page.
  if (!view.someProp('handleTextInput', (handle) => handle(view, selection.from, selection.to, text, typed))) view.dispatch(typed());
  return true;
}

export const TypedText = Extension.create({
  name: 'typedText',
  addProseMirrorPlugins() {
    return [new Plugin({ props: { handleDOMEvents: { beforeinput: typeText } } })];
  },
});
