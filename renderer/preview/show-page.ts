import morphdom from 'morphdom';
import { patchBlock } from './patch-block';

/** Frames whose page has finished loading: only those are patched. */
const ready = new WeakSet<HTMLIFrameElement>();
/** The HTML each frame shows. */
const shown = new WeakMap<HTMLIFrameElement, string>();

/**
 * Shows a page in the preview frame. The first page is loaded whole; each later one is patched
 * into it, touching only the elements that differ (while typing, one paragraph). Loading the
 * whole page again meant parsing and laying out a long article on every refresh, which took
 * the machine from under the editor; a patch also keeps the reader's scroll position.
 * The frame's sandbox allows no script, so patching it from here is the only script it sees.
 */
export function showPage(frame: HTMLIFrameElement, html: string): void {
  const doc = frame.contentDocument;
  // A link followed inside the frame left our page: load it whole again.
  if (!ready.has(frame) || doc?.URL !== 'about:srcdoc' || !doc.documentElement) {
    loadWhole(frame, html);
    return;
  }
  const before = shown.get(frame);
  shown.set(frame, html);
  // A key typed in the body changes one paragraph of the page: parsing the whole page to find it
  // cost the window about 1 ms a key on a 30,000-character article (bench:editor --profile).
  if (before !== undefined && patchBlock(doc, before, html)) return;
  // A parsed document is inert: nothing in it loads or runs until it is in the frame.
  const next = new DOMParser().parseFromString(html, 'text/html');
  morphdom(doc.documentElement, next.documentElement, {
    // Equal subtrees (most of the page) are compared natively and left alone.
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
  });
}

function loadWhole(frame: HTMLIFrameElement, html: string) {
  ready.delete(frame);
  shown.set(frame, html);
  frame.addEventListener('load', () => ready.add(frame), { once: true });
  frame.srcdoc = html;
}
