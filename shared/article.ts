import { z } from 'zod';

/** draft: being written; review: sent to the publisher; approved: in the publish queue. */
export const articleStatuses = ['draft', 'review', 'approved'] as const;
export const articleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

/** An article id: short, URL-safe, fixed at creation so the page URL never changes. */
export const articleIdSchema = z.string().regex(/^[a-z0-9]{6,32}$/);

/**
 * The fields an editor edits. Stored as typed, even while invalid (a draft with an empty
 * title is still the editor's text); `articleProblems` says what must be fixed.
 */
export const articleFieldsSchema = z.object({
  title: z.string().max(500),
  column: z.string(),
  /** ISO 8601 with offset, e.g. 2023-10-26T00:00:00+08:00; '' while unset */
  publishedAt: z.string(),
  source: z.string().max(200),
  author: z.string().max(200),
  originalUrl: z.string().max(2000),
  summary: z.string().max(2000),
  keywords: z.array(z.string().max(50)).max(50),
  status: articleStatusSchema,
  /** A stored image (/assets/…) shown for the article in lists, if the theme wants it; '' for none. */
  cover: z.union([z.literal(''), z.string().regex(/^\/assets\/[0-9a-f]{20}\.(png|jpg|gif|webp)$/)]).default(''),
  /** The publisher's comment when sending an article back. */
  reviewNote: z.string().max(2000).default(''),
  bodyHtml: z.string().max(20_000_000),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const articleSchema = articleFieldsSchema.extend({
  id: articleIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Counts saves; lets a later save detect that it started from an older copy. */
  revision: z.number().int().min(0),
  /** Set when the article is in the trash. */
  deletedAt: z.string().nullable(),
});
export type Article = z.infer<typeof articleSchema>;

/** What the library list shows: an article without its body. */
export const articleSummarySchema = articleSchema.omit({ bodyHtml: true, summary: true, keywords: true });
export type ArticleSummary = Omit<Article, 'bodyHtml' | 'summary' | 'keywords'>;

export function summarize(article: Article): ArticleSummary {
  const { bodyHtml: _b, summary: _s, keywords: _k, ...rest } = article;
  return rest;
}

/** The fields an editor edits, without the library's bookkeeping. */
export function fieldsOf(article: Article): ArticleFields {
  const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, deletedAt: _d, ...fields } = article;
  return fields;
}

export const defaultAuthor = '佚名';
