import crypto from 'node:crypto';
import type { Article } from '../../shared/article';
import { paginate } from '../../shared/pagination';
import { columnUrl, fileOfUrl } from '../../shared/site-urls';
import { articleContext, baseUrl, commonContext, feedContext, feedItem, feedSize, homeContext, listContext, pageRules, type FeedItem } from './contexts';
import type { Entry, SiteModel } from './model';
import { sanitizeBody } from '../library/sanitize';
import type { Theme } from './theme';

export type ArticleLoader = (id: string) => Promise<Article>;

/**
 * One file of the site. `fingerprint` is built from exactly what the page shows, taken from
 * the catalogue, so an export can tell which pages changed without reading or rendering them.
 * What every page shows (the theme, the site profile) is the plan's `base`, not repeated here.
 */
export interface PageSpec {
  file: string;
  fingerprint: string;
  /** Set on article pages, which the render thread may render instead (render-thread.ts). */
  article?: string;
  render(load: ArticleLoader): Promise<string | Uint8Array>;
}

/** A stored image the site carries at /assets/NAME; named by its content, so never rewritten. */
export interface SiteImage {
  name: string;
  read(): Promise<Uint8Array>;
}

const hash = (...parts: string[]) => {
  const h = crypto.createHash('sha1');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('base64url');
};

/** Feed items by article and revision, kept by a builder between exports: the feed changes with any of its 50 articles. */
export type FeedCache = Map<string, FeedItem>;

/** Every page of the site in writing order, and what all of them depend on. */
export interface SitePlan {
  base: string;
  pages: PageSpec[];
}

export function planSite(model: SiteModel, theme: Theme, feedCache: FeedCache = new Map(), images: SiteImage[] = []): SitePlan {
  // With the rules that shape every page: pages made before a rule changed (links) are made again.
  const base = hash(theme.fingerprint, JSON.stringify(model.site), pageRules);
  const specs: PageSpec[] = [];
  const add = (file: string, fingerprint: string, render: PageSpec['render'], article?: string) => specs.push({ file, fingerprint, render, article });

  // The plan's order: the stylesheet and images, then the articles, then the lists and pages that link to them.
  add('site.css', theme.fingerprint, async () => theme.css);
  for (const image of images) add(`assets/${image.name}`, image.name, () => image.read());
  for (const entry of model.entries) {
    add(entry.file, String(entry.revision), async (load) => theme.render('article', articleContext(model, await load(entry.id))), entry.id);
  }

  for (const column of model.columns) {
    const entries = model.byColumn.get(column.slug) ?? [];
    const pages = paginate(entries.length, model.site.pageSize);
    const oldest = pages.at(-1)!.key;
    for (const page of pages) {
      const shown = entries.slice(page.start, page.end).map((e) => `${e.url}|${e.title}|${e.date}|${e.cover}`).join('\n');
      add(fileOfUrl(columnUrl(column.slug, page.key)), hash(column.name, `${page.newer}|${page.older}|${oldest}`, shown), async () =>
        theme.render('list', listContext(model, column, page, oldest)),
      );
    }
  }

  add('index.html', hash(JSON.stringify(homeContext(model).sections)), async () => theme.render('home', homeContext(model)));

  for (const page of model.sitePages) {
    add(fileOfUrl(`/${page.slug}.html`), hash(page.title, page.updatedAt), async () =>
      theme.render('page', { ...commonContext(model), page: { title: page.title, body: sanitizeBody(page.bodyHtml) } }),
    );
  }
  add('sitemap.html', hash(JSON.stringify(model.sitePages.map((p) => p.title))), async () =>
    theme.render('sitemap', { ...commonContext(model), site_pages: model.sitePages }),
  );
  add('404.html', '', async () => theme.render('404', commonContext(model)));

  const sitemapContext = () => ({ base_url: baseUrl(model), columns: model.columns, articles: model.entries });
  add('sitemap.xml', hash(model.entries.map((e) => `${e.url}|${e.lastmod}`).join('\n')), async () =>
    theme.render('sitemap.xml', sitemapContext()),
  );
  const latest = model.entries.slice(0, feedSize);
  add('rss.xml', hash(latest.map((e) => `${e.id}|${e.revision}|${e.url}`).join('\n')), async (load) => {
    const key = (e: Entry) => `${e.id}|${e.revision}|${e.url}`;
    const items = await Promise.all(latest.map(async (e) => feedCache.get(key(e)) ?? feedItem(e, await load(e.id))));
    feedCache.clear();
    latest.forEach((e, i) => feedCache.set(key(e), items[i]!));
    return theme.render('rss.xml', feedContext(model, items));
  });
  return { base, pages: specs };
}
