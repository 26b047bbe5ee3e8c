import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Room kept between the caret and the scroller's edge, as ProseMirror's own default. */
const margin = 5;

/**
 * Keeps the caret in view after each keystroke by scrolling the body's own scroller alone.
 * ProseMirror's default walks every ancestor up to the page's body, asking each for its box,
 * sizes and computed style: about 60 layout reads a key in our window (the body sits a dozen
 * elements deep), where a bare editor on a page of its own has three. When the scroller is
 * not wholly in the window (a window too short for it), outside the article's canvas, or the
 * selection is a node, the default runs as before.
 */
export function scrollCaretIntoView(view: EditorView): boolean {
  if (view.state.selection instanceof NodeSelection) return false;
  // The article's canvas fills the window and never scrolls itself; elsewhere (a site page's
  // editor inside the scrolling settings) ancestors may hide the caret, and the default looks at each.
  const scroller = view.dom.closest<HTMLElement>('.canvas .body-scroll');
  if (!scroller) return false;
  const box = scroller.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) return false;
  const caret = view.coordsAtPos(view.state.selection.head, 1);
  // Inside the scroller's padding box, less its scroll bars.
  const top = box.top + scroller.clientTop;
  const bottom = top + scroller.clientHeight;
  const left = box.left + scroller.clientLeft;
  const right = left + scroller.clientWidth;
  if (caret.top < top) scroller.scrollTop -= top - caret.top + margin;
  else if (caret.bottom > bottom) scroller.scrollTop += caret.bottom - bottom + margin;
  if (caret.left < left) scroller.scrollLeft -= left - caret.left + margin;
  else if (caret.right > right) scroller.scrollLeft += caret.right - right + margin;
  return true;
}

export const ScrollCaret = Extension.create({
  name: 'scrollCaret',
  addProseMirrorPlugins() {
    return [new Plugin({ props: { handleScrollToSelection: scrollCaretIntoView } })];
  },
});
