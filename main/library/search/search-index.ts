import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Article, ArticleSummary } from '../../../shared/article';
import type { IndexState } from '../../../shared/library';
import { writeAtomic } from '../../atomic-write';
import { Listeners } from '../../listeners';
import { FieldIndex, intersect, unite, wordsFor, type Bits } from './field-index';
import { K, fingerprint, shingleText } from './minhash';
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

export const fields = ['title', 'meta', 'body'] as const;
export type Field = (typeof fields)[number];

/** What the library gives the index: the catalogue, and an article's text read from its file. */
export interface IndexSource {
  summaries(): Iterable<ArticleSummary>;
  /** The catalogue's version of an article; null when it is not there. */
  stamp(id: string): string | null;
  /** The article's slot in the catalogue's orders; -1 when it is not there. */
  slot(id: string): number;
  /** The article's text and version, from its file; null when it is gone. */
  read(id: string): { text: Indexed; stamp: string } | null;
}

export type { IndexState };

/** The documents holding every token of a query: in the title alone, in the title or meta fields, anywhere. */
export interface Matches {
  title: Bits;
  meta: Bits;
  any: Bits;
}

const fileName = 'search-index.jsonl';
const format = 3;
// A save adds the new version under a new number and forgets the old one; the index is
// rebuilt in the background when forgotten numbers pass a quarter of the live ones, and when
// the library has more than doubled since the frequent tokens were chosen.
const rebuildAt = 0.25;
// The frequent tokens are chosen from this many articles, as those in 2% of them or more.
const sampleSize = 2000;
const frequentShare = 0.02;

const tick = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The full-text index. Each field (title; source, author, summary, keywords and link; body)
 * is a FieldIndex: frequent character pairs as bit sets, the rest in FlexSearch
 * (bench:search-engines), keyed by a number per article version. Beside it, each body's
 * MinHash fingerprint for the similar-article check.
 *
 * Stored as `search-index.jsonl` in the library, written when the library closes and after a
 * build. Opening loads it in the background, then indexes again whatever the catalogue says
 * changed since (a crash, an older app); a missing or damaged file is rebuilt from the articles
 * in the background, with progress. Until it is ready, `match` answers null and the caller
 * searches titles.
 */
export class SearchIndex {
  private parts = makeParts([], 0);
  private prints = new Uint32Array(0);
  private numbers = new Map<string, number>();
  private ids: (string | null)[] = [];
  /** The catalogue's slots and the index's numbers, both ways (-1: none), so a search walks the list without reading its entries. */
  private numberBySlot = new Int32Array(0);
  private slotByNumber = new Int32Array(0);
  private stamps = new Map<string, string>();
  private dead = 0;
  /** Live articles when the frequent tokens were chosen. */
  private builtFor = 0;
  private status: IndexState = { state: 'loading', done: 0, total: 0 };
  /** The state as it moves: loading or building on (every few hundred articles), then ready. */
  readonly progressed = new Listeners<IndexState>();
  /** Articles saved while the index was loading or building: indexed again once it is. */
  private pending = new Set<string>();
  private dirty = false;
  private closed = false;
  private rebuilding = false;
  /** The load or build under way. */
  private work: Promise<void>;
  readonly ready: Promise<void>;

  private constructor(
    private readonly dir: string,
    private readonly source: IndexSource,
    fresh: boolean,
  ) {
    if (fresh) {
      this.setStatus({ state: 'ready' });
      this.work = Promise.resolve();
    } else this.work = this.load().catch((error: unknown) => console.error(`search index: ${(error as Error).message}`));
    this.ready = this.work;
  }

  /** `fresh`: a new library, with nothing to load. */
  static open(dir: string, source: IndexSource, fresh = false): SearchIndex {
    return new SearchIndex(dir, source, fresh);
  }

  /** Stops loading or building (the library closes); resolves when the work has stopped. */
  stop(): Promise<void> {
    this.closed = true;
    return this.work;
  }

  private get file() {
    return path.join(this.dir, fileName);
  }

  get state(): IndexState {
    return this.status;
  }

  private setStatus(status: IndexState) {
    this.status = status;
    this.progressed.emit(status);
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
    const meta = JSON.parse(lines[0]!) as { format: number; ids: (string | null)[]; stamps: Record<string, string>; builtFor: number; common: Record<Field, string[]>; prints: string };
    if (meta.format !== format || !Array.isArray(meta.ids)) throw new Error('not a search index of this version');
    const words = wordsFor(meta.ids.length * 1.25 + 1024);
    const parts = makeParts(fields.map((f) => meta.common[f]), words);
    const prints = new Uint32Array((words * 32) * K);
    const stored = Buffer.from(meta.prints, 'base64');
    if (stored.length !== meta.ids.length * K * 4) throw new Error('fingerprints do not match the articles');
    prints.set(new Uint32Array(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.length)));
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line) continue;
      const [kind, field, key, data] = line.split('\t');
      if (!(fields as readonly string[]).includes(field!) || key === undefined || data === undefined) throw new Error(`not an index line: ${line.slice(0, 40)}`);
      if (kind === 'bits') parts[field as Field].importBits(key, Buffer.from(data, 'base64'));
      else if (kind === 'flex') parts[field as Field].flex.import(key, data);
      else throw new Error(`unknown kind ${kind}`);
      if (i % 200 === 0) {
        this.setStatus({ state: 'loading', done: i, total: lines.length - 1 });
        await tick(); // saves and queries go on between parts
        if (this.closed) return true;
      }
    }
    this.parts = parts;
    this.prints = prints;
    this.ids = meta.ids;
    this.numbers = new Map();
    this.dead = 0;
    this.builtFor = meta.builtFor;
    meta.ids.forEach((id, n) => (id === null ? this.dead++ : this.numbers.set(id, n)));
    this.stamps = new Map(Object.entries(meta.stamps));
    this.linkSlots();
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
    if (this.needsBuild(stale.length)) return this.build();
    this.setStatus({ state: 'ready' });
    for (let i = 0; i < stale.length; i++) {
      this.reindex(stale[i]!);
      if (i % 200 === 199) await tick();
      if (this.closed) return;
    }
  }

  private needsBuild(more = 0) {
    const live = this.numbers.size + more;
    return this.dead + more > rebuildAt * live + 100 || live > 2 * this.builtFor + 1000;
  }

  /** Builds from the articles' files, in slices, with progress; the frequent tokens chosen from the first ones. */
  private async build() {
    const summaries = [...this.source.summaries()];
    this.pending.clear();
    await this.progress(0, summaries.length);
    const texts: { id: string; text: Indexed; stamp: string }[] = [];
    const frequency = fields.map(() => new Map<string, number>());
    let next = 0;
    const readNext = () => {
      const id = summaries[next++]!.id;
      const read = this.source.read(id);
      return read && { id, ...read };
    };
    while (next < summaries.length && texts.length < sampleSize) {
      const read = readNext();
      if (read) {
        texts.push(read);
        fields.forEach((f, i) => {
          for (const token of new Set(bigrams(read.text[f]))) frequency[i]!.set(token, (frequency[i]!.get(token) ?? 0) + 1);
        });
      }
      if (next % 100 === 0) await this.progress(next, summaries.length);
      if (this.closed) return;
    }
    const least = Math.max(3, frequentShare * texts.length);
    const common = frequency.map((counts) => [...counts].filter(([, n]) => n >= least).map(([token]) => token));
    const words = wordsFor(summaries.length * 1.25 + 1024);
    const parts = makeParts(common, words);
    const prints = new Uint32Array(words * 32 * K);
    const ids: string[] = [];
    const stamps = new Map<string, string>();
    const put = (item: { id: string; text: Indexed; stamp: string }) => {
      addTo(parts, prints, ids.length, item.text);
      ids.push(item.id);
      stamps.set(item.id, item.stamp);
    };
    for (const item of texts) put(item);
    texts.length = 0;
    while (next < summaries.length) {
      const read = readNext();
      if (read) put(read);
      if (next % 100 === 0) await this.progress(next, summaries.length);
      if (this.closed) return;
    }
    this.parts = parts;
    this.prints = prints;
    this.ids = ids;
    this.numbers = new Map(ids.map((id, n) => [id, n]));
    this.stamps = stamps;
    this.dead = 0;
    this.builtFor = ids.length;
    this.linkSlots();
    this.setStatus({ state: 'ready' });
    // Saved while building: indexed again unless the build read that version already.
    for (const id of this.pending) if (this.stamps.get(id) !== this.source.stamp(id)) this.reindex(id);
    this.pending.clear();
    this.dirty = true;
    await this.save();
  }

  private async progress(done: number, total: number) {
    // A rebuild behind a working index shows no progress: search goes on with the old one.
    if (!this.rebuilding) this.setStatus({ state: 'building', done, total });
    await tick();
  }

  /**
   * Builds again in the background (the library outgrew its frequent tokens, or too many
   * numbers are forgotten) while this index goes on answering and following saves.
   */
  private rebuildLater() {
    if (this.status.state !== 'ready' || this.rebuilding || this.closed) return;
    this.rebuilding = true;
    this.work = this.work
      .then(() => tick())
      .then(() => (this.closed ? undefined : this.build()))
      .catch((error: unknown) => console.error(`search index: ${(error as Error).message}`))
      .finally(() => (this.rebuilding = false));
  }

  /** Links every number to its article's slot in the catalogue. */
  private linkSlots() {
    this.numberBySlot = new Int32Array(0);
    this.slotByNumber = new Int32Array(0);
    for (const [id, n] of this.numbers) this.link(n, this.source.slot(id));
  }

  private link(n: number, slot: number) {
    if (slot < 0) return;
    this.numberBySlot = fit(this.numberBySlot, slot);
    this.slotByNumber = fit(this.slotByNumber, n);
    this.numberBySlot[slot] = n;
    this.slotByNumber[n] = slot;
  }

  private reindex(id: string) {
    const read = this.source.read(id);
    if (read) this.add(id, read.text, read.stamp);
    else this.forget(id);
  }

  private add(id: string, text: Indexed, stamp: string) {
    this.forget(id);
    const n = this.ids.length;
    if (this.prints.length < (n + 1) * K) {
      // Room for twice as many: the bit sets and fingerprints grow together.
      const words = wordsFor((n + 1) * 2);
      for (const f of fields) this.parts[f].grow(words);
      const prints = new Uint32Array(words * 32 * K);
      prints.set(this.prints);
      this.prints = prints;
    }
    addTo(this.parts, this.prints, n, text);
    this.ids.push(id);
    this.numbers.set(id, n);
    this.stamps.set(id, stamp);
    this.link(n, this.source.slot(id));
    this.dirty = true;
  }

  private forget(id: string) {
    const n = this.numbers.get(id);
    if (n === undefined) return;
    this.ids[n] = null;
    this.numbers.delete(id);
    const slot = this.slotByNumber[n] ?? -1;
    if (slot >= 0 && this.numberBySlot[slot] === n) this.numberBySlot[slot] = -1;
    this.stamps.delete(id);
    for (const f of fields) this.parts[f].clear(n);
    this.prints.fill(0xffffffff, n * K, n * K + K);
    this.dead++;
    this.dirty = true;
  }

  /** After every save, trash and restore: the article's new text. */
  put(article: Article) {
    if (this.status.state !== 'ready' || this.rebuilding) this.pending.add(article.id);
    if (this.status.state !== 'ready') return;
    this.add(article.id, indexedOf(article), stampOf(article));
    if (this.needsBuild()) this.rebuildLater();
  }

  remove(id: string) {
    if (this.status.state !== 'ready' || this.rebuilding) this.pending.add(id);
    if (this.status.state !== 'ready') return;
    this.forget(id);
    if (this.needsBuild()) this.rebuildLater();
  }

  /** The article under a number; null when forgotten. */
  idOf(n: number): string | null {
    return this.ids[n] ?? null;
  }

  /** The number of the article in this catalogue slot; -1 when it has none (yet). */
  numberAt(slot: number): number {
    return slot < this.numberBySlot.length ? this.numberBySlot[slot]! : -1;
  }

  /** The documents holding every token (a token anywhere: in one field or another); null until the index is ready. */
  match(tokens: string[]): Matches | null {
    if (this.status.state !== 'ready') return null;
    const words = wordsFor(this.ids.length);
    const all = { title: new Uint32Array(words).fill(~0), meta: new Uint32Array(words).fill(~0), any: new Uint32Array(words).fill(~0) };
    for (const token of tokens) {
      const title = new Uint32Array(words);
      this.parts.title.addMatches(token, title);
      const meta = new Uint32Array(words);
      this.parts.meta.addMatches(token, meta);
      const any = new Uint32Array(words);
      this.parts.body.addMatches(token, any);
      unite(any, title);
      unite(any, meta);
      unite(meta, title);
      intersect(all.title, title);
      intersect(all.meta, meta);
      intersect(all.any, any);
    }
    return all;
  }

  /** Live articles whose body fingerprint agrees with this one in at least `least` of K places. */
  likeBody(mine: Uint32Array, least: number): { id: string; agree: number }[] {
    if (this.status.state !== 'ready') return [];
    const out: { id: string; agree: number }[] = [];
    const prints = this.prints;
    for (let n = 0; n < this.ids.length; n++) {
      const at = n * K;
      let same = 0;
      for (let k = 0; k < K; k++) if (prints[at + k] === mine[k]) same++;
      const id = this.ids[n];
      if (same >= least && id) out.push({ id, agree: same });
    }
    return out.sort((x, y) => y.agree - x.agree);
  }

  /** Writes the index into the library, if it changed since it was read or last written. */
  async save(): Promise<void> {
    if (!this.dirty || this.status.state !== 'ready') return;
    const words = wordsFor(this.ids.length);
    const common = Object.fromEntries(fields.map((f) => [f, this.parts[f].commonTokens]));
    const prints = Buffer.from(this.prints.buffer, this.prints.byteOffset, this.ids.length * K * 4).toString('base64');
    const lines: string[] = [JSON.stringify({ format, ids: this.ids, stamps: Object.fromEntries(this.stamps), builtFor: this.builtFor, common, prints })];
    for (const f of fields) {
      for (const [token, bytes] of this.parts[f].exportBits(words)) lines.push(`bits\t${f}\t${token}\t${bytes.toString('base64')}`);
      await this.parts[f].flex.export((key: string, data: string) => {
        lines.push(`flex\t${f}\t${key}\t${data}`);
      });
    }
    await writeAtomic(this.file, lines.join('\n') + '\n');
    this.dirty = false;
  }

  /** Bytes on disk (for the benchmark). */
  sizeOnDisk(): number {
    return fsSync.statSync(this.file, { throwIfNoEntry: false })?.size ?? 0;
  }
}

/** The array, larger if needed to hold index `i`, new places -1. */
function fit(array: Int32Array<ArrayBuffer>, i: number): Int32Array<ArrayBuffer> {
  if (i < array.length) return array;
  const larger = new Int32Array(Math.max(i + 1, array.length * 2, 1024)).fill(-1);
  larger.set(array);
  return larger;
}

function makeParts(common: string[][], words: number): Record<Field, FieldIndex> {
  return { title: new FieldIndex(common[0] ?? [], words), meta: new FieldIndex(common[1] ?? [], words), body: new FieldIndex(common[2] ?? [], words) };
}

function addTo(parts: Record<Field, FieldIndex>, prints: Uint32Array, n: number, text: Indexed) {
  for (const f of fields) parts[f].add(n, bigrams(text[f]));
  fingerprint(shingleText(text.body), prints, n * K);
}
