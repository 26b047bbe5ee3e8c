import fs from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { z } from 'zod';
import { writeAtomic } from '../atomic-write';
import { storeSchema } from '../library/json-file';
import type { ArticleLoader, PageSpec, SitePlan } from './plan';
import type { RenderThread, ThreadPage } from './render-thread';
import { writePage, type Written } from './write-page';

/** Article pages to render before a render thread pays off. */
const threadThreshold = 400;
/** Pages a batch: the thread's are larger, so messages are few; ours are small, so calls between them wait little. */
const threadBatch = 128;
const hereBatch = 16;

export interface ExportResult {
  /** Pages rendered and written this time. */
  written: number;
  /** Pages removed (an article deleted, moved to another column or month). */
  removed: number;
  /** Pages whose inputs had not changed, left as they were. */
  unchanged: number;
  ms: number;
  files: { written: string[]; removed: string[] };
  /** Every file of the site, in writing order, with its content hash: what a push compares. */
  site: Map<string, { sha: string; size: number }>;
}

export type Progress = (done: number, total: number) => void;

/** What the last export to a folder wrote: the plan's base, and file -> fingerprint. Kept in the folder itself. */
export const stateFile = '.newsdesk-export.json';
const stateSchema = storeSchema(3, {
  base: z.string(),
  pages: z.record(z.string(), z.object({ fingerprint: z.string(), sha: z.string(), size: z.number().int().min(0) })),
});
type State = z.infer<typeof stateSchema>;

/**
 * Writes the site into `out`, rendering only the pages whose fingerprint differs from the
 * last export to that folder. Pages are written atomically, removed pages are deleted only
 * after the pages that linked to them were rewritten, and the state is saved last.
 */
export async function exportSite(
  plan: SitePlan,
  load: ArticleLoader,
  out: string,
  progress?: Progress,
  startThread?: () => RenderThread | null,
  fileOf: (id: string) => string | null = () => null,
  signal?: AbortSignal,
): Promise<ExportResult> {
  const started = performance.now();
  await fs.mkdir(out, { recursive: true });
  const previous = await readState(out);
  // Without a record of the last export (deleted to force a full one, or from an older
  // version), any page may already be there and is replaced as such, never overwritten in place.
  const unknown = previous.base === '' && (await fs.readdir(out)).length > 0;
  const replaces = (file: string) => unknown || file in previous.pages;
  // One pass: what must be written, and the new state (pages written below are filled in then).
  // A new base (theme or site profile changed) means every page is written again.
  const specs = plan.pages;
  const sameBase = previous.base === plan.base;
  const state: State = { version: 3, base: plan.base, pages: {} };
  const todo: PageSpec[] = [];
  for (const spec of specs) {
    const was = previous.pages[spec.file];
    if (sameBase && was?.fingerprint === spec.fingerprint) state.pages[spec.file] = was;
    else todo.push(spec);
  }
  const rewritten = new Set(todo.map((s) => s.file));
  const doomed = Object.keys(previous.pages).filter((file) => !(file in state.pages) && !rewritten.has(file));

  progress?.(0, todo.length);
  let done = 0;
  const record = (index: number, written: Written) => {
    const spec = todo[index]!;
    state.pages[spec.file] = { fingerprint: spec.fingerprint, ...written };
    done++;
  };
  /** Pages rendered before their turn to be written (below), by their place in `todo`. */
  const ahead = new Map<number, string | Uint8Array>();
  const here = async (index: number) => {
    signal?.throwIfAborted();
    const spec = todo[index]!;
    const page = ahead.get(index) ?? (await spec.render(load));
    ahead.delete(index);
    record(index, writePage(out, spec.file, page, replaces(spec.file)));
  };
  // Pages in order, except that a run of article pages, which link to nothing written after
  // them, is shared with the render thread when it is long enough to pay for one.
  let shared = false;
  const runs = runsOfArticles(todo);
  try {
    await writeRuns();
  } catch (error) {
    // Cancelled: what was written is recorded, under the old base, so the next export writes
    // the rest, and replaces the pages it finds through a rename as usual.
    if (signal?.aborted) await saveState(out, { version: 3, base: previous.base, pages: { ...previous.pages, ...(sameBase ? state.pages : {}) } });
    throw error;
  }
  async function writeRuns() {
    for (const [k, [from, to]] of runs.entries()) {
      const thread = to - from >= threadThreshold && todo[from]!.article ? (startThread?.() ?? null) : null;
      try {
        if (thread) {
          shared = true;
          await shareWithThread(thread, from, to, runs[k + 1]);
        } else {
          for (let i = from; i < to; i++) {
            await here(i);
            // The event loop is handed back now and then, so calls and progress keep flowing.
            if (done % 64 === 0) {
              progress?.(done, todo.length);
              await yieldToEventLoop();
            }
          }
        }
      } finally {
        await thread?.close();
      }
    }
  }
  progress?.(done, todo.length);

  /**
   * Both threads take batches from the same run until it is done: neither waits for the other.
   * This thread first renders the pages after the run (lists, home page, sitemap, feed), which
   * only the thread that has the whole site can render; they are written in their turn.
   */
  async function shareWithThread(thread: RenderThread, from: number, to: number, after?: [number, number]) {
    let next = from;
    const claim = (size: number): [number, number] => [next, (next = Math.min(to, next + size))];
    let failed = false;
    const threadTakes = async () => {
      for (let [a, b] = claim(threadBatch); a < b && !failed; [a, b] = claim(threadBatch)) {
        signal?.throwIfAborted();
        const pages: ThreadPage[] = [];
        for (let i = a; i < b; i++) {
          const spec = todo[i]!;
          pages.push({ article: fileOf(spec.article!) ?? (await load(spec.article!)), file: spec.file, replace: replaces(spec.file) });
        }
        (await thread.render(pages, out)).forEach((written, k) => record(a + k, written));
      }
    };
    const hereTakes = async () => {
      // Only while articles are left for the thread; the rest are rendered in their turn.
      const [first, end] = after ?? [0, 0];
      for (let i = first; i < end && next < to && !failed; i++) {
        ahead.set(i, await todo[i]!.render(load));
        await yieldToEventLoop();
      }
      for (let [a, b] = claim(hereBatch); a < b && !failed; [a, b] = claim(hereBatch)) {
        for (let i = a; i < b; i++) await here(i);
        progress?.(done, todo.length);
        await yieldToEventLoop(); // lets the thread's replies in, and its next batch out
      }
    };
    try {
      // Two batches queued for the thread, so it starts the next while its reply travels.
      await Promise.all([threadTakes(), threadTakes(), hereTakes()]);
    } catch (error) {
      failed = true;
      throw error;
    }
  }

  for (const file of doomed) await fs.rm(path.join(out, file), { force: true });
  // In the site's order, whichever thread wrote a page first: the same library leaves the same state.
  if (shared) state.pages = Object.fromEntries(specs.map((s) => [s.file, state.pages[s.file]!]));

  await saveState(out, state);
  return {
    written: todo.length,
    removed: doomed.length,
    unchanged: specs.length - todo.length,
    ms: Math.round(performance.now() - started),
    files: { written: todo.map((s) => s.file), removed: doomed },
    // In writing order, for a push.
    site: new Map(specs.map((s) => [s.file, state.pages[s.file]!])),
  };
}

/** The state each folder was last left in by this process, with the file's stamp: re-reading 10,000 entries costs more than the rest of a small export. */
const remembered = new Map<string, { stamp: string; state: State }>();
const stampOf = async (file: string) => {
  const stat = await fs.stat(file).catch(() => null);
  return stat ? `${stat.mtimeMs}|${stat.size}` : '';
};

async function saveState(out: string, state: State): Promise<void> {
  const file = path.join(out, stateFile);
  await writeAtomic(file, JSON.stringify(state));
  remembered.set(out, { stamp: await stampOf(file), state });
}

async function readState(out: string): Promise<State> {
  const known = remembered.get(out);
  if (known && known.stamp === (await stampOf(path.join(out, stateFile)))) return known.state;
  try {
    return stateSchema.parse(JSON.parse(await fs.readFile(path.join(out, stateFile), 'utf8')));
  } catch {
    // no state, or an unreadable one: export everything
  }
  return { version: 3, base: '', pages: {} };
}

/** The list cut into runs of article pages and runs of other pages, as [from, to) pairs. */
function runsOfArticles(specs: PageSpec[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < specs.length; ) {
    const isArticle = !!specs[i]!.article;
    let end = i + 1;
    while (end < specs.length && !!specs[end]!.article === isArticle) end++;
    runs.push([i, end]);
    i = end;
  }
  return runs;
}
