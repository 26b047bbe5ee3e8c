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
  cover: string;
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

/**
 * Entries computed by earlier builds, by article: an export after one change recomputes one
 * entry, not ten thousand (dates and URLs in the site's zone are the costly part).
 */
export type EntryCache = Map<string, { key: string; entry: Entry; time: number }>;

export function buildModel(site: SiteProfile, summaries: Iterable<ArticleSummary>, sitePages: SitePage[], cache: EntryCache = new Map()): SiteModel {
  const zone = site.timezone;
  const known = new Set(site.columns.map((c) => c.slug));
  const timed: { entry: Entry; time: number }[] = [];
  for (const a of summaries) {
    if (!isOnSite(a) || !known.has(a.column)) continue;
    const key = `${a.revision}|${a.updatedAt}|${a.title}|${a.column}|${a.publishedAt}|${a.cover}|${zone}`;
    let cached = cache.get(a.id);
    if (cached?.key !== key) {
      const date = formatDay(a.publishedAt, zone);
      if (!date) continue;
      const entry = { id: a.id, title: a.title, date, url: articleUrl(a, zone), lastmod: formatDay(a.updatedAt, zone), column: a.column, revision: a.revision, publishedAt: a.publishedAt, cover: a.cover };
      cache.set(a.id, (cached = { key, entry, time: Date.parse(a.publishedAt) }));
    }
    timed.push(cached);
  }
  // Newest first; the id breaks ties so the order, and so the output, never varies.
  timed.sort((x, y) => y.time - x.time || (x.entry.id < y.entry.id ? -1 : 1));
  const entries = timed.map((t) => t.entry);
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
