/** An image stored in the library, as the editor inserts it. */
export interface StoredImage {
  /** /assets/HASH.ext: the same path in the app and on the site. */
  src: string;
  width: number;
  height: number;
}

/** The width of the site's article column: a wider image is shown scaled down to it. */
export const pageWidth = 760;

/** The size an image is shown at on the page: its own, or scaled down to the column. */
export function shownSize(width: number, height: number): { width: number; height: number } {
  if (width <= pageWidth) return { width, height };
  return { width: pageWidth, height: Math.round((height * pageWidth) / width) };
}

/** The stored images an article shows (in its body or as its cover), by file name. */
export function imagesOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\/assets\/([0-9a-f]{20}\.(?:png|jpg|gif|webp))/g)].map((m) => m[1]!))];
}
