import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { articleSchema, summarize, type Article, type ArticleSummary } from '../../shared/article';
import { DamagedFileError, moveAside } from './json-file';

/** Articles read so far, of those to read: for a progress line when recovering takes long. */
export type Progress = (done: number, total: number) => void;

const articleFile = /^[a-z0-9]+\.json$/;
// Files written in the last seconds before the checkpoint are read again too: some file
// systems keep times to the second or two.
const margin = 2000;

/**
 * After a crash, the article files are the truth and the catalogue may lag behind them by the
 * saves whose line never reached the log. Rather than read all 50,000 files (15 s), only the
 * files changed since the catalogue was last written are read: those newer than its
 * checkpoint, and those it does not know. Articles whose file is gone are dropped.
 */
export async function changedSince(
  dir: string,
  checkpoint: number,
  known: (id: string) => boolean,
  onDamaged: (error: DamagedFileError) => void,
  progress?: Progress,
): Promise<{ changed: ArticleSummary[]; present: Set<string> }> {
  const folder = path.join(dir, 'articles');
  const names = (await fs.readdir(folder)).filter((f) => articleFile.test(f));
  const present = new Set(names.map((f) => f.slice(0, -5)));
  const stale: string[] = [];
  // Stats one after another, in slices: 50,000 promises of fs.stat cost the main thread
  // several times what the system calls take (1.5-5 s where this takes under one).
  for (let i = 0; i < names.length; i += 2000) {
    for (const name of names.slice(i, i + 2000)) {
      if (!known(name.slice(0, -5))) stale.push(name);
      else {
        const stat = fsSync.statSync(path.join(folder, name), { throwIfNoEntry: false });
        if (stat && stat.mtimeMs >= checkpoint - margin) stale.push(name);
      }
    }
    progress?.(Math.min(i + 2000, names.length), names.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const changed = await readSummaries(folder, stale, onDamaged, (done) => progress?.(names.length, names.length + done));
  return { changed, present };
}

/** Every article's summary, read in parallel: the catalogue's snapshot is damaged. */
export async function readAllSummaries(dir: string, onDamaged: (error: DamagedFileError) => void, progress?: Progress): Promise<ArticleSummary[]> {
  const folder = path.join(dir, 'articles');
  const names = (await fs.readdir(folder)).filter((f) => articleFile.test(f));
  return readSummaries(folder, names, onDamaged, (done) => progress?.(done, names.length));
}

async function readSummaries(folder: string, names: string[], onDamaged: (error: DamagedFileError) => void, progress: (done: number) => void) {
  const summaries: ArticleSummary[] = [];
  await inBatches(names, async (name) => {
    const file = path.join(folder, name);
    const text = await fs.readFile(file, 'utf8').catch(() => null);
    if (text === null) return; // removed meanwhile
    try {
      summaries.push(summarize(articleSchema.parse(JSON.parse(text)) as Article));
    } catch (error) {
      onDamaged(new DamagedFileError(file, await moveAside(file), error));
    }
  }, progress);
  return summaries;
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>, progress: (done: number) => void, size = 64) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(work));
    if (i % 4096 === 0) progress(Math.min(i + size, items.length));
  }
  progress(items.length);
}
