import type { ArticleFields } from '../../shared/article';

/**
 * The window's own saves that changed nothing a list shows or filters by (the body, the summary,
 * the keywords): the library's event for such a save need not read the list and the filters again
 * (queries.ts), except a list in order of last change, which the save moves; the saved row is put
 * into the list's pages from the save's answer.
 * Reading them again after every autosave cost the window a list render between two keys.
 */
const quiet = new Map<string, number>();

/** The fields of an article that its list row shows or that a list is filtered or ordered by. */
const listed = ['title', 'column', 'publishedAt', 'source', 'author', 'originalUrl', 'status', 'cover', 'reviewNote'] as const;

export function listedFieldsDiffer(before: ArticleFields, after: ArticleFields): boolean {
  return listed.some((name) => before[name] !== after[name]);
}

/** A save of the article is going out that changes none of the listed fields; returns what to call if it fails (no event comes then). */
export function expectQuietSave(id: string): () => void {
  quiet.set(id, (quiet.get(id) ?? 0) + 1);
  return () => {
    const left = (quiet.get(id) ?? 1) - 1;
    if (left > 0) quiet.set(id, left);
    else quiet.delete(id);
  };
}

/**
 * Whether the articles an event names were all written by this window's quiet saves. Each is
 * forgotten either way: the event tells of every write before it, and a save still on its way
 * counts as not quiet (the lists are read again: the safe side).
 */
export function takeQuietSaves(ids: readonly string[]): boolean {
  let all = ids.length > 0;
  for (const id of ids) {
    if (!quiet.has(id)) all = false;
    quiet.delete(id);
  }
  return all;
}
