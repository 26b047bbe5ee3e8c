import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from './figure/figure-node';
import { Find } from './find/find-plugin';
import { ScrollCaret } from './scroll-caret';
import { Subscript, Superscript } from './marks/script-mark';
import { editorKeys, type EditorRequest } from '../common/commands';

/** The link field (Ctrl/Cmd+K) and find and replace (Ctrl/Cmd+F, H), keys from the shortcut table: the body editor listens on its element. */
export const linkRequest = 'newsdesk-link';
export const findRequest = 'newsdesk-find';
const Requests = Extension.create({
  name: 'requests',
  addKeyboardShortcuts() {
    const events: Record<EditorRequest, string> = { link: linkRequest, find: findRequest };
    const ask = (event: string) => () => this.editor.view.dom.dispatchEvent(new CustomEvent(event));
    return Object.fromEntries((['link', 'find'] as const).flatMap((request) => editorKeys(request).map((keys) => [keys, ask(events[request])])));
  },
});

/**
 * While an input method composes (pinyin), keys belong to it: no shortcut runs. Handling the
 * DOM event without preventing it keeps ProseMirror's keymaps out and leaves the IME alone.
 */
const Composition = Extension.create({
  name: 'composition',
  priority: 1000,
  addProseMirrorPlugins() {
    return [new Plugin({ props: { handleDOMEvents: { keydown: (view, event) => event.isComposing || view.composing } } })];
  },
});

/**
 * Typing events end at the body: React listens at the window's root and would walk the whole
 * component tree for each of them (several per keystroke), though no component handles them.
 * Keydown still goes up, for the window's shortcuts (Ctrl+S).
 */
const stopHere = (_view: unknown, event: Event) => {
  event.stopPropagation();
  return false;
};
const TypingStaysHere = Extension.create({
  name: 'typingStaysHere',
  addProseMirrorPlugins() {
    return [new Plugin({ props: { handleDOMEvents: { beforeinput: stopHere, input: stopHere, textInput: stopHere, keypress: stopHere, keyup: stopHere } } })];
  },
});

/** The editor's schema; the preview and export sanitize to the same set of tags. */
export const bodyExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] },
  }),
  Subscript,
  Superscript,
  TextAlign.configure({ types: ['heading', 'paragraph'], alignments: ['left', 'center', 'right', 'justify'] }),
  TableKit.configure({ table: { resizable: false } }),
  Composition,
  TypingStaysHere,
  ScrollCaret,
  Requests,
  Find,
  Figure,
];
