import { Extension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import StarterKit from '@tiptap/starter-kit';
import { Subscript, Superscript } from './marks/script-mark';

/** Ctrl/Cmd+K asks for the link field (LinkBar listens for this event on the editor's element). */
export const linkRequest = 'newsdesk-link';
const LinkKey = Extension.create({
  name: 'linkKey',
  addKeyboardShortcuts() {
    return { 'Mod-k': () => this.editor.view.dom.dispatchEvent(new CustomEvent(linkRequest)) };
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
  LinkKey,
];
