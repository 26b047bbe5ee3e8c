import fs from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { writeAtomic } from '../atomic-write';
import type { ArticleLoader, PageSpec } from './plan';
import type { RenderPool } from './render-pool';
import { writePage, type Written } from './write-page';

/** Article pages to render before starting render threads pays off. */
const poolThreshold = 400;

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
export async function exportSite(
  specs: PageSpec[],
  load: ArticleLoader,
  out: string,
  progress?: Progress,
  startPool?: () => RenderPool | null,
  fileOf: (id: string) => string | null = () => null,
): Promise<ExportResult> {
  const started = performance.now();
  await fs.mkdir(out, { recursive: true });
  const previous = await readState(out);
  // One pass: what must be written, and the new state (pages written below are filled in then).
  const state: State = { version: 2, pages: {} };
  const todo: PageSpec[] = [];
  for (const spec of specs) {
    const was = previous.pages[spec.file];
    if (was?.fingerprint === spec.fingerprint) state.pages[spec.file] = was;
    else todo.push(spec);
  }
  const rewritten = new Set(todo.map((s) => s.file));
  const doomed = Object.keys(previous.pages).filter((file) => !(file in state.pages) && !rewritten.has(file));

  progress?.(0, todo.length);
  // A large export renders and writes article pages on other cores; a few pages are quicker here.
  const pool = todo.filter((s) => s.article).length >= poolThreshold ? (startPool?.() ?? null) : null;
  const exportPage = async (spec: PageSpec): Promise<Written> => {
    const replace = spec.file in previous.pages;
    if (pool && spec.article) return pool.renderTo(fileOf(spec.article) ?? (await load(spec.article)), out, spec.file, replace);
    return writePage(out, spec.file, await spec.render(load), replace);
  };
  // In batches that hand the event loop back, so calls and progress keep flowing; the next
  // batch is started before this one is awaited, so the threads never wait for the loader.
  const batch = pool ? 128 : 64;
  const start = (from: number) => Promise.all(todo.slice(from, from + batch).map(exportPage));
  try {
    let next = start(0);
    for (let i = 0; i < todo.length; i += batch) {
      const written = await next;
      if (i + batch < todo.length) next = start(i + batch);
      todo.slice(i, i + batch).forEach((spec, k) => (state.pages[spec.file] = { fingerprint: spec.fingerprint, ...written[k]! }));
      progress?.(Math.min(todo.length, i + batch), todo.length);
      await yieldToEventLoop();
    }
  } finally {
    await pool?.close();
  }
  for (const file of doomed) await fs.rm(path.join(out, file), { force: true });

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
    const state = JSON.parse(await fs.readFile(path.join(out, stateFile), 'utf8')) as State;
    if (state.version === 2 && state.pages && typeof state.pages === 'object') return state;
  } catch {
    // no state, or an unreadable one: export everything
  }
  return { version: 2, pages: {} };
}
