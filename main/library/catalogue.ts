import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { ArticlePage } from '../../shared/api';
import type { ArticleStatus, ArticleSummary } from '../../shared/article';
import { z } from 'zod';
import { articleIdSchema, articleSummarySchema } from '../../shared/article';
import { openJson, storeSchema } from './json-file';

const snapshotSchema = storeSchema(1, { entries: z.array(articleSummarySchema) });
type Snapshot = z.infer<typeof snapshotSchema>;
/** A log line: the article's new summary, or its removal. */
type LogLine = ArticleSummary | { id: string; removed: true };
const logLineSchema: z.ZodType<LogLine> = z.union([z.object({ id: articleIdSchema, removed: z.literal(true) }), articleSummarySchema]);

const compactAfter = 2000;

export interface ListQuery {
  column?: string;
  status?: ArticleStatus;
  text?: string;
  trash: boolean;
  offset: number;
  limit: number;
}

/**
 * The list of every article without its body, for the library view. A save appends one
 * line to `catalogue.log` (cost: one article), and the log is folded into the
 * `catalogue.json` snapshot only every few thousand changes or when the library closes.
 */
export class Catalogue {
  private readonly entries = new Map<string, ArticleSummary>();
  private logLines = 0;

  private constructor(private readonly dir: string) {}

  private get logFile() {
    return path.join(this.dir, 'catalogue.log');
  }

  /** Reads snapshot + log. Throws DamagedFileError when the snapshot is unreadable. */
  static async load(dir: string): Promise<Catalogue> {
    const catalogue = new Catalogue(dir);
    const db = await openJson<Snapshot>(path.join(dir, 'catalogue.json'), { version: 1, entries: [] }, snapshotSchema);
    for (const entry of db.data.entries) catalogue.entries.set(entry.id, entry);
    await catalogue.replayLog();
    if (catalogue.logLines > compactAfter) await catalogue.compact();
    return catalogue;
  }

  /** Builds the catalogue anew from the articles themselves, after a crash. */
  static async rebuild(dir: string, summaries: Iterable<ArticleSummary>): Promise<Catalogue> {
    const catalogue = new Catalogue(dir);
    for (const summary of summaries) catalogue.entries.set(summary.id, summary);
    await catalogue.compact();
    return catalogue;
  }

  private async replayLog() {
    let text: string;
    try {
      text = await fs.readFile(this.logFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      let parsed: LogLine;
      try {
        parsed = logLineSchema.parse(JSON.parse(line));
      } catch {
        continue; // a line cut short by a crash, or not a catalogue line; the article files are the truth
      }
      this.logLines++;
      if ('removed' in parsed) this.entries.delete(parsed.id);
      else this.entries.set(parsed.id, parsed);
    }
  }

  get(id: string): ArticleSummary | undefined {
    return this.entries.get(id);
  }

  values(): IterableIterator<ArticleSummary> {
    return this.entries.values();
  }

  async put(summary: ArticleSummary): Promise<void> {
    this.entries.set(summary.id, summary);
    await this.append(summary);
  }

  async putMany(summaries: ArticleSummary[]): Promise<void> {
    for (const summary of summaries) this.entries.set(summary.id, summary);
    await this.compact();
  }

  async remove(id: string): Promise<void> {
    this.entries.delete(id);
    await this.append({ id, removed: true });
  }

  private async append(line: LogLine) {
    await fs.appendFile(this.logFile, JSON.stringify(line) + '\n');
    this.logLines++;
  }

  /** Folds the log into the snapshot. Replaying a log over a newer snapshot is harmless. */
  async compact(): Promise<void> {
    // Written whole through lowdb (temporary file, then rename); the old snapshot need not be read.
    const snapshot: Snapshot = { version: 1, entries: [...this.entries.values()] };
    await new Low<Snapshot>(new JSONFile<Snapshot>(path.join(this.dir, 'catalogue.json')), snapshot).write();
    await fs.rm(this.logFile, { force: true });
    this.logLines = 0;
  }

  list(query: ListQuery): ArticlePage {
    const text = query.text?.trim().toLowerCase();
    const matches = [...this.entries.values()].filter(
      (a) =>
        (a.deletedAt !== null) === query.trash &&
        (!query.column || a.column === query.column) &&
        (!query.status || a.status === query.status) &&
        (!text || a.title.toLowerCase().includes(text)),
    );
    // Newest first: by publish date, then by last change (undated drafts sort as oldest).
    const keyed = matches.map((a) => ({ a, published: Date.parse(a.publishedAt) || 0, changed: Date.parse(a.updatedAt) }));
    keyed.sort((x, y) => y.published - x.published || y.changed - x.changed);
    const page = keyed.slice(query.offset, query.offset + query.limit).map((k) => k.a);
    return { items: page, total: matches.length };
  }

  count(trash: boolean): number {
    let n = 0;
    for (const a of this.entries.values()) if ((a.deletedAt !== null) === trash) n++;
    return n;
  }
}
