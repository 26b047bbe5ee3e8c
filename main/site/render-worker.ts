import { parentPort, workerData } from 'node:worker_threads';
import { readStoredArticle } from '../library/stored-article';
import { articleContext, type SiteFrame } from './contexts';
import type { ThreadPage } from './render-thread';
import { Theme } from './theme';
import { ThemeFiles, type ThemeSnapshot } from './theme-files';
import { writePage } from './write-page';

/**
 * The render thread of a large export (render-thread.ts): article pages are most of a site,
 * and reading, rendering (templates, sanitizing) and writing them is most of the work.
 */
const { theme: files, frame } = workerData as { theme: ThemeSnapshot; frame: SiteFrame };
const theme = new Theme(new ThemeFiles(files));

parentPort!.on('message', ({ ticket, pages, out }: { ticket: number; pages: ThreadPage[]; out: string }) => {
  try {
    const written = pages.map(({ article, file, replace }) => {
      const loaded = typeof article === 'string' ? readStoredArticle(article) : article;
      return writePage(out, file, theme.render('article', articleContext(frame, loaded)), replace);
    });
    parentPort!.postMessage({ ticket, written });
  } catch (error) {
    // An ApiError (a template mistake, with file and line) crosses as its fields.
    parentPort!.postMessage({ ticket, error: error instanceof Error ? { ...error, message: error.message } : { message: String(error) } });
  }
});
