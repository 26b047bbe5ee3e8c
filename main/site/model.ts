import type { ArticleSummary } from '../../shared/article';
import { formatDay } from '../../shared/dates';
import type { SitePage } from '../../shared/site-page';
import { sitePageUrl } from '../../shared/site-page';
import { articleUrl, columnUrl } from '../../shared/site-urls';
import type { SiteProfile } from '../../shared/site';

/** An article as lists, the home page, the sitemap and the feed see it. */
export interface Entry {
  id: string;
  title: string;
  date: string;
  url: string;
  lastmod: string;
  column: string;
  revision: number;
  publishedAt: string;
}

export interface ColumnView {
  slug: string;
  name: string;
  url: string;
}

/** What is on the site: computed once from the catalogue, without reading any article body. */
export interface SiteModel {
  site: SiteProfile;
  columns: ColumnView[];
  entries: Entry[];
  byColumn: Map<string, Entry[]>;
  sitePages: SitePage[];
}

/** Articles on the site: in the library, not in the trash. */
export function isOnSite(a: ArticleSummary): boolean {
  return a.deletedAt === null;
}

export function buildModel(site: SiteProfile, summaries: Iterable<ArticleSummary>, sitePages: SitePage[]): SiteModel {
  const zone = site.timezone;
  const known = new Set(site.columns.map((c) => c.slug));
  const entries: Entry[] = [];
  for (const a of summaries) {
    if (!isOnSite(a) || !known.has(a.column) || !formatDay(a.publishedAt, zone)) continue;
    entries.push({
      id: a.id,
      title: a.title,
      date: formatDay(a.publishedAt, zone),
      url: articleUrl(a, zone),
      lastmod: formatDay(a.updatedAt, zone),
      column: a.column,
      revision: a.revision,
      publishedAt: a.publishedAt,
    });
  }
  // Newest first; the id breaks ties so the order, and so the output, never varies.
  const time = new Map(entries.map((e) => [e.id, Date.parse(e.publishedAt)]));
  entries.sort((x, y) => time.get(y.id)! - time.get(x.id)! || (x.id < y.id ? -1 : 1));
  const byColumn = new Map<string, Entry[]>(site.columns.map((c) => [c.slug, []]));
  for (const e of entries) byColumn.get(e.column)!.push(e);
  return {
    site,
    columns: site.columns.map((c) => ({ slug: c.slug, name: c.name, url: columnUrl(c.slug) })),
    entries,
    byColumn,
    sitePages: sitePages.map((p) => ({ ...p, url: sitePageUrl(p.slug) })),
  };
}
