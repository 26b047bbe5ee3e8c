import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Index } from 'flexsearch';
import type { Article, ArticleSummary } from '../../../shared/article';
import { writeAtomic } from '../../atomic-write';
import { bigrams, bodyText } from './tokens';

/** What the index holds of an article: its text, by field. */
export interface Indexed {
  title: string;
  body: string;
  /** Source, author, summary, keywords and original link. */
  meta: string;
}

export function indexedOf(article: Pick<Article, 'title' | 'bodyHtml' | 'source' | 'author' | 'summary' | 'keywords' | 'originalUrl'>): Indexed {
  return {
    title: article.title,
    body: bodyText(article.bodyHtml),
    meta: [article.source, article.author, article.summary, article.keywords.join(' '), article.originalUrl].join('\n'),
  };
}

/** An article's version as the index knows it: what tells that the index lags behind a save. */
export const stampOf = (a: Pick<ArticleSummary, 'revision' | 'updatedAt'>) => `${a.revision}|${a.updatedAt}`;

const fields = ['title', 'meta', 'body'] as const;
type Field = (typeof fields)[number];
// A title match ranks above a source or author match, which ranks above one in the body.
const weight: Record<Field, number> = { title: 4, meta: 2, body: 1 };

/** What the library gives the index: the catalogue, and an article's text read from its file. */
export interface IndexSource {
  summaries(): Iterable<ArticleSummary>;
  /** The article's text and version, from its file; null when it is gone. */
  read(id: string): { text: Indexed; stamp: string } | null;
}

export type IndexState = { state: 'loading' | 'building'; done: number; total: number } | { state: 'ready' };

const fileName = 'search-index.jsonl';
const format = 1;
// A save adds the new version under a new number and forgets the old one (FlexSearch's
// removal walks the whole index without its update register, which doubles its memory); the
// index is rebuilt in the background when forgotten numbers pass a quarter of the live ones.
const rebuildAt = 0.25;

/**
 * The full-text index, with FlexSearch (bench:search-engines: at 5,000 of our articles it
 * indexed 4-7× faster than MiniSearch, held half the memory, answered in a fraction of a
 * millisecond at the median where MiniSearch took 17 ms; Orama was slowest and largest).
 * One FlexSearch index per field, keyed by a number per article version.
 *
 * Stored as `search-index.jsonl` in the library, written when the library closes and after a
 * rebuild. Opening loads it in the background, then indexes again whatever the catalogue says
 * changed since (a crash, an older app); a missing or damaged file is rebuilt from the articles
 * in the background. Until it is ready, `search` answers null and the caller searches titles.
 */
export class SearchIndex {
  private indexes = makeIndexes();
  private numbers = new Map<string, number>();
  private ids: (string | null)[] = [];
  private stamps = new Map<string, string>();
  private dead = 0;
  private status: IndexState = { state: 'loading', done: 0, total: 0 };
  /** Articles saved while the index was loading: indexed again once it is. */
  private pending = new Set<string>();
  private dirty = false;
  private closed = false;
  readonly ready: Promise<void>;

  private constructor(
    private readonly dir: string,
    private readonly source: IndexSource,
    fresh: boolean,
  ) {
    if (fresh) {
      this.status = { state: 'ready' };
      this.ready = Promise.resolve();
    } else this.ready = this.load().catch((error: unknown) => console.error(`search index: ${(error as Error).message}`));
  }

  /** Stops loading or building (the library closes); a finished index is written by save(). */
  stop() {
    this.closed = true;
  }

  /** `fresh`: a new library, with nothing to load. */
  static open(dir: string, source: IndexSource, fresh = false): SearchIndex {
    return new SearchIndex(dir, source, fresh);
  }

  private get file() {
    return path.join(this.dir, fileName);
  }

  get state(): IndexState {
    return this.status;
  }

  private async load() {
    try {
      const loaded = await this.readFile();
      if (this.closed) return;
      if (!loaded) return await this.build();
      await this.catchUp();
    } catch (error) {
      // A damaged index is only a cache: it is built again from the articles.
      console.error(`search index: ${(error as Error).message}; building it again`);
      await this.build();
    }
  }

  private async readFile(): Promise<boolean> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    const lines = text.split('\n');
    const meta = JSON.parse(lines[0]!) as { format: number; ids: (string | null)[]; stamps: Record<string, string> };
    if (meta.format !== format || !Array.isArray(meta.ids)) throw new Error('not a search index of this version');
    const indexes = makeIndexes();
    let done = 0;
    for (const line of lines.slice(1)) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      const [field, key] = [line.slice(0, line.indexOf('.')), line.slice(line.indexOf('.') + 1, tab)];
      if (!(fields as readonly string[]).includes(field)) throw new Error(`unknown field ${field}`);
      indexes[field as Field].import(key, line.slice(tab + 1));
      this.status = { state: 'loading', done: ++done, total: lines.length - 1 };
      await new Promise((resolve) => setImmediate(resolve)); // saves and queries go on between parts
      if (this.closed) return true;
    }
    this.indexes = indexes;
    this.ids = meta.ids;
    this.numbers = new Map();
    this.dead = 0;
    meta.ids.forEach((id, n) => (id === null ? this.dead++ : this.numbers.set(id, n)));
    this.stamps = new Map(Object.entries(meta.stamps));
    return true;
  }

  /** Indexes again what changed since the file was written, and what was saved while it loaded. */
  private async catchUp() {
    const stale: string[] = [...this.pending];
    const live = new Set<string>();
    for (const summary of this.source.summaries()) {
      live.add(summary.id);
      if (this.stamps.get(summary.id) !== stampOf(summary)) stale.push(summary.id);
    }
    for (const id of this.numbers.keys()) if (!live.has(id)) this.forget(id);
    this.pending.clear();
    if (this.dead > rebuildAt * this.numbers.size + 100) return this.build();
    this.status = { state: 'ready' };
    for (let i = 0; i < stale.length; i++) {
      this.reindex(stale[i]!);
      if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
      if (this.closed) return;
    }
  }

  /** Builds from the articles' files, in slices, with progress. */
  private async build() {
    const summaries = [...this.source.summaries()];
    const indexes = makeIndexes();
    const ids: string[] = [];
    const stamps = new Map<string, string>();
    this.pending.clear();
    this.status = { state: 'building', done: 0, total: summaries.length };
    for (let i = 0; i < summaries.length; i++) {
      const summary = summaries[i]!;
      const read = this.source.read(summary.id);
      if (read) {
        for (const field of fields) indexes[field].add(ids.length, read.text[field]);
        ids.push(summary.id);
        stamps.set(summary.id, read.stamp);
      }
      if (i % 100 === 99) {
        this.status = { state: 'building', done: i + 1, total: summaries.length };
        await new Promise((resolve) => setImmediate(resolve));
        if (this.closed) return;
      }
    }
    this.indexes = indexes;
    this.ids = ids;
    this.numbers = new Map(ids.map((id, n) => [id, n]));
    this.stamps = stamps;
    this.dead = 0;
    this.status = { state: 'ready' };
    const saved = [...this.pending];
    this.pending.clear();
    for (const id of saved) this.reindex(id);
    this.dirty = true;
    await this.save();
  }

  private reindex(id: string) {
    const read = this.source.read(id);
    if (read) this.add(id, read.text, read.stamp);
    else this.forget(id);
  }

  private add(id: string, text: Indexed, stamp: string) {
    this.forget(id);
    const n = this.ids.length;
    this.ids.push(id);
    this.numbers.set(id, n);
    this.stamps.set(id, stamp);
    for (const field of fields) this.indexes[field].add(n, text[field]);
    this.dirty = true;
  }

  private forget(id: string) {
    const n = this.numbers.get(id);
    if (n === undefined) return;
    this.ids[n] = null;
    this.numbers.delete(id);
    this.stamps.delete(id);
    this.dead++;
    this.dirty = true;
  }

  /** After every save, trash and restore: the article's new text. */
  put(article: Article) {
    if (this.status.state !== 'ready') this.pending.add(article.id);
    else this.add(article.id, indexedOf(article), stampOf(article));
  }

  remove(id: string) {
    if (this.status.state !== 'ready') this.pending.add(id);
    else this.forget(id);
  }

  /** Article ids, best first, whose fields hold every token; null until the index is ready. */
  search(tokens: string[], limit: number): string[] | null {
    if (this.status.state !== 'ready') return null;
    const query = tokens.join(' ');
    const score = new Map<number, number>();
    for (const field of fields) {
      const found = this.indexes[field].search(query, { limit }) as number[];
      found.forEach((n, rank) => score.set(n, (score.get(n) ?? 0) + weight[field] * (1 - rank / (found.length + 1))));
    }
    const ranked = [...score].sort((x, y) => y[1] - x[1]);
    const out: string[] = [];
    for (const [n] of ranked) {
      const id = this.ids[n];
      if (id) out.push(id);
    }
    return out;
  }

  /** Articles whose body holds this passage (its characters in pairs), for the similar-article check. */
  inBodies(passage: string, limit: number): string[] {
    if (this.status.state !== 'ready') return [];
    const found = this.indexes.body.search(passage, { limit }) as number[];
    return found.map((n) => this.ids[n]).filter((id): id is string => !!id);
  }

  /** Writes the index into the library, if it changed since it was read or last written. */
  async save(): Promise<void> {
    if (!this.dirty || this.status.state !== 'ready') return;
    const parts: string[] = [JSON.stringify({ format, ids: this.ids, stamps: Object.fromEntries(this.stamps) })];
    for (const field of fields) {
      await this.indexes[field].export((key: string, data: string) => {
        parts.push(`${field}.${key}\t${data}`);
      });
    }
    await writeAtomic(this.file, parts.join('\n') + '\n');
    this.dirty = false;
  }

  /** Bytes on disk (for the benchmark). */
  sizeOnDisk(): number {
    return fsSync.statSync(this.file, { throwIfNoEntry: false })?.size ?? 0;
  }
}

function makeIndexes(): Record<Field, Index> {
  const options = (resolution: number) => ({ tokenize: 'strict' as const, encode: bigrams, fastupdate: false, resolution });
  // The body's many pairs at a coarse resolution: less memory and faster answers, little loss in order.
  return { title: new Index(options(9)), meta: new Index(options(9)), body: new Index(options(3)) };
}
