import { z } from 'zod';
import { columnSchema } from './column';
import { isSafeLink } from './links';

const link = z.object({ label: z.string(), href: z.string().refine(isSafeLink, 'problem.linkUnsafe') });

/** Whether `Intl` knows the time zone: every date of the library and the site is shown in it. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/**
 * The site profile: every text of the site's chrome (welcome line, disclaimer, footer),
 * kept as data so staff edit it in settings rather than in templates.
 */
export const siteProfileSchema = z.object({
  name: z.string().min(1),
  /** A host name, perhaps with a port: pages and the feed put it after https://. */
  domain: z.string().regex(/^[\p{L}\p{N}.-]+(:[0-9]{1,5})?$/u, 'problem.domainInvalid'),
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
  timezone: z.string().refine(isTimeZone, 'problem.timezoneUnknown').default('Asia/Shanghai'),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;

export function columnName(site: SiteProfile, slug: string): string {
  return site.columns.find((c) => c.slug === slug)?.name ?? slug;
}
