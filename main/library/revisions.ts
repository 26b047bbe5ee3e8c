import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { articleFieldsSchema, fieldsOf, type Article } from '../../shared/article';
import { ApiError } from '../../shared/errors';
import { keptRecent, keptRevisions, type RevisionInfo, type StoredRevision } from '../../shared/revision';
import { writeAtomic } from '../atomic-write';

const revisionSchema: z.ZodType<StoredRevision> = z.object({
  revision: z.number().int().min(0),
  at: z.string(),
  by: z.string(),
  hash: z.string(),
  fields: articleFieldsSchema,
});

/**
 * Every version of an article that differs from the one before: revisions/ID.jsonl, one line
 * a version. A save appends a line; now and then the file is rewritten keeping the newest 50
 * and one a day before them.
 */
export class Revisions {
  /** Per article: the last stored version's hash and how many lines the file has. */
  private readonly known = new Map<string, { hash: string; lines: number }>();

  constructor(
    private readonly dir: string,
    private readonly dayOf: (iso: string) => string,
  ) {}

  async record(article: Article, by: string): Promise<void> {
    const fields = fieldsOf(article);
    const hash = crypto.createHash('sha1').update(JSON.stringify({ ...fields, status: '' })).digest('base64url');
    const known = this.known.get(article.id) ?? (await this.scan(article.id));
    if (known.hash === hash) return; // the same text twice is kept once
    const line: StoredRevision = { revision: article.revision, at: article.updatedAt, by, hash, fields };
    await fs.mkdir(this.dir, { recursive: true });
    await fs.appendFile(this.file(article.id), `${JSON.stringify(line)}\n`);
    this.known.set(article.id, { hash, lines: known.lines + 1 });
    if (known.lines + 1 > keptRecent + 20) await this.prune(article.id);
  }

  /** Keeps the version an article had before its first edit here (created, imported, received); once known, nothing to do. */
  async recordOriginal(article: Article, by: string): Promise<void> {
    if (!this.known.has(article.id)) await this.record(article, by);
  }

  async list(id: string): Promise<RevisionInfo[]> {
    return (await this.read(id))
      .map((r) => ({ revision: r.revision, at: r.at, by: r.by, title: r.fields.title, length: r.fields.bodyHtml.replace(/<[^>]*>/g, '').length }))
      .reverse();
  }

  async get(id: string, revision: number): Promise<StoredRevision> {
    const found = (await this.read(id)).find((r) => r.revision === revision);
    if (!found) throw new ApiError('not-found', 'error.revisionNotFound', `Article ${id} has no kept revision ${revision}.`, { id, revision });
    return found;
  }

  private async prune(id: string) {
    const kept = keptRevisions(await this.read(id), this.dayOf);
    await writeAtomic(this.file(id), kept.map((r) => `${JSON.stringify(r)}\n`).join(''));
    this.known.set(id, { hash: kept.at(-1)?.hash ?? '', lines: kept.length });
  }

  private async scan(id: string) {
    const all = await this.read(id);
    return { hash: all.at(-1)?.hash ?? '', lines: all.length };
  }

  /** A line cut short by a crash, or not of a version's shape, is skipped; the versions before it are whole. */
  private async read(id: string): Promise<StoredRevision[]> {
    const text = await fs.readFile(this.file(id), 'utf8').catch(() => '');
    return text.split('\n').flatMap((line) => {
      try {
        return line ? [revisionSchema.parse(JSON.parse(line))] : [];
      } catch {
        return [];
      }
    });
  }

  private file(id: string) {
    return path.join(this.dir, `${id}.jsonl`);
  }
}
