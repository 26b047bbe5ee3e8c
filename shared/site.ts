import { z } from 'zod';
import { columnSchema } from './column';

const link = z.object({ label: z.string(), href: z.string() });

/**
 * The site profile: every text of the site's chrome (welcome line, disclaimer, footer),
 * kept as data so staff edit it in settings rather than in templates.
 */
export const siteProfileSchema = z.object({
  name: z.string().min(1),
  domain: z.string().min(1),
  welcome: z.string(),
  columns: z.array(columnSchema).min(1),
  disclaimer: z.string(),
  footerLinks: z.array(link),
  notices: z.array(z.string()),
  sponsor: z.string(),
  copyright: z.string(),
  icp: z.string(),
  phones: z.string(),
  supervision: z.string(),
  address: z.string(),
  email: z.string(),
  qq: z.string(),
  footerNote: z.string(),
  timezone: z.string().default('Asia/Shanghai'),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;

export function columnName(site: SiteProfile, slug: string): string {
  return site.columns.find((c) => c.slug === slug)?.name ?? slug;
}
