import { parentPort, workerData } from 'node:worker_threads';
import { articleSchema, type Article } from '../../shared/article';
import { readJsonSync } from '../library/json-file';
import { articleContext, type SiteFrame } from './contexts';
import { Theme } from './theme';
import { writePage } from './write-page';

/**
 * A render thread of a large export (render-pool.ts): article pages are most of a site, and
 * reading, rendering (templates, sanitizing) and writing them is most of the work, so all
 * three are spread over threads.
 */
const { dirs, frame } = workerData as { dirs: string[]; frame: SiteFrame };
const theme = new Theme(dirs);

parentPort!.on('message', ({ ticket, article, out, file, replace }: { ticket: number; article: Article | string; out: string; file: string; replace: boolean }) => {
  try {
    const loaded = typeof article === 'string' ? readJsonSync(article, (d) => articleSchema.parse(d)) : article;
    parentPort!.postMessage({ ticket, written: writePage(out, file, theme.render('article', articleContext(frame, loaded)), replace) });
  } catch (error) {
    // An ApiError (a template mistake, with file and line) crosses as its fields.
    parentPort!.postMessage({ ticket, error: error instanceof Error ? { ...error, message: error.message } : { message: String(error) } });
  }
});
