import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../shared/article';
import { ApiError } from '../../shared/errors';
import type { SiteFrame } from './contexts';
import type { Written } from './write-page';

/** Article pages rendered and written on other cores. Built next to this file as render-worker.js; run from source by tsx. */
export class RenderPool {
  private next = 0;
  private ticket = 0;
  private readonly waiting = new Map<number, { resolve: (written: Written) => void; reject: (error: unknown) => void }>();

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', ({ ticket, written, error }: { ticket: number; written?: Written; error?: { message: string; code?: string; key?: string; params?: Record<string, string> } }) => {
        const waiter = this.waiting.get(ticket)!;
        this.waiting.delete(ticket);
        if (error?.code === 'theme-error') waiter.reject(new ApiError('theme-error', error.key!, error.message, error.params));
        else if (error) waiter.reject(new Error(error.message));
        else waiter.resolve(written!);
      });
      worker.on('error', (error) => this.failAll(error));
    }
  }

  /** Render threads for a large export; null on one core, where they would only add work. */
  static start(dirs: string[], frame: SiteFrame): RenderPool | null {
    // One thread a core (each holds its own copy of the theme and heap), at most four.
    const cores = os.availableParallelism();
    if (cores < 2) return null;
    const count = Math.min(4, cores);
    const compiled = path.join(import.meta.dirname, 'render-worker.js');
    const start = () =>
      fs.existsSync(compiled)
        ? new Worker(compiled, { workerData: { dirs, frame } })
        : // Run from source (tests, benchmarks): the TypeScript file, through tsx.
          new Worker(`import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(path.join(import.meta.dirname, 'render-worker.ts'))}, ${JSON.stringify(import.meta.url)}))`, {
            eval: true,
            workerData: { dirs, frame },
          });
    return new RenderPool(Array.from({ length: count }, start));
  }

  /** Renders an article page (given, or read by the thread from its file) and writes it as `file` under `out`. */
  renderTo(article: Article | string, out: string, file: string, replace: boolean): Promise<Written> {
    const ticket = this.ticket++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(ticket, { resolve, reject });
      worker.postMessage({ ticket, article, out, file, replace });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(error: unknown) {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
