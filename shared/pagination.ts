/**
 * Column lists in reverse pagination (倒序分页): articles are cut into pages of `size`
 * counted from the oldest, so a page, once full, never changes when articles are added, and
 * publishing one article rewrites the front page, not every page of the column.
 *   index.html         the newest articles: the newest page, with the page before it while
 *                      the newest is not yet full (so it shows size to 2×size−1 articles)
 *   index_1.html, …    earlier pages, index_1 holding the oldest
 */
export interface ListPage {
  /** 0: the front page (index.html); k: index_k.html. */
  key: number;
  /** The page's articles, as a range of the column's newest-first list. */
  start: number;
  end: number;
  /** The pages with newer and older articles, as keys. */
  newer: number | null;
  older: number | null;
}

export function paginate(count: number, size: number): ListPage[] {
  const pages = Math.max(1, Math.ceil(count / size));
  const inNewest = count - (pages - 1) * size;
  const onFront = pages >= 2 && inNewest < size ? 2 : 1;
  const list: ListPage[] = [{ key: 0, start: 0, end: Math.min(count, inNewest + (onFront - 1) * size), newer: null, older: null }];
  for (let b = pages - 1 - onFront; b >= 0; b--) {
    list.push({ key: b + 1, start: count - (b + 1) * size, end: count - b * size, newer: null, older: null });
  }
  list.forEach((page, i) => {
    page.newer = list[i - 1]?.key ?? null;
    page.older = list[i + 1]?.key ?? null;
  });
  return list;
}
