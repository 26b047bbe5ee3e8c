import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleSchema, summarize, type Article, type ArticleSummary } from '../../shared/article';
import { DamagedFileError, moveAside } from './json-file';

/** Articles read so far, of those to read: for a progress line when recovering takes long. */
export type Progress = (done: number, total: number) => void;

const articleFile = /^[a-z0-9]+\.json$/;
// Files written in the last seconds before the checkpoint are read again too: some file
// systems keep times to the second or two.
const margin = 2000;

/** The article files, and those written since a time: what a scan of the folder found. */
export interface Scan {
  names: string[];
  newer: string[];
}

// Runs in a worker thread, so the folder's 50,000 stats go on while the main thread reads the
// catalogue: plain JavaScript, nothing to build or bundle.
const scanner = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { folder, since, pattern } = workerData;
const names = fs.readdirSync(folder).filter((name) => new RegExp(pattern).test(name));
const newer = [];
names.forEach((name, i) => {
  const stat = fs.statSync(folder + path.sep + name, { throwIfNoEntry: false });
  if (stat && stat.mtimeMs >= since) newer.push(name);
  if (i % 2000 === 1999) parentPort.postMessage({ done: i + 1, total: names.length });
});
parentPort.postMessage({ names, newer });
`;

/**
 * After a crash, looks at every article file's time, in a worker thread: started before the
 * catalogue is read, it costs the opening little more than the catalogue does (a walk of
 * 50,000 files takes most of a second).
 */
export function scanArticles(dir: string, checkpoint: number, progress?: Progress): Promise<Scan> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(scanner, { eval: true, workerData: { folder: path.join(dir, 'articles'), since: checkpoint - margin, pattern: articleFile.source } });
    let answered = false;
    worker.on('message', (message: Scan | { done: number; total: number }) => {
      if ('names' in message) {
        answered = true;
        progress?.(message.names.length, message.names.length);
        resolve(message);
      } else progress?.(message.done, message.total);
    });
    // Where a worker cannot start or stops without an answer, the folder is looked at here instead.
    const here = () => {
      if (answered) return;
      answered = true;
      try {
        resolve(scanHere(path.join(dir, 'articles'), checkpoint - margin));
      } catch (error) {
        reject(error as Error);
      }
    };
    worker.on('error', here);
    worker.on('exit', here); // after the answer, or without one
  });
}

function scanHere(folder: string, since: number): Scan {
  const names = fsSync.readdirSync(folder).filter((name) => articleFile.test(name));
  const newer = names.filter((name) => (fsSync.statSync(path.join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= since);
  return { names, newer };
}

/**
 * After a crash, the article files are the truth and the catalogue may lag behind them by the
 * saves whose line never reached the log. Rather than read all 50,000 files (15 s), only the
 * files changed since the catalogue was last written are read: those newer than its
 * checkpoint (the scan), and those it does not know. Articles whose file is gone are dropped.
 */
export async function changedSince(
  dir: string,
  scan: Scan,
  known: (id: string) => boolean,
  onDamaged: (error: DamagedFileError) => void,
  progress?: Progress,
): Promise<{ changed: ArticleSummary[]; present: Set<string> }> {
  const folder = path.join(dir, 'articles');
  const present = new Set(scan.names.map((f) => f.slice(0, -5)));
  const stale = new Set(scan.newer);
  for (const name of scan.names) if (!known(name.slice(0, -5))) stale.add(name);
  const changed = await readSummaries(folder, [...stale], onDamaged, (done) => progress?.(done, stale.size));
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
    // Told before every slice (the events to the windows are thinned where they are sent).
    progress(i);
    await Promise.all(items.slice(i, i + size).map(work));
  }
  progress(items.length);
}
