import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleFields } from '../../shared/article';
import { Library } from '../../main/library/library';

/** The shared benchmark corpus (../shared/bench/corpus.mjs beside the checkout), generated once per size. */
export function corpus(count: number, seed = 1): { dir: string; articles: (ArticleFields & { id: string })[] } {
  const script = path.resolve(import.meta.dirname, '../../../shared/bench/corpus.mjs');
  if (!fs.existsSync(script)) throw new Error(`The benchmark corpus generator is missing: ${script}`);
  const dir = path.join(process.env.BENCH_DIR ?? '/tmp/newsdesk-bench', `corpus-${count}-${seed}`);
  if (!fs.existsSync(path.join(dir, 'articles.jsonl'))) {
    execFileSync(process.execPath, [script, '--count', String(count), '--out', dir, '--seed', String(seed)], { stdio: 'ignore' });
  }
  const lines = fs.readFileSync(path.join(dir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  const articles = lines.map((line) => {
    const a = JSON.parse(line);
    return {
      id: a.id,
      title: a.title,
      column: a.column.slug,
      publishedAt: a.publishedAt,
      source: a.source,
      author: a.author,
      originalUrl: a.originalUrl ?? '',
      summary: '',
      keywords: [],
      status: 'draft' as const,
      reviewNote: '',
      cover: '',
      bodyHtml: a.bodyHtml,
    };
  });
  return { dir, articles };
}

/** A fresh library holding the corpus. */
export async function corpusLibrary(count: number, dir: string): Promise<Library> {
  fs.rmSync(dir, { recursive: true, force: true });
  const library = await Library.open(dir);
  await library.importMany(corpus(count).articles);
  return library;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
