import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../shared/article';
import { ApiError } from '../../shared/errors';
import type { SiteFrame } from './contexts';
import type { ThemeSnapshot } from './theme-files';
import type { Written } from './write-page';

/** An article page for the render thread: the article itself, or the file it is stored in. */
export interface ThreadPage {
  article: Article | string;
  file: string;
  replace: boolean;
}

interface Reply {
  ticket: number;
  written?: Written[];
  error?: { message: string; code?: string; key?: string; params?: Record<string, string> };
}

/**
 * A second thread for a large export: it reads, renders and writes article pages in batches
 * while the export's own thread does the same with others. One thread, not one a core: the
 * export's thread is the other worker, and more threads than cores only add switching.
 * Built next to this file as render-worker.js; run from source by tsx.
 */
export class RenderThread {
  private ticket = 0;
  private readonly waiting = new Map<number, { resolve: (written: Written[]) => void; reject: (error: unknown) => void }>();

  private constructor(private readonly worker: Worker) {
    worker.on('message', ({ ticket, written, error }: Reply) => {
      const waiter = this.waiting.get(ticket)!;
      this.waiting.delete(ticket);
      if (error?.code === 'theme-error') waiter.reject(new ApiError('theme-error', error.key!, error.message, error.params));
      else if (error) waiter.reject(new Error(error.message));
      else waiter.resolve(written!);
    });
    worker.on('error', (error) => this.failAll(error));
    // Closed after a failure elsewhere, or gone on its own: no batch is left waiting for ever.
    worker.on('exit', () => this.failAll(new Error('The render thread stopped.')));
  }

  private failAll(error: unknown) {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  /** Null on one core, where a second thread would only take turns with the first. */
  static start(theme: ThemeSnapshot, frame: SiteFrame): RenderThread | null {
    if (os.availableParallelism() < 2) return null;
    // A benchmark run from source may point at the built worker, to measure what ships.
    const compiled = process.env.NEWSDESK_RENDER_WORKER ?? path.join(import.meta.dirname, 'render-worker.js');
    const workerData = { theme, frame };
    return new RenderThread(
      fs.existsSync(compiled)
        ? new Worker(compiled, { workerData })
        : // Run from source (tests, benchmarks): the TypeScript file, through tsx.
          new Worker(`import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(path.join(import.meta.dirname, 'render-worker.ts'))}, ${JSON.stringify(import.meta.url)}))`, {
            eval: true,
            workerData,
          }),
    );
  }

  /** Renders and writes a batch of article pages under `out`; resolves with each page's hash and size, in order. */
  render(pages: ThreadPage[], out: string): Promise<Written[]> {
    const ticket = this.ticket++;
    return new Promise((resolve, reject) => {
      this.waiting.set(ticket, { resolve, reject });
      this.worker.postMessage({ ticket, pages, out });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
