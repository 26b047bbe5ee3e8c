import type { Article } from '../../shared/article';
import { formatDay } from '../../shared/dates';
import { columnUrl } from '../../shared/site-urls';
import type { ListPage } from '../../shared/pagination';
import type { ColumnView, Entry, SiteModel } from './model';
import type { StoredArticle } from '../library/stored-article';
import { leadText, siteBodyOf } from '../library/sanitize';
import { safeLink } from '../../shared/links';
import type { SiteProfile } from '../../shared/site';

/** What every page shows of the site, and all an article page needs: a render worker gets only this. */
export type SiteFrame = Pick<SiteModel, 'site' | 'columns'>;

/** The data each template sees. Field values are escaped by the engine; only `body` is raw, and it is sanitized here. */
export function commonContext(model: SiteFrame, inlineCss?: string) {
  return { site: pageSite(model.site), columns: model.columns, inline_css: inlineCss ?? '', page: {} };
}

/** Names what the contexts below change in what pages show; a new value makes every page again. */
export const pageRules = 'links-1';

const checked = new WeakMap<SiteProfile, SiteProfile>();

/**
 * The site profile as pages show it: a footer link that breaks the link rule (a site.json
 * edited by hand) is left out. Made once per profile, not once per page.
 */
function pageSite(site: SiteProfile): SiteProfile {
  let shown = checked.get(site);
  if (!shown) {
    const footerLinks = site.footerLinks.flatMap((l) => {
      const href = safeLink(l.href);
      return href === null ? [] : [{ ...l, href }];
    });
    shown = { ...site, footerLinks };
    checked.set(site, shown);
  }
  return shown;
}

export function articleContext(model: SiteFrame, article: Article | StoredArticle, inlineCss?: string) {
  const column: ColumnView = model.columns.find((c) => c.slug === article.column) ?? {
    slug: article.column,
    name: article.column,
    url: columnUrl(article.column),
  };
  return {
    ...commonContext(model, inlineCss),
    page: { description: article.summary },
    column,
    article: {
      title: article.title,
      date: formatDay(article.publishedAt, model.site.timezone),
      source: article.source,
      author: article.author,
      // An unsafe original link is not shown at all (the template shows the line only when it is set).
      originalUrl: safeLink(article.originalUrl) ?? '',
      body: siteBodyOf(article),
    },
  };
}

/** One list page. The pager names no page count or number: both would change on every page as articles are added. */
export function listContext(model: SiteModel, column: ColumnView, page: ListPage, oldest: number, inlineCss?: string) {
  const entries = (model.byColumn.get(column.slug) ?? []).slice(page.start, page.end);
  const at = (key: number | null) => (key === null ? null : columnUrl(column.slug, key));
  return {
    ...commonContext(model, inlineCss),
    column,
    articles: entries,
    pager: {
      /** Whether the pager shows at all: there is a newer or an older page. */
      nav: page.newer !== null || page.older !== null,
      archive: page.key > 0,
      /** The dates the page covers, oldest to newest. */
      from: entries.at(-1)?.date ?? '',
      to: entries[0]?.date ?? '',
      front: at(0),
      oldest: oldest === page.key ? null : at(oldest),
      newer: at(page.newer),
      older: at(page.older),
    },
  };
}

export const homeLatest = 10;

export function homeContext(model: SiteModel, inlineCss?: string) {
  return {
    ...commonContext(model, inlineCss),
    sections: model.columns.map((column) => ({ column, articles: (model.byColumn.get(column.slug) ?? []).slice(0, homeLatest) })),
  };
}

export function baseUrl(model: SiteModel): string {
  return `https://${model.site.domain}`;
}

export const feedSize = 50;

export interface FeedItem {
  title: string;
  url: string;
  rfc822: string;
  description: string;
}

export function feedItem(entry: Entry, a: Article): FeedItem {
  return { title: a.title, url: entry.url, rfc822: new Date(Date.parse(a.publishedAt)).toUTCString(), description: a.summary || leadText(a.bodyHtml, 150) };
}

export function feedContext(model: SiteModel, items: FeedItem[]) {
  return { site: pageSite(model.site), base_url: baseUrl(model), articles: items };
}
