import fs from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { articleIdSchema, articleSchema, fieldsOf, type Article } from '../../shared/article';
import { nowIso } from '../../shared/dates';
import { ApiError } from '../../shared/errors';
import { maxPackageBytes, packageExtension, type HandoffStatus, type Received } from '../../shared/handoff';
import { writeAtomic } from '../atomic-write';
import { storeSchema } from '../library/json-file';
import type { Library } from '../library/library';
import { imagesOf } from '../../shared/image';
import { readPackage, writePackage } from './package';
import { FileRefused, readUntrusted } from '../untrusted/read-file';
import { Listeners } from '../listeners';

const dataSchema = storeSchema(1, {
  /** Per article: the sender's revision last taken in, and the local revision it became. */
  received: z.record(articleIdSchema, z.object({ senderRevision: z.number().int().min(0), localRevision: z.number().int().min(0) })),
  conflicts: z.record(articleIdSchema, z.object({ articleId: articleIdSchema, sender: z.string(), at: z.string(), theirs: articleSchema })),
});
type Data = z.infer<typeof dataSchema>;

/** Where packages that were taken in, or refused, are moved, inside the inbox. */
const receivedFolder = '.newsdesk-received';
const refusedFolder = '.newsdesk-refused';

/**
 * Hands articles from editors to the publisher through a shared folder: an editor's "send"
 * writes a package (.newsdesk, a zip) into the outbox; the publisher's app takes packages
 * from its inbox into the review list. Sending again updates the article; when both sides
 * changed it since the last hand-off, the publisher chooses (handoff.json, in the library).
 */
export class Handoff {
  /** Told of each package taken in or refused, from the inbox or dropped on a window. */
  readonly arrived = new Listeners<Received>();
  private recent: Received[] = [];
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<Received[]> | null = null;

  private constructor(
    private readonly library: Library,
    private readonly db: Low<Data>,
  ) {}

  static async open(library: Library): Promise<Handoff> {
    const db = await library.openStore<Data>('handoff.json', dataSchema, { version: 1, received: {}, conflicts: {} });
    return new Handoff(library, db);
  }

  /** "Send to publisher": the article with its images, as one file in the outbox. */
  async send(id: string): Promise<{ file: string }> {
    const outbox = this.library.getSettings().outbox;
    if (!outbox) throw new ApiError('invalid-input', 'error.handoff.noOutbox', 'Set an outbox folder in settings first.');
    const article = await this.library.get(id);
    const images = new Map<string, Uint8Array>();
    for (const name of imagesOf(article.bodyHtml + article.cover)) {
      const file = this.library.assets.file(name);
      const data = file && (await fs.readFile(file).catch(() => null));
      if (data) images.set(name, data);
    }
    const bytes = writePackage(article, this.library.getSettings().userName, nowIso(this.library.getSite().timezone), images);
    await fs.mkdir(outbox, { recursive: true });
    const file = path.join(outbox, `${article.id}-r${article.revision}${packageExtension}`);
    await writeAtomic(file, bytes); // never seen half-written by a watching publisher
    return { file };
  }

  /** A package file (in the inbox, or opened from the system): too large ones are refused unread. */
  async receiveFile(file: string): Promise<Received> {
    return this.receive(async () => {
      try {
        return await readUntrusted(file, maxPackageBytes);
      } catch (error) {
        if (!(error instanceof FileRefused)) throw error;
        const name = path.basename(file);
        if (error.reason === 'tooLarge') throw new ApiError('invalid-input', 'error.handoff.tooLarge', `${name} is larger than 200 MB.`, { name });
        throw new ApiError('invalid-input', 'error.handoff.notRegular', `${name} is not a regular file.`, { name });
      }
    }, file);
  }

  /** Takes one package in: a new article, an update, nothing new, or a conflict to resolve. */
  async receive(bytes: Uint8Array | (() => Promise<Uint8Array>), file: string): Promise<Received> {
    let result: Received;
    try {
      result = await this.apply(typeof bytes === 'function' ? await bytes() : bytes, file);
    } catch (error) {
      // Only the first line of an unexpected error: a reason to read, not a dump.
      const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
      const e = error instanceof ApiError ? error : new ApiError('invalid-input', 'error.handoff.unreadable', detail, { detail });
      result = { file, outcome: 'refused', reason: { key: e.key, params: e.params, message: e.message } };
    }
    this.recent = [result, ...this.recent].slice(0, 50);
    this.arrived.emit(result);
    return result;
  }

  private async apply(bytes: Uint8Array, file: string): Promise<Received> {
    const { manifest, images } = readPackage(bytes);
    const theirs = manifest.article;
    // Every image is checked before any is written: a refused package leaves nothing behind.
    const checked = [...images].map(([name, data]) => {
      const image = this.library.assets.check(name, data);
      // Stored under the name its content gives it here, which must be the name it came with.
      if (image.file !== name) throw new ApiError('invalid-input', 'error.handoff.imageMismatch', `${name} does not match its content.`, { name });
      return image;
    });
    for (const image of checked) await this.library.assets.put(image);
    const base = { file, articleId: theirs.id, title: theirs.title };
    const fields = { ...fieldsOf(theirs), status: 'review' as const, reviewNote: '' };
    const known = [...this.library.summaries()].some((s) => s.id === theirs.id);
    const record = this.db.data.received[theirs.id];
    if (!known) {
      const [created] = await this.library.importMany([{ ...fields, id: theirs.id }]);
      await this.remember(theirs, created!.revision);
      return { ...base, outcome: 'new' };
    }
    if (record && theirs.revision <= record.senderRevision) return { ...base, outcome: 'unchanged' };
    const mine = await this.library.get(theirs.id);
    if (record && mine.revision === record.localRevision) {
      const saved = await this.library.save(mine.id, mine.revision, fields);
      await this.remember(theirs, saved.revision);
      return { ...base, outcome: 'updated' };
    }
    this.db.data.conflicts[theirs.id] = { articleId: theirs.id, sender: manifest.sender, at: manifest.sentAt, theirs };
    await this.db.write();
    return { ...base, outcome: 'conflict' };
  }

  /** The publisher's choice in a conflict: their version replaces mine, or mine stays. */
  async resolve(id: string, keep: 'mine' | 'theirs'): Promise<Article> {
    const conflict = this.db.data.conflicts[id];
    if (!conflict) throw new ApiError('not-found', 'error.handoff.noConflict', `No conflict for article ${id}.`, { id });
    let mine = await this.library.get(id);
    if (keep === 'theirs') mine = await this.library.save(id, mine.revision, { ...fieldsOf(conflict.theirs), status: 'review', reviewNote: '' });
    delete this.db.data.conflicts[id];
    await this.remember(conflict.theirs, mine.revision);
    return mine;
  }

  async status(): Promise<HandoffStatus> {
    const conflicts = await Promise.all(Object.values(this.db.data.conflicts).map(async (c) => ({ ...c, mine: await this.library.get(c.articleId) })));
    return { recent: this.recent, conflicts };
  }

  /** Takes in every package waiting in the inbox; each goes to the received or refused folder after. */
  async scanInbox(): Promise<Received[]> {
    while (this.scanning) await this.scanning;
    this.scanning = this.scan().finally(() => (this.scanning = null));
    return this.scanning;
  }

  private async scan(): Promise<Received[]> {
    const inbox = this.library.getSettings().inbox;
    if (!inbox) return [];
    const names = (await fs.readdir(inbox).catch(() => [] as string[])).filter((n) => n.endsWith(packageExtension)).sort();
    const results: Received[] = [];
    for (const name of names) {
      const file = path.join(inbox, name);
      const result = await this.receiveFile(file);
      const folder = path.join(inbox, result.outcome === 'refused' ? refusedFolder : receivedFolder);
      results.push(result);
      // An inbox we may not change is still read; the same package is then looked at again next time.
      await fs.mkdir(folder, { recursive: true }).then(() => fs.rename(file, path.join(folder, name))).catch(() => undefined);
    }
    return results;
  }

  /** Looks at the inbox every few seconds while the app runs (shared folders do not always report changes). */
  watch(every = 5000): void {
    const tick = () => {
      this.timer = setTimeout(() => void this.scanInbox().catch(() => undefined).finally(tick), every);
      this.timer.unref?.();
    };
    tick();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async remember(theirs: Article, localRevision: number) {
    this.db.data.received[theirs.id] = { senderRevision: theirs.revision, localRevision };
    await this.db.write();
  }
}
