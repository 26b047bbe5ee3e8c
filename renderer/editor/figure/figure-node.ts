import { Node } from '@tiptap/core';

/**
 * An image of the library in the body, with its alt text and an optional caption:
 * <figure><img src="/assets/…" alt="…" width height><figcaption>…</figcaption></figure>.
 * Its size is the size it is shown at (scaled down to the page, see shared/image.ts).
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { src: { default: '' }, alt: { default: '' }, caption: { default: '' }, width: { default: null }, height: { default: null } };
  },
  parseHTML() {
    const fromImg = (img: HTMLImageElement | null) => ({
      src: img?.getAttribute('src') ?? '',
      alt: img?.getAttribute('alt') ?? '',
      width: img?.getAttribute('width') ? Number(img.getAttribute('width')) : null,
      height: img?.getAttribute('height') ? Number(img.getAttribute('height')) : null,
    });
    return [
      { tag: 'figure', getAttrs: (el) => ({ ...fromImg((el as HTMLElement).querySelector('img')), caption: (el as HTMLElement).querySelector('figcaption')?.textContent ?? '' }) },
      { tag: 'img[src]', getAttrs: (el) => fromImg(el as HTMLImageElement) },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, caption, width, height } = node.attrs as { src: string; alt: string; caption: string; width: number | null; height: number | null };
    const img = ['img', { src, alt, ...(width ? { width } : {}), ...(height ? { height } : {}) }] as const;
    return caption ? ['figure', {}, img, ['figcaption', {}, caption]] : ['figure', {}, img];
  },
});
