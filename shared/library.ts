import { z } from 'zod';
import { articleIdSchema, articleStatusSchema, type ArticleSummary } from './article';
import type { SiteProfile } from './site';

/** The library as a whole, the query and page of its article list, and its full-text search. */
export interface LibraryInfo {
  path: string;
  site: SiteProfile;
  articleCount: number;
  trashCount: number;
  /** Problems met while opening (a damaged file moved aside), as i18n keys with params. */
  notices: { key: string; params: Record<string, string> }[];
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day such as 2024-03-12');
export const listSorts = ['published', 'changed', 'title'] as const;
export type ListSort = (typeof listSorts)[number];

/** The list's filters: also the filters a search is combined with. */
const listFilters = {
  column: z.string().max(100).optional(),
  status: articleStatusSchema.optional(),
  source: z.string().max(200).optional(),
  author: z.string().max(200).optional(),
  /** 发布日期 从…到…: publish days, both included, as written in the site's timezone. */
  from: day.optional(),
  to: day.optional(),
  /** Whether an original link (原文链接) is set. */
  hasOriginal: z.boolean().optional(),
  trash: z.boolean().default(false),
};

export const listQuerySchema = z
  .object({
    ...listFilters,
    /** Typed filter on the title. */
    text: z.string().max(200).optional(),
    sort: z.enum(listSorts).default('published'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
    /** An article whose place among the matches is wanted (a new row to scroll to): answered in `index`. */
    find: articleIdSchema.optional(),
  })
  .strict();
export type ListQuery = z.output<typeof listQuerySchema>;

export const searchQuerySchema = z
  .object({
    ...listFilters,
    /** Words, or a "phrase in quotes"; matched in title, body, source, author, summary, keywords and original link. */
    query: z.string().min(1).max(500),
    /** Articles in the trash are found too (with `trash: false`). */
    withTrash: z.boolean().default(false),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type SearchQuery = z.output<typeof searchQuerySchema>;

export interface SearchHit {
  article: ArticleSummary;
  /** The passage that matched, with each match as [start, end) in `snippet`. */
  snippet: string;
  marks: [number, number][];
}

/** The full-text index: loading from its file or being built (articles `done` of `total`), or ready. */
export type IndexState = { state: 'loading' | 'building'; done: number; total: number } | { state: 'ready' };

export interface SearchResult {
  hits: SearchHit[];
  /** false while the full-text index is being built: the hits then come from titles alone. */
  complete: boolean;
  /** While the index is not ready: loading from its file (parts read of all) or being built (articles indexed of all). */
  progress?: { state: 'loading' | 'building'; done: number; total: number };
}

export const similarSchema = z.object({ text: z.string().max(20_000_000) }).strict();

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
  /** Where the query's `find` is among the matches, counted from 0; absent when it does not match. */
  index?: number;
}
