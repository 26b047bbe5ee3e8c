import fs from 'node:fs/promises';
import path from 'node:path';
import { analyzeFile } from '../../main/import/analyze';
import { defaultSite } from '../../main/library/seed';

export const importFixtures = path.resolve(import.meta.dirname, '../fixtures/import');
export const scoredFields = ['title', 'publishedAt', 'source', 'author', 'originalUrl', 'column', 'body'] as const;

/** Every page of the import test set against its expected fields: what came out exactly right. */
export async function scoreImports() {
  const expected = JSON.parse(await fs.readFile(path.join(importFixtures, 'expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  const site = await defaultSite();
  const misses: { file: string; field: string; want: unknown; got: unknown }[] = [];
  let right = 0;
  for (const [file, want] of Object.entries(expected)) {
    const draft = await analyzeFile(file, await fs.readFile(path.join(importFixtures, file)), { site, summaries: () => [] });
    const got: Record<string, unknown> = { ...draft.fields, column: draft.columnName, body: draft.body, error: draft.error?.message };
    for (const field of scoredFields) {
      if (JSON.stringify(got[field]) === JSON.stringify(want[field])) right++;
      else misses.push({ file, field, want: want[field], got: got[field] });
    }
  }
  return { right, total: Object.keys(expected).length * scoredFields.length, pages: Object.keys(expected).length, misses };
}
