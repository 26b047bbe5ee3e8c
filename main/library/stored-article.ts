import { z } from 'zod';
import { articleSchema, type Article } from '../../shared/article';
import { siteBodyFor } from '../site/sanitize';
import { readJsonSync } from './json-file';

/**
 * An article as its file holds it: with its body sanitized when it was saved (`siteBody`,
 * stamped with the rules that made it), so an export of ten thousand pages does not sanitize
 * ten thousand bodies again. The app never sees this copy: `articleSchema` leaves it out.
 */
export const storedArticleSchema = articleSchema.extend({
  siteBody: z.object({ rules: z.string(), html: z.string().optional() }).optional(),
});
export type StoredArticle = z.infer<typeof storedArticleSchema>;
export type SiteBody = NonNullable<StoredArticle['siteBody']>;

export function withSiteBody(article: Article): StoredArticle {
  return { ...article, siteBody: siteBodyFor(article.bodyHtml) };
}

/** Reads an article's file for its page (the export's threads read files directly). */
export function readStoredArticle(file: string): StoredArticle {
  return readJsonSync(file, storedArticleSchema);
}
