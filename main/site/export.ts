import crypto from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { writeAtomic, writeAtomicSync } from '../atomic-write';
import type { ArticleLoader, PageSpec } from './plan';

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

/** What the last export to a folder wrote: file -> fingerprint. Kept in the folder itself. */
export const stateFile = '.newsdesk-export.json';
interface PageState {
  fingerprint: string;
  sha: string;
  size: number;
}
interface State {
  version: 2;
  pages: Record<string, PageState>;
}

/**
 * Writes the site into `out`, rendering only the pages whose fingerprint differs from the
 * last export to that folder. Pages are written atomically, removed pages are deleted only
 * after the pages that linked to them were rewritten, and the state is saved last.
 */
export async function exportSite(specs: PageSpec[], load: ArticleLoader, out: string, progress?: Progress): Promise<ExportResult> {
  const started = performance.now();
  await fs.mkdir(out, { recursive: true });
  const previous = await readState(out);
  const todo = specs.filter((s) => previous.pages[s.file]?.fingerprint !== s.fingerprint);
  const pages: Record<string, PageState> = {};
  const wanted = new Set(specs.map((s) => s.file));
  const doomed = Object.keys(previous.pages).filter((file) => !wanted.has(file));

  const dirs = new Set<string>();
  progress?.(0, todo.length);
  // Small files are written synchronously (the promise API costs more than the write), in
  // batches that hand the event loop back so calls and progress keep flowing.
  const batch = 64;
  for (let i = 0; i < todo.length; i += batch) {
    const slice = todo.slice(i, i + batch);
    const rendered = await Promise.all(slice.map((spec) => spec.render(load)));
    slice.forEach((spec, k) => {
      const content = Buffer.from(rendered[k]!);
      pages[spec.file] = { fingerprint: spec.fingerprint, sha: crypto.createHash('sha1').update(content).digest('base64url'), size: content.length };
      const file = path.join(out, spec.file);
      const dir = path.dirname(file);
      if (!dirs.has(dir)) {
        fsSync.mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      // Replacing a page goes through a temporary file and a rename, so it is never seen half
      // written; a new page is written directly (cheaper), since nothing links to it until the
      // lists are written after it, and the state file only counts it once the export finishes.
      if (spec.file in previous.pages) writeAtomicSync(file, content);
      else fsSync.writeFileSync(file, content);
    });
    progress?.(Math.min(todo.length, i + batch), todo.length);
    await yieldToEventLoop();
  }
  for (const file of doomed) await fs.rm(path.join(out, file), { force: true });

  const state: State = { version: 2, pages: Object.fromEntries(specs.map((s) => [s.file, pages[s.file] ?? previous.pages[s.file]!])) };
  await writeAtomic(path.join(out, stateFile), JSON.stringify(state));
  return {
    written: todo.length,
    removed: doomed.length,
    unchanged: specs.length - todo.length,
    ms: Math.round(performance.now() - started),
    files: { written: todo.map((s) => s.file), removed: doomed },
    site: new Map(specs.map((s) => [s.file, { sha: state.pages[s.file]!.sha, size: state.pages[s.file]!.size }])),
  };
}

async function readState(out: string): Promise<State> {
  try {
    const state = JSON.parse(await fs.readFile(path.join(out, stateFile), 'utf8')) as State;
    if (state.version === 2 && state.pages && typeof state.pages === 'object') return state;
  } catch {
    // no state, or an unreadable one: export everything
  }
  return { version: 2, pages: {} };
}
