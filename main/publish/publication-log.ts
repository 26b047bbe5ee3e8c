import type { Low } from 'lowdb';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { apiErrorDataSchema } from '../../shared/errors';
import { queueActions, type PublicationRecord } from '../../shared/queue';
import { storeSchema } from '../library/json-file';
import { newArticleId } from '../library/ids';
import type { Library } from '../library/library';

const recordSchema: z.ZodType<PublicationRecord> = z.object({
  id: z.string(),
  at: z.string(),
  ok: z.boolean(),
  target: z.string(),
  targetKind: z.string(),
  user: z.string(),
  items: z.array(z.object({ articleId: z.string(), title: z.string(), action: z.enum(queueActions), revision: z.number() })),
  uploaded: z.array(z.string()),
  deleted: z.array(z.string()),
  bytes: z.number(),
  ms: z.number(),
  error: apiErrorDataSchema.nullable(),
});
const dataSchema = storeSchema(1, { records: z.array(recordSchema) });
type Data = z.infer<typeof dataSchema>;

/** Every push, successful or not, in `publog.json`: what went out, where, when, by whom. */
export class PublicationLog {
  private constructor(private readonly db: Low<Data>) {}

  static async open(library: Library): Promise<PublicationLog> {
    const db = await library.openStore<Data>('publog.json', dataSchema, { version: 1, records: [] });
    return new PublicationLog(db);
  }

  async add(record: Omit<PublicationRecord, 'id'>): Promise<PublicationRecord> {
    const full = { id: newArticleId(), ...record };
    this.db.data.records.push(full);
    await this.db.write();
    return full;
  }

  /** Newest first. */
  list(offset = 0, limit = 100): { records: PublicationRecord[]; total: number } {
    const all = this.db.data.records;
    return { records: all.slice().reverse().slice(offset, offset + limit), total: all.length };
  }

  /** One row per article in each push, for a spreadsheet; the file lists are joined with spaces. */
  csv(): string {
    const rows = this.db.data.records.flatMap((r) =>
      (r.items.length ? r.items : [null]).map((item) => [
        r.at,
        r.ok ? 'ok' : 'failed',
        r.target,
        r.user,
        item?.action ?? '',
        item?.articleId ?? '',
        item?.title ?? '',
        item?.revision ?? '',
        r.uploaded.length,
        r.deleted.length,
        r.bytes,
        r.ms,
        r.error?.message ?? '',
        r.uploaded.join(' '),
        r.deleted.join(' '),
      ]),
    );
    const header = ['time', 'result', 'target', 'user', 'action', 'article', 'title', 'revision', 'uploaded', 'deleted', 'bytes', 'ms', 'error', 'uploaded files', 'deleted files'];
    // The BOM makes Excel open the Chinese titles as UTF-8.
    return `\uFEFF${stringify([header, ...rows])}`;
  }
}
