import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import {
  articleSchema,
  defaultAuthor,
  fieldsOf,
  summarize,
  type Article,
  type ArticleFields,
  type ArticleSummary,
} from '../../shared/article';
import { formatDay, nowIso } from '../../shared/dates';
import { ApiError } from '../../shared/errors';
import { articleProblems } from '../../shared/problems';
import {
  listQuerySchema,
  searchQuerySchema,
  type ArticlePage,
  type LibraryInfo,
  type SearchResult,
} from '../../shared/library';
import { settingsSchema, type Settings } from '../../shared/settings';
import type { OpeningStep } from '../../shared/opening';
import { siteProfileSchema, type SiteProfile } from '../../shared/site';
import type { SitePage } from '../../shared/site-page';
import { AssetStore } from '../assets/asset-store';
import { Listeners } from '../listeners';
import { Catalogue } from './catalogue';
import { SearchIndex, indexedOf, stampOf, type IndexState } from './search/search-index';
import { search, similar, type Searchable } from './search/search';
import { changedSince, readAllSummaries, scanArticles } from './recover';
import { newArticleId } from './ids';
import { Revisions } from './revisions';
import { readSitePages, writeSitePage } from './site-pages';
import { withSiteBody, type StoredArticle } from './stored-article';
import { DamagedFileError, openJson, readJsonSync } from './json-file';
import { lockLibrary } from './lock';
import { defaultSite, sampleArticle } from './seed';

type Notice = LibraryInfo['notices'][number];

export interface OpenOptions {
  progress?: (step: OpeningStep) => void;
  onSettings?: (settings: Settings) => void;
}

/**
 * A library is a folder:
 *   site.json         the site profile
 *   settings.json     the user's preferences
 *   articles/ID.json  one file per article, body included: a save rewrites only this
 *   catalogue.json    every article without its body, for the list (snapshot)
 *   catalogue.log     changes since the snapshot, one line per save
 *   .open             present while a process has the library open; left behind by a crash
 */
export class Library {
  readonly notices: Notice[] = [];
  readonly revisions: Revisions;
  readonly assets: AssetStore;
  /** The ids of articles just written or removed. */
  readonly changed = new Listeners<string[]>();
  private queue: Promise<unknown> = Promise.resolve();
  private index!: SearchIndex;

  private constructor(
    readonly dir: string,
    private site: Low<SiteProfile>,
    private settingsDb: Low<Settings>,
    private catalogue: Catalogue,
    private readonly unlock: () => Promise<void>,
  ) {
    this.revisions = new Revisions(path.join(dir, 'revisions'), (iso) => formatDay(iso, this.site.data.timezone));
    this.assets = new AssetStore(path.join(dir, 'assets'));
  }

  /**
   * `progress`: told each step of the opening, and how far reading article files has come after
   * a crash or with a damaged catalogue; `onSettings`: the user's settings as soon as they are read
   * (the opening screen speaks their language).
   */
  static async open(dir: string, options: OpenOptions = {}): Promise<Library> {
    const step = options.progress ?? (() => undefined);
    dir = path.resolve(dir);
    step({ step: 'library' });
    await fs.mkdir(path.join(dir, 'articles'), { recursive: true });
    const unlock = await lockLibrary(dir);
    try {
      const notices: Notice[] = [];
      const isNew = !(await exists(path.join(dir, 'site.json'))) && (await fs.readdir(path.join(dir, 'articles'))).length === 0;
      const fallbackSite = await defaultSite();
      const site = await openOrReplace(path.join(dir, 'site.json'), fallbackSite, siteProfileSchema, notices);
      const settings = await openOrReplace(path.join(dir, 'settings.json'), settingsSchema.parse({}), settingsSchema, notices);
      options.onSettings?.(settings.data);
      step({ step: 'catalogue' });
      const crashed = await exists(path.join(dir, '.open'));
      const onDamaged = (error: DamagedFileError) => notices.push(damagedNotice(error));
      let catalogue: Catalogue;
      // After a crash, only the article files written since the catalogue's last write are read;
      // which they are is found while the catalogue is read.
      const scan = crashed ? scanArticles(dir, await Catalogue.checkpoint(dir), (done, total) => step({ step: 'checking', done, total })) : null;
      scan?.catch(() => undefined); // awaited below, unless the catalogue is rebuilt from every file
      try {
        catalogue = await Catalogue.load(dir);
        if (scan) {
          const { changed, present } = await changedSince(dir, await scan, (id) => !!catalogue.get(id), onDamaged, (done, total) => step({ step: 'reading', done, total }));
          catalogue.reconcile(changed, [...catalogue.values()].filter((a) => !present.has(a.id)).map((a) => a.id));
        }
      } catch (error) {
        if (!(error instanceof DamagedFileError)) throw error;
        onDamaged(error);
        catalogue = await Catalogue.rebuild(dir, await readAllSummaries(dir, onDamaged, (done, total) => step({ step: 'rebuilding', done, total })));
      }
      await fs.writeFile(path.join(dir, '.open'), String(process.pid));
      const library = new Library(dir, site, settings, catalogue, unlock);
      library.notices.push(...notices);
      library.index = SearchIndex.open(
        dir,
        {
          summaries: () => catalogue.values(),
          stamp: (id) => {
            const summary = catalogue.get(id);
            return summary ? stampOf(summary) : null;
          },
          slot: (id) => catalogue.entry(id)?.slot ?? -1,
          read: (id) => library.readIndexed(id),
        },
        isNew,
      );
      if (isNew) {
        await site.write();
        await library.create(await sampleArticle());
      }
      return library;
    } catch (error) {
      await unlock();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.queue;
    await this.index.stop();
    await this.catalogue.compact();
    await this.index.save();
    await fs.rm(path.join(this.dir, '.open'), { force: true });
    await this.unlock();
  }

  /** Mutations run one at a time, so two quick saves never interleave their writes. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  info(): LibraryInfo {
    return {
      path: this.dir,
      site: this.site.data,
      articleCount: this.catalogue.count(false),
      trashCount: this.catalogue.count(true),
      notices: this.notices,
    };
  }

  /** Opens another of the library's JSON files (the queue, the log…); a damaged one is moved aside and noted. */
  /** Every store of the library (queue, published set, log, targets, hand-off) opens its file here. */
  openStore<T>(name: string, schema: z.ZodType<T>, fallback: T): Promise<Low<T>> {
    return openOrReplace(path.join(this.dir, name), fallback, schema, this.notices);
  }

  /** The publisher's decision on an article: sent back with a comment, or approved. */
  async review(id: string, status: ArticleFields['status'], reviewNote: string): Promise<Article> {
    return this.exclusive(async () => {
      const current = await this.get(id);
      const article: Article = { ...current, status, reviewNote, revision: current.revision + 1, updatedAt: nowIso(this.site.data.timezone) };
      await this.write(article);
      return article;
    });
  }

  getSite(): SiteProfile {
    return this.site.data;
  }

  async saveSite(site: SiteProfile): Promise<SiteProfile> {
    // The contract checks it too; checked here for every other caller (the CLI, a restore).
    const parsed = siteProfileSchema.safeParse(site);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.join('.');
      throw new ApiError('invalid-input', issue.message.startsWith('problem.') ? issue.message : 'error.invalidInput', `The site profile is invalid at ${where}: ${issue.message}`, { where, name: 'site.save' });
    }
    return this.exclusive(async () => {
      this.site.data = site;
      await this.site.write();
      return site;
    });
  }

  /** The site's own pages (本网概况, 联系我们, …). */
  sitePages(): Promise<SitePage[]> {
    return readSitePages(this.dir);
  }

  /** Saves one of the site's pages, in turn with every other write to the library. */
  async saveSitePage(page: Omit<SitePage, 'updatedAt'>): Promise<SitePage> {
    return this.exclusive(() => writeSitePage(this.dir, page, this.getSite().timezone));
  }

  getSettings(): Settings {
    return this.settingsDb.data;
  }

  async saveSettings(settings: Settings): Promise<Settings> {
    return this.exclusive(async () => {
      this.settingsDb.data = settings;
      await this.settingsDb.write();
      return settings;
    });
  }

  list(query: z.input<typeof listQuerySchema>): ArticlePage {
    return this.catalogue.list(listQuerySchema.parse(query));
  }

  /** The sources and authors in use, most used first (the list's filter choices). */
  facets(): { sources: string[]; authors: string[] } {
    const sources = new Map<string, number>();
    const authors = new Map<string, number>();
    for (const a of this.catalogue.values()) {
      if (a.source) sources.set(a.source, (sources.get(a.source) ?? 0) + 1);
      if (a.author) authors.set(a.author, (authors.get(a.author) ?? 0) + 1);
    }
    const byUse = (counts: Map<string, number>) => [...counts].sort((x, y) => y[1] - x[1]).slice(0, 500).map(([name]) => name);
    return { sources: byUse(sources), authors: byUse(authors) };
  }

  /** Full-text search (titles alone while the index is loading or being built). */
  search(query: z.input<typeof searchQuerySchema>): SearchResult {
    return search(this.searchable(), searchQuerySchema.parse(query));
  }

  /** Articles whose body is nearly this text: an import already in the library (已有相似文章). */
  similar(text: string): ArticleSummary[] {
    return similar(this.searchable(), text);
  }

  get searchState(): IndexState {
    return this.index.state;
  }

  /** The full-text index's state as it moves (loading, building, ready). */
  get searchProgressed(): Listeners<IndexState> {
    return this.index.progressed;
  }

  /** Resolves when the full-text index is loaded or built. */
  get searchReady(): Promise<void> {
    return this.index.ready;
  }

  /** The full-text index's file size (for the benchmark). */
  searchIndexBytes(): number {
    return this.index.sizeOnDisk();
  }

  private searchable(): Searchable {
    return {
      index: this.index,
      entry: (id) => this.catalogue.entry(id),
      orders: this.catalogue.ordered,
      list: (query) => this.catalogue.list(query),
      read: (id) => this.readIndexed(id)?.text ?? null,
    };
  }

  /** An article's text for the index and the passages: read without the full schema check (checked when saved), and never moved aside here. */
  private readIndexed(id: string) {
    try {
      const article = JSON.parse(fsSync.readFileSync(this.articleFile(id), 'utf8')) as Article;
      if (typeof article.bodyHtml !== 'string' || typeof article.title !== 'string' || !Array.isArray(article.keywords)) return null;
      return { text: indexedOf(article), stamp: stampOf(article) };
    } catch {
      return null; // gone or damaged: the next get() says so
    }
  }

  summaries(): IterableIterator<ArticleSummary> {
    return this.catalogue.values();
  }

  async get(id: string): Promise<Article> {
    if (!this.catalogue.get(id)) throw notFound(id);
    try {
      return readJsonSync(this.articleFile(id), articleSchema);
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      this.notices.push(damagedNotice(error));
      await this.catalogue.remove(id);
      this.index.remove(id);
      throw new ApiError('not-found', 'error.articleDamaged', error.message, { path: error.movedTo });
    }
  }

  async create(fields: Partial<ArticleFields> = {}): Promise<Article> {
    return this.exclusive(async () => {
      const article = this.newArticle(fields);
      await this.write(article);
      return article;
    });
  }

  private newArticle(fields: Partial<ArticleFields>): Article {
    const now = nowIso(this.site.data.timezone);
    return {
      title: '',
      column: this.site.data.columns[0]!.slug,
      publishedAt: now,
      source: '',
      author: defaultAuthor,
      originalUrl: '',
      summary: '',
      keywords: [],
      status: 'draft',
      reviewNote: '',
      cover: '',
      bodyHtml: '',
      ...fields,
      id: newArticleId(),
      createdAt: now,
      updatedAt: now,
      revision: 1,
      deletedAt: null,
    };
  }

  /**
   * Removes an article made by 新建 that was never written in (first revision, no title, no body),
   * so leaving it leaves nothing behind; any other article is kept. Says whether it went.
   */
  async discardUntouched(id: string): Promise<{ discarded: boolean }> {
    return this.exclusive(async () => {
      const article = await this.get(id);
      if (article.revision !== 1 || article.title.trim() || article.bodyHtml.replace(/<p><\/p>/g, '').trim()) return { discarded: false };
      await this.catalogue.remove(id);
      this.index.remove(id);
      await fs.rm(this.articleFile(id), { force: true });
      // The windows' lists drop the row (they follow these events, not the caller).
      this.changed.emit([id]);
      return { discarded: true };
    });
  }

  /** Adds many articles at once (imports, benchmarks): files in parallel, one catalogue write. */
  async importMany(items: (Partial<ArticleFields> & { id?: string })[]): Promise<Article[]> {
    return this.exclusive(async () => {
      const created = items.map(({ id, ...fields }) => ({ ...this.newArticle(fields), ...(id && !this.catalogue.get(id) ? { id } : {}) }));
      for (let i = 0; i < created.length; i += 64) {
        await Promise.all(created.slice(i, i + 64).map((article) => this.writeFile(article)));
      }
      await this.catalogue.putMany(created.map(summarize));
      for (const article of created) this.index.put(article);
      return created;
    });
  }

  async save(id: string, baseRevision: number, fields: ArticleFields): Promise<Article> {
    return this.exclusive(async () => {
      const current = await this.get(id);
      if (current.deletedAt) throw new ApiError('conflict', 'error.articleInTrash', `Article ${id} is in the trash.`);
      if (current.revision !== baseRevision) {
        throw new ApiError('conflict', 'error.saveConflict', `Article ${id} changed elsewhere (revision ${current.revision}, not ${baseRevision}).`);
      }
      if (fields.status !== 'draft') {
        const problems = articleProblems(fields, this.site.data.columns.map((c) => c.slug));
        const first = Object.values(problems)[0];
        if (first) throw new ApiError('invalid-article', first, `Article ${id} is not ready for review: ${Object.keys(problems).join(', ')}`);
      }
      if (sameFields(current, fields)) return current;
      const article: Article = { ...current, ...fields, revision: current.revision + 1, updatedAt: nowIso(this.site.data.timezone) };
      await this.write(article);
      // The version before the first edit (created, imported or received) is kept too.
      await this.revisions.recordOriginal(current, this.settingsDb.data.userName);
      await this.revisions.record(article, this.settingsDb.data.userName);
      return article;
    });
  }

  /** Restoring a kept version saves it again: a new revision, so nothing is lost. */
  async restoreRevision(id: string, revision: number, baseRevision: number): Promise<Article> {
    const { fields } = await this.revisions.get(id, revision);
    return this.save(id, baseRevision, fields);
  }

  async duplicate(id: string): Promise<Article> {
    const fields = fieldsOf(await this.get(id));
    return this.create({ ...fields, title: `${fields.title}（副本）`, status: 'draft' });
  }

  async trash(id: string): Promise<Article> {
    return this.setDeleted(id, nowIso(this.site.data.timezone));
  }

  async restore(id: string): Promise<Article> {
    return this.setDeleted(id, null);
  }

  private async setDeleted(id: string, deletedAt: string | null): Promise<Article> {
    return this.exclusive(async () => {
      const article = { ...(await this.get(id)), deletedAt };
      await this.write(article);
      return article;
    });
  }

  async emptyTrash(): Promise<{ removed: number }> {
    return this.exclusive(async () => {
      const doomed = [...this.catalogue.values()].filter((a) => a.deletedAt !== null).map((a) => a.id);
      for (const id of doomed) {
        await this.catalogue.remove(id);
        this.index.remove(id);
        await fs.rm(this.articleFile(id), { force: true });
      }
      if (doomed.length) this.changed.emit(doomed);
      return { removed: doomed.length };
    });
  }

  /** Where an article in the catalogue is stored. */
  fileOf(id: string): string | null {
    return this.catalogue.get(id) ? this.articleFile(id) : null;
  }

  private articleFile(id: string) {
    return path.join(this.dir, 'articles', `${id}.json`);
  }

  /** The article file first: it is the truth, and the catalogue can be rebuilt from it. */
  private async write(article: Article) {
    await this.writeFile(article);
    await this.catalogue.put(summarize(article));
    this.index.put(article);
    this.changed.emit([article.id]);
  }

  private async writeFile(article: Article) {
    await new Low(new JSONFile<StoredArticle>(this.articleFile(article.id)), withSiteBody(article)).write();
  }
}

function sameFields(a: Article, b: ArticleFields): boolean {
  return (Object.keys(b) as (keyof ArticleFields)[]).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function notFound(id: string) {
  return new ApiError('not-found', 'error.articleNotFound', `No article ${id} in this library.`, { id });
}

function damagedNotice(error: DamagedFileError): Notice {
  return { key: 'notice.fileDamaged', params: { file: path.basename(error.file), movedTo: error.movedTo } };
}

async function exists(file: string) {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Opens a JSON file; a damaged one is moved aside and replaced by the fallback. */
async function openOrReplace<T>(file: string, fallback: T, schema: z.ZodType<T>, notices: Notice[]): Promise<Low<T>> {
  try {
    return await openJson(file, fallback, schema);
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    notices.push(damagedNotice(error));
    const db = await openJson(file, fallback, schema);
    await db.write();
    return db;
  }
}
