import { z } from 'zod';
import { articleSchema, type Article } from '../../shared/article';
import { readJsonSync } from './json-file';
import { siteBodyFor, type SiteBody } from './sanitize';

/**
 * An article as its file holds it: with its body sanitized when it was saved (`siteBody`,
 * stamped with the rules that made it), so an export of ten thousand pages does not sanitize
 * ten thousand bodies again. The app never sees this copy: `articleSchema` leaves it out.
 */
export const storedArticleSchema = articleSchema.extend({
  siteBody: z.object({ rules: z.string(), html: z.string().optional() }).optional() satisfies z.ZodType<SiteBody | undefined>,
});
export type StoredArticle = z.infer<typeof storedArticleSchema>;

export function withSiteBody(article: Article): StoredArticle {
  return { ...article, siteBody: siteBodyFor(article.bodyHtml) };
}

/** Reads an article's file for its page (the export's threads read files directly). */
export function readStoredArticle(file: string): StoredArticle {
  return readJsonSync(file, storedArticleSchema);
}
