import type { ArticleSummary } from '../../shared/article';
import { formatDay } from '../../shared/dates';
import type { SitePage } from '../../shared/site-page';
import { sitePageUrl } from '../../shared/site-page';
import { articleUrl, columnUrl, fileOfUrl } from '../../shared/site-urls';
import type { SiteProfile } from '../../shared/site';

/** An article as lists, the home page, the sitemap and the feed see it. */
export interface Entry {
  id: string;
  title: string;
  date: string;
  url: string;
  /** The page's file in the site folder. */
  file: string;
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
export type EntryCache = Map<string, { entry: Entry; time: number; updatedAt: string; zone: string }>;

/** Whether a cached entry still shows the article as it is: compared field by field, no key built. */
const stillFresh = (c: { entry: Entry; updatedAt: string; zone: string }, a: ArticleSummary, zone: string) =>
  c.entry.revision === a.revision && c.updatedAt === a.updatedAt && c.entry.title === a.title && c.entry.column === a.column && c.entry.publishedAt === a.publishedAt && c.entry.cover === a.cover && c.zone === zone;

export function buildModel(site: SiteProfile, summaries: Iterable<ArticleSummary>, sitePages: SitePage[], cache: EntryCache = new Map()): SiteModel {
  const zone = site.timezone;
  const known = new Set(site.columns.map((c) => c.slug));
  const timed: { entry: Entry; time: number }[] = [];
  for (const a of summaries) {
    if (!isOnSite(a) || !known.has(a.column)) continue;
    let cached = cache.get(a.id);
    if (!cached || !stillFresh(cached, a, zone)) {
      const date = formatDay(a.publishedAt, zone);
      if (!date) continue;
      const url = articleUrl(a, zone);
      const entry = { id: a.id, title: a.title, date, url, file: fileOfUrl(url), lastmod: formatDay(a.updatedAt, zone), column: a.column, revision: a.revision, publishedAt: a.publishedAt, cover: a.cover };
      cache.set(a.id, (cached = { entry, time: Date.parse(a.publishedAt), updatedAt: a.updatedAt, zone }));
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
