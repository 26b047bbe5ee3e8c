import { Mark } from '@tiptap/core';

/**
 * Subscript and superscript (H₂O, m²) as marks. TipTap's own packages pin an older core, so
 * the two are made here from the same few lines.
 */
function scriptMark(name: 'subscript' | 'superscript', tag: 'sub' | 'sup', shortcut: string, excludes: string) {
  return Mark.create({
    name,
    excludes,
    parseHTML: () => [{ tag }],
    renderHTML: () => [tag, 0],
    addKeyboardShortcuts() {
      return { [shortcut]: () => this.editor.commands.toggleMark(name) };
    },
  });
}

export const Subscript = scriptMark('subscript', 'sub', 'Mod-,', 'superscript');
export const Superscript = scriptMark('superscript', 'sup', 'Mod-.', 'subscript');
