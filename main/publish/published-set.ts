import fs from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { articleIdSchema, articleSchema, articleSummarySchema, summarize, type Article, type ArticleSummary } from '../../shared/article';
import type { Publication } from '../../shared/queue';
import { articleUrl } from '../../shared/site-urls';
import { writeAtomic } from '../atomic-write';
import { readJsonSync, storeSchema } from '../library/json-file';
import type { Library } from '../library/library';
import type { SiteSource } from '../site/builder';

const indexSchema = storeSchema(1, { articles: z.record(articleIdSchema, z.object({ summary: articleSummarySchema, at: z.string() })) });
type Index = z.infer<typeof indexSchema>;

/**
 * What is live: the copy of each article as it was published, kept apart from the library's
 * working copy, so editing a published article changes the site only when it is republished.
 *   published.json     index: each live article without its body, and when it went out
 *   published/ID.json  the article as published
 */
export class PublishedSet implements SiteSource {
  private constructor(
    private readonly dir: string,
    private readonly db: Low<Index>,
  ) {}

  static async open(library: Library): Promise<PublishedSet> {
    const db = await library.openStore<Index>('published.json', indexSchema, { version: 1, articles: {} });
    await fs.mkdir(path.join(library.dir, 'published'), { recursive: true });
    return new PublishedSet(path.join(library.dir, 'published'), db);
  }

  summaries(): ArticleSummary[] {
    return Object.values(this.db.data.articles).map((a) => a.summary);
  }

  async get(id: string): Promise<Article> {
    return readJsonSync(path.join(this.dir, `${id}.json`), articleSchema);
  }

  fileOf(id: string): string | null {
    return this.db.data.articles[id] ? path.join(this.dir, `${id}.json`) : null;
  }

  publications(zone: string): Record<string, Publication> {
    return Object.fromEntries(
      Object.values(this.db.data.articles).map(({ summary, at }) => [summary.id, { revision: summary.revision, at, url: articleUrl(summary, zone) }]),
    );
  }

  /** The set as it will be once `changes` went out: what a push renders before committing. */
  preview(changes: Change[]): SiteSource {
    const published = new Map(changes.filter((c) => c.article).map((c) => [c.id, c.article!]));
    const gone = new Set(changes.map((c) => c.id));
    return {
      summaries: () => [...this.summaries().filter((s) => !gone.has(s.id)), ...[...published.values()].map(summarize)],
      get: async (id) => published.get(id) ?? this.get(id),
      fileOf: (id) => (gone.has(id) ? null : this.fileOf(id)),
    };
  }

  /** Records a push that succeeded: article files first, then the index that points to them. */
  async commit(changes: Change[], at: string): Promise<void> {
    for (const change of changes) {
      if (change.article) {
        await writeAtomic(path.join(this.dir, `${change.id}.json`), JSON.stringify(change.article));
        this.db.data.articles[change.id] = { summary: summarize(change.article), at };
      } else {
        delete this.db.data.articles[change.id];
      }
    }
    await this.db.write();
    for (const change of changes) if (!change.article) await fs.rm(path.join(this.dir, `${change.id}.json`), { force: true });
  }
}

/** An article going out (with its approved copy) or withdrawn (without). */
export interface Change {
  id: string;
  article?: Article;
}
