import type { ArticleFields } from '../../shared/article';
import { defaultAuthor } from '../../shared/article';
import type { ImportDraft } from '../../shared/import/draft';

/** One file of an import as the dialog tracks it: waiting, read, then saved or skipped. */
export interface ImportRow {
  key: string;
  name: string;
  draft?: ImportDraft;
  /** The fields as the editor corrected them. */
  fields?: ArticleFields;
  saved?: string;
  /** Saved although an article with the same link or title exists. */
  importAnyway?: boolean;
}

/** A draft's fields as an article's, for the metadata form: an author not found is 佚名, as on the sites. */
export function articleFieldsOf(draft: ImportDraft, firstColumn: string): ArticleFields {
  const f = draft.fields;
  return {
    title: f.title,
    column: f.column || firstColumn,
    publishedAt: f.publishedAt,
    source: f.source,
    author: f.author || defaultAuthor,
    originalUrl: f.originalUrl,
    summary: '',
    keywords: [],
    status: 'draft',
    reviewNote: '',
    cover: '',
    bodyHtml: f.bodyHtml,
  };
}
