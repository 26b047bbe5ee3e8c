import debounce from 'lodash-es/debounce';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ApiError } from '../../shared/errors';
import { describeError } from '../i18n';
import { whenIdle } from '../idle';
import type { SaveState } from './save-state';

const quietPeriod = 700;
/** While typing goes on, a save still happens this often: a crash loses a second or two at most. */
const longestWait = 1500;
const retryAfter = 1500;

/**
 * Saves shortly after the last change, and at least every 1.5 seconds while typing goes on,
 * one save at a time; changes made during a save wait for their own turn. A failed save keeps the edits marked unsaved and retries,
 * except when the article itself is refused (a conflict or a field to fix), which waits
 * for the editor's next change.
 */
export function useAutosave(save: () => Promise<void>, onState: (state: SaveState) => void) {
  const dirty = useRef(false);
  const inflight = useRef<Promise<void> | undefined>(undefined);
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  const stateRef = useRef(onState);
  stateRef.current = onState;

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(retry.current);
    if (inflight.current) {
      await inflight.current;
      return dirty.current ? flush() : undefined;
    }
    if (!dirty.current) return;
    dirty.current = false;
    stateRef.current({ kind: 'saving' });
    inflight.current = saveRef.current().then(
      () => {
        inflight.current = undefined;
        // Changes made meanwhile have their own timer: saving them at once would save back to
        // back while typing goes on, each save costing the whole body's HTML.
        stateRef.current({ kind: dirty.current ? 'unsaved' : 'saved' });
      },
      (error: unknown) => {
        inflight.current = undefined;
        dirty.current = true;
        stateRef.current({ kind: 'failed', message: describeError(error) });
        const refused = error instanceof ApiError && (error.code === 'conflict' || error.code === 'invalid-article' || error.code === 'invalid-input');
        if (!refused) retry.current = setTimeout(() => void flush(), retryAfter);
      },
    );
    return inflight.current;
  }, []);

  // Debounced without a new timer per keystroke: lodash's debounce arms one and checks on firing.
  // A save reads the whole body (several milliseconds on a long article): started when the
  // browser is idle, just after a frame, it falls between two keys instead of in front of one.
  const saveSoon = useMemo(() => debounce(() => whenIdle(() => void flush(), 500), quietPeriod, { maxWait: longestWait }), [flush]);
  const changed = useCallback(() => {
    dirty.current = true;
    stateRef.current({ kind: 'unsaved' });
    saveSoon();
  }, [saveSoon]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      saveSoon.cancel();
      void flush(); // switching articles saves the one being left
    };
  }, [flush, saveSoon]);

  return useMemo(() => ({ changed, flush }), [changed, flush]);
}
