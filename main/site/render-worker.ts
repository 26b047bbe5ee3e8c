import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../shared/article';
import { articleContext, type SiteFrame } from './contexts';
import { Theme } from './theme';
import { writePage } from './write-page';

/**
 * A render thread of a large export (render-pool.ts): article pages are most of a site, and
 * rendering (templates, sanitizing) and writing them is most of the work, so both are spread
 * over cores.
 */
const { dirs, frame } = workerData as { dirs: string[]; frame: SiteFrame };
const theme = new Theme(dirs);

parentPort!.on('message', ({ ticket, article, out, file, replace }: { ticket: number; article: Article; out: string; file: string; replace: boolean }) => {
  try {
    parentPort!.postMessage({ ticket, written: writePage(out, file, theme.render('article', articleContext(frame, article)), replace) });
  } catch (error) {
    // An ApiError (a template mistake, with file and line) crosses as its fields.
    parentPort!.postMessage({ ticket, error: error instanceof Error ? { ...error, message: error.message } : { message: String(error) } });
  }
});
