import fs from 'node:fs/promises';
import type { Article, ArticleSummary } from '../../shared/article';
import { paginate } from '../../shared/pagination';
import type { PreviewKind } from '../../shared/preview';
import { articleUrl, columnUrl } from '../../shared/site-urls';
import type { Library } from '../library/library';
import { readStoredArticle } from '../library/stored-article';
import { articleContext, homeContext, listContext } from './contexts';
import { exportSite, type ExportResult, type Progress } from './export';
import { buildModel, type EntryCache, type SiteModel } from './model';
import { planSite, type FeedCache } from './plan';
import { RenderThread } from './render-thread';
import { Theme } from './theme';


/** The articles a site is made of: the library's (export, preview) or the published copies (publishing). */
export interface SiteSource {
  summaries(): Iterable<ArticleSummary>;
  get(id: string): Promise<Article>;
  /** The file an article is stored in, when it is one: render threads then read it themselves. */
  fileOf?(id: string): string | null;
}

/** Turns a library into its site: the export and the preview share this code and the theme. */
export class SiteBuilder {
  private readonly entries: EntryCache = new Map();
  private readonly feed: FeedCache = new Map();

  constructor(private readonly library: Library) {}

  private theme() {
    return Theme.forLibrary(this.library.dir); // read anew each time: staff may have edited a template
  }

  async model(extra?: Article, source: SiteSource = this.library): Promise<SiteModel> {
    let summaries = [...source.summaries()];
    // Previewed "as published": the article as it is in the editor, out of the trash.
    if (extra) summaries = [...summaries.filter((s) => s.id !== extra.id), { ...extra, deletedAt: null }];
    return buildModel(this.library.getSite(), summaries, await this.library.sitePages(), extra ? undefined : this.entries);
  }

  async export(out: string, progress?: Progress, source: SiteSource = this.library, signal?: AbortSignal): Promise<ExportResult> {
    const model = await this.model(undefined, source);
    const theme = this.theme();
    const frame = { site: model.site, columns: model.columns };
    const { assets } = this.library;
    const images = (await assets.list()).map((name) => ({ name, read: () => fs.readFile(assets.file(name)!) }));
    // From the article's file when it has one: with the body as sanitized when it was saved.
    const fileOf = (id: string) => source.fileOf?.(id) ?? null;
    const load = async (id: string) => {
      const file = fileOf(id);
      return file ? readStoredArticle(file) : source.get(id);
    };
    return exportSite(planSite(model, theme, this.feed, images), load, out, progress, () => RenderThread.start(theme.files.snapshot, frame), fileOf, signal);
  }

  /** The page as the site will serve it, with the stylesheet inlined for the preview frame. */
  async preview(kind: PreviewKind, article: Article): Promise<{ html: string; url: string }> {
    const theme = this.theme();
    const model = await this.model(article);
    const zone = model.site.timezone;
    if (kind === 'article') return { html: theme.render('article', articleContext(model, article, theme.css)), url: articleUrl(article, zone) };
    if (kind === 'home') return { html: theme.render('home', homeContext(model, theme.css)), url: '/' };
    const column = model.columns.find((c) => c.slug === article.column) ?? model.columns[0]!;
    const entries = model.byColumn.get(column.slug) ?? [];
    const pages = paginate(entries.length, model.site.pageSize);
    const at = Math.max(0, entries.findIndex((e) => e.id === article.id));
    const page = pages.find((p) => at >= p.start && at < p.end) ?? pages[0]!;
    return { html: theme.render('list', listContext(model, column, page, pages.at(-1)!.key, theme.css)), url: columnUrl(column.slug, page.key) };
  }
}
