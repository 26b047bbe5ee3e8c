import { throttle } from 'lodash-es';
import type { AppEvent, Subscribe } from '../shared/events';
import type { JobStatus } from '../shared/job';
import type { IndexState } from '../shared/library';
import type { Session } from './session';

/** How often at most a window hears of a push, an export or the search index moving on, and how long library writes are gathered. */
const progressEvery = 200;
const gatherWrites = 100;

/**
 * The session's news as the contract's events, for a shell to carry to one window. Library
 * writes are gathered, so an import of a thousand files is a few events, not a thousand;
 * progress comes at most every 200 ms, and a job's end always. Returns the unsubscribe.
 */
export const sessionEvents =
  ({ library, publisher, handoff, jobs }: Session): Subscribe =>
  (listener: (event: AppEvent) => void) => {
    const queueChanged = throttle(() => listener({ name: 'queue.changed' }), progressEvery);
    const jobMoved = throttle((job: JobStatus) => listener({ name: 'job.progress', job }), progressEvery);
    const indexMoved = throttle((index: IndexState) => listener({ name: 'search.progress', index }), progressEvery);
    let written = new Set<string>();
    let gathering: ReturnType<typeof setTimeout> | null = null;
    const offs = [
      publisher.onChange(queueChanged),
      jobs.progress.add((job) => {
        jobMoved(job);
        if (job.state !== 'running') jobMoved.flush();
      }),
      handoff.arrived.add(() => listener({ name: 'inbox.arrived' })),
      library.searchProgressed.add((index) => {
        indexMoved(index);
        if (index.state === 'ready') indexMoved.flush();
      }),
      library.changed.add((ids) => {
        for (const id of ids) written.add(id);
        gathering ??= setTimeout(() => {
          gathering = null;
          const ids = [...written];
          written = new Set();
          listener({ name: 'library.changed', ids });
        }, gatherWrites);
      }),
    ];
    return () => {
      for (const off of offs) off();
      queueChanged.cancel();
      jobMoved.cancel();
      indexMoved.cancel();
      if (gathering) clearTimeout(gathering);
    };
  };
