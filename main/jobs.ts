import type { JobStatus } from '../shared/job';
import { ApiError, toErrorData } from '../shared/errors';
import { Listeners } from './listeners';

/**
 * Long work (exporting a site) runs as a job: the call returns at once, and its progress
 * goes to `progress` listeners (the windows get it as job.progress events). Finished jobs
 * are kept for a while for the summary.
 */
export class Jobs {
  private readonly jobs = new Map<string, JobStatus>();
  private readonly controllers = new Map<string, AbortController>();
  private next = 1;
  readonly progress = new Listeners<JobStatus>();

  /** `work` stops, with what it did so far left whole, when its signal is aborted (`cancel`). */
  start<T>(kind: JobStatus['kind'], work: (progress: (done: number, total: number) => void, signal: AbortSignal) => Promise<T>): JobStatus {
    const id = `job${this.next++}`;
    const status: JobStatus = { id, kind, state: 'running', done: 0, total: 0 };
    const controller = new AbortController();
    this.jobs.set(id, status);
    this.controllers.set(id, controller);
    const tell = () => this.progress.emit({ ...status });
    work((done, total) => {
      Object.assign(status, { done, total });
      tell();
    }, controller.signal)
      .then(
        (result) => Object.assign(status, { state: 'done', result }),
        (error: unknown) => {
          if (controller.signal.aborted) return Object.assign(status, { state: 'cancelled', error: cancelled().toData() });
          Object.assign(status, { state: 'failed', error: toErrorData(error) });
        },
      )
      .finally(() => {
        this.controllers.delete(id);
        tell();
      });
    if (this.jobs.size > 50) this.jobs.delete(this.jobs.keys().next().value!);
    return { ...status };
  }

  /** Asks a running job to stop; it says 'cancelled' once it has. */
  cancel(id: string): JobStatus {
    this.get(id);
    this.controllers.get(id)?.abort(cancelled());
    return this.get(id);
  }

  get(id: string): JobStatus {
    const status = this.jobs.get(id);
    if (!status) throw new ApiError('not-found', 'error.jobNotFound', `No job ${id}`, { id });
    return { ...status };
  }
}

function cancelled(): ApiError {
  return new ApiError('cancelled', 'error.exportCancelled', 'The export was cancelled.');
}
