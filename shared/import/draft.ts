import type { ApiErrorData } from '../errors';
import type { ArticleHead } from './extract';

/** The fields an import found in one file, as the editor reviews them before saving. */
/** `column` is the column's slug when the page's column is one of the site's, else ''. */
export interface ImportFields extends ArticleHead {
  bodyHtml: string;
}

export interface ImportDraft {
  /** The file's name, or 剪贴板 for a paste. */
  name: string;
  fields: ImportFields;
  /** The column's name as the page gave it, even when the site has no such column. */
  columnName: string;
  /** The body as paragraphs of plain text. */
  body: string[];
  /** Fields the import could not find: the editor fills them in. */
  missing: (keyof ImportFields)[];
  /** An article already in the library with the same original link, or title and date. */
  /** similar: the body is nearly the same as this article's, not its link or title and date. */
  duplicateOf: { id: string; title: string; similar?: boolean } | null;
  error: ApiErrorData | null;
}

/** Fields every article needs; many pages have no author or original link, and that is no reason to stop. */
export const neededFields: (keyof ImportFields)[] = ['title', 'publishedAt', 'source', 'column', 'bodyHtml'];

export function missingNeeded(draft: ImportDraft): (keyof ImportFields)[] {
  return draft.missing.filter((f) => neededFields.includes(f));
}

export function draftState(draft: ImportDraft): 'failed' | 'review' | 'ready' {
  if (draft.error) return 'failed';
  return missingNeeded(draft).length || draft.duplicateOf ? 'review' : 'ready';
}

/** One article link of a column list page, as the dialog offers it to tick. */
export interface ListLink {
  url: string;
  title: string;
  /** The date the list shows beside the link, or ''. */
  publishedAt: string;
  /** An article in the library already has this page as its original link. */
  inLibrary: boolean;
}

/** What a link gives: one article to review, or a column's list of articles to choose from. */
export type UrlImport = { kind: 'article'; draft: ImportDraft } | { kind: 'list'; url: string; title: string; links: ListLink[] };
