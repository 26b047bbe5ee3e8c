// The peer of bench:editor: TipTap with StarterKit alone, nothing of ours, in a bare page.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    openBare(html: string): void;
  }
}

window.openBare = (html: string) => {
  new Editor({ element: document.querySelector('#editor')!, extensions: [StarterKit], content: html });
};
