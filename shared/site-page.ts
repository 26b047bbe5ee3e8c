import { z } from 'zod';

/** The site's own pages, edited like articles but without date, source or author. */
export const sitePageSlugs = ['about', 'contact', 'member', 'disclaimer'] as const;
export const sitePageSlugSchema = z.enum(sitePageSlugs);
export type SitePageSlug = z.infer<typeof sitePageSlugSchema>;

export const sitePageSchema = z.object({
  slug: sitePageSlugSchema,
  title: z.string().min(1).max(200),
  bodyHtml: z.string().max(5_000_000),
  updatedAt: z.string(),
});
export type SitePage = z.infer<typeof sitePageSchema>;

export function sitePageUrl(slug: SitePageSlug): string {
  return `/${slug}.html`;
}
