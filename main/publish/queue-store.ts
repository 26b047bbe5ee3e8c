import fs from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { articleIdSchema, articleSchema, type Article } from '../../shared/article';
import { apiErrorDataSchema } from '../../shared/errors';
import { queueActions, queueStates, type QueueAction, type QueueItem } from '../../shared/queue';
import { writeAtomic } from '../atomic-write';
import { Listeners } from '../listeners';
import { readJsonSync, storeSchema } from '../library/json-file';
import { newArticleId } from '../library/ids';
import type { Library } from '../library/library';

const itemSchema: z.ZodType<QueueItem> = z.object({
  id: z.string(),
  articleId: articleIdSchema,
  title: z.string(),
  action: z.enum(queueActions),
  revision: z.number().int().min(0),
  state: z.enum(queueStates),
  notBefore: z.string().nullable(),
  retryAt: z.string().nullable(),
  attempts: z.number().int().min(0),
  error: apiErrorDataSchema.nullable(),
  createdAt: z.string(),
  by: z.string(),
  doneAt: z.string().nullable(),
});
const dataSchema = storeSchema(1, { items: z.array(itemSchema) });
type Data = z.infer<typeof dataSchema>;

const keptDone = 500;

/**
 * The publish queue, persistent in the library:
 *   queue.json        the items and their states (lowdb writes it through a rename)
 *   queue/ITEM.json   the article as approved, for items that publish
 * An item found 'publishing' when the queue opens was cut off by a crash: it waits again.
 */
export class QueueStore {
  /** Told after every write of the queue. */
  readonly changed = new Listeners<void>();

  private constructor(
    private readonly dir: string,
    private readonly db: Low<Data>,
  ) {}

  static async open(library: Library): Promise<QueueStore> {
    const db = await library.openStore<Data>('queue.json', dataSchema, { version: 1, items: [] });
    await fs.mkdir(path.join(library.dir, 'queue'), { recursive: true });
    const store = new QueueStore(path.join(library.dir, 'queue'), db);
    const cut = db.data.items.filter((i) => i.state === 'publishing');
    if (cut.length) await store.update(cut.map((i) => i.id), { state: 'waiting' });
    return store;
  }

  items(): QueueItem[] {
    return this.db.data.items;
  }

  find(id: string): QueueItem | undefined {
    return this.db.data.items.find((i) => i.id === id);
  }

  async add(action: QueueAction, article: Article, notBefore: string | null, by: string, now: string): Promise<QueueItem> {
    const item: QueueItem = {
      id: newArticleId(),
      articleId: article.id,
      title: article.title,
      action,
      revision: article.revision,
      state: notBefore ? 'scheduled' : 'waiting',
      notBefore,
      retryAt: null,
      attempts: 0,
      error: null,
      createdAt: now,
      by,
      doneAt: null,
    };
    if (action === 'publish') await writeAtomic(this.copyFile(item.id), JSON.stringify(article));
    // An article waits in the queue once: a newer approval replaces the one not yet out.
    const replaced = this.db.data.items.filter((i) => i.articleId === article.id && isOpen(i));
    for (const old of replaced) old.state = 'cancelled';
    this.db.data.items.push(item);
    await this.save();
    return item;
  }

  /** The approved copy an item publishes. */
  approvedCopy(item: QueueItem): Article {
    return readJsonSync(this.copyFile(item.id), articleSchema);
  }

  async update(ids: string[], patch: Partial<QueueItem>): Promise<void> {
    for (const item of this.db.data.items) if (ids.includes(item.id)) Object.assign(item, patch);
    await this.save();
  }

  /** Items whose time has come: waiting, scheduled and due, or failed with a retry that is due. */
  due(now: Date): QueueItem[] {
    const t = now.getTime();
    return this.db.data.items.filter(
      (i) =>
        i.state === 'waiting' ||
        (i.state === 'scheduled' && Date.parse(i.notBefore!) <= t) ||
        (i.state === 'failed' && i.retryAt !== null && Date.parse(i.retryAt) <= t),
    );
  }

  /** The next moment an item becomes due by itself, if any. */
  nextDue(): number | null {
    const times = this.db.data.items.flatMap((i) =>
      i.state === 'scheduled' ? [Date.parse(i.notBefore!)] : i.state === 'failed' && i.retryAt ? [Date.parse(i.retryAt)] : [],
    );
    return times.length ? Math.min(...times) : null;
  }

  /** Finished items beyond the newest few hundred are dropped with their copies; the log keeps the record. */
  private async save(): Promise<void> {
    const done = this.db.data.items.filter((i) => !isOpen(i));
    const dropped = done.slice(0, Math.max(0, done.length - keptDone));
    if (dropped.length) {
      const gone = new Set(dropped.map((i) => i.id));
      this.db.data.items = this.db.data.items.filter((i) => !gone.has(i.id));
    }
    await this.db.write();
    this.changed.emit();
    for (const item of dropped) await fs.rm(this.copyFile(item.id), { force: true });
  }

  private copyFile(id: string) {
    return path.join(this.dir, `${id}.json`);
  }
}

export function isOpen(item: QueueItem): boolean {
  return item.state !== 'published' && item.state !== 'cancelled';
}
