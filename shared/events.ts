import type { JobStatus } from './job';
import type { IndexState } from './library';
import type { OpeningStatus } from './opening';

/**
 * What main tells the windows without being asked, the other half of the contract: carried by
 * IPC in the desktop app and by server-sent events (`/events`) in the web shell.
 *   queue.changed    the publish queue, its running push or the publication log changed
 *   job.progress     a long job (an export) moved on, finished or failed
 *   inbox.arrived    packages came in (the inbox, or one dropped on a window)
 *   library.changed  articles were written, by this window or another (`ids`, gathered)
 *   library.opening  opening the library moved on, was done or failed (the call `library.opening` gives the same for a late window)
 *   search.progress  the full-text index loads or builds on (at most every 200 ms), or became ready
 */
export type AppEvent =
  | { name: 'queue.changed' }
  | { name: 'job.progress'; job: JobStatus }
  | { name: 'inbox.arrived' }
  | { name: 'library.changed'; ids: string[] }
  | { name: 'library.opening'; status: OpeningStatus }
  | { name: 'search.progress'; index: IndexState };
export type EventName = AppEvent['name'];
export const eventNames = ['queue.changed', 'job.progress', 'inbox.arrived', 'library.changed', 'library.opening', 'search.progress'] as const satisfies readonly EventName[];

/** Removes the listener it was returned for. Every subscription returns one. */
export type Unsubscribe = () => void;
export type Subscribe = (listener: (event: AppEvent) => void) => Unsubscribe;

export function isAppEvent(value: unknown): value is AppEvent {
  return typeof value === 'object' && value !== null && (eventNames as readonly string[]).includes((value as { name?: string }).name ?? '');
}
