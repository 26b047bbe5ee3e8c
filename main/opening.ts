import { throttle } from 'lodash-es';
import { callNames, type CallName, type Handlers } from '../shared/api';
import { toErrorData } from '../shared/errors';
import type { AppEvent, Subscribe } from '../shared/events';
import type { OpeningStatus, OpeningStep } from '../shared/opening';
import type { Settings } from '../shared/settings';
import { Listeners } from './listeners';
import type { Session } from './session';

/** How often at most a window hears that opening moved on; a change of state always goes at once. */
const tellEvery = 100;

/** What opens the session, told of each step and of the settings once read (openSession, or a test's). */
export type OpenWork = (report: { progress: (step: OpeningStep) => void; onSettings: (settings: Settings) => void }) => Promise<Session>;

/**
 * The library opening in the background, so a shell shows its window at once: the status for
 * a window that asks (`library.opening`), its changes for the windows that listen, and the
 * session once open. A failure (locked, unreadable) stays as the status, with its error.
 */
export class Opening {
  private current: OpeningStatus = { state: 'opening', step: { step: 'library' } };
  private language: Settings['language'] | undefined;
  readonly changed = new Listeners<OpeningStatus>();
  readonly session: Promise<Session>;
  /** The session once open (for what cannot wait, such as an image asked for by a page). */
  sessionNow: Session | undefined;

  constructor(work: OpenWork) {
    this.session = work({
      progress: (step) => this.set({ state: 'opening', step, ...this.spoken() }),
      onSettings: (settings) => (this.language = settings.language),
    }).then(
      (session) => {
        this.sessionNow = session;
        this.set({ state: 'open' });
        return session;
      },
      (error: unknown) => {
        this.set({ state: 'failed', error: toErrorData(error), ...this.spoken() });
        throw error;
      },
    );
    this.session.catch(() => undefined); // the status says it; callers that wait get the error
  }

  get status(): OpeningStatus {
    return this.current;
  }

  private spoken() {
    return this.language ? { language: this.language } : {};
  }

  private set(status: OpeningStatus) {
    if (this.current.state !== 'opening') return; // open or failed is the end
    this.current = status;
    this.changed.emit(status);
  }
}

/**
 * The handler table for a window that comes up before the library is open: `library.opening`
 * answers at once, every other call waits for the library and then runs, or fails with the
 * opening's own error (locked, damaged) when it could not be opened.
 */
export function handlersWhenOpen(opening: Opening, create: (session: Session) => Handlers): Handlers {
  const table = opening.session.then(create);
  table.catch(() => undefined);
  const waiting = (name: CallName) => async (input: never) => ((await table)[name] as (input: never) => Promise<unknown>)(input);
  const handlers = Object.fromEntries(callNames.map((name) => [name, waiting(name)])) as Handlers;
  handlers['library.opening'] = async () => opening.status;
  return handlers;
}

/**
 * The events a window hears from the start: the opening's progress (at most every 100 ms, its
 * end at once), then, once the library is open, the session's events. Returns the unsubscribe,
 * which also stops a session subscription not made yet.
 */
export function openingEvents(opening: Opening, sessionEvents: (session: Session) => Subscribe): Subscribe {
  return (listener: (event: AppEvent) => void) => {
    let stopped = false;
    let offSession: (() => void) | undefined;
    const tell = throttle((status: OpeningStatus) => listener({ name: 'library.opening', status }), tellEvery);
    const offOpening = opening.changed.add((status) => {
      tell(status);
      if (status.state !== 'opening') tell.flush();
    });
    opening.session.then(
      (session) => {
        if (!stopped) offSession = sessionEvents(session)(listener);
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      offOpening();
      tell.cancel();
      offSession?.();
    };
  };
}

/** The opening's progress as a line for a terminal (the web shell's console); null when there is nothing to say. */
export function openingLine(status: OpeningStatus): string | null {
  if (status.state !== 'opening') return null;
  const { step } = status;
  if (!('done' in step)) return null;
  const what = { checking: '正在检查文章文件（上次未正常关闭）', reading: '正在读取上次关闭后改动的文章', rebuilding: '目录已损坏，正在从文章文件重建' }[step.step];
  return `${what}… ${step.done}/${step.total}`;
}
