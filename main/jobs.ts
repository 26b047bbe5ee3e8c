import type { JobStatus } from '../shared/api';
import { ApiError } from '../shared/errors';

/**
 * Long work (exporting a site) runs as a job the renderer polls for progress, so the same
 * calls work over IPC and HTTP. Finished jobs are kept for a while for the summary.
 */
export class Jobs {
  private readonly jobs = new Map<string, JobStatus>();
  private next = 1;

  start<T>(kind: JobStatus['kind'], work: (progress: (done: number, total: number) => void) => Promise<T>): JobStatus {
    const id = `job${this.next++}`;
    const status: JobStatus = { id, kind, state: 'running', done: 0, total: 0 };
    this.jobs.set(id, status);
    work((done, total) => Object.assign(status, { done, total })).then(
      (result) => Object.assign(status, { state: 'done', result }),
      (error: unknown) => {
        const data = error instanceof ApiError ? error.toData() : new ApiError('internal', 'error.internal', String(error), { detail: String(error) }).toData();
        Object.assign(status, { state: 'failed', error: data });
      },
    );
    if (this.jobs.size > 50) this.jobs.delete(this.jobs.keys().next().value!);
    return { ...status };
  }

  get(id: string): JobStatus {
    const status = this.jobs.get(id);
    if (!status) throw new ApiError('not-found', 'error.jobNotFound', `No job ${id}`, { id });
    return { ...status };
  }
}
