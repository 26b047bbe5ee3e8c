import fs from 'node:fs/promises';
import path from 'node:path';
import type { ArticlePage, ListQuery, ListSort } from '../../shared/library';
import { z } from 'zod';
import { articleIdSchema, articleSummarySchema, type ArticleSummary } from '../../shared/article';
import { writeAtomic } from '../atomic-write';
import { entryOf, Orders, type Entry } from './catalogue-order';
import { DamagedFileError, moveAside } from './json-file';

/**
 * The snapshot (version 2), compact: `{ version, order, fields, rows, published?, changed? }`,
 * one array per article in the order of `fields`, without a key per field to parse. Written in
 * title order when the list has made that order, and with the rows' positions in the list's
 * other two orders, so opening sorts nothing. (Version 1 was `{ entries: ArticleSummary[] }`,
 * still read.)
 */
const fields = ['id', 'title', 'column', 'publishedAt', 'source', 'author', 'originalUrl', 'status', 'cover', 'reviewNote', 'createdAt', 'updatedAt', 'revision', 'deletedAt'] as const;
satisfiesAllFields(fields);

/** A log line: the article's new summary, or its removal. */
type LogLine = ArticleSummary | { id: string; removed: true };
const logLineSchema: z.ZodType<LogLine> = z.union([z.object({ id: articleIdSchema, removed: z.literal(true) }), articleSummarySchema]);
// The snapshot's envelope is checked with zod; its 50,000 rows by fromRow's checks of the fields
// the list reads, since a zod parse of every row would take most of the second opening may take.
const snapshotSchema = z.union([
  z.object({ version: z.literal(1), entries: z.array(articleSummarySchema) }),
  z.object({
    version: z.literal(2),
    order: z.enum(['title', 'none']),
    fields: z.array(z.string()),
    // Arrays checked as they are read (fromRow, isPermutation): a zod walk of 150,000 items costs 80 ms.
    rows: z.custom<unknown[]>(Array.isArray),
    published: z.custom<number[]>(Array.isArray).optional(),
    changed: z.custom<number[]>(Array.isArray).optional(),
  }),
]);

export const foldAfter = 2000;

/**
 * The list of every article without its body, for the library view. A save appends one line
 * to `catalogue.log` (cost: one article). After 2,000 lines the log is folded into the
 * `catalogue.json` snapshot while the app runs: the log is renamed `catalogue.log.1` (saves go
 * on into a new log at once), the snapshot is written from memory in slices between saves,
 * then the old log is removed. Opening replays `.log.1` then `.log` over the snapshot.
 */
export class Catalogue {
  private readonly entries = new Map<string, Entry>();
  private orders!: Orders;
  private logLines = 0;
  private folding: Promise<void> | null = null;

  private constructor(private readonly dir: string) {}

  private file(name: 'catalogue.json' | 'catalogue.log' | 'catalogue.log.1') {
    return path.join(this.dir, name);
  }

  /** Reads snapshot + logs. Throws DamagedFileError when the snapshot is unreadable. */
  static async load(dir: string): Promise<Catalogue> {
    const catalogue = new Catalogue(dir);
    catalogue.orders = new Orders(catalogue.entries, await catalogue.readSnapshot());
    // The logs' lines move their articles in the ready orders.
    const folded = await catalogue.replayLog('catalogue.log.1');
    await catalogue.replayLog('catalogue.log');
    // A fold cut off by a crash, or a log grown long: folded now, without holding up the opening.
    if (folded || catalogue.logLines >= foldAfter) catalogue.fold();
    return catalogue;
  }

  /** Builds the catalogue anew from the articles themselves, when the snapshot is damaged. */
  static async rebuild(dir: string, summaries: Iterable<ArticleSummary>): Promise<Catalogue> {
    const catalogue = new Catalogue(dir);
    for (const summary of summaries) catalogue.entries.set(summary.id, entryOf(summary));
    catalogue.orders = new Orders(catalogue.entries);
    await catalogue.compact();
    return catalogue;
  }

  private async readSnapshot(): Promise<Partial<Record<ListSort, Entry[]>>> {
    const file = this.file('catalogue.json');
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    let summaries: ArticleSummary[];
    let stored: { title: boolean; published?: number[]; changed?: number[] } = { title: false };
    try {
      const data = snapshotSchema.parse(JSON.parse(text));
      if (data.version === 1) summaries = data.entries;
      else {
        const position = Object.fromEntries(data.fields.map((name, i) => [name, i]));
        summaries = data.rows.map((row) => fromRow(position, row));
        stored = { title: data.order === 'title', published: data.published, changed: data.changed };
      }
    } catch (error) {
      throw new DamagedFileError(file, await moveAside(file), error);
    }
    const rows: Entry[] = [];
    for (const summary of summaries) {
      const entry = entryOf(summary);
      this.entries.set(summary.id, entry);
      rows.push(entry);
    }
    // An order that does not name every row once (an older or edited file) is sorted again.
    const ordered = (positions: number[] | undefined) => (positions && isPermutation(positions, rows.length) ? positions.map((i) => rows[i]!) : undefined);
    if (this.entries.size !== rows.length) return {}; // an id twice: the orders are made from the entries
    return { title: stored.title ? rows : undefined, published: ordered(stored.published), changed: ordered(stored.changed) };
  }

  private async replayLog(name: 'catalogue.log' | 'catalogue.log.1'): Promise<number> {
    let text: string;
    try {
      text = await fs.readFile(this.file(name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    let lines = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      let parsed: LogLine;
      try {
        parsed = logLineSchema.parse(JSON.parse(line));
      } catch {
        continue; // a line cut short by a crash, or not a catalogue line; the article files are the truth
      }
      lines++;
      if ('removed' in parsed) this.delete(parsed.id);
      else this.set(parsed);
    }
    if (name === 'catalogue.log') this.logLines = lines;
    return lines;
  }

  /** When the catalogue was last known to match the article files: its newest file's time. */
  static async checkpoint(dir: string): Promise<number> {
    const times = await Promise.all(
      (['catalogue.json', 'catalogue.log', 'catalogue.log.1'] as const).map((name) => fs.stat(path.join(dir, name)).then((s) => s.mtimeMs, () => 0)),
    );
    return Math.max(...times);
  }

  get(id: string): ArticleSummary | undefined {
    return this.entries.get(id)?.a;
  }

  entry(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  *values(): IterableIterator<ArticleSummary> {
    for (const e of this.entries.values()) yield e.a;
  }

  get size(): number {
    return this.entries.size;
  }

  async put(summary: ArticleSummary): Promise<void> {
    this.set(summary);
    await this.append(summary);
  }

  /** Sets without a log line: many at once, written by the snapshot that follows. */
  private set(summary: ArticleSummary) {
    const after = entryOf(summary);
    this.orders.move(this.entries.get(summary.id), after);
    this.entries.set(summary.id, after);
  }

  async putMany(summaries: ArticleSummary[]): Promise<void> {
    for (const summary of summaries) this.set(summary);
    await this.compact();
  }

  async remove(id: string): Promise<void> {
    this.delete(id);
    await this.append({ id, removed: true });
  }

  private delete(id: string) {
    this.orders.move(this.entries.get(id), undefined);
    this.entries.delete(id);
  }

  /** Changes found in the article files after a crash; written by a fold. */
  reconcile(changed: ArticleSummary[], gone: string[]) {
    for (const summary of changed) this.set(summary);
    for (const id of gone) this.delete(id);
    if (changed.length || gone.length) this.fold();
  }

  private async append(line: LogLine) {
    await fs.appendFile(this.file('catalogue.log'), JSON.stringify(line) + '\n');
    if (++this.logLines >= foldAfter) this.fold();
  }

  /** Starts folding the log into the snapshot unless a fold is under way; saves go on meanwhile. */
  fold(): Promise<void> {
    this.folding ??= this.foldNow().finally(() => (this.folding = null));
    return this.folding;
  }

  private async foldNow() {
    // Lines appended from here on go to a new log, replayed after the snapshot being written.
    await fs.rename(this.file('catalogue.log'), this.file('catalogue.log.1')).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    this.logLines = 0;
    await this.writeSnapshot(true);
    await fs.rm(this.file('catalogue.log.1'), { force: true });
  }

  /** Folds everything now (closing, or after many articles were added at once). */
  async compact(): Promise<void> {
    await this.folding;
    await this.writeSnapshot(false);
    await fs.rm(this.file('catalogue.log'), { force: true });
    await fs.rm(this.file('catalogue.log.1'), { force: true });
    this.logLines = 0;
  }

  /** `yielding`: written in slices, letting saves run between them, for a fold while the app runs. */
  private async writeSnapshot(yielding: boolean) {
    const title = this.orders.titleOrder();
    // Entries and summaries are replaced, never changed in place: these are the catalogue as of now.
    const rows = title ? [...title] : [...this.entries.values()];
    const row = new Map(rows.map((e, i) => [e, i]));
    const positions = (sort: ListSort) => JSON.stringify(this.orders.order(sort).map((e) => row.get(e)));
    const orders = `"published":${positions('published')},"changed":${positions('changed')}`;
    const summaries = rows.map((e) => e.a);
    const parts = [`{"version":2,"order":"${title ? 'title' : 'none'}",${orders},"fields":${JSON.stringify(fields)},"rows":[\n`];
    for (let i = 0; i < summaries.length; i += 2000) {
      if (yielding && i > 0) await new Promise((resolve) => setImmediate(resolve));
      const slice = summaries.slice(i, i + 2000).map((a) => JSON.stringify(fields.map((f) => a[f])));
      parts.push((i > 0 ? ',\n' : '') + slice.join(',\n'));
    }
    parts.push('\n]}\n');
    await writeAtomic(this.file('catalogue.json'), parts.join(''));
  }

  list(query: ListQuery): ArticlePage {
    return this.orders.list(query);
  }

  /** The orders, for a search to walk (`walk`, `test`, `entryAt`). */
  get ordered(): Orders {
    return this.orders;
  }

  count(trash: boolean): number {
    return this.orders.count(trash);
  }
}

/** A row back into a summary; a literal of fixed shape, so all 50,000 share one hidden class. */
function fromRow(position: Record<string, number>, cells: unknown): ArticleSummary {
  if (!Array.isArray(cells)) throw new Error(`not a catalogue row: ${JSON.stringify(cells).slice(0, 200)}`);
  const row: unknown[] = cells;
  const at = (name: (typeof fields)[number]) => row[position[name]!];
  const summary = {
    id: at('id'), title: at('title'), column: at('column'), publishedAt: at('publishedAt'), source: at('source'), author: at('author'),
    originalUrl: at('originalUrl'), status: at('status'), cover: at('cover') ?? '', reviewNote: at('reviewNote') ?? '',
    createdAt: at('createdAt'), updatedAt: at('updatedAt'), revision: at('revision'), deletedAt: at('deletedAt') ?? null,
  };
  const texts = [summary.id, summary.title, summary.column, summary.publishedAt, summary.source, summary.author, summary.originalUrl, summary.status, summary.updatedAt];
  if (texts.some((t) => typeof t !== 'string') || typeof summary.revision !== 'number' || (summary.deletedAt !== null && typeof summary.deletedAt !== 'string')) {
    throw new Error(`not a catalogue row: ${JSON.stringify(row).slice(0, 200)}`);
  }
  return summary as ArticleSummary;
}

function isPermutation(positions: number[], length: number): boolean {
  if (positions.length !== length) return false;
  const seen = new Uint8Array(length);
  for (const i of positions) {
    if (!Number.isInteger(i) || i < 0 || i >= length || seen[i]) return false;
    seen[i] = 1;
  }
  return true;
}

/** Fails to compile when a summary field is missing from the snapshot's fields. */
function satisfiesAllFields(_: readonly (keyof ArticleSummary)[] & (keyof ArticleSummary extends (typeof fields)[number] ? unknown : never)) {}
