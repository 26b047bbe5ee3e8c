import { useEffect, useState } from 'react';
import { describeError } from '../i18n';

/**
 * Loads a value and loads it again every `ms` while the component is shown, and at once when
 * `stamp` changes (after an action). Errors become a sentence for the panel.
 */
export function usePolling<T>(load: () => Promise<T>, ms: number, stamp: number): { value?: T; error?: string } {
  const [state, setState] = useState<{ value?: T; error?: string }>({});
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () =>
      load().then(
        (value) => live && setState({ value }),
        (error: unknown) => live && setState((s) => ({ ...s, error: describeError(error) })),
      ).finally(() => {
        if (live) timer = setTimeout(tick, ms);
      });
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `load` is a fresh closure each render: the stamp, not the closure, says when to reload.
  }, [ms, stamp]);
  return state;
}
